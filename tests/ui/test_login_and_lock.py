"""The login dialog and the lock, driven as a person would."""

from __future__ import annotations

import gc
import threading
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from shelter_desk.app import AppController
from shelter_desk.services import setup
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import translations
from shelter_desk.ui.dialogs.login_dialog import LoginDialog
from shelter_desk.ui.main_window import PAGE_CALENDAR, MainWindow
from tests.builders import new_client
from tests.conftest import CHEAP_KDF, DIRECTOR, DIRECTOR_PASSWORD, snapshot
from tests.ui.helpers import open_app, when_modal


@pytest.fixture(autouse=True)
def cheap_logins(monkeypatch: pytest.MonkeyPatch) -> None:
    real_login = setup.login
    monkeypatch.setattr(setup, "login",
                        lambda d, u, p, kdf=CHEAP_KDF, **kw: real_login(d, u, p, kdf, **kw))


def _type_and_submit(qtbot: QtBot, dialog: LoginDialog, user: str, password: str) -> None:
    dialog.user_edit.clear()
    qtbot.keyClicks(dialog.user_edit, user)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_wrong_password_shows_one_clear_message_and_changes_nothing(
    qtbot: QtBot, data_dir: Path
) -> None:
    before = snapshot(data_dir)
    dialog = LoginDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    _type_and_submit(qtbot, dialog, DIRECTOR, "not the password")
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10000)
    assert dialog.error_label.text() == "The user name or password is not correct."
    assert dialog.password_edit.text() == ""
    assert dialog.workspace is None
    assert snapshot(data_dir) == before


def test_right_password_logs_in(qtbot: QtBot, data_dir: Path) -> None:
    dialog = LoginDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.logged_in, timeout=10000) as blocker:
        _type_and_submit(qtbot, dialog, DIRECTOR, DIRECTOR_PASSWORD)
    ws = blocker.args[0]
    assert ws.actor.username == DIRECTOR
    ws.close()


def _answer_login_when_shown(qtbot: QtBot, controller: AppController, password: str) -> list[bool]:
    """The lock shows a modal login; answer it like a person coming back, checking first that
    nothing of the case data is left on screen."""
    seen: list[bool] = []

    def answer(dialog: LoginDialog) -> None:
        window = controller.window
        seen.append(not window.isVisible() and window.clients.model.rowCount() == 0
                    and window.dashboard.model.rowCount() == 0)
        assert dialog.user_edit.text() == DIRECTOR  # the user name is kept, never a password
        qtbot.keyClicks(dialog.password_edit, password)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(LoginDialog, answer)
    return seen


def test_ctrl_l_locks_clears_views_and_unlocks_to_the_same_screen(
    qtbot: QtBot, team_dir: Path, counsellor1: Workspace
) -> None:
    new_client(counsellor1)
    controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD)
    window = controller.window
    window.show_page(PAGE_CALENDAR)
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 1, timeout=10000)
    first_ws = controller.ws
    assert first_ws is not None
    seen = _answer_login_when_shown(qtbot, controller, DIRECTOR_PASSWORD)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen) and controller.ws is not first_ws, timeout=15000)
    assert seen == [True]  # while locked: window hidden, lists emptied
    assert first_ws.closed  # the old database handle and key are gone
    assert window.current_page() == PAGE_CALENDAR
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 1, timeout=10000)
    controller.shutdown()


def test_idle_time_locks_the_window(qtbot: QtBot, team_dir: Path) -> None:
    controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD, idle_minutes=60)
    first_ws = controller.ws
    assert first_ws is not None
    cleared: list[int] = []
    seen = _answer_login_when_shown(qtbot, controller, DIRECTOR_PASSWORD)
    controller.window.administration.users_model.modelReset.connect(
        lambda: cleared.append(controller.window.administration.users_model.rowCount())
    )
    # Short only once the login is answered: on a busy machine 600 ms could pass while the
    # window was still opening, and the lock's login would wait for nobody.
    controller.fixed_idle = 0.01  # 600 ms
    controller._set_idle(0.01)
    qtbot.waitUntil(lambda: bool(seen), timeout=15000)
    qtbot.waitUntil(lambda: controller.ws is not first_ws, timeout=15000)
    assert first_ws.closed
    assert 0 in cleared  # the view was emptied while locked
    controller.shutdown()


def test_the_desktop_screen_lock_locks_the_app(qtbot: QtBot, team_dir: Path) -> None:
    controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD)
    first_ws = controller.ws
    assert first_ws is not None
    seen = _answer_login_when_shown(qtbot, controller, DIRECTOR_PASSWORD)
    controller.screen_lock._active_changed(False)  # screensaver off: nothing happens
    qtbot.wait(100)
    assert not first_ws.closed and not seen
    controller.screen_lock._active_changed(True)  # the desktop locked its screen
    qtbot.waitUntil(lambda: bool(seen) and controller.ws is not first_ws, timeout=15000)
    assert first_ws.closed
    controller.shutdown()


