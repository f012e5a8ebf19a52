"""QApplication bootstrap: style, first run or login, the main window and the lock."""

from __future__ import annotations

import contextlib
import sys
import threading
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from shelter_desk.resources import icon_path
from shelter_desk.ui import focus_ring, main_thread_gc, translations, workstation
from shelter_desk.ui.databus import DataBus
from shelter_desk.ui.dialogs.login_dialog import LoginDialog
from shelter_desk.ui.idle import IdleWatcher
from shelter_desk.ui.integrity_watch import check_in_background
from shelter_desk.ui.messages import show_error
from shelter_desk.ui.ops import forget_pending, run_in_background, wait_for_all
from shelter_desk.ui.screen_lock import ScreenLockWatcher
from shelter_desk.ui.style import apply_style

if TYPE_CHECKING:  # loaded while the password is typed (preload), not before the login window
    from shelter_desk.services.workspace import Workspace
    from shelter_desk.ui.main_window import MainWindow
    from shelter_desk.ui.remote_changes import RemoteChanges

# What the first screen after the password needs: imported on a background thread while the
# login window waits for the password, so neither the window nor the unlock waits for it.
PRELOAD = (
    "shelter_desk.services.setup", "shelter_desk.services.settings",
    "shelter_desk.services.clients", "shelter_desk.services.deadlines",
    "shelter_desk.services.status", "shelter_desk.ui.main_window",
    "shelter_desk.ui.remote_changes", "shelter_desk.services.seal_schedule",
    "shelter_desk.ui.dialogs.seal_offer",
)


