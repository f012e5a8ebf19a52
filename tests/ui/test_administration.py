"""Administration as an administrator uses it: add a user through the dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from shelter_desk.services import setup
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.dialogs.user_dialogs import AddUserDialog
from shelter_desk.ui.views.administration import AdministrationView
from tests.conftest import CHEAP_KDF


def test_add_user_dialog_validates_as_you_type(qtbot: QtBot) -> None:
    dialog = AddUserDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.username, "Bad Name")
    assert "lower-case" in dialog.username_error.text()
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "counsellor2")
    assert dialog.username_error.text() == ""
    qtbot.keyClicks(dialog.display_name, "Counsellor Two")
    qtbot.keyClicks(dialog.password.edit, "short")
    assert "12 characters" in dialog.password.message.text()
    assert not ok.isEnabled()
    dialog.password.edit.clear()
    qtbot.keyClicks(dialog.password.edit, "orchid valley 2718")
    qtbot.keyClicks(dialog.password.repeat, "orchid valley 2719")
    assert "differ" in dialog.password.message.text() and not ok.isEnabled()
    dialog.password.repeat.clear()
    qtbot.keyClicks(dialog.password.repeat, "orchid valley 2718")
    assert ok.isEnabled()
    dialog.role_boxes[next(iter(dialog.role_boxes))].setChecked(False)
    assert not ok.isEnabled() and dialog.roles_error.text()


def test_administrator_adds_a_user_who_can_then_log_in(
    qtbot: QtBot, director_ws: Workspace, data_dir: Path
) -> None:
    view = AdministrationView()
    qtbot.addWidget(view)
    director_ws.kdf = CHEAP_KDF
    view.set_workspace(director_ws)
    view.show()
    qtbot.waitUntil(lambda: view.users_model.rowCount() == 1, timeout=10000)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AddUserDialog):
            QTimer.singleShot(50, fill)
            return
        qtbot.keyClicks(dialog.username, "counsellor2")
        qtbot.keyClicks(dialog.display_name, "Counsellor Two")
        qtbot.keyClicks(dialog.password.edit, "orchid valley 2718")
        qtbot.keyClicks(dialog.password.repeat, "orchid valley 2718")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    QTimer.singleShot(50, fill)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.users_model.rowCount() == 2, timeout=10000)
    names = [view.users_model.row(i).username for i in range(2)]
    assert names == ["counsellor2", "director"]
    setup.login(data_dir, "counsellor2", "orchid valley 2718", kdf=CHEAP_KDF).close()
