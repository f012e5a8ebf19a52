"""QApplication bootstrap: style, first run or login, the main window and the lock."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from shelter_desk.resources import icon_path
from shelter_desk.services import settings, setup
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import focus_ring, main_thread_gc, translations, workstation
from shelter_desk.ui.databus import DataBus
from shelter_desk.ui.dialogs.first_run import FirstRunWizard
from shelter_desk.ui.dialogs.login_dialog import LoginDialog
from shelter_desk.ui.dialogs.my_settings import MySettingsDialog
from shelter_desk.ui.idle import IdleWatcher
from shelter_desk.ui.main_window import MainWindow
from shelter_desk.ui.messages import show_error
from shelter_desk.ui.ops import wait_for_all
from shelter_desk.ui.remote_changes import RemoteChanges
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
        self.seal_reminder: QWidget | None = None
        hints = app.styleHints()
        if hasattr(hints, "accessibility"):  # Qt 6.10+: follows Windows' contrast themes
            hints.accessibility().contrastPreferenceChanged.connect(
                lambda _preference: self._system_contrast_changed())
        self.remote_changes: RemoteChanges | None = None

    def _new_window(self) -> MainWindow:
        """A window in the language installed now (it remembers which)."""
        window = MainWindow(self.bus)
        window.lock_requested.connect(self.lock)
        window.logout_requested.connect(self.log_out)
        window.settings_requested.connect(self.my_settings)
        window.administration.restored.connect(self._after_restore)
        window.administration.settings.idle_changed.connect(self._set_idle)
        self.window_language = translations.current()
        return window

    def start(self) -> bool:
        if not setup.installation_exists(self.data_dir):
            wizard = FirstRunWizard(self.data_dir)
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
        chosen = dialog.language_chosen
        if chosen is not None and not dialog.workspace.actor.via_recovery:
            try:
                settings.set_my_language(dialog.workspace, chosen)
            except Exception as exc:  # said; the stored language stays
                show_error(None, exc)
        self._unlocked(dialog.workspace)
        return True

    def _unlocked(self, ws: Workspace) -> None:
        self.ws = ws
        prefs = settings.get(ws)
        language = self.window_language if ws.actor.via_recovery else prefs.my_language
        if language != self.window_language or language != translations.current():
            self._rebuild(language)
        self.window.shelter = prefs.shelter_name
        self.window.setWindowTitle(self.window._title())
        self._set_idle(prefs.idle_lock_minutes)
        self.window.set_workspace(ws)
        self.window.show()
        self.screen_lock.install_windows_filter(self.app, int(self.window.winId()))
        self.idle.start()
        # On a server: other desks' changes refresh what they touch (ends when ws closes).
        self.remote_changes = RemoteChanges(lambda: self.bus, ws)
        self._offer_weekly_seal(ws)

    def _offer_weekly_seal(self, ws: Workspace) -> None:
        from shelter_desk.services import seals  # loaded after login, not on the login path
        from shelter_desk.ui.dialogs.seal_offer import SealReminder

        if self.seal_reminder is not None:
            self.seal_reminder.deleteLater()
            self.seal_reminder = None
        if seals.seal_due(ws):
            self.seal_reminder = SealReminder(ws)
            self.window.statusBar().addWidget(self.seal_reminder)

    def _set_idle(self, minutes: float) -> None:
        self.idle.set_timeout_ms(int((self.fixed_idle or minutes) * 60_000))
        if self.idle.timer.isActive():
            self.idle.start()

    def set_language(self, language: str) -> None:
        """Apply a new UI language now: the window is rebuilt where the user was."""
        if language == self.window_language:
            return
        state = self.window.state()
        self._rebuild(language)
        if self.ws is not None:
            self.window.set_workspace(self.ws)
            self.window.show()
            self.window.restore(state)

    def my_settings(self) -> None:
        ws = self.ws
        if ws is None or ws.actor.via_recovery:
            return
        dialog = MySettingsDialog(settings.get(ws).my_language, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        contrast, scale = dialog.chosen_display()
        if (contrast, scale) != workstation.display():
            workstation.remember_display(contrast, scale)
            self.set_display(contrast, scale)
        language = dialog.chosen_language()
        try:
            settings.set_my_language(ws, language)
        except Exception as exc:  # shown to the user; the language stays as it was
            show_error(self.window, exc)
            return
        self.set_language(language)

    def set_display(self, contrast: str, scale: int) -> None:
        """A new contrast or text size, now: the window is rebuilt where the user was, so
        every colour and size follows."""
        apply_style(self.app, contrast, scale)
        state = self.window.state()
        self._rebuild(self.window_language)
        if self.ws is not None:
            self.window.set_workspace(self.ws)
            self.window.show()
            self.window.restore(state)

    def _system_contrast_changed(self) -> None:
        contrast, scale = workstation.display()
        if contrast == "system":
            self.set_display(contrast, scale)

    def _rebuild(self, language: str) -> None:
        translations.install(language)
        page = self.window.current_page()
        visible = self.window.isVisible()
        old = self.window
        # A new bus as well: the old window's views must not hear the new one's signals.
        privacy = self.bus.privacy
        self.bus = DataBus()
        self.bus.set_privacy(privacy)
        self.window = self._new_window()
        self.window.shelter = old.shelter
        self.window.setWindowTitle(self.window._title())
        self.window.restoreGeometry(old.saveGeometry())
        old.set_workspace(None)
        old.hide()
        for action in old.actions():  # its shortcuts would clash with the new window's
            action.setEnabled(False)
        old.deleteLater()
        self.window.show_page(page)
        if visible:
            self.window.show()

    def lock(self) -> None:
        """Every view emptied and the database closed behind the login; unlocking reopens the
        same screen, the same client files on the same tabs."""
        if self.ws is None or self.login_dialog is not None:
            return  # nothing open, or already locked
        self.idle.stop()
        state = self.window.state()
        user = self.ws.actor.username
        self._close_workspace()
        if not self._login(locked=True):
            self.app.quit()
            return
        if self.ws is not None and self.ws.actor.username == user:
            self.window.restore(state)

    def log_out(self) -> None:
        """Leave: everything emptied and closed; the next person logs in (or nobody)."""
        if self.ws is None or self.login_dialog is not None:
            return
        self.idle.stop()
        self._close_workspace()
        self.ws = None
        if not self._login(locked=False):
            self.app.quit()

    def _close_workspace(self) -> None:
        assert self.ws is not None
        if self.seal_reminder is not None:
            self.seal_reminder.deleteLater()
            self.seal_reminder = None
        self.window.set_workspace(None)
        self.window.hide()
        wait_for_all(10000)
        if not self.ws.closed:
            self.ws.close()

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
    main_thread_gc.install()
    app.setWindowIcon(QIcon(str(icon_path())))
    apply_style(app, *workstation.display())
    focus_ring.install(app)
    # Before any window: the login screen's language, and Belgian dates in every language.
    translations.install(workstation.login_language())
    return app


def run_app(data_dir: Path) -> int:
    app = create_application()
    controller = AppController(app, data_dir)
    app.aboutToQuit.connect(controller.shutdown)
    if not controller.start():
        controller.shutdown()
        return 0
    return app.exec()
