"""The dashboard's reminders, acted on as staff act on them: Done… with a note typed, Snooze…
to a day, Hand over… to a colleague chosen from those on the file, Reopen; the director's
list by counsellor and the filters."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from shelter_desk.app import AppController
from shelter_desk.domain.vocabulary import ActionStatus, DeadlineKind, ReminderStep
from shelter_desk.services import access_grants, case_plan, reminders
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.dialogs.reminder_dialog import ReminderDialog
from shelter_desk.ui.models.attention import MORE_ROLE
from shelter_desk.ui.views import dashboard as dashboard_view
from shelter_desk.ui.views.dashboard import Dashboard
from tests.builders import TODAY, new_client
from tests.conftest import COUNSELLOR1, DIRECTOR, DIRECTOR_PASSWORD
from tests.ui.helpers import open_app, settle, shut_down, when_modal


def _plan(ws: Workspace, client_id: int, what: str, days: int) -> None:
    owner = next(uid for uid, n in case_plan.owners(ws) if n == "Counsellor One")
    case_plan.add_action(ws, client_id, case_plan.PlanActionInput(
        action=what, agreed_on=TODAY - timedelta(days=20), owner_id=owner,
        due_on=TODAY + timedelta(days=days)))


def _dashboard(qtbot: QtBot, controller: AppController) -> Dashboard:
    dash = controller.window.dashboard
    controller.window.show_page("dashboard")
    qtbot.waitUntil(lambda: dash.data is not None, timeout=15000)
    settle(qtbot)
    return dash


def _select(qtbot: QtBot, dash: Dashboard, text: str) -> None:
    """Select the row whose Detail shows `text`, with the keyboard as a person would."""
    model = dash.model
    row = next(i for i in range(model.rowCount())
               if model.reminder(i) is not None and text in model.texts(i)[3])
    dash.tree.setFocus()
    dash.tree.selectRow(row)
    settle(qtbot)


def _reload(qtbot: QtBot, dash: Dashboard) -> None:
    before = dash.data
    qtbot.waitUntil(lambda: dash.data is not before, timeout=15000)
    settle(qtbot)


def _shown(dash: Dashboard) -> list[str]:
    return [dash.model.texts(i)[3] for i in range(dash.model.rowCount())
            if dash.model.reminder(i) is not None]


def test_done_snooze_and_reopen_from_the_dashboard(
        qtbot: QtBot, team_dir: Path, counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    _plan(counsellor1, c.id, "Book the interpreter", -3)
    _plan(counsellor1, c.id, "Call the CPAS", 2)
    controller = open_app(qtbot, team_dir, *COUNSELLOR1)
    try:
        dash = _dashboard(qtbot, controller)
        assert not dash.done_button.isEnabled()  # nothing selected yet
        _select(qtbot, dash, "Book the interpreter")
        assert dash.done_button.isEnabled() and not dash.reopen_button.isEnabled()

        def done(d: ReminderDialog) -> None:
            assert not d.ok.isEnabled()  # a note first
            qtbot.keyClicks(d.note, "Interpreter booked for Tuesday")
            assert d.ok.isEnabled()
            qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)

        when_modal(ReminderDialog, done)
        dash.done_button.click()
        _reload(qtbot, dash)
        assert not any("Book the interpreter" in t for t in _shown(dash))
        assert dash.selected() is not None  # the keyboard goes on where it was
        [action] = [a for a in case_plan.list_actions(counsellor1, c.id)
                    if a.action == "Book the interpreter"]
        assert action.status == ActionStatus.DONE

        _select(qtbot, dash, "Call the CPAS")

        def snooze(d: ReminderDialog) -> None:
            assert d.until is not None and d.until.value() == TODAY + timedelta(days=7)
            qtbot.keyClicks(d.note, "Waiting for her new address")
            # A day too far, typed: the dialog says why and stays open with what was typed.
            d.until.set_value(TODAY + timedelta(days=400))
            qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: d.error.isVisibleTo(d) and d.ok.isEnabled(), timeout=10000)
            assert d.isVisible() and d.note.toPlainText() == "Waiting for her new address"
            d.until.set_value(TODAY + timedelta(days=7))
            d.until.setFocus()
            qtbot.keyClick(d.until, Qt.Key.Key_Up)  # typed, not picked: one day more
            qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)

        when_modal(ReminderDialog, snooze)
        dash.snooze_button.click()
        _reload(qtbot, dash)
        assert not any("Call the CPAS" in t for t in _shown(dash))
        [cpas] = [r for r in reminders.load(counsellor1).items
                  if "CPAS" in " ".join(r.deadline.subject)]
        assert cpas.state is not None and cpas.state.note == "Waiting for her new address"
        assert cpas.state.snoozed_until == TODAY + timedelta(days=8)
        dash.show_handled.setChecked(True)
        settle(qtbot)
        [line] = [t for t in _shown(dash) if "Call the CPAS" in t]
        assert "snoozed until" in line
        _select(qtbot, dash, "Call the CPAS")
        assert dash.reopen_button.isEnabled() and not dash.done_button.isEnabled()
        dash.reopen_button.click()
        _reload(qtbot, dash)
        [line] = [t for t in _shown(dash) if "Call the CPAS" in t]
        assert "snoozed" not in line
    finally:
        shut_down(qtbot, controller)


def test_the_director_reads_by_counsellor_filters_and_hands_over(
        qtbot: QtBot, team_dir: Path, director: Workspace, counsellor1: Workspace,
        counsellor2: Workspace) -> None:
    one, two = new_client(counsellor1), new_client(counsellor2)
    _plan(counsellor1, one.id, "Accompany to the hearing", -1)
    owner2 = next(uid for uid, n in case_plan.owners(counsellor2) if n == "Counsellor Two")
    case_plan.add_action(counsellor2, two.id, case_plan.PlanActionInput(
        action="Renew the bus pass", agreed_on=TODAY - timedelta(days=20), owner_id=owner2,
        due_on=TODAY + timedelta(days=4)))
    access_grants.grant(director, one.id, "counsellor2", "covers the hearing")
    controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD)
    try:
        dash = _dashboard(qtbot, controller)
        assert dash.group_by.currentData() is True  # a director reads by person
        headings = [dash.model.texts(i)[0] for i in range(dash.model.rowCount())
                    if dash.model.reminder(i) is None]
        assert dash.data is not None
        expected = []
        for name in ("Counsellor One", "Counsellor Two"):
            theirs = [r for r in dash.data.items
                      if dash.data.staff.get(r.responsible_id or 0) == name]
            late = sum(1 for r in theirs if r.deadline.due < TODAY)
            assert theirs and (late >= 1 if name == "Counsellor One" else True)
            expected.append(f"{name}: {late} overdue of {len(theirs)}")
        assert headings == expected
        # the filters: one person's, one kind
        dash.whose_filter.setCurrentIndex(dash.whose_filter.findText("Counsellor Two"))
        settle(qtbot)
        assert _shown(dash) and all(dash.model.texts(i)[4] == "Counsellor Two"
                                    for i in range(dash.model.rowCount())
                                    if dash.model.reminder(i) is not None)
        dash.whose_filter.setCurrentIndex(0)
        dash.kind_filter.setCurrentIndex(dash.kind_filter.findData(
            DeadlineKind.PLAN_ACTION.value))
        settle(qtbot)
        kinds = {dash.model.reminder(i).deadline.kind  # type: ignore[union-attr]
                 for i in range(dash.model.rowCount()) if dash.model.reminder(i) is not None}
        assert kinds == {DeadlineKind.PLAN_ACTION}

        _select(qtbot, dash, "Accompany to the hearing")
        offered: list[str] = []

        def hand(d: ReminderDialog) -> None:
            assert d.colleague is not None
            # someone other than whose it is now is offered first
            assert d.colleague.currentText() != "Counsellor One" and d.ok.isEnabled()
            d.colleague.setCurrentIndex(d.colleague.findText("Counsellor One"))
            assert not d.ok.isEnabled()
            offered.extend(d.colleague.itemText(i) for i in range(d.colleague.count()))
            d.colleague.setCurrentIndex(d.colleague.findText("Counsellor Two"))
            qtbot.keyClicks(d.note, "You are at court that day anyway")
            qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)

        when_modal(ReminderDialog, hand)
        dash.hand_button.click()
        _reload(qtbot, dash)
        assert "Counsellor Two" in offered and "Counsellor One" in offered
        row = next(i for i in range(dash.model.rowCount())
                   if dash.model.reminder(i) is not None and "Accompany" in dash.model.texts(i)[3])
        assert dash.model.texts(row)[4] == "Counsellor Two"
        [r] = [r for r in reminders.load(counsellor1).items
               if r.deadline.kind == DeadlineKind.PLAN_ACTION]
        assert r.state is not None and r.state.step is None and r.state.assignee_id is not None
        assert ReminderStep.ASSIGNED in {s.step for s, _, _ in
                                         reminders.history(counsellor1, r.deadline)}
    finally:
        shut_down(qtbot, controller)


def test_a_long_list_shows_part_of_itself_counts_every_item_and_shows_all_on_asking(
        qtbot: QtBot, team_dir: Path, counsellor1: Workspace,
        monkeypatch: pytest.MonkeyPatch) -> None:
    c = new_client(counsellor1)
    for what, days in (("Oldest action", -12), ("Old action", -9), ("Recent action", -1),
                       ("Action due today", 0), ("Action due tomorrow", 1),
                       ("Action next week", 7), ("Farthest action", 12)):
        _plan(counsellor1, c.id, what, days)
    full = reminders.load(counsellor1)
    late = sum(1 for r in full.items if r.deadline.due < TODAY)
    actions = sum(1 for r in full.items if r.deadline.kind == DeadlineKind.PLAN_ACTION)
    monkeypatch.setattr(dashboard_view, "LIST_LIMIT", 1)  # a long list, for the test
    controller = open_app(qtbot, team_dir, *COUNSELLOR1)
    try:
        dash = _dashboard(qtbot, controller)
        assert dash.data is not None and dash.data.left_out
        summary = f"{len(full.items)} items: {late} overdue. Double-click (or Enter) opens " \
                  "the file."
        assert dash.summary.text() == summary
        shown = _shown(dash)
        assert len(shown) < len(full.items)
        assert not any("Oldest action" in t or "Farthest action" in t for t in shown)
        assert any("Recent action" in t for t in shown)
        assert any("Action due today" in t for t in shown)
        rows = range(dash.model.rowCount())
        more = [dash.model.texts(i)[0] for i in rows
                if dash.model.index(i, 0).data(MORE_ROLE)]
        assert more and all("more, not listed" in t for t in more)
        assert f"Overdue ({late})" in [dash.model.texts(i)[0] for i in rows]
        assert dash.show_all_button.isVisible()
        assert dash.show_all_button.text() == f"Show &all {len(full.items)}"
        # the filters count those left out too
        dash.kind_filter.setCurrentIndex(dash.kind_filter.findData(
            DeadlineKind.PLAN_ACTION.value))
        settle(qtbot)
        assert dash.summary.text().startswith(f"{actions} items: ")
        dash.kind_filter.setCurrentIndex(0)
        dash.group_by.setCurrentIndex(1)
        settle(qtbot)
        assert f"Counsellor One: {late} overdue of {len(full.items)}" in [
            dash.model.texts(i)[0] for i in range(dash.model.rowCount())]
        dash.group_by.setCurrentIndex(0)

        dash.show_all_button.click()
        _reload(qtbot, dash)
        assert not dash.data.left_out and not dash.show_all_button.isVisible()
        assert sorted(_shown(dash)) == sorted(dash.model.texts(i)[3] for i in range(
            dash.model.rowCount()) if dash.model.reminder(i) is not None)
        assert len(_shown(dash)) == len(full.items)
        assert dash.summary.text() == summary
        assert not any(dash.model.index(i, 0).data(MORE_ROLE)
                       for i in range(dash.model.rowCount()))
    finally:
        shut_down(qtbot, controller)
