"""Issue 15: every window, page, tab and dialog of the app walked through Qt's accessibility
interface (tests/ui/a11y.py). The audit fails on any focusable widget without a name, any
field label without a buddy, any Tab order jumping backwards."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import time, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget, QWizard
from pytestqt.qtbot import QtBot

from shelter_desk.app import AppController
from shelter_desk.domain.vocabulary import JudicialOffice, JudicialStage
from shelter_desk.services import appointments, counselling, goals, judicial
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.dialogs.access_dialog import AccessDialog
from shelter_desk.ui.dialogs.cancel_appointment import CancelDialog
from shelter_desk.ui.dialogs.conditions_dialog import ThreeConditionsDialog
from shelter_desk.ui.dialogs.export_dialogs import ExportDialog, PassphraseDialog
from shelter_desk.ui.dialogs.first_run import FirstRunWizard
from shelter_desk.ui.dialogs.login_dialog import LoginDialog
from shelter_desk.ui.dialogs.my_settings import MySettingsDialog
from shelter_desk.ui.dialogs.new_client_wizard import NewClientWizard
from shelter_desk.ui.dialogs.recovery_code import RecoveryCodeDialog
from shelter_desk.ui.dialogs.reminder_dialog import ReminderDialog
from shelter_desk.ui.dialogs.token_dialog import TokenDialog
from shelter_desk.ui.dialogs.user_dialogs import AddUserDialog, NewPasswordDialog
from shelter_desk.ui.dialogs.void_dialog import VoidDialog
from shelter_desk.ui.forms.record_dialog import RecordDialog
from shelter_desk.ui.help.about import AboutDialog
from shelter_desk.ui.help.guide import UserGuide
from shelter_desk.ui.main_window import (
    PAGE_ADMINISTRATION,
    PAGE_CALENDAR,
    PAGE_CLIENTS,
    PAGE_DASHBOARD,
    PAGE_REPORTS,
)
from shelter_desk.ui.record_kinds.court_dates import CourtDateDialog
from shelter_desk.ui.views.client_file import view as file_view
from tests.builders import AGO, TODAY, new_client, session_input
from tests.conftest import DIRECTOR, DIRECTOR_PASSWORD
from tests.ui.a11y import Findings, audit
from tests.ui.helpers import open_app, settle, shut_down, when_modal

SIZE = (1366, 768)


class Tour:
    """Everything audited on the way, and the dialogs met (so a dialog nobody visits shows)."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.findings: list[Findings] = []
        self.dialogs: set[str] = set()

    def look(self, widget: QWidget, where: str) -> None:
        settle(self.qtbot, 30)
        self.findings.append(audit(widget, where))

    def dialog(self, cls: type[QDialog], press: Callable[[], object], where: str) -> None:
        def act(d: QDialog) -> None:
            self.dialogs.add(type(d).__name__)
            if isinstance(d, QWizard):
                self.wizard_pages(d, where)
            else:
                self.findings.append(audit(d, where))
            d.reject()

        seen = when_modal(cls, act)
        press()
        self.qtbot.waitUntil(lambda: bool(seen), timeout=10000)
        settle(self.qtbot)

    def wizard_pages(self, wizard: QWizard, where: str) -> None:
        """Every page, shown as it would be (without filling in the ones before it)."""
        for page_id in wizard.pageIds():
            wizard.setStartId(page_id)
            wizard.restart()
            settle(self.qtbot, 30)
            self.findings.append(audit(wizard, f"{where}: {wizard.currentPage().title()}"))

    def problems(self) -> list[str]:
        return [p for f in self.findings for p in f.problems()]


@pytest.fixture
def tour(qtbot: QtBot) -> Tour:
    return Tour(qtbot)


@pytest.fixture
def director_app(qtbot: QtBot, team_dir: Path, director: Workspace
                 ) -> Iterator[tuple[AppController, int]]:
    c = new_client(director, first_names="Amina")
    counselling.add_session(director, c.id, session_input())
    judicial.open_case(director, c.id, judicial.CaseInput(
        JudicialOffice.PROSECUTOR, "Brussel", JudicialStage.JUDICIAL_INVESTIGATION, AGO,
        case_number="BR.55.L1.123/26"))
    goals.add_goal(director, c.id, goals.GoalInput(
        domain="housing", description="Find a flat", set_on=TODAY - timedelta(days=3),
        status="in_progress", progress=10))
    appointments.add(director, c.id, appointments.AppointmentInput(
        day=TODAY + timedelta(days=1), start_time=time(10, 0), duration_minutes=60,
        kind="hearing", place="Palais de Justice", with_user_id=director.actor.user_id))
    controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD)
    controller.window.resize(*SIZE)
    yield controller, c.id
    shut_down(qtbot, controller)