def preload() -> threading.Thread:
    """Import PRELOAD on a daemon thread (importing defines classes; no widget is made), then
    load the country names the client list shows."""
    import importlib

    language = translations.current()

    def work() -> None:
        for name in PRELOAD:
            try:
                importlib.import_module(name)
            except Exception:
                return
        from shelter_desk.domain import places_and_languages

        places_and_languages.warm(language)

    thread = threading.Thread(target=work, name="preload", daemon=True)
    thread.start()
    return thread


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
        self._window: MainWindow | None = None  # built after the password: see `window`
        self.window_language = translations.current()
        self.idle = IdleWatcher(idle_minutes or DEFAULT_IDLE_MINUTES, self)
        self.idle.idle.connect(self.lock)
        app.installEventFilter(self.idle)
        self.screen_lock = ScreenLockWatcher(self)
        self.screen_lock.locked.connect(self.lock)
        self.login_dialog: LoginDialog | None = None
        self.seal_reminder: QWidget | None = None
        hints = app.styleHints()
        # Qt 6.10+: follows Windows' contrast themes. A bound method, not a lambda, and let go
        # at shutdown: the application outlives a controller (tests make many), and a lambda
        # connected to it kept each one, its database and caches alive.
        self._contrast_signal = (hints.accessibility().contrastPreferenceChanged
                                 if hasattr(hints, "accessibility") else None)
        if self._contrast_signal is not None:
            self._contrast_signal.connect(self._contrast_preference)
        self.remote_changes: RemoteChanges | None = None
        # After the background check found damage: the next login checks before opening.
        self.check_pages_at_login = False

    @property
    def window(self) -> MainWindow:
        """The main window, built when first needed (after the password, not before the
        login window appears)."""
        if self._window is None:
            self._window = self._new_window()
        return self._window

    def _new_window(self) -> MainWindow:
        """A window in the language installed now (it remembers which)."""
        from shelter_desk.ui.main_window import MainWindow

        window = MainWindow(self.bus)
        window.lock_requested.connect(self.lock)
        window.logout_requested.connect(self.log_out)
        window.settings_requested.connect(self.my_settings)
        window.restored.connect(self._after_restore)
        window.idle_changed.connect(self._set_idle)
        self.window_language = translations.current()
        return window

    def start(self) -> bool:
        from shelter_desk.services.presence import installation_exists

        if not installation_exists(self.data_dir):
            from shelter_desk.ui.dialogs.first_run import FirstRunWizard

            wizard = FirstRunWizard(self.data_dir)
            if wizard.exec() != QDialog.DialogCode.Accepted or wizard.workspace is None:
                return False
            self._unlocked(wizard.workspace)
            return True
        return self._login(locked=False)

    def _login(self, locked: bool) -> bool:
        username = self.ws.actor.username if (locked and self.ws) else ""
        dialog = LoginDialog(self.data_dir, parent=None, username=username, locked=locked,
                             check_pages=self.check_pages_at_login)
        self.login_dialog = dialog
        if self._window is None:
            dialog.loading = preload()
            self._build_while_typing(dialog.loading, dialog)
        # After a lock nothing is set aside again: the closed session's file views are only
        # deleted once this dialog's loop returns (deleteLater), and would be kept for the
        # whole next session, maybe another person's.
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.login_dialog = None
        ws, chosen = dialog.workspace, dialog.language_chosen
        # Gone with its background calls: their callbacks hold the dialog, which held the
        # workspace (and, after a lock, each closed one) for as long as the app ran.
        dialog.workspace = None
        dialog.deleteLater()
        if not accepted or ws is None:
            return False
        if chosen is not None and not ws.actor.via_recovery:
            from shelter_desk.services import settings

            try:
                settings.set_my_language(ws, chosen)
            except Exception as exc:  # said; the stored language stays
                show_error(None, exc)
        self._unlocked(ws)
        return True

    def _build_while_typing(self, loading: threading.Thread, dialog: LoginDialog) -> None:
        """The main window built once its modules are loaded, while the login window waits
        for the password: building it takes about 0.12 s of the GUI thread, which after the
        password would freeze the window just as the caseload appears (issue 13)."""
        from PySide6.QtCore import QTimer

        def build() -> None:
            if self._window is not None or self.login_dialog is not dialog:
                return
            if loading.is_alive():
                QTimer.singleShot(50, self, build)
                return
            with contextlib.suppress(Exception):  # built (and said) after the password instead
                self._window = self._new_window()
                QTimer.singleShot(0, self, warm)

        def warm() -> None:
            # Drawn once off screen at its first size: its layouts, style and glyphs are
            # ready, and showing it after the password costs a paint, not a first paint.
            window = self._window
            if window is not None and self.login_dialog is dialog and not window.isVisible():
                window.grab()
                QTimer.singleShot(0, self, settle)

        def settle() -> None:
            if self.login_dialog is dialog:
                main_thread_gc.settle()

        QTimer.singleShot(50, self, build)

    def _unlocked(self, ws: Workspace) -> None:
        from shelter_desk.services import settings
        from shelter_desk.ui.remote_changes import RemoteChanges

        self.ws = ws
        prefs = settings.get(ws)
        language = self.window_language if ws.actor.via_recovery else prefs.my_language
        if self._window is None:
            if language != translations.current():
                translations.install(language)
        elif language != self.window_language or language != translations.current():
            self._rebuild(language)
        self.window.shelter = prefs.shelter_name
        self.window.setWindowTitle(self.window._title())
        self._set_idle(prefs.idle_lock_minutes)
        self.window.set_workspace(ws)
        self.window.show()
        # The keyboard goes to it (a login window just closed; some desktops, and X without a
        # window manager, give the focus to nothing), so Ctrl+2 or typing works at once.
        self.window.activateWindow()
        self.screen_lock.install_windows_filter(self.app, int(self.window.winId()))
        self.idle.start()
        # On a server: other desks' changes refresh what they touch (ends when ws closes).
        self.remote_changes = RemoteChanges(lambda: self.bus, ws)
        self._offer_weekly_seal(ws)
        self.check_pages_at_login = False
        check_in_background(self, ws, lambda exc: self._damaged(ws, exc))

    def _damaged(self, ws: Workspace, exc: BaseException) -> None:
        """The whole file's check found damage: out, said, and the login window next checks
        before opening, so that it offers the restore."""
        if self.ws is not ws or self.login_dialog is not None:
            return
        self.check_pages_at_login = True
        show_error(self.window, exc)
        self.log_out()

    def _drop_seal_reminder(self) -> None:
        """The status bar's "Seal now…" gone. A language or display change rebuilds the window
        and destroys it with the old one: only a live widget is deleted here."""
        from shiboken6 import isValid

        reminder, self.seal_reminder = self.seal_reminder, None
        if reminder is not None and isValid(reminder):
            reminder.deleteLater()

    def _offer_weekly_seal(self, ws: Workspace) -> None:
        self._drop_seal_reminder()

        def due() -> tuple[bool, datetime | None]:
            from shelter_desk.services import seal_schedule  # no signing libraries: dates

            return seal_schedule.due_and_last(ws)

        def offer(answer: tuple[bool, datetime | None]) -> None:
            is_due, last = answer
            if is_due and self.ws is ws and not ws.closed and self.seal_reminder is None:
                from shelter_desk.ui.dialogs.seal_offer import SealReminder

                self.seal_reminder = SealReminder(ws, last)
                self.window.statusBar().addWidget(self.seal_reminder)

        # Asked on a worker thread: the caseload's first loads come first, not a wait here.
        run_in_background(None, due, offer, lambda _error: None)

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
        from shelter_desk.services import settings
        from shelter_desk.ui.dialogs.my_settings import MySettingsDialog

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
        if self._window is None:
            return  # nothing built yet: the window is made in the new style
        state = self.window.state()
        self._rebuild(self.window_language)
        if self.ws is not None:
            self.window.set_workspace(self.ws)
            self.window.show()
            self.window.restore(state)

    def _contrast_preference(self, _preference: object) -> None:
        self._system_contrast_changed()

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
        self._window = self._new_window()
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
        if self.seal_reminder is not None and self.ws is not None and not self.ws.closed:
            # It went with the old window: offered again, in the new language.
            self._offer_weekly_seal(self.ws)

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
        forget_pending()  # loads still on their way would refill the views emptied below
        self._drop_seal_reminder()
        self.window.set_workspace(None)
        self.window.hide()
        wait_for_all(10000)
        if not self.ws.closed:
            self.ws.close()
        main_thread_gc.thaw()

    def _after_restore(self) -> None:
        self.lock()

    def shutdown(self) -> None:
        """Quitting: every view emptied (nothing left in memory), the database closed."""
        self.idle.stop()
        self.app.removeEventFilter(self.idle)
        if self._contrast_signal is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._contrast_signal.disconnect(self._contrast_preference)
            self._contrast_signal = None
        wait_for_all(10000)
        if self._window is not None:
            self._window.set_workspace(None)
        if self.ws is not None and not self.ws.closed:
            self.ws.close()
        main_thread_gc.thaw(collect=False)  # quitting; tests run many controllers in one process


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
