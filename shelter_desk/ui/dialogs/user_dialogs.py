"""Add an account, reset someone's password, change one's own password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.domain.roles import Role
from shelter_desk.i18n import fill
from shelter_desk.services import validation
from shelter_desk.services.errors import ValidationError
from shelter_desk.ui import i18n
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.models.users_table import role_label
from shelter_desk.ui.widgets.form_dialog import lay_out_form
from shelter_desk.ui.widgets.password_field import NewPasswordField


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #a61b1b;")
    label.setWordWrap(True)
    return label


class AddUserDialog(QDialog):
    """Validates as you type; OK stays disabled until everything is right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a user"))
        self.setMinimumWidth(460)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username_error = _error_label()
        self.display_name = QLineEdit()
        self.display_name.setObjectName("display_name")
        self.role_boxes: dict[Role, QCheckBox] = {}
        roles_row = QVBoxLayout()  # one per line: role names grow in translation
        for role in Role:
            box = QCheckBox(role_label(role))
            box.setObjectName(f"role_{role.value}")
            box.setChecked(role == Role.COUNSELLOR)
            box.toggled.connect(self._validate)
            self.role_boxes[role] = box
            roles_row.addWidget(box)
        self.roles_error = _error_label()
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in (("en", "English"), ("nl", "Nederlands"), ("fr", "Français")):
            self.language.addItem(name, code)
        self.password = NewPasswordField()

        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow("", self.username_error)
        form.addRow(self.tr("&Full name"), self.display_name)
        roles_label = QLabel(self.tr("&Roles"))
        roles_label.setBuddy(next(iter(self.role_boxes.values())))
        form.addRow(roles_label, roles_row)
        form.addRow("", self.roles_error)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("Initial &password"), self.password)
        self.buttons = lay_out_form(self, form)
        self.username.textChanged.connect(self._validate)
        self.display_name.textChanged.connect(self._validate)
        self.password.changed.connect(self._validate)
        self._validate()

    def roles(self) -> list[Role]:
        return [r for r, box in self.role_boxes.items() if box.isChecked()]

    def _validate(self) -> None:
        ok = True
        try:
            name = validation.username(self.username.text())
            self.username_error.setText("")
            self.password.set_username(name)
        except ValidationError as exc:
            ok = False
            self.username_error.setText(
                i18n.validation_message(exc) if self.username.text() else "")
        self.roles_error.setText("" if self.roles() else self.tr("Choose at least one role."))
        ok = ok and bool(self.roles()) and bool(self.display_name.text().strip())
        ok = ok and self.password.is_acceptable()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class NewPasswordDialog(QDialog):
    """For a reset (administrator) or one's own change (asks the current password too)."""

    def __init__(self, username: str, *, own: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Change your password")
            if own
            else fill(tr_("NewPasswordDialog", "Set a new password for {user}"), user=username)
        )
        self.setMinimumWidth(420)
        self.current = QLineEdit()
        self.current.setObjectName("current_password")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.password = NewPasswordField()
        self.password.set_username(username)
        form = QFormLayout()
        if own:
            form.addRow(self.tr("&Current password"), self.current)
        else:
            self.current.hide()
        form.addRow(self.tr("&New password"), self.password)
        self.buttons = lay_out_form(self, form)
        self._own = own
        self.password.changed.connect(self._validate)
        self.current.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        ok = self.password.is_acceptable() and (not self._own or bool(self.current.text()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def done(self, result: int) -> None:
        super().done(result)

    def wipe(self) -> None:
        self.current.clear()
        self.password.clear()
