"""Account › My settings: what each person chooses for themselves, whatever their role: the
language of the program (kept with their account), and the contrast and text size this
workstation shows (kept on the workstation, so the login window has them too)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QWidget

from shelter_desk.i18n import fill
from shelter_desk.ui import style, workstation
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
        contrast, scale = workstation.display()
        self.contrast = QComboBox()
        self.contrast.setObjectName("my_contrast")
        for code, text in (
            ("system", tr_("MySettings", "As the system is set")),
            ("standard", tr_("MySettings", "Standard")),
            ("high", tr_("MySettings", "High contrast (light on black)")),
        ):
            self.contrast.addItem(text, code)
        self.contrast.setCurrentIndex(max(0, self.contrast.findData(contrast)))
        contrast_label = QLabel(tr_("MySettings", "&Contrast"))
        contrast_label.setBuddy(self.contrast)
        self.text_size = QComboBox()
        self.text_size.setObjectName("my_text_size")
        for percent in style.TEXT_SCALES:
            self.text_size.addItem(fill(tr_("MySettings", "{percent} %"), percent=percent),
                                   percent)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(scale)))
        size_label = QLabel(tr_("MySettings", "&Text size"))
        size_label.setBuddy(self.text_size)
        display_note = QLabel(tr_("MySettings", "Contrast and text size are kept on this "
                                                "workstation, for everyone who logs in here."))
        display_note.setWordWrap(True)
        display_note.setProperty("muted", True)
        form = QFormLayout()
        form.addRow(label, self.language)
        form.addRow("", note)
        form.addRow(contrast_label, self.contrast)
        form.addRow(size_label, self.text_size)
        form.addRow("", display_note)
        lay_out_form(self, form)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_display(self) -> tuple[str, int]:
        return str(self.contrast.currentData()), int(self.text_size.currentData())
