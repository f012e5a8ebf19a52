"""Settings: idle lock time for everyone (administrators), and one's own language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QSpinBox, QWidget

from shelter_desk.domain.roles import Role
from shelter_desk.services import settings
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import show_error
from shelter_desk.ui.ops import run_in_background

LANGUAGE_NAMES = (("en", "English"), ("nl", "Nederlands"), ("fr", "Français"))


class SettingsTab(QWidget):
    idle_changed = Signal(int)
    language_changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.ws: Workspace | None = None
        self.idle = QSpinBox()
        self.idle.setObjectName("idle_minutes")
        self.idle.setRange(settings.MIN_IDLE, settings.MAX_IDLE)
        self.idle.setSuffix(tr_("Settings", " min"))
        self.language = QComboBox()
        self.language.setObjectName("ui_language")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.save_button = QPushButton(tr_("Settings", "Save settings"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setProperty("muted", True)
        form = QFormLayout(self)
        form.addRow(tr_("Settings", "Lock after this many idle minutes (everyone)"), self.idle)
        form.addRow(tr_("Settings", "My language"), self.language)
        form.addRow("", self.save_button)
        form.addRow("", self.status)

    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self.status.clear()
        if ws is None:
            return
        self.idle.setEnabled(ws.actor.has(Role.ADMINISTRATOR))
        run_in_background(
            self, lambda: settings.get(ws), self._loaded, lambda e: show_error(self, e)
        )

    def _loaded(self, view: settings.SettingsView) -> None:
        self.idle.setValue(view.idle_lock_minutes)
        self.language.setCurrentIndex(max(0, self.language.findData(view.my_language)))

    def save(self) -> None:
        ws = self.ws
        if ws is None:
            return
        minutes, language = self.idle.value(), self.language.currentData()
        admin = ws.actor.has(Role.ADMINISTRATOR)

        def work() -> None:
            if admin:
                settings.set_idle_lock_minutes(ws, minutes)
            settings.set_my_language(ws, language)

        def done(_: object) -> None:
            self.status.setText(tr_("Settings", "Saved."))
            self.idle_changed.emit(minutes)
            self.language_changed.emit(language)

        run_in_background(self, work, done, lambda e: show_error(self, e))