def test_a_missing_database_is_restored_from_the_login_window(
        qtbot: QtBot, data_dir: Path, tmp_path: Path, recovery_code: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a database nobody can log in to reach Administration: the login window offers
    the restore itself (the message told a desktop user to use the command line)."""
    from PySide6.QtWidgets import QFileDialog

    from shelter_desk.services import maintenance

    ws = setup.login(data_dir, DIRECTOR, DIRECTOR_PASSWORD, kdf=CHEAP_KDF)
    backup = tmp_path / "nightly.sdbackup"
    maintenance.make_backup(ws, backup)
    ws.close()
    (data_dir / "shelter.db").unlink()
    dialog = LoginDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restore_button.isVisible()
    qtbot.keyClicks(dialog.user_edit, DIRECTOR)
    qtbot.keyClicks(dialog.password_edit, DIRECTOR_PASSWORD)
    dialog.attempt()
    qtbot.waitUntil(dialog.restore_button.isVisible, timeout=15000)
    assert "Restore from a backup" in dialog.error_label.text()
    assert not (data_dir / "shelter.db").exists()  # refusing changed nothing
    dialog.restore_button.click()  # no credentials typed yet: it says what to type
    assert "administrator of the backup" in dialog.error_label.text()
    dialog.recovery_box.setChecked(True)
    qtbot.keyClicks(dialog.password_edit, recovery_code)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: "was restored" in dialog.error_label.text(), timeout=30000)
    assert not dialog.restore_button.isVisible()
    setup.login(data_dir, DIRECTOR, DIRECTOR_PASSWORD, kdf=CHEAP_KDF).close()


def test_damage_found_after_login_closes_the_file_and_the_next_login_offers_the_restore(
        qtbot: QtBot, team_dir: Path) -> None:
    """The whole file is checked after login, in the background (not before the login
    window lets anyone in): a damaged page still closes everything, says so, and the next
    login checks first, so that it refuses and offers the restore."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from shelter_desk.ui import integrity_watch

    ws = setup.login(team_dir, DIRECTOR, DIRECTOR_PASSWORD, kdf=CHEAP_KDF)
    with ws.session() as session:  # enough pages that one in the middle can be damaged
        from shelter_desk.services import audit
        for i in range(80):
            audit.record(session, ws.actor, "test.fill", reason=f"entry {i} " + "y" * 300)
    ws.close()
    db = team_dir / "shelter.db"
    pages = db.stat().st_size // 4096
    data = bytearray(db.read_bytes())
    data[(pages - 2) * 4096 + 1500] ^= 0x10  # a page the first screens do not read
    db.write_bytes(bytes(data))

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = AppController(app, team_dir, idle_minutes=60)
    said: list[str] = []
    when_modal(QMessageBox, lambda box: (said.append(box.text()), box.accept()))
    relogin: list[LoginDialog] = []
    when_modal(LoginDialog, lambda dialog: (relogin.append(dialog), _type_and_submit(
        qtbot, dialog, DIRECTOR, DIRECTOR_PASSWORD)))
    controller._unlocked(setup.login(team_dir, DIRECTOR, DIRECTOR_PASSWORD, kdf=CHEAP_KDF,
                                     check_pages=False))  # as the login window opens it
    ws_opened = controller.ws
    assert ws_opened is not None and controller.window.isVisible()
    qtbot.waitUntil(lambda: bool(said), timeout=integrity_watch.DELAY_MS + 20000)
    assert "damaged" in said[0]
    assert ws_opened.closed
    qtbot.waitUntil(lambda: bool(relogin) and not relogin[0].restore_button.isHidden(),
                    timeout=20000)
    assert "Restore from a backup" in relogin[0].error_label.text()
    relogin[0].reject()


def test_after_a_language_change_the_lock_still_locks(
    qtbot: QtBot, team_dir: Path, counsellor1: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window is rebuilt for a new language; whatever the old one held (the "Seal now…"
    reminder in its status bar) must not stop Ctrl+L from locking, and the lists the new window
    was still loading must not fill the views the lock emptied."""
    from shelter_desk.services import seal_schedule

    monkeypatch.setattr(seal_schedule, "due_and_last", lambda ws: (True, None))  # never sealed
    new_client(counsellor1)
    controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD)
    qtbot.waitUntil(lambda: controller.seal_reminder is not None, timeout=15000)
    controller.set_language("fr")
    qtbot.waitUntil(lambda: controller.seal_reminder is not None
                    and controller.seal_reminder.window() is controller.window, timeout=15000)
    window = controller.window
    first_ws = controller.ws
    assert first_ws is not None
    seen = _answer_login_when_shown(qtbot, controller, DIRECTOR_PASSWORD)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen) and controller.ws is not first_ws, timeout=15000)
    assert seen == [True] and first_ws.closed
    controller.shutdown()
    translations.install("en")


def test_the_main_window_is_built_while_the_password_is_typed(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Building the main window takes a tenth of a second of the GUI thread: done while the
    login window waits for the password, not after it, as the caseload appears (issue 13).
    The window built then is the one shown."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = AppController(app, data_dir, idle_minutes=60)
    built: list[object] = []
    activated: list[object] = []
    monkeypatch.setattr(MainWindow, "activateWindow", lambda window: activated.append(window))

    def wait_then_log_in(dialog: LoginDialog) -> None:
        qtbot.waitUntil(lambda: controller._window is not None, timeout=15000)
        built.append(controller._window)
        assert not controller._window.isVisible()
        _type_and_submit(qtbot, dialog, DIRECTOR, DIRECTOR_PASSWORD)

    when_modal(LoginDialog, wait_then_log_in)
    try:
        assert controller.start()
        assert built == [controller.window] and controller.window.isVisible()
        # The keyboard is given to it (offscreen Qt activates any window shown, X without a
        # window manager none: there, driven by xdotool, Ctrl+2 after the password did nothing).
        assert activated == [controller.window]
        assert controller.ws is not None and controller.window.dashboard.ws is controller.ws
    finally:
        controller.shutdown()



class _Cyclic:
    """Garbage only the cycle collector frees."""

    def __init__(self) -> None:
        self.me = self


def test_what_lasts_is_set_aside_while_typing_and_returned_when_the_workspace_closes(
    qtbot: QtBot, data_dir: Path
) -> None:
    """A full pass of the cycle collector walked the whole heap after the password (about
    50 ms at 5,000 clients): what lasts the session is set aside (gc.freeze) while the first
    password is typed, before any workspace is open. Locking returns it all and collects it
    then, and nothing is set aside again: nothing caught in a cycle outlives its workspace."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with setup.login(data_dir, DIRECTOR, DIRECTOR_PASSWORD, kdf=CHEAP_KDF) as ws:
        client_id = new_client(ws).id
    controller = AppController(app, data_dir, idle_minutes=60)
    set_aside: list[int] = []

    def wait_then_log_in(dialog: LoginDialog) -> None:
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=15000)
        set_aside.append(gc.get_freeze_count())
        _type_and_submit(qtbot, dialog, DIRECTOR, DIRECTOR_PASSWORD)

    when_modal(LoginDialog, wait_then_log_in)
    try:
        assert controller.start()
        assert set_aside and set_aside[0] > 1000  # the modules, classes and the window
        cyclic = _Cyclic()
        gone = weakref.ref(cyclic)
        gc.freeze()  # as a window rebuilt after the login leaves its old one set aside
        del cyclic
        gc.collect()
        assert gone() is not None  # a pass does not see what is set aside

        window = controller.window
        window.open_client(client_id)
        qtbot.waitUntil(lambda: client_id in window.clients.files, timeout=10000)
        file_view = weakref.ref(window.clients.files[client_id])
        while_locked: list[int] = []

        def answer(dialog: LoginDialog) -> None:
            while_locked.append(int(gone() is None))
            qtbot.wait(300)  # the login window's own turns: nothing is set aside in them
            while_locked.append(gc.get_freeze_count())
            qtbot.keyClicks(dialog.password_edit, DIRECTOR_PASSWORD)
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

        when_modal(LoginDialog, answer)
        first_ws = controller.ws
        # From the event loop, as Ctrl+L or the idle timer lock: the file views' deletion then
        # waits for the login window's loop to return.
        QTimer.singleShot(0, window.lock_action.trigger)
        qtbot.waitUntil(lambda: controller.ws is not first_ws, timeout=15000)
        assert while_locked == [1, 0]  # collected when the workspace closed; none set aside
        # The file view of the session before the lock is gone once the event loop has
        # deleted it and a pass has run, not kept through the next session.
        qtbot.waitUntil(lambda: gc.collect() >= 0 and file_view() is None, timeout=5000)
    finally:
        controller.shutdown()


def test_the_password_is_checked_once_the_preload_has_loaded(qtbot: QtBot,
                                                             data_dir: Path) -> None:
    """The check imports the database layer: it waits for the thread already importing it,
    rather than importing the same modules at the same time from two threads."""
    dialog = LoginDialog(data_dir)
    qtbot.addWidget(dialog)
    release = threading.Event()
    loading = threading.Thread(target=release.wait, daemon=True)
    loading.start()
    dialog.loading = loading
    logged: list[Workspace] = []
    dialog.logged_in.connect(logged.append)
    dialog.show()
    _type_and_submit(qtbot, dialog, DIRECTOR, DIRECTOR_PASSWORD)
    qtbot.wait(500)
    assert not logged
    release.set()
    qtbot.waitUntil(lambda: bool(logged), timeout=15000)
    logged[0].close()
