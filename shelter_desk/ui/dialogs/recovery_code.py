"""A new recovery code, shown once, large and easy to copy onto paper."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class RecoveryCodeDialog(QDialog):
    """Shows a recovery code once, large and easy to copy onto paper."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery code"))
        text = QLabel(
            self.tr(
                "This is the only time the recovery code is shown. Write it down or print it and "
                "keep it in the safe. Anyone who has it can open every file."
            )
        )
        text.setWordWrap(True)
        code_label = QLabel(code)
        code_label.setObjectName("recovery_code")
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(15)
        code_label.setFont(font)
        code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        done = QPushButton(self.tr("I have written it down"))
        done.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(code_label)
        layout.addWidget(done)
