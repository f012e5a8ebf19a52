"""Counselling sessions (the Control record: stopped, support person, questions)."""

from __future__ import annotations

from shelter_desk.domain.vocabulary import SessionKind, SessionPlace
from shelter_desk.services import counselling
from shelter_desk.services.changes import Kind
from shelter_desk.ui import i18n
from shelter_desk.ui.formatting import format_date
from shelter_desk.ui.forms.fields import F, language_field
from shelter_desk.ui.forms.form import BOOL, CHOICE, DATE, INT, NOTES, TIME
from shelter_desk.ui.forms.record_dialog import RecordDialog
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.models.record_table import Column
from shelter_desk.ui.record_kinds.cells import marks
from shelter_desk.ui.record_kinds.kind import DialogFor, RecordKind
from shelter_desk.ui.record_kinds.text import first_line
from shelter_desk.ui.style import theme


def _control(s: counselling.SessionView) -> str:
    return marks(
        (
            (s.client_stopped, tr_("ClientFile", "stopped")),
            (s.support_person_present, tr_("ClientFile", "support person")),
            (s.client_asked_questions, tr_("ClientFile", "questions")),
        )
    )


def _prepare(dialog: RecordDialog, target: DialogFor) -> None:
    if target.row is None and target.prefill is None:
        dialog.form.set_value("duration_minutes", 60)


def sessions() -> RecordKind:
    return RecordKind(
        changes=(Kind.SESSIONS,),
        void_kind="session",
        title=tr_("ClientFile", "Counselling sessions"),
        add_label=tr_("ClientFile", "Add a session…"),
        add_title=tr_("ClientFile", "Counselling session"),
        edit_title=tr_("ClientFile", "Edit the session"),
        intro=tr_(
            "ClientFile",
            "The Control record: the client may stop at any time, have someone present "
            "and ask questions. Confidential notes never leave this file.",
        ),
        fields=(
            F("held_on", DATE),
            F("start_time", TIME),
            F("duration_minutes", INT, minimum=5, maximum=600, suffix=" min"),
            F("kind", CHOICE, enum=SessionKind),
            F("place", CHOICE, enum=SessionPlace),
            language_field("interpreter_language"),
            F("support_person_present", BOOL),
            F("client_stopped", BOOL),
            F("client_asked_questions", BOOL),
            F("confidential_notes", NOTES),
        ),
        labels={"interpreter_language": tr_("ClientFile", "Interpreter (language)")},
        input=counselling.SessionInput,
        spec=counselling.SESSIONS.spec,
        prepare=_prepare,
        load=counselling.list_sessions,
        add=counselling.add_session,
        update=counselling.update_session,
        columns=(
            Column(
                tr_("ClientFile", "Date"),
                lambda s: format_date(s.held_on),
                key=lambda s: (s.held_on, s.id),
            ),
            Column(
                tr_("ClientFile", "Start"),
                lambda s: s.start_time.strftime("%H:%M") if s.start_time else "",
            ),
            Column(
                tr_("ClientFile", "Minutes"),
                lambda s: str(s.duration_minutes),
                key=lambda s: s.duration_minutes,
                align_right=True,
            ),
            Column(tr_("ClientFile", "Kind"), lambda s: i18n.label(s.kind)),
            Column(tr_("ClientFile", "Place"), lambda s: i18n.label(s.place)),
            Column(tr_("ClientFile", "Interpreter"),
                   lambda s: i18n.language(s.interpreter_language)),
            Column(tr_("ClientFile", "Control"), _control),
            Column(tr_("ClientFile", "Counsellor"), lambda s: s.counsellor),
            Column(
                tr_("ClientFile", "Notes"),
                lambda s: first_line(s.confidential_notes),
                color=lambda s: theme().muted,
                confidential=True,
            ),
        ),
    )


