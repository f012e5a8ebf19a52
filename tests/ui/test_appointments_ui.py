"""Appointments on screen: the file's tab (plan, a time the clocks skip, record as a session in
one step, cancel with a reason), the calendar's week and day views, and today's appointments
on the dashboard."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from shelter_desk.app import AppController
from shelter_desk.domain.vocabulary import AppointmentKind, AppointmentStatus
from shelter_desk.services import appointments, case_plan, counselling
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.dialogs.cancel_appointment import CancelDialog
from shelter_desk.ui.forms.record_dialog import RecordDialog
from shelter_desk.ui.main_window import PAGE_CALENDAR, PAGE_DASHBOARD
from shelter_desk.ui.privacy import MASK
from shelter_desk.ui.views.agenda import APPOINTMENT_ROLE as APPOINTMENT_CELL
from shelter_desk.ui.views.agenda import TAB_ROLE
from shelter_desk.ui.views.client_file import view as file_view
from shelter_desk.ui.views.client_file.appointments_tab import AppointmentsTab
from shelter_desk.ui.views.client_file.view import ClientFileView
from shelter_desk.ui.views.todays_appointments import APPOINTMENT_ROLE
from tests.builders import TODAY, new_client
from tests.conftest import COUNSELLOR1
from tests.ui.helpers import open_app, settle, shut_down, when_modal


@pytest.fixture
def app_for(qtbot: QtBot, team_dir: Path) -> Iterator[Callable[..., AppController]]:
    started: list[AppController] = []

    def start(user: str = COUNSELLOR1[0], password: str = COUNSELLOR1[1]) -> AppController:
        controller = open_app(qtbot, team_dir, user, password)
        started.append(controller)
        return controller

    yield start
    for controller in started:
        shut_down(qtbot, controller)


def _plan(ws: Workspace, day: date, at: time, **over: Any) -> appointments.AppointmentInput:
    me = next(uid for uid, name in case_plan.owners(ws) if name == "Counsellor One")
    values: dict[str, Any] = {
        "day": day, "start_time": at, "duration_minutes": 45,
        "kind": AppointmentKind.COUNSELLING, "place": "Shelter, room 2", "with_user_id": me,
        **over}
    return appointments.AppointmentInput(**values)


def _tab(qtbot: QtBot, controller: AppController, client_id: int
         ) -> tuple[ClientFileView, AppointmentsTab]:
    controller.window.open_client(client_id, file_view.TAB_APPOINTMENTS)
    qtbot.waitUntil(lambda: client_id in controller.window.clients.files, timeout=10000)
    settle(qtbot)
    view = controller.window.clients.files[client_id]
    tab = view.tabs.widget(file_view.TAB_APPOINTMENTS)
    assert isinstance(tab, AppointmentsTab)
    assert view.tabs.tabText(file_view.TAB_APPOINTMENTS) == "Appointments"
    return view, tab


def _appointment_cells(grid: Any) -> set[int]:
    return {grid.item(r, c).data(APPOINTMENT_CELL) for r in range(grid.rowCount())
            for c in range(grid.columnCount())
            if grid.item(r, c) is not None and grid.item(r, c).data(APPOINTMENT_CELL)}


def _run(cls: type, act: Callable[[Any], None], press: Callable[[], None],
         qtbot: QtBot) -> list[Any]:
    seen = when_modal(cls, act)
    press()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    settle(qtbot)
    return seen


def test_plan_in_the_tab_refuses_a_time_the_clocks_skip(
        qtbot: QtBot, app_for: Callable[..., AppController], counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    _, tab = _tab(qtbot, app_for(), c.id)
    shown: list[str] = []

    def plan(d: RecordDialog) -> None:
        d.form.set_value("day", date(2027, 3, 28))
        d.form.set_value("start_time", time(2, 30))
        d.form.set_value("place", "Palais de Justice, Brussels")
        d.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        shown.append(d.form.errors["start_time"].text())
        d.form.set_value("start_time", time(9, 30))  # then a time that exists
        d.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    _run(RecordDialog, plan, tab.add_button.click, qtbot)
    assert shown and "clocks" in shown[0]
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10000)
    row = tab.model.rows[0]
    assert row.starts_at == datetime(2027, 3, 28, 9, 30)
    assert row.with_user == "Counsellor One"  # the one planning it, unless changed
    assert len(appointments.list_for_client(counsellor1, c.id)) == 1


def test_record_as_session_in_one_step_and_cancel_with_a_reason(
        qtbot: QtBot, app_for: Callable[..., AppController], counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    past = appointments.add(counsellor1, c.id, _plan(counsellor1, TODAY - timedelta(days=1),
                                                     time(11, 0)))
    ahead = appointments.add(counsellor1, c.id, _plan(counsellor1, TODAY + timedelta(days=3),
                                                      time(15, 0),
                                                      kind=AppointmentKind.MEDICAL))
    _, tab = _tab(qtbot, app_for(), c.id)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=10000)
    assert not tab.record_button.isEnabled() and not tab.cancel_button.isEnabled()
    tab.select_where(lambda r: r.id == ahead.id)  # days ahead: cancelled yes, recorded not yet
    assert tab.cancel_button.isEnabled() and not tab.record_button.isEnabled()
    tab.select_where(lambda r: r.id == past.id)
    assert tab.record_button.isEnabled() and tab.cancel_button.isEnabled()
    # Past and still planned: said in words.
    state = tab.model.columns[4].text(tab.selected())
    assert "past" in state
    prefilled: list[tuple[Any, ...]] = []

    def record(d: RecordDialog) -> None:
        prefilled.append((d.form.value("held_on"), d.form.value("start_time"),
                          d.form.value("duration_minutes")))
        d.form.set_value("client_asked_questions", True)
        d.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    _run(RecordDialog, record, tab.record_button.click, qtbot)
    assert prefilled == [(past.day, time(11, 0), 45)]
    qtbot.waitUntil(lambda: any(r.status == AppointmentStatus.HELD for r in tab.model.rows),
                    timeout=10000)
    sessions = counselling.list_sessions(counsellor1, c.id)
    assert len(sessions) == 1 and sessions[0].client_asked_questions
    tab.select_where(lambda r: r.id == past.id)
    assert not tab.record_button.isEnabled() and not tab.edit_button.isEnabled()

    tab.select_where(lambda r: r.id == ahead.id)
    refused: list[bool] = []

    def cancel(d: CancelDialog) -> None:
        refused.append(d.ok.isEnabled())  # no reason yet: nothing to press
        d.reason.setPlainText("   ")
        refused.append(d.ok.isEnabled())
        d.reason.setPlainText("The doctor moved it to next month")
        d.ok.click()

    _run(CancelDialog, cancel, tab.cancel_button.click, qtbot)
    assert refused == [False, False]
    qtbot.waitUntil(lambda: any(r.status == AppointmentStatus.CANCELLED
                                for r in tab.model.rows), timeout=10000)
    gone = next(r for r in appointments.list_for_client(counsellor1, c.id) if r.id == ahead.id)
    assert gone.cancel_reason == "The doctor moved it to next month"
    assert len(counselling.list_sessions(counsellor1, c.id)) == 1


def test_calendar_week_and_day_views(
        qtbot: QtBot, app_for: Callable[..., AppController], counsellor1: Workspace) -> None:
    c = new_client(counsellor1, first_names="Ana", last_name="Popescu")
    day = TODAY + timedelta(days=2)
    first = appointments.add(counsellor1, c.id, _plan(counsellor1, day, time(9, 0)))
    second = appointments.add(counsellor1, c.id, _plan(
        counsellor1, day, time(9, 30), kind=AppointmentKind.HEARING, place="Court"))
    case_plan.add_action(counsellor1, c.id, case_plan.PlanActionInput(
        action="Bring the A card to the CPAS", agreed_on=TODAY, owner_id=first.with_user_id,
        due_on=day))
    controller = app_for()
    window = controller.window
    calendar = window.calendar
    window.show_page(PAGE_CALENDAR)
    calendar.go_to(day)
    calendar.week_button.click()
    settle(qtbot)
    grid = calendar.agenda
    qtbot.waitUntil(lambda: len(_appointment_cells(grid)) == 2, timeout=10000)
    assert grid.columnCount() == 7
    texts = [text for text, _ in grid.cells()]
    assert any("09:00" in t and c.case_code in t for t in texts)
    assert any("09:30" in t and "hearing" in t.lower() for t in texts)
    # Two in the same hour are two cells, each opening the file; what falls due is on top.
    assert _appointment_cells(grid) == {first.id, second.id}
    (row1, col1), (row2, col2) = grid.position_of(first.id), grid.position_of(second.id)
    assert col1 == col2 == grid.days.index(day) and row2 == row1 + 1
    assert grid.verticalHeaderItem(row1).text() == "09:00"
    assert grid.verticalHeaderItem(0).text() == "Due"
    column = grid.days.index(day)
    due = [grid.item(r, column) for r in range(grid.rowCount())
           if grid.item(r, column) is not None
           and grid.item(r, column).data(TAB_ROLE) == file_view.TAB_PLAN]
    assert len(due) == 1 and c.case_code in due[0].text()
    assert any("Ana Popescu" in t for t in texts)
    window.bus.set_privacy(True)
    settle(qtbot)
    texts = [text for text, _ in grid.cells()]
    assert not any("Popescu" in t for t in texts) and any(MASK in t for t in texts)
    window.bus.set_privacy(False)

    calendar.day_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: grid.columnCount() == 1
                    and _appointment_cells(grid) == {first.id, second.id}, timeout=10000)
    opened: list[tuple[int, int]] = []
    calendar.open_client.connect(lambda cid, tab: opened.append((cid, tab)))
    row, col = grid.position_of(second.id)
    grid.cellDoubleClicked.emit(row, col)
    assert opened == [(c.id, file_view.TAB_APPOINTMENTS)]

    # Another day has none of them.
    calendar.next_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: calendar.loaded_range() == (day + timedelta(days=1),
                                                        day + timedelta(days=1)),
                    timeout=10000)
    assert _appointment_cells(grid) == set()


def test_dashboard_lists_todays_appointments(
        qtbot: QtBot, app_for: Callable[..., AppController], counsellor1: Workspace,
        counsellor2: Workspace) -> None:
    mine = new_client(counsellor1, first_names="Maria", last_name="Ionescu")
    theirs = new_client(counsellor2)
    appointments.add(counsellor1, mine.id, _plan(counsellor1, TODAY, time(16, 0)))
    kept = appointments.add(counsellor1, mine.id, _plan(counsellor1, TODAY, time(8, 15)))
    off = appointments.add(counsellor1, mine.id, _plan(counsellor1, TODAY, time(12, 0)))
    appointments.cancel(counsellor1, off.id, "The client is ill")
    appointments.add(counsellor1, mine.id, _plan(counsellor1, TODAY + timedelta(days=1),
                                                 time(9, 0)))
    other = next(uid for uid, name in case_plan.owners(counsellor2) if name == "Counsellor Two")
    appointments.add(counsellor2, theirs.id, _plan(counsellor2, TODAY, time(10, 0),
                                                   with_user_id=other))
    controller = app_for()
    window = controller.window
    window.show_page(PAGE_DASHBOARD)
    listing = window.dashboard.appointments
    qtbot.waitUntil(lambda: listing.list.count() == 2, timeout=10000)
    texts = [listing.list.item(i).text() for i in range(listing.list.count())]
    assert texts[0].startswith("08:15") and texts[1].startswith("16:00")  # by time
    assert all(mine.case_code in t and "Maria Ionescu" in t for t in texts)
    window.bus.set_privacy(True)
    settle(qtbot)
    texts = [listing.list.item(i).text() for i in range(listing.list.count())]
    assert not any("Ionescu" in t for t in texts) and all(MASK in t for t in texts)
    opened: list[tuple[int, int]] = []
    window.dashboard.open_client.connect(lambda cid, tab: opened.append((cid, tab)))
    listing.list.itemActivated.emit(listing.list.item(0))
    assert opened == [(mine.id, file_view.TAB_APPOINTMENTS)]
    assert kept.id == listing.list.item(0).data(APPOINTMENT_ROLE)


def test_a_crowded_week_keeps_the_hours_in_sight_and_opens_the_day(
        qtbot: QtBot, app_for: Callable[..., AppController], counsellor1: Workspace) -> None:
    from shelter_desk.ui.views.agenda import DAY_ROLE, WEEK_DUE_ROWS

    c = new_client(counsellor1)
    day = TODAY + timedelta(days=3)
    owner = next(uid for uid, n in case_plan.owners(counsellor1) if n == "Counsellor One")
    for n in range(WEEK_DUE_ROWS + 3):
        case_plan.add_action(counsellor1, c.id, case_plan.PlanActionInput(
            action=f"Errand {n}", agreed_on=TODAY, owner_id=owner, due_on=day))
    planned = appointments.add(counsellor1, c.id, _plan(counsellor1, day, time(10, 0)))
    controller = app_for()
    calendar = controller.window.calendar
    controller.window.show_page(PAGE_CALENDAR)
    calendar.go_to(day)
    calendar.week_button.click()
    grid = calendar.agenda
    qtbot.waitUntil(lambda: _appointment_cells(grid) == {planned.id}, timeout=10000)
    column = grid.days.index(day)
    due = [grid.item(r, column) for r in range(grid.rowCount())
           if grid.verticalHeaderItem(r).text() in ("Due", "")
           and r < grid.position_of(planned.id)[0] and grid.item(r, column) is not None]
    assert len(due) == WEEK_DUE_ROWS
    more = due[-1]
    # the condition check of a new client may fall that day too: count what the week hides
    hidden = sum(1 for d in calendar.items if d.due == day) - (WEEK_DUE_ROWS - 1)
    assert more.data(DAY_ROLE) == day.toordinal() and more.text().startswith(f"{hidden} more")
    grid.setCurrentItem(more)
    grid.itemActivated.emit(more)
    qtbot.waitUntil(lambda: calendar.mode == "day" and grid.columnCount() == 1
                    and grid.days == [day] and _appointment_cells(grid) == {planned.id},
                    timeout=10000)
    # the day shows every item: all that falls due, and the appointment
    assert len(grid.cells()) == sum(1 for d in calendar.items if d.due == day) + 1
    assert not any(grid.item(r, 0) is not None and grid.item(r, 0).data(DAY_ROLE)
                   for r in range(grid.rowCount()))
