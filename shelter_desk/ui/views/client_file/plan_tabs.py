"""The case plan (actions agreed with the client: who does what by when) and case notes
(calls, meetings with the lawyer, team decisions). Open actions are on the dashboard; case notes
are confidential like session notes: shown here, never printed, reported or exported."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from shelter_desk.domain.vocabulary import ActionStatus
from shelter_desk.services import case_plan
from shelter_desk.ui.client_context import ClientContext
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import show_error
from shelter_desk.ui.ops import run_in_background
from shelter_desk.ui.record_kinds.case_notes import case_notes
from shelter_desk.ui.record_kinds.plan_actions import plan_actions
from shelter_desk.ui.views.client_file.record_tab import KindTab, RecordTab


class PlanTab(KindTab):
    """The case plan, with Mark done for the selected open action."""

    def __init__(self, ctx: ClientContext) -> None:
        super().__init__(ctx, plan_actions())
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


def notes_tab(ctx: ClientContext) -> RecordTab:
    return KindTab(ctx, case_notes())
