"""Cancel an appointment, with the reason: it stays in the file, marked cancelled."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.services import appointments
from shelter_desk.ui import accessible
from shelter_desk.ui.accessible import buttons_in_reading_order
from shelter_desk.ui.client_context import ClientContext
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import describe
from shelter_desk.ui.ops import run_in_background


class CancelDialog(QDialog):
    """Cancel an appointment: why (required). It stays in the file, marked cancelled."""

    def __init__(self, ctx: ClientContext, row: appointments.AppointmentView,
                 what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.result_value: appointments.AppointmentView | None = None
        self.setWindowTitle(tr_("ClientFile", "Cancel the appointment"))
        self.setMinimumWidth(460)
        intro = QLabel(tr_("ClientFile", "The appointment stays in the file, marked cancelled, "
                           "with the reason."))
        intro.setWordWrap(True)
        record = QLabel(what)
        record.setObjectName("subheading")
        record.setWordWrap(True)
        label = QLabel(tr_("ClientFile", "Why it was cancelled (required)"))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(110)
        label.setBuddy(self.reason)
        accessible.name(self.reason, tr_("ClientFile", "Why it was cancelled"))
        self.error = QLabel()
        self.error.setProperty("error", True)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr_("ClientFile", "Cancel the appointment"))
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            tr_("ClientFile", "Keep it"))
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        buttons_in_reading_order(self.buttons)
        self.reason.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.reason.toPlainText().strip())))
        layout = QVBoxLayout(self)
        for widget in (intro, record, label, self.reason, self.error, self.buttons):
            layout.addWidget(widget)
        self.reason.setFocus()

    def attempt(self) -> None:
        why = self.reason.toPlainText().strip()
        if not why:
            return
        self.ok.setEnabled(False)
        ws, row = self.ctx.ws, self.row
        run_in_background(
            self, lambda: appointments.cancel(ws, row.id, why, based_on=row.version),
            self._done, self._failed)

    def _done(self, view: appointments.AppointmentView) -> None:
        self.result_value = view
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.ok.setEnabled(True)
        self.error.setText(describe(exc))
        self.error.show()
