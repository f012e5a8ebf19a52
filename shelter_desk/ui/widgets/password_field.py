"""A new-password field with a strength meter and a repeat field, checked as you type."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from shelter_desk.services import passwords
from shelter_desk.ui.accessible import name
from shelter_desk.ui.i18n import tr_


def translate_problem(problem: str) -> str:
    text = tr_("validation", problem)
    return text[:1].upper() + text[1:] + "."


class NewPasswordField(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username = ""
        self.edit = QLineEdit()
        self.edit.setObjectName("new_password")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat_password")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        self.meter.setMaximumHeight(14)
        self.message = QLabel()
        self.message.setObjectName("password_message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.meter)
        layout.addWidget(self.repeat)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)  # its label's shortcut lands in the first field
        self.edit.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self.retranslate()

    def retranslate(self) -> None:
        """Also on a language change (the first-run wizard's language box)."""
        self.repeat.setPlaceholderText(self.tr("Repeat the password"))
        name(self.edit, self.tr("New password"))
        name(self.repeat, self.tr("Repeat the password"))
        name(self.meter, self.tr("Password strength"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_username(self, username: str) -> None:
        if username != self.username:
            self.username = username
            self._update()

    def password(self) -> str:
        return self.edit.text()

    def problems(self) -> list[str]:
        strength = passwords.assess(self.edit.text(), self.username)
        out = [translate_problem(p) for p in strength.problems]
        if not out and self.repeat.text() != self.edit.text():
            out.append(self.tr("The two passwords differ."))
        return out

    def is_acceptable(self) -> bool:
        return not self.problems()

    def clear(self) -> None:
        self.edit.clear()
        self.repeat.clear()

    def _update(self) -> None:
        strength = passwords.assess(self.edit.text(), self.username)
        self.meter.setValue(strength.score)
        labels = [
            self.tr("Too weak"),
            self.tr("Acceptable"),
            self.tr("Good"),
            self.tr("Strong"),
            self.tr("Very strong"),
        ]
        self.meter.setFormat(labels[strength.score] if self.edit.text() else "")
        problems = self.problems() if self.edit.text() else []
        self.message.setText(" ".join(problems))
        self.message.setStyleSheet("color: #a61b1b;" if problems else "")
        self.changed.emit()
