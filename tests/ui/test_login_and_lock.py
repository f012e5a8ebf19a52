"""The login dialog and the lock, driven as a person would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from shelter_desk.app import AppController
from shelter_desk.services import setup
from shelter_desk.ui.dialogs.login_dialog import LoginDialog
from tests.conftest import CHEAP_KDF, DIRECTOR, DIRECTOR_PASSWORD, snapshot


@pytest.fixture(autouse=True)
def cheap_logins(monkeypatch: pytest.MonkeyPatch) -> None:
    real_login = setup.login
    monkeypatch.setattr(setup, "login", lambda d, u, p, kdf=CHEAP_KDF: real_login(d, u, p, kdf))


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


def _controller_logged_in(qtbot: QtBot, data_dir: Path, idle_minutes: float) -> AppController:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = AppController(app, data_dir, idle_minutes=idle_minutes)
    ws = setup.login(data_dir, DIRECTOR, DIRECTOR_PASSWORD)
    controller._unlocked(ws)
    qtbot.addWidget(controller.window)
    return controller


def _answer_login_when_shown(qtbot: QtBot, controller: AppController, password: str) -> list[bool]:
    """The lock shows a modal login; answer it from a timer, like a person coming back."""
    seen: list[bool] = []

    def answer() -> None:
        dialog = controller.login_dialog
        if dialog is None or not dialog.isVisible():
            qtbot_timer()
            return
        seen.append(True)
        assert dialog.user_edit.text() == DIRECTOR  # the user name is kept, never the password
        qtbot.keyClicks(dialog.password_edit, password)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    from PySide6.QtCore import QTimer

    def qtbot_timer() -> None:
        QTimer.singleShot(50, answer)

    qtbot_timer()
    return seen


def test_ctrl_l_locks_clears_views_and_unlocks_to_the_same_screen(
    qtbot: QtBot, data_dir: Path
) -> None:
    controller = _controller_logged_in(qtbot, data_dir, idle_minutes=5)
    window = controller.window
    qtbot.waitUntil(lambda: window.administration.users_model.rowCount() == 1, timeout=10000)
    first_ws = controller.ws
    assert first_ws is not None
    seen = _answer_login_when_shown(qtbot, controller, DIRECTOR_PASSWORD)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen) and controller.ws is not first_ws, timeout=15000)
    assert first_ws.closed  # the old database handle and key are gone
    assert window.current_page() == "administration"
    qtbot.waitUntil(lambda: window.administration.users_model.rowCount() == 1, timeout=10000)
    controller.shutdown()


def test_idle_time_locks_the_window(qtbot: QtBot, data_dir: Path) -> None:
    controller = _controller_logged_in(qtbot, data_dir, idle_minutes=0.01)  # 600 ms
    first_ws = controller.ws
    assert first_ws is not None
    cleared: list[int] = []
    seen = _answer_login_when_shown(qtbot, controller, DIRECTOR_PASSWORD)
    controller.window.administration.users_model.modelReset.connect(
        lambda: cleared.append(controller.window.administration.users_model.rowCount())
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=15000)
    qtbot.waitUntil(lambda: controller.ws is not first_ws, timeout=15000)
    assert first_ws.closed
    assert 0 in cleared  # the view was emptied while locked
    controller.shutdown()
