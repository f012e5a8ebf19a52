"""QApplication bootstrap: style, first run or login, the main window and the lock."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from shelter_desk.paths import DataFiles
from shelter_desk.resources import icon_path
from shelter_desk.services import settings
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import translations
from shelter_desk.ui.databus import DataBus
from shelter_desk.ui.dialogs.first_run import FirstRunWizard
from shelter_desk.ui.dialogs.login_dialog import LoginDialog
from shelter_desk.ui.idle import IdleWatcher
from shelter_desk.ui.main_window import MainWindow
from shelter_desk.ui.ops import wait_for_all
from shelter_desk.ui.screen_lock import ScreenLockWatcher
from shelter_desk.ui.style import apply_style

DEFAULT_IDLE_MINUTES = 5.0


class AppController(QObject):
    """Owns the workspace. Locking closes it (the database and its key leave memory) and
    clears every view; unlocking returns to the same screen."""

    def __init__(
        self, app: QApplication, data_dir: Path, idle_minutes: float | None = None
    ) -> None:
        super().__init__()
        self.app = app
        self.data_dir = data_dir
        self.ws: Workspace | None = None
        self.bus = DataBus()
        self.fixed_idle = idle_minutes  # tests pin it; otherwise it comes from the settings
        self.window = self._new_window()
        self.idle = IdleWatcher(idle_minutes or DEFAULT_IDLE_MINUTES, self)
        self.idle.idle.connect(self.lock)
        app.installEventFilter(self.idle)
        self.screen_lock = ScreenLockWatcher(self)
        self.screen_lock.locked.connect(self.lock)
        self.login_dialog: LoginDialog | None = None

    def _new_window(self) -> MainWindow:
        window = MainWindow(self.bus)
        window.lock_requested.connect(self.lock)
        window.administration.restored.connect(self._after_restore)
        window.administration.settings.idle_changed.connect(self._set_idle)
        window.administration.settings.language_changed.connect(self.set_language)
        return window

    def start(self) -> bool:
        if not DataFiles(self.data_dir).exists():
            wizard = FirstRunWizard(self.data_dir)
            wizard.shelter_page.language_chosen.connect(translations.install)
            if wizard.exec() != QDialog.DialogCode.Accepted or wizard.workspace is None:
                return False
            self._unlocked(wizard.workspace)
            return True
        return self._login(locked=False)

    def _login(self, locked: bool) -> bool:
        username = self.ws.actor.username if (locked and self.ws) else ""
        dialog = LoginDialog(self.data_dir, parent=None, username=username, locked=locked)
        self.login_dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.login_dialog = None
        if not accepted or dialog.workspace is None:
            return False
        self._unlocked(dialog.workspace)
        return True

    def _unlocked(self, ws: Workspace) -> None:
        self.ws = ws
        prefs = settings.get(ws)
        if prefs.my_language != translations.current() and not ws.actor.via_recovery:
            self._rebuild(prefs.my_language)
        self.window.shelter = prefs.shelter_name
        self.window.setWindowTitle(self.window._title())
        self._set_idle(prefs.idle_lock_minutes)
        self.window.set_workspace(ws)
        self.window.show()
        self.screen_lock.install_windows_filter(self.app, int(self.window.winId()))
        self.idle.start()

    def _set_idle(self, minutes: float) -> None:
        self.idle.set_timeout_ms(int((self.fixed_idle or minutes) * 60_000))
        if self.idle.timer.isActive():
            self.idle.start()

    def set_language(self, language: str) -> None:
        """Apply a new UI language now: the window is rebuilt on the same screen."""
        if language == translations.current():
            return
        self._rebuild(language)
        if self.ws is not None:
            self.window.set_workspace(self.ws)
            self.window.show()

    def _rebuild(self, language: str) -> None:
        translations.install(language)
        page = self.window.current_page()
        visible = self.window.isVisible()
        old = self.window
        self.window = self._new_window()
        self.window.bus.set_privacy(self.bus.privacy)
        self.window.shelter = old.shelter
        self.window.setWindowTitle(self.window._title())
        self.window.restoreGeometry(old.saveGeometry())
        old.set_workspace(None)
        old.hide()
        old.deleteLater()
        self.window.show_page(page)
        if visible:
            self.window.show()

    def lock(self) -> None:
        if self.ws is None or self.login_dialog is not None:
            return  # nothing open, or already locked
        self.idle.stop()
        page = self.window.current_page()
        self.window.set_workspace(None)
        self.window.hide()
        wait_for_all(10000)
        if not self.ws.closed:
            self.ws.close()
        if not self._login(locked=True):
            self.app.quit()
            return
        self.window.show_page(page)

    def _after_restore(self) -> None:
        self.lock()

    def shutdown(self) -> None:
        """Quitting: every view emptied (nothing left in memory), the database closed."""
        self.idle.stop()
        wait_for_all(10000)
        self.window.set_workspace(None)
        if self.ws is not None and not self.ws.closed:
            self.ws.close()


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("shelter_desk")
    app.setOrganizationName("shelter_desk")
    app.setDesktopFileName("shelter-desk")
    app.setWindowIcon(QIcon(str(icon_path())))
    apply_style(app)
    return app


def run_app(data_dir: Path) -> int:
    app = create_application()
    controller = AppController(app, data_dir)
    app.aboutToQuit.connect(controller.shutdown)
    if not controller.start():
        controller.shutdown()
        return 0
    return app.exec()
