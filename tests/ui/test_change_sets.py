"""Writes say what changed (issue 12 item 2): a save announces its change set on the data bus,
and only the views that show what it touched reload; a view out of sight marks itself stale and
reloads when it is shown; another desk's "anything may have changed" still reaches every view.

The service calls the views make are counted (every public function of the service modules the
UI calls, wrapped; a call made inside another service call is not counted again)."""

from __future__ import annotations

import inspect
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from shelter_desk.app import AppController
from shelter_desk.services import (
    appointments,
    case_plan,
    clients,
    conditions,
    consent,
    counselling,
    deadlines,
    goals,
    history,
    judicial,
    notifications,
    overview,
    reminders,
    residence,
)
from shelter_desk.services.changes import ALL_CLIENTS, Changes, Kind
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.forms.record_dialog import RecordDialog
from shelter_desk.ui.main_window import PAGE_CALENDAR, PAGE_CLIENTS, PAGE_DASHBOARD
from shelter_desk.ui.views.client_file import view as file_view
from shelter_desk.ui.views.client_file.record_tab import RecordTab
from shelter_desk.ui.views.client_file.view import ClientFileView
from tests.builders import new_client, session_input
from tests.conftest import COUNSELLOR1
from tests.ui.helpers import open_app, settle, shut_down, when_modal

MODULES: tuple[ModuleType, ...] = (
    appointments, case_plan, clients, conditions, consent, counselling, deadlines, goals,
    history, judicial, notifications, overview, reminders, residence)


class Calls:
    """The service calls made, by "module.function" (the outermost only)."""

    def __init__(self) -> None:
        self.made: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._depth = threading.local()

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any, **kwargs: Any) -> Any:
            depth = getattr(self._depth, "n", 0)
            if depth == 0:
                with self._lock:
                    self.made[name] += 1
            self._depth.n = depth + 1
            try:
                return fn(*args, **kwargs)
            finally:
                self._depth.n = depth

        return counted

    def clear(self) -> None:
        with self._lock:
            self.made.clear()


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Calls:
    found = Calls()
    for module in MODULES:
        short = module.__name__.rsplit(".", 1)[-1]
        for attr, fn in vars(module).copy().items():
            # Its own functions and those it offers from other services (clients offers the
            # list's, from services/client_list.py), by the name the UI calls them by.
            if (not attr.startswith("_") and inspect.isfunction(fn)
                    and fn.__module__.startswith("shelter_desk.services.")):
                monkeypatch.setattr(module, attr, found.wrap(f"{short}.{attr}", fn))
    return found


@pytest.fixture
def app(qtbot: QtBot, team_dir: Path, calls: Calls) -> Iterator[AppController]:
    controller = open_app(qtbot, team_dir, *COUNSELLOR1)
    yield controller
    shut_down(qtbot, controller)


def _file(qtbot: QtBot, controller: AppController, client_id: int, tab: int) -> ClientFileView:
    controller.window.open_client(client_id, tab)
    qtbot.waitUntil(lambda: client_id in controller.window.clients.files, timeout=10000)
    settle(qtbot)
    return controller.window.clients.files[client_id]


def _add_session(qtbot: QtBot, tab: RecordTab) -> None:
    def save(d: RecordDialog) -> None:
        d.form.set_value("held_on", session_input().held_on)
        d.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    seen = when_modal(RecordDialog, save)
    tab.add_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    settle(qtbot)


