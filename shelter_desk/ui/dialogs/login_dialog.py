"""Log in with a user name and password, or with the recovery code from the safe."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.i18n import fill
from shelter_desk.ui.accessible import buttons_in_reading_order
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import NEEDS_RESTORE, describe
from shelter_desk.ui.ops import run_in_background
from shelter_desk.ui.widgets.language_box import LanguageBox

if TYPE_CHECKING:  # the database layer loads while the password is typed, not before
    from shelter_desk.services.workspace import Workspace

Opener = Callable[[Path, str, str], "Workspace"]


class LoginDialog(QDialog):
    """Emits `logged_in(Workspace)`; the password field is wiped on every attempt and on close."""

    logged_in = Signal(object)

    def __init__(
        self,
        data_dir: Path,
        shelter: str = "",
        parent: QWidget | None = None,
        username: str = "",
        locked: bool = False,
        check_pages: bool = False,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        # Normally the whole file is checked after login, in the background
        # (ui/integrity_watch.py); after that check found damage, before opening.
        self.check_pages = check_pages
        self.locked = locked
        self.setMinimumWidth(440)
        self.workspace: Workspace | None = None
        # The thread importing what the first screen needs (app.preload): the password's check
        # waits for it rather than importing the same modules at the same time, which can
        # meet a module half initialised by the other thread.
        self.loading: threading.Thread | None = None

        self.language = LanguageBox()
        # A language chosen here, now, is the person's choice: it becomes their language
        # (it used to be replaced by the one stored with their account, silently).
        self.language_chosen: str | None = None
        self.language.language_chosen.connect(self._language_chosen)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.user_edit = QLineEdit(username)
        self.user_edit.setObjectName("user")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.recovery_box = QCheckBox()
        self.recovery_box.toggled.connect(self._recovery_toggled)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty("error", True)
        self.error_label.hide()

        form = QFormLayout()
        self.user_label = QLabel()
        self.user_label.setBuddy(self.user_edit)
        self.password_label = QLabel()
        self.password_label.setBuddy(self.password_edit)
        form.addRow(self.user_label, self.user_edit)
        form.addRow(self.password_label, self.password_edit)

        # A button of our own: Qt would put a standard button's text back on a language change
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.restore_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore)
        self.restore_button.hide()  # offered only when the database cannot be opened
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        buttons_in_reading_order(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.language)
        if shelter:
            where = QLabel(shelter)
            where.setObjectName("shelter")
            layout.addWidget(where)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.recovery_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()
        (self.password_edit if username else self.user_edit).setFocus()

    def retranslate(self) -> None:
        """Every text of the dialog, in the language installed now (also on a change)."""
        self.setWindowTitle(self.tr("shelter_desk: log in"))
        self.heading.setText(
            self.tr("Locked. Log in to continue.") if self.locked
            else self.tr("Log in to shelter_desk"))
        self.recovery_box.setText(self.tr("Use the recovery code instead"))
        self.user_label.setText(self.tr("&User name"))
        self.password_label.setText(self.tr("&Recovery code") if self.recovery_box.isChecked()
                                    else self.tr("&Password"))
        self.ok_button.setText(self.tr("Log in"))
        self.restore_button.setText(self.tr("Restore from a backup…"))
        self.error_label.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_chosen(self, language: str) -> None:
        self.language_chosen = language

    def _recovery_toggled(self, on: bool) -> None:
        self.user_edit.setEnabled(not on)
        self.password_label.setText(self.tr("&Recovery code") if on else self.tr("&Password"))
        self.password_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        )
        self.password_edit.clear()
        self.password_edit.setFocus()

    def attempt(self) -> None:
        secret = self.password_edit.text()
        self.password_edit.clear()
        use_recovery = self.recovery_box.isChecked()
        user = self.user_edit.text().strip()
        if not secret or (not use_recovery and not user):
            self._show_error(self.tr("Enter your user name and password."))
            return
        self.ok_button.setEnabled(False)
        self.error_label.hide()
        self.setCursor(Qt.CursorShape.BusyCursor)
        data_dir = self.data_dir
        check_pages = self.check_pages
        loading = self.loading

        def work() -> Workspace:
            if loading is not None:
                loading.join(120)
            from shelter_desk.services import setup  # preloaded while the password was typed

            if use_recovery:
                return setup.login_with_recovery(data_dir, secret, check_pages=check_pages)
            return setup.login(data_dir, user, secret, check_pages=check_pages)

        run_in_background(self, work, self._succeeded, self._failed)

    def _succeeded(self, ws: Workspace) -> None:
        self.unsetCursor()
        self.workspace = ws
        self.logged_in.emit(ws)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.unsetCursor()
        self.ok_button.setEnabled(True)
        self.restore_button.setVisible(isinstance(exc, NEEDS_RESTORE))
        self._show_error(describe(exc))
        self.password_edit.setFocus()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setProperty("error", True)
        self.error_label.style().polish(self.error_label)
        self.error_label.show()
        self.adjustSize()  # room for the whole message, never squeezed into clipped lines

    def restore(self) -> None:
        """Put the latest backup back when the database cannot be opened: authorised by an
        administrator of the backup (or its recovery code), as on the command line."""
        secret = self.password_edit.text()
        use_recovery = self.recovery_box.isChecked()
        user = self.user_edit.text().strip()
        if not secret or (not use_recovery and not user):
            self._show_error(self.tr(
                "First type the user name and password of an administrator of the backup (or "
                "tick the recovery code and type it), then press “Restore from a backup…”."))
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The backup to restore"), "",
            self.tr("shelter_desk backups (*.sdbackup);;All files (*)"))
        if not path:
            return
        self.password_edit.clear()
        self.restore_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        data_dir = self.data_dir

        def work() -> Path | None:
            from shelter_desk.services import maintenance  # not on the login window's path

            return maintenance.restore(data_dir, Path(path),
                                       username=None if use_recovery else user, secret=secret)

        run_in_background(self, work, self._restored, self._restore_failed,
                          self.tr("Restoring the backup…"))

    def _restored(self, previous: Path | None) -> None:
        self.unsetCursor()
        self.restore_button.setEnabled(True)
        self.restore_button.hide()
        text = self.tr("The backup was restored. Log in.")
        if previous is not None:
            text += " " + fill(tr_("LoginDialog", "The database it replaced was kept in {file}."),
                               file=previous)
        self.error_label.setText(text)
        self.error_label.setProperty("error", False)
        self.error_label.style().polish(self.error_label)
        self.error_label.show()
        self.adjustSize()
        self.password_edit.setFocus()

    def _restore_failed(self, exc: Exception) -> None:
        self.unsetCursor()
        self.restore_button.setEnabled(True)
        self._show_error(describe(exc))

    def done(self, result: int) -> None:
        self.password_edit.clear()
        super().done(result)
