"""Every tab of a client's file, every button on it pressed the way a counsellor presses it,
and what the screen shows afterwards (issue 11)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from shelter_desk.app import AppController
from shelter_desk.domain.vocabulary import (
    ClientStatus,
    Condition,
    ConditionStatus,
    DeadlineKind,
    JudicialOffice,
    JudicialStage,
    NotificationReason,
)
from shelter_desk.services import clients, conditions, deadlines, goals, judicial, notifications
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.dialogs.conditions_dialog import ThreeConditionsDialog
from shelter_desk.ui.forms.record_dialog import RecordDialog
from shelter_desk.ui.main_window import PAGE_DASHBOARD, PAGE_REPORTS
from shelter_desk.ui.views.client_file import view as file_view
from shelter_desk.ui.views.client_file.view import ClientFileView
from tests.builders import AGO, TODAY, client_input, new_client, referral_input
from tests.conftest import COUNSELLOR1, DIRECTOR, DIRECTOR_PASSWORD
from tests.ui.helpers import open_app, settle, shut_down, when_modal

Opener = Callable[..., ClientFileView]


def _save(dialog: QDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()  # type: ignore[attr-defined]


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


def _file(qtbot: QtBot, controller: AppController, client_id: int, tab: int) -> ClientFileView:
    controller.window.open_client(client_id, tab)
    qtbot.waitUntil(lambda: client_id in controller.window.clients.files, timeout=10000)
    settle(qtbot)
    return controller.window.clients.files[client_id]


def _run_dialog(cls: type, act: Callable[[Any], None], press: Callable[[], None],
                qtbot: QtBot) -> list[Any]:
    seen = when_modal(cls, act)
    press()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    settle(qtbot)
    return seen


# -- Overview ---------------------------------------------------------------------------------
def test_overview_opens_filled_and_edits_details_referral_and_exploitation(
        qtbot: QtBot, app_for: Callable[..., AppController], counsellor1: Workspace) -> None:
    c = new_client(counsellor1, first_names="Elena")
    controller = app_for()
    view = _file(qtbot, controller, c.id, file_view.TAB_OVERVIEW)
    overview = view.tabs.widget(file_view.TAB_OVERVIEW)
    assert overview.data is not None  # filled at once: loaded with the file
    assert overview.timeline.count() > 0

    def rename(d: RecordDialog) -> None:
        d.form.set_value("first_names", "Elena Maria")
        _save(d)

    _run_dialog(RecordDialog, rename, overview.edit_button.click, qtbot)
    qtbot.waitUntil(lambda: "Elena Maria" in view.name_label.text(), timeout=10000)

    def referral(d: RecordDialog) -> None:
        d.form.set_value("service_detail", "Zone Midi, unit 3")
        _save(d)

    _run_dialog(RecordDialog, referral, overview.referral_button.click, qtbot)
    assert clients.file_details(counsellor1, c.id).referrals[-1].service_detail \
        == "Zone Midi, unit 3"

    def exploitation(d: RecordDialog) -> None:
        d.form.set_value("forms", ["labour"])
        d.form.set_value("sector", "hospitality")
        _save(d)

    _run_dialog(RecordDialog, exploitation, overview.exploitation_button.click, qtbot)
    assert clients.file_details(counsellor1, c.id).exploitations[-1].sector is not None


def test_privacy_mode_asks_before_edit_details_shows_a_name(
        qtbot: QtBot, app_for: Callable[..., AppController], counsellor1: Workspace,
        monkeypatch: pytest.MonkeyPatch) -> None:
    c = new_client(counsellor1)
    controller = app_for()
    view = _file(qtbot, controller, c.id, file_view.TAB_OVERVIEW)
    overview = view.tabs.widget(file_view.TAB_OVERVIEW)
    controller.window.bus.set_privacy(True)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: (asked.append(a[2]), QMessageBox.StandardButton.No)[1])
    opened = when_modal(RecordDialog, lambda d: d.reject(), timeout_ms=500)
    overview.edit_button.click()
    qtbot.wait(700)
    assert asked and "Privacy mode is on" in asked[0]
    assert opened == []  # answered No: no name shown


def test_admit_and_end_the_programme(qtbot: QtBot, app_for: Callable[..., AppController],
                                     counsellor1: Workspace,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    c = clients.intake(counsellor1, client_input(), referral_input(outcome="pending"))
    assert c.status == ClientStatus.INTAKE
    controller = app_for()
    view = _file(qtbot, controller, c.id, file_view.TAB_OVERVIEW)
    overview = view.tabs.widget(file_view.TAB_OVERVIEW)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    overview.admit_button.click()
    qtbot.waitUntil(lambda: view.summary.status == ClientStatus.IN_PROGRAMME, timeout=10000)

    def end(d: RecordDialog) -> None:
        d.form.set_value("reason", "autonomy")
        _save(d)

    _run_dialog(RecordDialog, end, overview.end_button.click, qtbot)
    qtbot.waitUntil(lambda: view.summary.status == ClientStatus.CLOSED, timeout=10000)


# -- Sessions ---------------------------------------------------------------------------------
def test_sessions_edit_needs_a_selection_and_a_saved_row_stays_selected(
        qtbot: QtBot, app_for: Callable[..., AppController], counsellor1: Workspace) -> None:
    from shelter_desk.services import counselling
    from tests.builders import session_input

    c = new_client(counsellor1)
    counselling.add_session(counsellor1, c.id, session_input())
    controller = app_for()
    view = _file(qtbot, controller, c.id, file_view.TAB_SESSIONS)
    tab = view.tabs.widget(file_view.TAB_SESSIONS)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10000)
    assert not tab.edit_button.isEnabled()  # nothing selected: nothing to edit
    tab.table.selectRow(0)
    assert tab.edit_button.isEnabled()

    def longer(d: RecordDialog) -> None:
        d.form.set_value("duration_minutes", 90)
        _save(d)

    _run_dialog(RecordDialog, longer, tab.edit_button.click, qtbot)
    assert tab.selected() is not None and tab.selected().duration_minutes == 90
    qtbot.waitUntil(lambda: tab.model.rows[0].duration_minutes == 90, timeout=10000)
    assert tab.selected() is not None  # still selected after the reload


def test_every_save_error_shows_at_once(qtbot: QtBot, app_for: Callable[..., AppController],
                                        counsellor1: Workspace) -> None:
    """The defect: errors came one per click of Save. A court date with no court, and an
    exploitation with a sector but no labour and an end before its start."""
    c = new_client(counsellor1)
    controller = app_for()
    view = _file(qtbot, controller, c.id, file_view.TAB_OVERVIEW)
    overview = view.tabs.widget(file_view.TAB_OVERVIEW)
    shown: list[dict[str, bool]] = []

    def both_wrong(d: RecordDialog) -> None:
        d.form.set_value("forms", ["sexual"])
        d.form.set_value("sector", "construction")
        d.form.set_value("period_start", TODAY - timedelta(days=10))
        d.form.set_value("period_end", TODAY - timedelta(days=100))
        _save(d)
        shown.append({n: d.form.errors[n].isVisible() for n in ("sector", "period_end")})
        d.reject()

    _run_dialog(RecordDialog, both_wrong, overview.exploitation_button.click, qtbot)
    assert shown == [{"sector": True, "period_end": True}]


# -- Conditions -------------------------------------------------------------------------------
def test_three_conditions_in_one_dialog_with_every_error_at_once(
        qtbot: QtBot, app_for: Callable[..., AppController], counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    controller = app_for()
    view = _file(qtbot, controller, c.id, file_view.TAB_CONDITIONS)
    tab = view.conditions
    errors_seen: list[list[str]] = []

    def check(d: ThreeConditionsDialog) -> None:
        d.forms[Condition.NO_CONTACT].set_value("status", "complied")
        d.forms[Condition.COUNSELLING].set_value("status", "concern")  # no evidence yet
        d.save_button.click()  # and the third has no result: both problems at once
        errors_seen.append([
            name for condition, form in d.forms.items() for name, label in form.errors.items()
            if label.isVisible()])
        d.forms[Condition.COUNSELLING].widgets["evidence"].setPlainText("Missed two sessions.")
        d.forms[Condition.COOPERATION].set_value("status", "breach")
        d.forms[Condition.COOPERATION].widgets["evidence"].setPlainText(
            "Refused to give a statement.")
        d.forms[Condition.COOPERATION].set_value("notified_prosecutor", True)
        d.save_button.click()

    _run_dialog(ThreeConditionsDialog, check, tab.check_all_button.click, qtbot)
    assert sorted(errors_seen[0]) == ["evidence", "status"]
    qtbot.waitUntil(lambda: tab.table.model.rowCount() == 3, timeout=10000)
    assert "Breach" in tab.cards[Condition.COOPERATION].text()
    # the report to the prosecutor is a notification too
    notes = notifications.list_notifications(counsellor1, c.id)
    assert [(n.recipient.value, n.reason) for n in notes] == [
        ("prosecutor", NotificationReason.CONDITION_BREACH)]
    notifications_tab = view.tabs.widget(file_view.TAB_NOTIFICATIONS)
    view.tabs.setCurrentIndex(file_view.TAB_NOTIFICATIONS)  # a hidden tab reloads when shown
    qtbot.waitUntil(lambda: notifications_tab.model.rowCount() == 1, timeout=10000)


def test_the_monthly_reminder_opens_the_three_condition_check(
        qtbot: QtBot, app_for: Callable[..., AppController], counsellor1: Workspace) -> None:
    c = new_client(counsellor1, intake_date=TODAY - timedelta(days=40))
    controller = app_for()
    window = controller.window
    window.show_page(PAGE_DASHBOARD)
    model = window.dashboard.model

    def reminder() -> Any:
        for i in range(model.rowCount()):
            if model.index(i, 1).data() == "Condition check due":
                return model.index(i, 0)
        return None

    qtbot.waitUntil(lambda: reminder() is not None, timeout=10000)
    seen = when_modal(ThreeConditionsDialog, lambda d: d.reject())
    window.dashboard._activated(reminder())
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert c.id in window.clients.files
    assert window.clients.files[c.id].tabs.currentIndex() == file_view.TAB_CONDITIONS


def test_an_unreported_breach_stays_on_the_dashboard_until_explained(
        qtbot: QtBot, app_for: Callable[..., AppController], counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    check = conditions.record_check(counsellor1, c.id, conditions.CheckInput(
        condition=Condition.NO_CONTACT, checked_on=TODAY - timedelta(days=2),
        status=ConditionStatus.BREACH, evidence="Seen with the exploiter."))
    assert [d.kind for d in deadlines.upcoming(counsellor1)
            if d.kind == DeadlineKind.BREACH_TO_NOTIFY] == [DeadlineKind.BREACH_TO_NOTIFY]
    controller = app_for()
    view = _file(qtbot, controller, c.id, file_view.TAB_CONDITIONS)
    table = view.conditions.table
    qtbot.waitUntil(lambda: table.model.rowCount() == 1, timeout=10000)
    table.table.selectRow(0)

    def explain(d: RecordDialog) -> None:
        d.form.widgets["not_notified_reason"].setPlainText(
            "The client reported it herself to the police the same day.")
        _save(d)

    _run_dialog(RecordDialog, explain, table.edit_button.click, qtbot)
    assert not [d for d in deadlines.upcoming(counsellor1)
                if d.kind == DeadlineKind.BREACH_TO_NOTIFY]
    assert conditions.list_checks(counsellor1, c.id)[0].id == check.id


# -- Judicial and residence -------------------------------------------------------------------
def test_court_date_dialog_shows_the_case_whole(
        qtbot: QtBot, app_for: Callable[..., AppController], counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    judicial.open_case(counsellor1, c.id, judicial.CaseInput(
        JudicialOffice.LABOUR_AUDITOR, "Brabant wallon", JudicialStage.JUDICIAL_INVESTIGATION,
        AGO, case_number="2026/BW/123456"))
    controller = app_for()
    view = _file(qtbot, controller, c.id, file_view.TAB_JUDICIAL)
    tab = view.tabs.widget(file_view.TAB_JUDICIAL)
    qtbot.waitUntil(lambda: tab.cases.model.rowCount() == 1, timeout=10000)
    widths: list[tuple[int, int]] = []

    def look(d: RecordDialog) -> None:
        combo = d.form.widgets["case"]
        text = combo.currentText()
        assert "2026/BW/123456" in text
        widths.append((combo.width(), combo.fontMetrics().horizontalAdvance(text)))
        d.reject()

    _run_dialog(RecordDialog, look, tab.court_dates.add_button.click, qtbot)
    shown, needed = widths[0]
    assert shown > needed, "the case is clipped in its drop-down"


def test_residence_add_and_edit(qtbot: QtBot, app_for: Callable[..., AppController],
                                counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    controller = app_for()
    view = _file(qtbot, controller, c.id, file_view.TAB_RESIDENCE)
    tab = view.tabs.widget(file_view.TAB_RESIDENCE)

    def annex(d: RecordDialog) -> None:
        d.form.set_value("doc_type", "annex_15")
        d.form.set_value("status", "issued")
        d.form.set_value("issued_on", TODAY - timedelta(days=3))
        _save(d)

    _run_dialog(RecordDialog, annex, tab.add_button.click, qtbot)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10000)
    assert tab.selected() is not None and tab.edit_button.isEnabled()

    def reference(d: RecordDialog) -> None:
        d.form.set_value("reference", "OE-2026-778")
        _save(d)

    _run_dialog(RecordDialog, reference, tab.edit_button.click, qtbot)
    qtbot.waitUntil(lambda: tab.model.rows[0].reference == "OE-2026-778", timeout=10000)


# -- Goals ------------------------------------------------------------------------------------
def test_a_milestone_keeps_its_goal_selected_and_shown(
        qtbot: QtBot, app_for: Callable[..., AppController], counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    goals.add_goal(counsellor1, c.id, goals.GoalInput(
        domain="housing", description="Find a flat", set_on=AGO, status="in_progress",
        progress=10))
    controller = app_for()
    view = _file(qtbot, controller, c.id, file_view.TAB_GOALS)
    tab = view.tabs.widget(file_view.TAB_GOALS)
    qtbot.waitUntil(lambda: tab.table.model.rowCount() == 1, timeout=10000)
    assert not tab.milestone_button.isEnabled()
    assert "Choose a goal" in tab.milestones.item(0).text()
    tab.table.table.selectRow(0)
    assert tab.milestone_button.isEnabled()

    def milestone(d: RecordDialog) -> None:
        d.form.widgets["description"].setPlainText("Visited three flats")
        d.form.set_value("progress", 30)
        _save(d)

    _run_dialog(RecordDialog, milestone, tab.milestone_button.click, qtbot)
    qtbot.waitUntil(lambda: tab.table.model.rows[0].progress == 30, timeout=10000)
    assert tab.table.selected() is not None  # the defect: the selection cleared
    qtbot.waitUntil(lambda: "Visited three flats" in tab.milestones.item(0).text(),
                    timeout=5000)


def test_goal_add_and_edit(qtbot: QtBot, app_for: Callable[..., AppController],
                           counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    controller = app_for()
    tab = _file(qtbot, controller, c.id, file_view.TAB_GOALS).tabs.widget(file_view.TAB_GOALS)

    def add(d: RecordDialog) -> None:
        d.form.set_value("domain", "work")
        d.form.widgets["description"].setPlainText("Declared work in catering")
        _save(d)

    _run_dialog(RecordDialog, add, tab.table.add_button.click, qtbot)
    qtbot.waitUntil(lambda: tab.table.model.rowCount() == 1, timeout=10000)

    def progress(d: RecordDialog) -> None:
        d.form.set_value("progress", 55)
        _save(d)

    _run_dialog(RecordDialog, progress, tab.table.edit_button.click, qtbot)
    qtbot.waitUntil(lambda: tab.table.model.rows[0].progress == 55, timeout=10000)


# -- Notifications, Reports, History -----------------------------------------------------------
def test_notifications_add_and_edit(qtbot: QtBot, app_for: Callable[..., AppController],
                                    counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    controller = app_for()
    tab = _file(qtbot, controller, c.id, file_view.TAB_NOTIFICATIONS).tabs.widget(
        file_view.TAB_NOTIFICATIONS)

    def add(d: RecordDialog) -> None:
        d.form.set_value("recipient", "immigration_office")
        d.form.set_value("reason", "document_request")
        _save(d)

    _run_dialog(RecordDialog, add, tab.add_button.click, qtbot)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10000)

    def reference(d: RecordDialog) -> None:
        d.form.set_value("reference", "DVZ 12345")
        _save(d)

    _run_dialog(RecordDialog, reference, tab.edit_button.click, qtbot)
    qtbot.waitUntil(lambda: tab.model.rows[0].reference == "DVZ 12345", timeout=10000)


def test_reports_tab_takes_the_director_to_the_reports_page_on_this_client(
        qtbot: QtBot, app_for: Callable[..., AppController], counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    controller = app_for(DIRECTOR, DIRECTOR_PASSWORD)
    view = _file(qtbot, controller, c.id, file_view.TAB_REPORTS)
    tab = view.tabs.widget(file_view.TAB_REPORTS)
    button = tab.toolbar.itemAt(0).widget()
    button.click()
    page = controller.window.reports
    assert controller.window.current_page() == PAGE_REPORTS
    qtbot.waitUntil(lambda: page.chosen_client() == c.id, timeout=10000)


def test_history_reads_as_a_person_reads_it(
        qtbot: QtBot, app_for: Callable[..., AppController], counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    g = goals.add_goal(counsellor1, c.id, goals.GoalInput(
        domain="housing", description="Find a flat", set_on=AGO, status="in_progress"))
    goals.add_milestone(counsellor1, g.id, goals.MilestoneInput(
        reached_on=TODAY, description="Visited a flat", progress=20))
    controller = app_for()
    tab = _file(qtbot, controller, c.id, file_view.TAB_HISTORY).tabs.widget(
        file_view.TAB_HISTORY)
    qtbot.waitUntil(lambda: tab.model.rowCount() >= 3, timeout=10000)
    # Entry, When, Who, What, About, Detail
    cells = [[tab.model.index(r, col).data() for col in range(6)]
             for r in range(tab.model.rowCount())]
    assert ["Milestone added", "Goal: Housing"] in [row[3:5] for row in cells]
    assert all("#" not in row[4] for row in cells)  # never "autonomy_goals#1041"
    assert {row[2] for row in cells} == {"Counsellor One"}  # the person, not "counsellor1"


def test_privacy_mode_hides_the_guardian_as_it_hides_the_client(
        qtbot: QtBot, app_for: Callable[..., AppController], counsellor1: Workspace) -> None:
    c = new_client(counsellor1, birth_date=date(TODAY.year - 16, 1, 1), is_minor=True,
                   guardian_name="Marie Dupont-Guardian", guardian_contact="Guardianship Service")
    controller = app_for()
    view = _file(qtbot, controller, c.id, file_view.TAB_OVERVIEW)
    overview = view.tabs.widget(file_view.TAB_OVERVIEW)

    def shown() -> str:
        return " ".join(label.text() for label in overview.findChildren(QLabel))

    qtbot.waitUntil(lambda: "Dupont-Guardian" in shown(), timeout=10000)
    controller.window.bus.set_privacy(True)
    qtbot.waitUntil(lambda: "Dupont-Guardian" not in shown(), timeout=10000)
    assert "Guardianship Service" not in shown() and "Stănescu" not in shown()


def test_privacy_mode_hides_a_renamed_clients_names_in_the_history(
        qtbot: QtBot, app_for: Callable[..., AppController], counsellor1: Workspace) -> None:
    """The History tab said "Last name: Stănescu → Zamfirescu" in privacy mode."""
    c = new_client(counsellor1, is_minor=True, birth_date=date(TODAY.year - 16, 1, 1),
                   guardian_name="Marie Dupont-Guardian")
    clients.update_client(counsellor1, c.id, client_input(
        last_name="Zamfirescu", is_minor=True, birth_date=date(TODAY.year - 16, 1, 1),
        guardian_name="Ioana Guardian-Two"))
    controller = app_for()
    tab = _file(qtbot, controller, c.id, file_view.TAB_HISTORY).tabs.widget(
        file_view.TAB_HISTORY)
    qtbot.waitUntil(lambda: tab.model.rowCount() >= 2, timeout=10000)

    def shown() -> str:
        return " ".join(str(tab.model.index(r, col).data(role) or "")
                        for r in range(tab.model.rowCount()) for col in range(6)
                        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole))

    assert "Zamfirescu" in shown() and "Guardian-Two" in shown()
    controller.window.bus.set_privacy(True)
    for name in ("Stănescu", "Zamfirescu", "Dupont-Guardian", "Guardian-Two"):
        assert name not in shown()
    assert "Last name changed" in shown()
    controller.window.bus.set_privacy(False)
    assert "Zamfirescu" in shown()
