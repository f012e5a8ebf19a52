"""Choosing the program's language before anyone is logged in (login screen, first start):
the three languages, each named in itself, under a label in all three, so that whoever sits
down can find their own."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from shelter_desk.ui import translations, workstation

# Not translated on purpose: it must be readable before the right language is chosen.
MULTILINGUAL_LABEL = "Language / Taal / Langue"


class LanguageBox(QWidget):
    """Installs the chosen language at once (every open window retranslates itself) and
    remembers it for this workstation's login screen."""

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setObjectName("login_language")
        for code, name in translations.LANGUAGE_NAMES:
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(translations.current())))
        label = QLabel(MULTILINGUAL_LABEL)
        label.setBuddy(self.combo)
        self.combo.setAccessibleName(MULTILINGUAL_LABEL)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch()
        row.addWidget(label)
        row.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._chosen)

    def language(self) -> str:
        return str(self.combo.currentData())

    def set_language(self, language: str) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(language)))

    def _chosen(self, _index: int) -> None:
        language = self.language()
        translations.install(language)
        workstation.remember_login_language(language)
        self.language_chosen.emit(language)