def test_a_session_saved_reloads_only_the_sessions_and_the_overviews_count(
        qtbot: QtBot, app: AppController, calls: Calls, counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    # The calendar built too, so that it could reload (it is built when first shown).
    app.window.show_page(PAGE_CALENDAR)
    view = _file(qtbot, app, c.id, file_view.TAB_SESSIONS)
    tab = view.tabs.widget(file_view.TAB_SESSIONS)
    assert isinstance(tab, RecordTab)
    overview_tab = view.tabs.widget(file_view.TAB_OVERVIEW)
    assert overview_tab.data is not None and overview_tab.data.sessions.count == 0
    calls.clear()

    _add_session(qtbot, tab)

    # The save and the Sessions tab's list: nothing else now (not the header: a session moves
    # neither the phase nor a deadline; not the client list, dashboard, calendar or today's
    # appointments). The overview, behind its tab, only notes that its count is stale.
    assert calls.made == Counter({"counselling.add_session": 1, "counselling.list_sessions": 1})
    assert tab.model.rowCount() == 1
    assert overview_tab.sight.stale
    # The other tabs that list it are stale too, not reloaded: the History tab.
    history_tab = view.tabs.widget(file_view.TAB_HISTORY)
    assert history_tab.sight.stale

    # Shown, the overview reloads its session count alone (one call, one transaction).
    view.tabs.setCurrentIndex(file_view.TAB_OVERVIEW)
    settle(qtbot)
    assert calls.made == Counter({"counselling.add_session": 1, "counselling.list_sessions": 1,
                                  "counselling.tally": 1})
    assert overview_tab.data.sessions.count == 1
    assert overview_tab.data.sessions.first_on == session_input().held_on
    assert "First counselling session" in [e.text for e in overview_tab.events]


def test_a_session_saved_with_the_overview_in_front_reloads_its_count_at_once(
        qtbot: QtBot, app: AppController, calls: Calls, counsellor1: Workspace) -> None:
    """The dashboard's appointment recorded as a session, say: the file's overview in front."""
    c = new_client(counsellor1)
    view = _file(qtbot, app, c.id, file_view.TAB_OVERVIEW)
    calls.clear()
    counselling.add_session(counsellor1, c.id, session_input())
    view.ctx.changed(Kind.SESSIONS)
    settle(qtbot)
    assert calls.made == Counter({"counselling.add_session": 1, "counselling.tally": 1})
    assert view.tabs.widget(file_view.TAB_OVERVIEW).data.sessions.count == 1


def test_a_stale_view_reloads_when_shown(
        qtbot: QtBot, app: AppController, calls: Calls, counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    view = _file(qtbot, app, c.id, file_view.TAB_SESSIONS)
    tab = view.tabs.widget(file_view.TAB_SESSIONS)
    history_tab = view.tabs.widget(file_view.TAB_HISTORY)
    before = history_tab.model.rowCount()
    calls.clear()
    _add_session(qtbot, tab)
    assert calls.made["history.client_history"] == 0
    assert history_tab.sight.stale

    view.tabs.setCurrentIndex(file_view.TAB_HISTORY)
    settle(qtbot)
    assert calls.made["history.client_history"] == 1
    assert not history_tab.sight.stale
    assert history_tab.model.rowCount() == before + 1  # "Added a session"
    # Shown again: no second reload.
    view.tabs.setCurrentIndex(file_view.TAB_SESSIONS)
    view.tabs.setCurrentIndex(file_view.TAB_HISTORY)
    settle(qtbot)
    assert calls.made["history.client_history"] == 1

    # A page out of sight too: a change that moves the client's status, made while the
    # client's file is in front, reloads the dashboard only when it is shown.
    calls.clear()
    view.ctx.changed(Kind.CONDITIONS)
    settle(qtbot)
    assert calls.made["reminders.load"] == 0
    assert app.window.dashboard.sight.stale
    app.window.show_page(PAGE_DASHBOARD)
    settle(qtbot)
    assert calls.made["reminders.load"] == 1
    assert not app.window.dashboard.sight.stale


def test_another_desks_anything_notice_still_refreshes_everything(
        qtbot: QtBot, app: AppController, calls: Calls, counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    view = _file(qtbot, app, c.id, file_view.TAB_OVERVIEW)
    calls.clear()

    app.window.bus.anything(ALL_CLIENTS)  # as ui/remote_changes.py delivers it
    settle(qtbot)

    # In sight now: the file's overview and its header.
    assert calls.made == Counter({"overview.load": 1, "clients.summary": 1})
    # Out of sight, every other view is stale: each reloads when shown.
    tabs = [view.tabs.widget(i) for i in range(view.tabs.count())]
    record_tabs = [t for t in tabs if isinstance(t, RecordTab)]
    record_tabs += [t.table for t in tabs if isinstance(getattr(t, "table", None), RecordTab)]
    assert len(record_tabs) >= 10
    assert all(t.sight.stale for t in record_tabs)
    assert app.window.dashboard.sight.stale
    assert app.window.clients.sight.stale

    view.tabs.setCurrentIndex(file_view.TAB_SESSIONS)
    app.window.show_page(PAGE_DASHBOARD)
    settle(qtbot)
    assert calls.made["counselling.list_sessions"] == 1
    assert calls.made["reminders.load"] == 1
    app.window.show_page(PAGE_CLIENTS)
    app.window.clients.tabs.setCurrentIndex(0)
    settle(qtbot)
    assert calls.made["clients.list_clients"] == 1


def test_a_change_set_says_what_it_touches() -> None:
    session = Changes.of(7, Kind.SESSIONS)
    assert not session.status and session.touches(Kind.SESSIONS)
    assert not session.touches(Kind.CLIENT)
    assert Changes.of(7, Kind.DOCUMENTS).status
    joined = session | Changes.of(8, Kind.DOCUMENTS)
    assert joined.client_id == ALL_CLIENTS and joined.status
    assert joined.concerns(7) and joined.concerns(8)
    assert not session.concerns(8)
    assert Changes.anything(7).touches(Kind.GOALS) and Changes.anything(7).status
