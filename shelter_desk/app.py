"""QApplication bootstrap: style, the login, the main window and the lock. Kept small."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from shelter_desk.paths import DataFiles
from shelter_desk.services import setup
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.dialogs.login_dialog import LoginDialog
from shelter_desk.ui.idle import IdleWatcher
from shelter_desk.ui.main_window import MainWindow
from shelter_desk.ui.ops import wait_for_all

DEFAULT_IDLE_MINUTES = 5.0


class AppController(QObject):
    """Owns the workspace. Locking closes it (the database and its key leave memory) and
    clears every view; unlocking returns to the same screen."""

    def __init__(
        self, app: QApplication, data_dir: Path, idle_minutes: float = DEFAULT_IDLE_MINUTES
    ) -> None:
        super().__init__()
        self.app = app
        self.data_dir = data_dir
        self.ws: Workspace | None = None
        self.window = MainWindow()
        self.window.lock_requested.connect(self.lock)
        self.window.administration.restored.connect(self._after_restore)
        self.idle = IdleWatcher(idle_minutes, self)
        self.idle.idle.connect(self.lock)
        app.installEventFilter(self.idle)
        self.login_dialog: LoginDialog | None = None

    def start(self) -> bool:
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
        self.window.shelter = setup.shelter_name(ws)
        self.window.setWindowTitle(self.window._title())
        self.window.set_workspace(ws)
        self.window.show()
        self.idle.start()

    def lock(self) -> None:
        if self.ws is None or self.login_dialog is not None:  # nothing open, or already locked
            return
        self.idle.stop()
        self.window.set_workspace(None)
        self.window.hide()
        wait_for_all(10000)
        if not self.ws.closed:
            self.ws.close()
        if not self._login(locked=True):
            self.app.quit()

    def _after_restore(self) -> None:
        QMessageBox.information(self.window, self.window.tr("Restore"),
                                self.window.tr("Log in again to continue."))
        self.lock()

    def shutdown(self) -> None:
        self.idle.stop()
        wait_for_all(10000)
        if self.ws is not None and not self.ws.closed:
            self.ws.close()


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("shelter_desk")
    app.setOrganizationName("shelter_desk")
    app.setStyle("Fusion")
    return app


def run_app(data_dir: Path) -> int:
    app = create_application()
    if not DataFiles(data_dir).exists():
        message = QApplication.translate(
            "app", "There is no shelter_desk database in %1 yet. Create one with "
            "'shelter-desk init', or try the demo with 'make run'.")
        QMessageBox.information(None, "shelter_desk", message.replace("%1", str(data_dir)))
        return 1
    controller = AppController(app, data_dir)
    if not controller.start():
        return 0
    app.aboutToQuit.connect(controller.shutdown)
    return app.exec()
