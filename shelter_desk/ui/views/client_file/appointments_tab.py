"""The client's appointments: counselling sessions planned and accompaniments (a hearing, the
Immigration Office, a doctor, the lawyer). Plan, edit, cancel with the reason, and record a
planned one as a counselling session in one step (the session dialog opens filled in from it;
saving it records the session and marks the appointment held)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialog, QPushButton

from shelter_desk.domain.vocabulary import AppointmentStatus
from shelter_desk.services import appointments as service
from shelter_desk.services import clock
from shelter_desk.services.changes import Changes
from shelter_desk.ui.client_context import ClientContext
from shelter_desk.ui.dialogs.cancel_appointment import CancelDialog
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.models.record_table import ROW_ROLE
from shelter_desk.ui.record_kinds.appointments import appointments
from shelter_desk.ui.record_kinds.kind import kind_dialog
from shelter_desk.ui.record_kinds.sessions import sessions
from shelter_desk.ui.views.client_file.record_tab import KindTab


class AppointmentsTab(KindTab):
    def __init__(self, ctx: ClientContext) -> None:
        super().__init__(ctx, appointments())
        self.record_button = QPushButton(tr_("ClientFile", "Record as session…"))
        self.record_button.setToolTip(tr_(
            "ClientFile", "Opens the session filled in from the appointment; saving it "
            "records the session and marks the appointment held"))
        self.record_button.clicked.connect(self.record_selected)
        self.cancel_button = QPushButton(tr_("ClientFile", "Cancel the appointment…"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.add_tool(self.record_button, 2)
        self.add_tool(self.cancel_button, 3)
        self.table.selectionModel().selectionChanged.connect(self._buttons_state)
        self.model.modelReset.connect(self._buttons_state)
        self._buttons_state()

    def _planned(self) -> service.AppointmentView | None:
        row = self.selected()
        if row is None or row.void is not None or row.status != AppointmentStatus.PLANNED:
            return None
        return row  # type: ignore[no-any-return]

    def _buttons_state(self, *_: object) -> None:
        row = self._planned()
        planned = row is not None
        # A session is recorded once it was held: not for a day still to come.
        self.record_button.setEnabled(row is not None and row.day <= clock.today())
        self.cancel_button.setEnabled(planned)
        self.edit_button.setEnabled(planned)  # held or cancelled: no longer changed

    def edit_selected(self) -> None:
        if self._planned() is not None:
            super().edit_selected()

    def _edit_index(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)  # a held or cancelled one is kept as it is
        if row is not None and row.void is None and row.status == AppointmentStatus.PLANNED:
            super()._edit_index(index)

    def record_selected(self) -> None:
        row = self._planned()
        if row is None:
            return
        ws = self.ctx.ws

        changed: list[Changes] = []

        def record(data: Any) -> Any:
            held, session = service.record_as_session(ws, row.id, data,
                                                           based_on=row.version)
            changed.append(held.changes | session.changes)
            return held

        dialog = kind_dialog(sessions(), ws, self.ctx.client_id, None, self,
                             prefill=service.session_from(row), save=record)
        dialog.setWindowTitle(tr_("ClientFile", "Record the appointment as a session"))
        self._select_next = row.id
        if dialog.exec() == QDialog.DialogCode.Accepted and changed:
            self.announce(changed[-1])

    def cancel_selected(self) -> None:
        row = self._planned()
        if row is None:
            return
        self._select_next = row.id
        dialog = CancelDialog(self.ctx, row, self.describe(row), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_value is not None:
            self.announce(dialog.result_value.changes)
