"""Escape, Cancel or the window's close button on a form with typed work asks before throwing
it away (a new client's intake was lost to one Escape). Closing by the program is not asked."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QDialog, QMessageBox

from shelter_desk.ui.i18n import tr_


class DiscardGuard(QObject):
    """`state` returns what the person has entered; it is compared with what the window
    showed when it opened."""

    def __init__(self, dialog: QDialog, state: Callable[[], object],
                 cancel_buttons: Sequence[QAbstractButton] = ()) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.state = state
        self.initial: object = None
        self.opened = False
        dialog.installEventFilter(self)
        for button in cancel_buttons:
            button.clicked.disconnect()
            button.clicked.connect(self.cancel)

    def cancel(self) -> None:
        if self.may_discard():
            self.dialog.reject()

    def is_dirty(self) -> bool:
        return self.opened and self.state() != self.initial

    def may_discard(self) -> bool:
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self.dialog, tr_("Discard", "Discard what you typed?"),
            tr_("Discard", "What you typed in this window is not saved. Close it and lose "
                           "it?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Events still arrive while the dialog is being torn down, after Python let go of us.
        if watched is getattr(self, "dialog", None):
            if event.type() == QEvent.Type.Show and not self.opened:
                self.opened, self.initial = True, self.state()
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                    and event.key() == Qt.Key.Key_Escape and not event.modifiers():
                self.cancel()
                return True
            if event.type() == QEvent.Type.Close and isinstance(event, QCloseEvent) \
                    and event.spontaneous() and not self.may_discard():
                event.ignore()
                return True
        return False
