"""Administration: accounts, backup and restore, one's own password, the recovery code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.domain.roles import Role
from shelter_desk.i18n import fill
from shelter_desk.services import maintenance, users
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import accessible
from shelter_desk.ui.dialogs.recovery_code import RecoveryCodeDialog
from shelter_desk.ui.dialogs.user_dialogs import AddUserDialog, NewPasswordDialog
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import show_error
from shelter_desk.ui.models.users_table import USERNAME_ROLE, UsersTableModel
from shelter_desk.ui.ops import run_in_background
from shelter_desk.ui.views.settings_tab import SettingsTab
from shelter_desk.ui.views.signing_tab import SigningTab


class AdministrationView(QWidget):
    restored = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws: Workspace | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self._users_tab(), self.tr("Users"))
        self.tabs.addTab(self._backup_tab(), self.tr("Backup and restore"))
        self.tabs.addTab(self._password_tab(), self.tr("My password"))
        self.settings = SettingsTab()
        self.tabs.addTab(self.settings, self.tr("Settings"))
        self.signing = SigningTab()
        self.tabs.addTab(self.signing, self.tr("Signing"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    # -- building ---------------------------------------------------------------------------
    def _users_tab(self) -> QWidget:
        page = QWidget()
        self.users_model = UsersTableModel(self)
        self.users_table = QTableView()
        self.users_table.setObjectName("users_table")
        accessible.name(self.users_table, self.tr("Accounts"))
        self.users_table.setModel(self.users_model)
        self.users_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.users_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.users_table.verticalHeader().hide()
        self.users_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add user…"))
        self.reset_button = QPushButton(self.tr("&Reset password…"))
        self.remove_button = QPushButton(self.tr("Re&move user…"))
        self.add_button.clicked.connect(self.add_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.remove_button.clicked.connect(self.remove_user)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.reset_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch()
        note = QLabel(
            self.tr(
                "Removing a user re-encrypts the database under a new key, so a copy of their old "
                "key file opens nothing. Their past work and audit entries stay."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(self.users_table)
        layout.addWidget(note)
        # Reset and Remove act on the selected account: without one they are off.
        self.users_table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.users_model.modelReset.connect(self._selection_changed)
        return page

    def _selection_changed(self, *_: object) -> None:
        admin = self.ws is not None and self.ws.actor.has(Role.ADMINISTRATOR)
        chosen = self._selected_username() is not None
        self.reset_button.setEnabled(admin and chosen)
        self.remove_button.setEnabled(admin and chosen)

    def _backup_tab(self) -> QWidget:
        page = QWidget()
        backup_box = QGroupBox(self.tr("Backup"))
        self.backup_button = QPushButton(self.tr("Make a &backup…"))
        self.backup_button.clicked.connect(self.make_backup)
        self.backup_status = QLabel(
            self.tr(
                "A backup is encrypted: it opens only with a password or the recovery code valid "
                "when it was made. Keep it on another disk, in the safe."
            )
        )
        self.backup_status.setWordWrap(True)
        b = QVBoxLayout(backup_box)
        b.addWidget(self.backup_status)
        b.addWidget(self.backup_button, alignment=Qt.AlignmentFlag.AlignLeft)
        restore_box = QGroupBox(self.tr("Restore"))
        self.restore_button = QPushButton(self.tr("&Restore a backup…"))
        self.restore_button.clicked.connect(self.restore_backup)
        r = QVBoxLayout(restore_box)
        text = QLabel(
            self.tr(
                "Restoring replaces the database with the backup. The current database is kept, "
                "encrypted, in the safety-copies folder. You will log in again afterwards."
            )
        )
        text.setWordWrap(True)
        r.addWidget(text)
        r.addWidget(self.restore_button, alignment=Qt.AlignmentFlag.AlignLeft)
        recovery_box = QGroupBox(self.tr("Recovery code"))
        self.recovery_button = QPushButton(self.tr("Make a new recovery &code…"))
        self.recovery_button.clicked.connect(self.renew_recovery_code)
        c = QVBoxLayout(recovery_box)
        c.addWidget(QLabel(self.tr("The old code stops working at once.")))
        c.addWidget(self.recovery_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(page)
        layout.addWidget(backup_box)
        layout.addWidget(restore_box)
        layout.addWidget(recovery_box)
        layout.addStretch()
        return page

    def _password_tab(self) -> QWidget:
        page = QWidget()
        self.password_button = QPushButton(self.tr("&Change my password…"))
        self.password_button.clicked.connect(self.change_password)
        layout = QVBoxLayout(page)
        text = QLabel(
            self.tr("Use a long passphrase of several words that you do not use anywhere else.")
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(self.password_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        return page

    # -- state ------------------------------------------------------------------------------
    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self.users_model.set_rows([])
        if ws is None:
            self.settings.set_workspace(None)
            self.signing.set_workspace(None)
            return
        is_admin = ws.actor.has(Role.ADMINISTRATOR)
        for b in (self.add_button, self.backup_button, self.restore_button):
            b.setEnabled(is_admin)
        self._selection_changed()
        self.recovery_button.setEnabled(ws.actor.has(Role.ADMINISTRATOR, Role.DIRECTOR))
        self.password_button.setEnabled(not ws.actor.via_recovery)
        self.settings.set_workspace(ws)
        self.signing.set_workspace(ws)
        self.refresh()

    def refresh(self) -> None:
        ws = self.ws
        if ws is None or not ws.actor.has(Role.ADMINISTRATOR, Role.DIRECTOR):
            return
        run_in_background(
            self,
            lambda: users.list_users(ws, include_removed=True),
            self.users_model.set_rows,
            lambda e: show_error(self, e),
        )

    def _selected_username(self) -> str | None:
        rows = self.users_table.selectionModel().selectedRows()
        return rows[0].data(USERNAME_ROLE) if rows else None

    # -- actions ----------------------------------------------------------------------------
    def first_focus(self) -> QWidget:
        return self.tabs.tabBar()

    def add_user(self) -> None:
        ws = self.ws
        dialog = AddUserDialog(self)
        if ws is None or dialog.exec() != QDialog.DialogCode.Accepted:
            return
        args = (
            dialog.username.text(),
            dialog.display_name.text(),
            dialog.roles(),
            dialog.password.password(),
            dialog.language.currentData(),
        )
        dialog.password.clear()
        run_in_background(
            self,
            lambda: users.add_user(ws, *args),
            lambda _: self.refresh(),
            lambda e: show_error(self, e),
            self.tr("Adding the user…"),
        )

    def reset_password(self) -> None:
        ws, name = self.ws, self._selected_username()
        if ws is None or name is None:
            return
        dialog = NewPasswordDialog(name, own=False, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new = dialog.password.password()
        dialog.wipe()
        run_in_background(
            self,
            lambda: users.reset_password(ws, name, new),
            lambda _: QMessageBox.information(
                self, self.tr("Password set"), self.tr("The new password works now.")
            ),
            lambda e: show_error(self, e),
        )

    def remove_user(self) -> None:
        ws, name = self.ws, self._selected_username()
        if ws is None or name is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            fill(tr_("AdministrationView", "Remove {name}"), name=name),
            self.tr("Why is this account removed? (kept in the audit trail)"),
        )
        if not ok:
            return
        run_in_background(
            self,
            lambda: users.remove_user(ws, name, reason or None),
            lambda _: self.refresh(),
            lambda e: show_error(self, e),
            self.tr("Removing the user and re-encrypting the database…"),
        )

    def make_backup(self) -> None:
        ws = self.ws
        if ws is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the encrypted backup"),
            "shelter-backup.sdbackup",
            self.tr("shelter_desk backups (*.sdbackup)"),
        )
        if not path:
            return
        run_in_background(
            self,
            lambda: maintenance.make_backup(ws, Path(path)),
            lambda info: self.backup_status.setText(
                fill(tr_("AdministrationView", "Backup written to {file}."), file=info.path)
            ),
            lambda e: show_error(self, e),
            self.tr("Writing the encrypted backup…"),
        )

    def restore_backup(self) -> None:
        ws = self.ws
        if ws is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the backup to restore"),
            "",
            self.tr("shelter_desk backups (*.sdbackup)"),
        )
        if not path:
            return
        secret, ok = QInputDialog.getText(
            self,
            self.tr("Restore"),
            self.tr("Your password as it was when the backup was made:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not secret:
            return
        data_dir, username = ws.data_dir, ws.actor.username
        ws.close()
        run_in_background(
            self,
            lambda: maintenance.restore(data_dir, Path(path), username=username, secret=secret),
            lambda _: self.restored.emit(),
            self._restore_failed,
            self.tr("Restoring the backup…"),
        )

    def _restore_failed(self, exc: Exception) -> None:
        show_error(self, exc)
        self.restored.emit()  # the workspace was closed for the attempt: log in again

    def renew_recovery_code(self) -> None:
        ws = self.ws
        if ws is None:
            return
        if (
            QMessageBox.question(
                self,
                self.tr("New recovery code"),
                self.tr("Make a new recovery code? The one in the safe stops working."),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        run_in_background(
            self,
            lambda: users.renew_recovery_code(ws),
            lambda code: RecoveryCodeDialog(code, self).exec(),
            lambda e: show_error(self, e),
        )

    def change_password(self) -> None:
        ws = self.ws
        if ws is None:
            return
        dialog = NewPasswordDialog(ws.actor.username, own=True, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        old, new = dialog.current.text(), dialog.password.password()
        dialog.wipe()
        run_in_background(
            self,
            lambda: users.change_own_password(ws, old, new),
            lambda _: QMessageBox.information(
                self, self.tr("Password changed"), self.tr("Your password was changed.")
            ),
            lambda e: show_error(self, e),
        )
