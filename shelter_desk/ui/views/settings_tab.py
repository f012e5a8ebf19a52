"""Settings of the installation (administrators): the idle lock time for everyone. Each
person's own language is under Account › My settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QSpinBox, QWidget

from shelter_desk.domain.roles import Role
from shelter_desk.services import settings
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import show_error
from shelter_desk.ui.ops import run_in_background


class SettingsTab(QWidget):
    idle_changed = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.ws: Workspace | None = None
        self.idle = QSpinBox()
        self.idle.setObjectName("idle_minutes")
        self.idle.setRange(settings.MIN_IDLE, settings.MAX_IDLE)
        self.idle.setSuffix(tr_("Settings", " min"))
        self.save_button = QPushButton(tr_("Settings", "Save settings"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setProperty("muted", True)
        idle_label = QLabel(tr_("Settings", "&Lock after this many idle minutes (everyone)"))
        idle_label.setBuddy(self.idle)
        form = QFormLayout(self)
        form.addRow(idle_label, self.idle)
        form.addRow("", self.save_button)
        form.addRow("", self.status)

    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self.status.clear()
        if ws is None:
            return
        admin = ws.actor.has(Role.ADMINISTRATOR)
        self.idle.setEnabled(admin)
        self.save_button.setEnabled(admin)
        run_in_background(
            self, lambda: settings.get(ws), self._loaded, lambda e: show_error(self, e)
        )

    def _loaded(self, view: settings.SettingsView) -> None:
        self.idle.setValue(view.idle_lock_minutes)

    def save(self) -> None:
        ws = self.ws
        if ws is None:
            return
        minutes = self.idle.value()

        def done(_: object) -> None:
            self.status.setText(tr_("Settings", "Saved."))
            self.idle_changed.emit(minutes)

        run_in_background(self, lambda: settings.set_idle_lock_minutes(ws, minutes), done,
                          lambda e: show_error(self, e))