def _report(tour: Tour) -> None:
    problems = tour.problems()
    assert problems == [], f"{len(problems)} accessibility defects:\n" + "\n".join(problems)


def test_login_and_first_run_are_accessible(qtbot: QtBot, tour: Tour, data_dir: Path,
                                            tmp_path: Path) -> None:
    login = LoginDialog(data_dir)
    qtbot.addWidget(login)
    login.show()
    tour.look(login, "login")
    wizard = FirstRunWizard(tmp_path / "new")
    qtbot.addWidget(wizard)
    wizard.resize(640, 520)
    wizard.show()
    tour.wizard_pages(wizard, "first run")
    _report(tour)


def test_every_page_and_file_tab_is_accessible(
        qtbot: QtBot, tour: Tour, director_app: tuple[AppController, int]) -> None:
    controller, client_id = director_app
    window = controller.window
    for page, name in ((PAGE_DASHBOARD, "dashboard"), (PAGE_CLIENTS, "clients"),
                       (PAGE_CALENDAR, "calendar"), (PAGE_REPORTS, "reports")):
        window.show_page(page)
        tour.look(window, name)
    window.show_page(PAGE_ADMINISTRATION)
    tabs = window.administration.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        tour.look(window, f"administration: {tabs.tabText(index)}")
    window.open_client(client_id)
    qtbot.waitUntil(lambda: client_id in window.clients.files, timeout=10000)
    view = window.clients.files[client_id]
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        tour.look(window, f"client file: {view.tabs.tabText(index)}")
    _report(tour)


