"""Issue 15: a counsellor and a director who never touch the mouse. Every key goes to the
widget that has the focus, as the keyboard would send it; nothing is clicked and no widget
is called directly."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from shelter_desk.app import AppController
from shelter_desk.services import counselling, signing
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.dialogs.login_dialog import LoginDialog
from shelter_desk.ui.forms.record_dialog import RecordDialog
from shelter_desk.ui.views.client_file.view import ClientFileView
from tests.builders import new_client
from tests.conftest import COUNSELLOR1, DIRECTOR, DIRECTOR_PASSWORD
from tests.ui.helpers import settle, shut_down, when_modal

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    if widget is None:  # a window just shown, not yet reported active by the platform
        window = QApplication.activeModalWidget() or QApplication.activeWindow()
        widget = window.focusWidget() if window is not None else None
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier =
          Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focus(), key, modifier)
        qtbot.wait(10)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focus(), text)


def tab_to(qtbot: QtBot, name: str, limit: int = 40) -> QWidget:
    """Tab until the focus is on the widget a screen reader would call `name`."""
    from tests.ui.a11y import accessible_name

    for _ in range(limit):
        if accessible_name(focus()).replace("&", "") == name:
            return focus()
        press(qtbot, Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name!r} (stuck on {accessible_name(focus())!r})")


@pytest.fixture
def started(qtbot: QtBot, team_dir: Path) -> Iterator[list[AppController]]:
    controllers: list[AppController] = []
    yield controllers
    for controller in controllers:
        shut_down(qtbot, controller)


def _log_in_by_keyboard(qtbot: QtBot, team_dir: Path, user: str, password: str,
                        started: list[AppController]) -> AppController:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = AppController(app, team_dir, idle_minutes=60)
    started.append(controller)

    def log_in(dialog: LoginDialog) -> None:
        activate(qtbot, dialog)
        type_text(qtbot, user)  # the user name field has the focus
        press(qtbot, Key.Key_Tab)
        type_text(qtbot, password)
        press(qtbot, Key.Key_Return)

    when_modal(LoginDialog, log_in)
    assert controller.start()
    qtbot.addWidget(controller.window)
    controller.window.resize(1366, 697)
    activate(qtbot, controller.window)
    settle(qtbot)
    return controller


def test_a_counsellor_records_a_session_without_the_mouse(
        qtbot: QtBot, team_dir: Path, counsellor1: Workspace,
        started: list[AppController]) -> None:
    client = new_client(counsellor1, first_names="Keyboard", last_name="Only")
    controller = _log_in_by_keyboard(qtbot, team_dir, *COUNSELLOR1, started)
    window = controller.window
    press(qtbot, Key.Key_F, CTRL)  # Find a client
    assert focus() is window.clients.search
    type_text(qtbot, "Only")
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 1, timeout=10000)
    press(qtbot, Key.Key_Down)  # into the list, on the first row
    assert focus() is window.clients.table
    press(qtbot, Key.Key_Return)  # opens the file
    qtbot.waitUntil(lambda: client.id in window.clients.files, timeout=10000)
    view = window.clients.files[client.id]
    assert isinstance(view, ClientFileView)
    qtbot.waitUntil(lambda: focus() is view.tabs.tabBar(), timeout=5000)
    press(qtbot, Key.Key_Right)  # Overview -> Plan
    press(qtbot, Key.Key_Right)  # Plan -> Appointments
    press(qtbot, Key.Key_Right)  # Appointments -> Sessions
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Sessions"
    press(qtbot, Key.Key_Tab)
    saved: list[str] = []

    def fill(dialog: RecordDialog) -> None:
        activate(qtbot, dialog)
        tab_to(qtbot, "Duration (minutes)")
        press(qtbot, Key.Key_A, CTRL)
        type_text(qtbot, "75")
        tab_to(qtbot, "The client asked questions")
        press(qtbot, Key.Key_Space)
        tab_to(qtbot, "Confidential notes")
        type_text(qtbot, "Talked about the hearing.")
        tab_to(qtbot, "Save")
        press(qtbot, Key.Key_Space)
        saved.append("pressed")

    assert "Add a session" in focus().property("text")  # type: ignore[operator]
    when_modal(RecordDialog, fill)
    press(qtbot, Key.Key_Space)
    qtbot.waitUntil(lambda: bool(saved), timeout=15000)
    qtbot.waitUntil(lambda: bool(counselling.list_sessions(counsellor1, client.id)),
                    timeout=10000)
    [session] = counselling.list_sessions(counsellor1, client.id)
    assert session.duration_minutes == 75 and session.client_asked_questions
    activate(qtbot, window)  # what the window manager does when a dialog closes
    assert focus().window() is window
    press(qtbot, Key.Key_W, CTRL)  # closes the file
    qtbot.waitUntil(lambda: client.id not in window.clients.files, timeout=5000)


def test_a_director_signs_a_report_without_the_mouse(
        qtbot: QtBot, team_dir: Path, director: Workspace, tmp_path: Path,
        started: list[AppController], monkeypatch: pytest.MonkeyPatch) -> None:
    client = new_client(director, first_names="Signed", last_name="ByKeys")
    signing.demo_identity(director)
    controller = _log_in_by_keyboard(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD, started)
    window = controller.window
    # Qt's own file dialog, the one a keyboard can drive on every platform.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", _keyboard_save_dialog)
    press(qtbot, Key.Key_4, CTRL)  # Reports
    assert focus() in (window.reports.client, window.reports.client.lineEdit())
    qtbot.waitUntil(lambda: window.reports.client.count() > 0, timeout=10000)
    type_text(qtbot, client.case_code)  # typed in full: it names one client
    tab_to(qtbot, "Sign and save…")
    target = tmp_path / "by-keyboard.pdf"

    def save_as(dialog: QFileDialog) -> None:
        activate(qtbot, dialog)
        press(qtbot, Key.Key_A, CTRL)
        type_text(qtbot, str(target))
        press(qtbot, Key.Key_Return)

    when_modal(QFileDialog, save_as)
    press(qtbot, Key.Key_Space)
    qtbot.waitUntil(target.exists, timeout=30000)
    qtbot.waitUntil(lambda: "saved to" in window.reports.status.text(), timeout=30000)
    assert target.read_bytes().startswith(b"%PDF")
    assert client.case_code in window.reports.status.text()


def _keyboard_save_dialog(parent: QWidget, caption: str, name: str,
                          filter_: str) -> tuple[str, str]:
    dialog = QFileDialog(parent, caption, name, filter_)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return "", ""
    return dialog.selectedFiles()[0], filter_




@pytest.mark.parametrize("opener", [(Key.Key_Down, Qt.KeyboardModifier.AltModifier),
                                    (Key.Key_F4, Qt.KeyboardModifier.NoModifier)])
def test_a_date_is_one_tab_stop_and_opens_its_calendar_from_the_keyboard(
        qtbot: QtBot, opener: tuple[Qt.Key, Qt.KeyboardModifier]) -> None:
    from datetime import date, timedelta

    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    from shelter_desk.ui.widgets.date_edit import DateEdit

    host = QWidget()
    qtbot.addWidget(host)
    before, day, after = QLineEdit(), DateEdit(optional=False, initial=date(2026, 3, 28)), \
        QLineEdit()
    layout = QVBoxLayout(host)
    for w in (before, day, after):
        layout.addWidget(w)
    host.show()
    activate(qtbot, host)
    before.setFocus()
    press(qtbot, Key.Key_Tab)
    assert focus() is day
    press(qtbot, Key.Key_Tab)  # day, month and year are not three stops
    assert focus() is after
    press(qtbot, Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focus() is day
    press(qtbot, *opener)
    qtbot.waitUntil(lambda: day.calendarWidget().isVisible(), timeout=3000)
    press(qtbot, Key.Key_Right)  # the next day, in the calendar
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: not day.calendarWidget().isVisible(), timeout=3000)
    assert day.value() == date(2026, 3, 28) + timedelta(days=1)
