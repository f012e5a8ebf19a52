"""The Plan and Notes tabs and the Void… button, pressed as a counsellor presses them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from shelter_desk.app import AppController
from shelter_desk.domain.vocabulary import ActionStatus, DeadlineKind
from shelter_desk.services import case_plan, counselling, deadlines, history
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.dialogs.void_dialog import VoidDialog
from shelter_desk.ui.forms.record_dialog import RecordDialog
from shelter_desk.ui.main_window import PAGE_DASHBOARD
from shelter_desk.ui.printout import from_views
from shelter_desk.ui.privacy import MASK
from shelter_desk.ui.views.client_file import view as file_view
from shelter_desk.ui.views.client_file.view import ClientFileView
from tests.builders import TODAY, new_client, session_input
from tests.conftest import COUNSELLOR1
from tests.ui.helpers import open_app, settle, shut_down, when_modal


@pytest.fixture
def controller(qtbot: QtBot, team_dir: Path) -> Iterator[AppController]:
    app = open_app(qtbot, team_dir, *COUNSELLOR1)
    yield app
    shut_down(qtbot, app)


def _file(qtbot: QtBot, controller: AppController, client_id: int, tab: int) -> ClientFileView:
    controller.window.open_client(client_id, tab)
    qtbot.waitUntil(lambda: client_id in controller.window.clients.files, timeout=10000)
    settle(qtbot)
    return controller.window.clients.files[client_id]


def _dialog(qtbot: QtBot, cls: type, act: Callable[[Any], None],
            press: Callable[[], None]) -> None:
    seen = when_modal(cls, act)
    press()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    settle(qtbot)


def _plan_detail(dash: Any) -> str | None:
    model = dash.model
    for row in range(model.rowCount()):
        r = model.reminder(row)
        if r is not None and r.deadline.kind == DeadlineKind.PLAN_ACTION:
            return str(model.index(row, 3).data())
    return None


def test_an_action_added_on_the_plan_tab_is_on_the_dashboard_until_done(
        qtbot: QtBot, controller: AppController, counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    view = _file(qtbot, controller, c.id, file_view.TAB_PLAN)
    tab = view.tabs.widget(file_view.TAB_PLAN)

    def fill(d: RecordDialog) -> None:
        # The owner starts as whoever records it; the agreed day as today.
        assert d.form.widgets["owner_id"].currentText() == "Counsellor One"
        d.form.set_value("action", "Ask the lawyer about the civil-party claim")
        d.form.set_value("due_on", TODAY + timedelta(days=3))
        d.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    _dialog(qtbot, RecordDialog, fill, tab.add_button.click)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10000)
    [item] = [d for d in deadlines.upcoming(counsellor1, client_id=c.id)
              if d.kind == DeadlineKind.PLAN_ACTION]
    assert item.subject[0].startswith("Ask the lawyer")
    # On the dashboard as typed, with who does it; masked in privacy mode (it may name her).
    controller.window.show_page(PAGE_DASHBOARD)
    dash = controller.window.dashboard
    qtbot.waitUntil(lambda: _plan_detail(dash) is not None, timeout=10000)
    assert _plan_detail(dash) == "Ask the lawyer about the civil-party claim (Counsellor One)"
    controller.window.bus.set_privacy(True)
    assert _plan_detail(dash) == f"{MASK} (Counsellor One)"
    controller.window.bus.set_privacy(False)
    view = _file(qtbot, controller, c.id, file_view.TAB_PLAN)
    tab.table.selectRow(0)
    assert tab.done_button.isEnabled()
    tab.done_button.click()
    qtbot.waitUntil(lambda: tab.model.rows and tab.model.rows[0].status == ActionStatus.DONE,
                    timeout=10000)
    assert not tab.done_button.isEnabled()
    assert not [d for d in deadlines.upcoming(counsellor1, client_id=c.id)
                if d.kind == DeadlineKind.PLAN_ACTION]


def test_a_voided_session_is_struck_through_uneditable_and_left_off_paper(
        qtbot: QtBot, controller: AppController, counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    counselling.add_session(counsellor1, c.id, session_input(held_on=TODAY - timedelta(days=9)))
    counselling.add_session(counsellor1, c.id, session_input())
    view = _file(qtbot, controller, c.id, file_view.TAB_SESSIONS)
    tab = view.tabs.widget(file_view.TAB_SESSIONS)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=10000)
    tab.table.selectRow(0)
    target = tab.selected()
    assert tab.void_button.isEnabled()

    def blank_then_reason(d: VoidDialog) -> None:
        assert not d.ok.isEnabled()  # no reason, no void
        d.reason.setPlainText("   ")
        assert not d.ok.isEnabled()
        d.reason.setPlainText("Entered in the wrong file")
        d.ok.click()

    _dialog(qtbot, VoidDialog, blank_then_reason, tab.void_button.click)
    row = next(i for i, r in enumerate(tab.model.rows) if r.id == target.id)
    qtbot.waitUntil(lambda: tab.model.rows[row].void is not None, timeout=10000)
    index = tab.model.index(row, 0)
    assert tab.model.data(index, Qt.ItemDataRole.FontRole).strikeOut()
    assert "Entered in the wrong file" in tab.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert tab.model.data(index).endswith("voided")  # in words, not by the strike alone
    tab.select_where(lambda r: r.id == target.id)
    assert not tab.edit_button.isEnabled() and not tab.void_button.isEnabled()
    printout = from_views.sessions(view)
    assert printout is not None
    assert len(printout.blocks[0].rows) == 1  # type: ignore[attr-defined]
    lines = history.client_history(counsellor1, c.id)
    assert any(x.action == "record.void" and x.reason == "Entered in the wrong file"
               for x in lines)


def test_case_notes_are_listed_but_never_printed(
        qtbot: QtBot, controller: AppController, counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    case_plan.add_note(counsellor1, c.id, case_plan.CaseNoteInput(
        TODAY, "phone_call", "NOTE-SENTINEL called the lawyer"))
    view = _file(qtbot, controller, c.id, file_view.TAB_NOTES)
    tab = view.tabs.widget(file_view.TAB_NOTES)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10000)
    assert [c.confidential for c in tab.model.columns][-1]
    assert "NOTE-SENTINEL" in tab.model.data(tab.model.index(0, 3))