def test_every_dialog_is_accessible(qtbot: QtBot, tour: Tour,
                                    director_app: tuple[AppController, int]) -> None:
    controller, client_id = director_app
    window = controller.window
    window.open_client(client_id)
    qtbot.waitUntil(lambda: client_id in window.clients.files, timeout=10000)
    view = window.clients.files[client_id]

    def tab(index: int) -> QWidget:
        view.tabs.setCurrentIndex(index)
        settle(qtbot)
        return view.tabs.widget(index)

    overview = tab(file_view.TAB_OVERVIEW)
    tour.dialog(RecordDialog, overview.edit_button.click, "edit details")
    tour.dialog(RecordDialog, overview.referral_button.click, "edit referral")
    tour.dialog(RecordDialog, overview.exploitation_button.click, "edit exploitation")
    tour.dialog(RecordDialog, overview.end_button.click, "end the programme")
    tour.dialog(AccessDialog, overview.access_button.click, "colleagues with access")
    sessions = tab(file_view.TAB_SESSIONS)
    tour.dialog(RecordDialog, sessions.add_button.click, "session")
    consent = tab(file_view.TAB_CONSENT)
    tour.dialog(RecordDialog, consent.table.add_button.click, "consent")
    tour.dialog(RecordDialog, consent.withdraw, "withdraw consent")
    conditions = tab(file_view.TAB_CONDITIONS)
    tour.dialog(ThreeConditionsDialog, conditions.check_all_button.click, "three conditions")
    tour.dialog(RecordDialog, conditions.table.add_button.click, "one condition")
    judicial_tab = tab(file_view.TAB_JUDICIAL)
    tour.dialog(RecordDialog, judicial_tab.cases.add_button.click, "judicial case")
    tour.dialog(CourtDateDialog, judicial_tab.court_dates.add_button.click, "court date")
    residence = tab(file_view.TAB_RESIDENCE)
    tour.dialog(RecordDialog, residence.add_button.click, "residence document")
    goals_tab = tab(file_view.TAB_GOALS)
    tour.dialog(RecordDialog, goals_tab.table.add_button.click, "goal")
    goals_tab.table.table.selectRow(0)
    tour.dialog(RecordDialog, goals_tab.milestone_button.click, "milestone")
    tour.dialog(VoidDialog, goals_tab.table.void_button.click, "void a record")
    plan = tab(file_view.TAB_PLAN)
    tour.dialog(RecordDialog, plan.add_button.click, "agreed action")
    notes = tab(file_view.TAB_NOTES)
    tour.dialog(RecordDialog, notes.add_button.click, "case note")
    planned = tab(file_view.TAB_APPOINTMENTS)
    tour.dialog(RecordDialog, planned.add_button.click, "appointment")
    qtbot.waitUntil(lambda: planned.model.rowCount() == 1, timeout=10000)
    planned.table.selectRow(0)
    tour.dialog(CancelDialog, planned.cancel_button.click, "cancel an appointment")
    tour.dialog(RecordDialog, window.calendar.plan_button.click, "appointment from the calendar")
    notifications = tab(file_view.TAB_NOTIFICATIONS)
    tour.dialog(RecordDialog, notifications.add_button.click, "notification")
    tour.dialog(NewClientWizard, window.clients.new_client, "new client")
    tour.dialog(MySettingsDialog, controller.my_settings, "my settings")
    window.show_page(PAGE_DASHBOARD)
    dash = window.dashboard
    qtbot.waitUntil(lambda: dash.data is not None and dash.model.deadline_rows() > 0,
                    timeout=10000)
    dash.tree.selectRow(next(i for i in range(dash.model.rowCount())
                             if dash.model.reminder(i) is not None))
    tour.dialog(ReminderDialog, dash.done_button.click, "reminder done")
    tour.dialog(ReminderDialog, dash.snooze_button.click, "reminder snooze")
    tour.dialog(ReminderDialog, dash.hand_button.click, "reminder hand over")
    window.show_page(PAGE_REPORTS)  # built when first shown: its list loads then
    window.reports.select_client(client_id)
    qtbot.waitUntil(lambda: window.reports.chosen_client() == client_id, timeout=10000)
    tour.dialog(ExportDialog, window.reports.export_case_file, "export")
    tour.dialog(PassphraseDialog,
                lambda: PassphraseDialog("PAG-2026-0001", "ABCD-EFGH-JKLM", window).exec(),
                "passphrase")
    admin = window.administration
    window.show_page(PAGE_ADMINISTRATION)
    tour.dialog(AddUserDialog, admin.add_user, "add user")
    tour.dialog(NewPasswordDialog, admin.change_password, "change password")
    tour.dialog(RecoveryCodeDialog,
                lambda: RecoveryCodeDialog("7KQ2M-ZX4PA", window).exec(), "recovery code")
    tour.dialog(TokenDialog, lambda: TokenDialog(window).exec(), "signing token")
    tour.dialog(AboutDialog, window.show_about, "about")
    window.show_user_guide()  # not modal: it stays open beside the work
    assert isinstance(window.user_guide, UserGuide)
    tour.findings.append(audit(window.user_guide, "user guide"))
    window.user_guide.close()
    _report(tour)


def test_the_tour_meets_every_dialog_the_app_has() -> None:
    """A dialog added later and left out of the tour above shows up here."""
    import importlib
    import pkgutil

    import shelter_desk.ui

    for module in pkgutil.walk_packages(shelter_desk.ui.__path__, "shelter_desk.ui."):
        importlib.import_module(module.name)

    def subclasses(cls: type) -> set[type]:
        out = set()
        for sub in cls.__subclasses__():
            out |= {sub} | subclasses(sub)
        return out

    ours = {c.__name__ for c in subclasses(QDialog) if c.__module__.startswith("shelter_desk.")}
    toured = set(re.findall(r"tour\.dialog\((\w+)", Path(__file__).read_text()))
    toured |= {"LoginDialog", "FirstRunWizard"}  # test_login_and_first_run_are_accessible
    toured |= {"UserGuide"}  # not modal, audited at the end of the tour
    assert ours - toured == set()


def test_the_audit_finds_what_it_looks_for(qtbot: QtBot) -> None:
    """An unnamed field, a form label without a buddy and a Tab order going back up are each
    reported: the audit's silence on the app means something."""
    from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton

    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    top, bottom = QLineEdit(), QLineEdit()
    form.addRow(QLabel("Top"), top)  # a QLabel given this way gets no buddy
    form.addRow(QLabel("Bottom"), bottom)
    button = QPushButton("Done")
    form.addRow(button)
    QWidget.setTabOrder(bottom, top)  # ... bottom, then back up to top
    QWidget.setTabOrder(top, button)
    dialog.show()
    qtbot.waitExposed(dialog)
    found = audit(dialog, "sample")
    assert len(found.unnamed) == 2
    assert [f.split("'")[1] for f in found.labels] == ["Bottom", "Top"]
    assert found.jumps and "back to" in found.jumps[0]
