"""Case notes (calls, meetings with the lawyer, team decisions): confidential like session
notes, shown in the file, never printed, reported or exported."""

from __future__ import annotations

from shelter_desk.domain.vocabulary import NoteKind
from shelter_desk.services import case_plan, clock
from shelter_desk.services.changes import Kind
from shelter_desk.ui import i18n
from shelter_desk.ui.formatting import format_date
from shelter_desk.ui.forms.fields import F
from shelter_desk.ui.forms.form import CHOICE, DATE, NOTES
from shelter_desk.ui.forms.record_dialog import RecordDialog
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.models.record_table import Column
from shelter_desk.ui.record_kinds.kind import DialogFor, RecordKind
from shelter_desk.ui.record_kinds.text import first_line


def _prepare(dialog: RecordDialog, target: DialogFor) -> None:
    if target.row is None:
        dialog.form.set_value("noted_on", clock.today())
        dialog.form.touched.clear()
        dialog.validate()


def case_notes() -> RecordKind:
    return RecordKind(
        changes=(Kind.NOTES,),
        void_kind="case-note",
        title=tr_("ClientFile", "Case notes"),
        add_label=tr_("ClientFile", "Add a note…"),
        add_title=tr_("ClientFile", "Case note"),
        edit_title=tr_("ClientFile", "Edit the note"),
        intro=tr_("ClientFile", "A call, a meeting with the lawyer, a decision of the team. "
                  "Case notes are confidential: they never leave this file (no report, export "
                  "or printout)."),
        fields=(F("noted_on", DATE), F("kind", CHOICE, enum=NoteKind), F("text", NOTES)),
        input=case_plan.CaseNoteInput,
        spec=case_plan.NOTES.spec,
        prepare=_prepare,
        load=case_plan.list_notes,
        add=case_plan.add_note,
        update=case_plan.update_note,
        columns=(
            Column(tr_("ClientFile", "Date"), lambda n: format_date(n.noted_on),
                   key=lambda n: (n.noted_on, n.id)),
            Column(tr_("ClientFile", "Kind"), lambda n: i18n.label(n.kind)),
            Column(tr_("ClientFile", "By"), lambda n: n.author),
            Column(tr_("ClientFile", "Note"), lambda n: first_line(n.text, 100),
                   tooltip=lambda n: n.text, confidential=True),
        ),
    )
