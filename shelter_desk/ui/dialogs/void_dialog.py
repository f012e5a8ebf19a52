"""Void a record: why (required), then the service voids it off the GUI thread. The record
stays in its tab, struck through; nothing is deleted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.i18n import fill
from shelter_desk.services import voiding
from shelter_desk.services.changes import Changes
from shelter_desk.services.voids import VoidMark
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import accessible
from shelter_desk.ui.accessible import buttons_in_reading_order
from shelter_desk.ui.formatting import format_datetime
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import describe
from shelter_desk.ui.ops import run_in_background


def void_tooltip(mark: VoidMark) -> str:
    """The struck-through row's tooltip: who voided it, when, why."""
    return (fill(tr_("Void", "Voided by {who} on {when}: {reason}"),
                 who=mark.by, when=format_datetime(mark.at), reason=mark.reason))


class VoidDialog(QDialog):
    def __init__(self, ws: Workspace, kind: str, record_id: int, what: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.kind, self.record_id = ws, kind, record_id
        self.result_value: voiding.Voided | None = None
        self.setWindowTitle(tr_("Void", "Void a record"))
        self.setMinimumWidth(480)
        intro = QLabel(tr_(
            "Void", "Void this record if it was entered in the wrong file or with wrong facts. "
            "It stays in the file, struck through, with your reason; it no longer counts for "
            "deadlines, the dashboard or reports. A void cannot be undone."))
        intro.setWordWrap(True)
        record = QLabel(what)
        record.setObjectName("subheading")
        record.setWordWrap(True)
        label = QLabel(tr_("Void", "Reason (required)"))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(110)
        label.setBuddy(self.reason)
        accessible.name(self.reason, tr_("Void", "Reason"))
        self.error = QLabel()
        self.error.setProperty("error", True)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr_("Void", "Void"))
        self.ok.setEnabled(False)
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
        ws, kind, rid = self.ws, self.kind, self.record_id
        run_in_background(self, lambda: voiding.void_record(ws, kind, rid, why),
                          self._done, self._failed)

    def _done(self, done: voiding.Voided) -> None:
        self.result_value = done
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.ok.setEnabled(True)
        self.error.setText(describe(exc))
        self.error.show()


def ask_void(ws: Workspace, kind: str, record_id: int, what: str, parent: QWidget,
             on_voided: Callable[[Changes], None]) -> None:
    """Ask why, void the record; then `on_voided` with what the void changed."""
    dialog = VoidDialog(ws, kind, record_id, what, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_value is not None:
        on_voided(dialog.result_value.changes)
