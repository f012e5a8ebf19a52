"""The case plan (actions agreed with the client: who does what by when) and case notes
(calls, meetings with the lawyer, team decisions). Open actions are on the dashboard; case notes
are confidential like session notes: shown here, never printed, reported or exported."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget

from shelter_desk.domain.vocabulary import ActionStatus, NoteKind
from shelter_desk.i18n import fill
from shelter_desk.services import case_plan, clock
from shelter_desk.services.changes import Kind
from shelter_desk.ui import i18n
from shelter_desk.ui.client_context import ClientContext
from shelter_desk.ui.formatting import format_date
from shelter_desk.ui.forms.fields import F
from shelter_desk.ui.forms.form import CHOICE, DATE, NOTES, OPT_DATE, PICK
from shelter_desk.ui.forms.record_dialog import RecordDialog
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import show_error
from shelter_desk.ui.models.record_table import Column
from shelter_desk.ui.ops import run_in_background
from shelter_desk.ui.style import theme
from shelter_desk.ui.views.client_file.record_tab import RecordTab


def first_line(text: str | None, width: int = 80) -> str:
    line = (text or "").strip().splitlines()[0] if text and text.strip() else ""
    return line if len(line) <= width else line[: width - 1] + "…"


# -- the case plan ------------------------------------------------------------------------------
def _owner_id(value: object) -> int | None:
    return int(value) if isinstance(value, str) and value.isdigit() else None


def action_dialog(ctx: ClientContext, row: case_plan.PlanActionView | None,
                  parent: QWidget) -> RecordDialog:
    owners = [(str(uid), name) for uid, name in case_plan.owners(ctx.ws)]
    fields = [
        F("action", NOTES),
        F("owner_id", PICK, options=owners),
        F("agreed_on", DATE),
        F("due_on", DATE),
        F("status", CHOICE, enum=ActionStatus),
        F("done_on", OPT_DATE),
    ]

    def build(values: dict[str, Any]) -> case_plan.PlanActionInput:
        return case_plan.PlanActionInput(**{**values, "owner_id": _owner_id(values["owner_id"])})

    def save(data: case_plan.PlanActionInput) -> Any:
        if row is None:
            return case_plan.add_action(ctx.ws, ctx.client_id, data)
        return case_plan.update_action(ctx.ws, row.id, data, based_on=row.version)

    dialog = RecordDialog(
        tr_("ClientFile", "Agreed action") if row is None
        else tr_("ClientFile", "Edit the action"),
        fields, build, case_plan.PLAN.spec, save, cross=case_plan.PLAN.cross, initial=row,
        parent=parent,
        intro=tr_("ClientFile", "What was agreed with the client, who does it and by when. "
                  "Until it is done it is on the dashboard of whoever sees this file."),
    )
    mine = str(row.owner_id) if row is not None else str(ctx.ws.actor.user_id or "")
    dialog.form.set_value("owner_id", mine)
    if row is None:
        dialog.form.set_value("agreed_on", clock.today())
    dialog.form.touched.clear()
    dialog.validate()
    return dialog


def _status_text(a: case_plan.PlanActionView) -> str:
    if a.status == ActionStatus.DONE and a.done_on is not None:
        return fill(tr_("ClientFile", "done on {date}"), date=format_date(a.done_on))
    if a.overdue(clock.today()):
        return tr_("ClientFile", "open, overdue")  # in words, not in red alone
    return i18n.label(a.status)


def _status_colour(a: case_plan.PlanActionView) -> str | None:
    if a.status == ActionStatus.DONE:
        return theme().ok
    return theme().danger if a.overdue(clock.today()) else None


class PlanTab(RecordTab):
    def __init__(self, ctx: ClientContext) -> None:
        columns: list[Column[Any]] = [
            Column(tr_("ClientFile", "Due"), lambda a: format_date(a.due_on),
                   key=lambda a: (a.status != ActionStatus.OPEN, a.due_on, a.id)),
            Column(tr_("ClientFile", "Action"), lambda a: first_line(a.action, 70),
                   tooltip=lambda a: a.action),
            Column(tr_("ClientFile", "Who does it"), lambda a: a.owner),
            Column(tr_("ClientFile", "State"), _status_text, color=_status_colour,
                   key=lambda a: (a.status.value, a.done_on or a.due_on)),
            Column(tr_("ClientFile", "Agreed on"), lambda a: format_date(a.agreed_on),
                   key=lambda a: a.agreed_on),
            Column(tr_("ClientFile", "Recorded by"), lambda a: a.author),
        ]
        super().__init__(
            ctx, [Kind.PLAN], columns, case_plan.list_actions,
            add=lambda _: action_dialog(ctx, None, self),
            edit=lambda r: action_dialog(ctx, r, self),
            add_label=tr_("ClientFile", "Add an action…"),
            intro=tr_("ClientFile", "The case plan: the actions agreed with the client. Open "
                      "ones appear on the dashboard until they are marked done."),
            title=tr_("ClientFile", "Case plan"),
            descending=False,
            void_kind="plan-action",
        )
        self.done_button = QPushButton(tr_("ClientFile", "Mark done"))
        self.done_button.clicked.connect(self.mark_done)
        self.add_tool(self.done_button, 1)
        self.table.selectionModel().selectionChanged.connect(self._done_state)
        self.model.modelReset.connect(self._done_state)
        self._done_state()

    def _done_state(self, *_: object) -> None:
        row = self.selected()
        self.done_button.setEnabled(
            row is not None and row.void is None and row.status == ActionStatus.OPEN)

    def mark_done(self) -> None:
        row = self.selected()
        if row is None or row.void is not None or row.status != ActionStatus.OPEN:
            return
        self.done_button.setEnabled(False)
        self._select_next = row.id
        ws = self.ctx.ws
        run_in_background(self, lambda: case_plan.mark_done(ws, row), self._marked,
                          self._mark_failed)

    def _marked(self, done: case_plan.PlanActionView) -> None:
        self.announce(done.changes)

    def _mark_failed(self, exc: Exception) -> None:
        self._done_state()
        show_error(self, exc)


# -- case notes ---------------------------------------------------------------------------------
def note_dialog(ctx: ClientContext, row: case_plan.CaseNoteView | None,
                parent: QWidget) -> RecordDialog:
    fields = [F("noted_on", DATE), F("kind", CHOICE, enum=NoteKind), F("text", NOTES)]

    def save(data: case_plan.CaseNoteInput) -> Any:
        if row is None:
            return case_plan.add_note(ctx.ws, ctx.client_id, data)
        return case_plan.update_note(ctx.ws, row.id, data, based_on=row.version)

    dialog = RecordDialog(
        tr_("ClientFile", "Case note") if row is None else tr_("ClientFile", "Edit the note"),
        fields, lambda v: case_plan.CaseNoteInput(**v), case_plan.NOTES.spec, save,
        initial=row, parent=parent,
        intro=tr_("ClientFile", "A call, a meeting with the lawyer, a decision of the team. "
                  "Case notes are confidential: they never leave this file (no report, export "
                  "or printout)."),
    )
    if row is None:
        dialog.form.set_value("noted_on", clock.today())
        dialog.form.touched.clear()
        dialog.validate()
    return dialog


def notes_tab(ctx: ClientContext) -> RecordTab:
    columns: list[Column[Any]] = [
        Column(tr_("ClientFile", "Date"), lambda n: format_date(n.noted_on),
               key=lambda n: (n.noted_on, n.id)),
        Column(tr_("ClientFile", "Kind"), lambda n: i18n.label(n.kind)),
        Column(tr_("ClientFile", "By"), lambda n: n.author),
        Column(tr_("ClientFile", "Note"), lambda n: first_line(n.text, 100),
               tooltip=lambda n: n.text, confidential=True),
    ]
    tab = RecordTab(
        ctx, [Kind.NOTES], columns, case_plan.list_notes,
        add=lambda _: note_dialog(ctx, None, tab),
        edit=lambda r: note_dialog(ctx, r, tab),
        add_label=tr_("ClientFile", "Add a note…"),
        title=tr_("ClientFile", "Case notes"),
        void_kind="case-note",
    )
    return tab
