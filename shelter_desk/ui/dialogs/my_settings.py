"""Account › My settings: what each person chooses for themselves, whatever their role (their
language now; more preferences later)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QWidget

from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.translations import LANGUAGE_NAMES
from shelter_desk.ui.widgets.form_dialog import lay_out_form


class MySettingsDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr_("MySettings", "My settings"))
        self.language = QComboBox()
        self.language.setObjectName("my_language")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        label = QLabel(tr_("MySettings", "&Language of the program"))
        label.setBuddy(self.language)
        note = QLabel(tr_("MySettings", "Reports are written in the prosecutor's language, "
                                        "chosen for each report."))
        note.setWordWrap(True)
        note.setProperty("muted", True)
        form = QFormLayout()
        form.addRow(label, self.language)
        form.addRow("", note)
        lay_out_form(self, form)

    def chosen_language(self) -> str:
        return str(self.language.currentData())
