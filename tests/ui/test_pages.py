"""The pages around the files, every button pressed (issue 11): Administration (accounts,
backup and restore, recovery code, one's own password), Settings, the Calendar and the
Dashboard's charts."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QValueAxis
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from shelter_desk.domain.vocabulary import JudicialOffice, JudicialStage
from shelter_desk.services import judicial, settings, setup
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.dialogs.recovery_code import RecoveryCodeDialog
from shelter_desk.ui.dialogs.user_dialogs import NewPasswordDialog
from shelter_desk.ui.main_window import PAGE_CALENDAR, PAGE_DASHBOARD
from shelter_desk.ui.views.administration import AdministrationView
from shelter_desk.ui.views.client_file import view as file_view
from shelter_desk.ui.widgets.charts import bar_chart, stacked_bar_chart
from tests.builders import TODAY, new_client
from tests.conftest import CHEAP_KDF, COUNSELLOR1, COUNSELLOR2, DIRECTOR, DIRECTOR_PASSWORD
from tests.ui.helpers import open_app, settle, when_modal


@pytest.fixture
def admin_view(qtbot: QtBot, director: Workspace) -> AdministrationView:
    view = AdministrationView()
    qtbot.addWidget(view)
    director.kdf = CHEAP_KDF
    view.set_workspace(director)
    view.show()
    qtbot.waitUntil(lambda: view.users_model.rowCount() == 4, timeout=10000)
    return view


def _select(view: AdministrationView, username: str) -> None:
    for row in range(view.users_model.rowCount()):
        if view.users_model.row(row).username == username:
            view.users_table.selectRow(row)
            return
    raise AssertionError(username)


def test_reset_and_remove_need_a_chosen_account(qtbot: QtBot, admin_view: AdministrationView,
                                                team_dir: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    view = admin_view
    assert not view.reset_button.isEnabled() and not view.remove_button.isEnabled()
    _select(view, COUNSELLOR2[0])
    assert view.reset_button.isEnabled() and view.remove_button.isEnabled()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))

    def new_password(dialog: NewPasswordDialog) -> None:
        qtbot.keyClicks(dialog.password.edit, "granite meadow 8841")
        qtbot.keyClicks(dialog.password.repeat, "granite meadow 8841")
        dialog.accept()

    when_modal(NewPasswordDialog, new_password)
    view.reset_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=15000)
    setup.login(team_dir, COUNSELLOR2[0], "granite meadow 8841", kdf=CHEAP_KDF).close()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("left the shelter", True))
    _select(view, COUNSELLOR2[0])
    view.remove_button.click()
    qtbot.waitUntil(lambda: any(view.users_model.row(i).username == COUNSELLOR2[0]
                                and not view.users_model.row(i).active
                                for i in range(view.users_model.rowCount())), timeout=20000)


def test_backup_then_restore_from_the_page(qtbot: QtBot, admin_view: AdministrationView,
                                           tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    view = admin_view
    target = tmp_path / "nightly.sdbackup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.backup_button.click()
    qtbot.waitUntil(lambda: target.exists() and str(target) in view.backup_status.text(),
                    timeout=20000)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (DIRECTOR_PASSWORD, True))
    with qtbot.waitSignal(view.restored, timeout=30000):
        view.restore_button.click()
    assert view.ws is not None and view.ws.closed  # log in again after a restore


def test_a_new_recovery_code_is_shown_once(qtbot: QtBot, admin_view: AdministrationView,
                                           team_dir: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    codes: list[str] = []

    def read(dialog: RecoveryCodeDialog) -> None:
        codes.append(_code_of(dialog))
        dialog.accept()

    when_modal(RecoveryCodeDialog, read)
    admin_view.recovery_button.click()
    qtbot.waitUntil(lambda: bool(codes), timeout=15000)
    setup.login_with_recovery(team_dir, codes[0], kdf=CHEAP_KDF).close()


def _code_of(dialog: QDialog) -> str:
    from PySide6.QtWidgets import QLabel

    label = dialog.findChild(QLabel, "recovery_code")
    assert label is not None
    return label.text()


def test_change_my_own_password(qtbot: QtBot, team_dir: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    controller = open_app(qtbot, team_dir, *COUNSELLOR1)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))

    def change(dialog: NewPasswordDialog) -> None:
        qtbot.keyClicks(dialog.current, COUNSELLOR1[1])
        qtbot.keyClicks(dialog.password.edit, "harbour lights 9917")
        qtbot.keyClicks(dialog.password.repeat, "harbour lights 9917")
        dialog.accept()

    when_modal(NewPasswordDialog, change)
    controller.window.password_action.trigger()  # from the Account menu: counsellors too
    qtbot.waitUntil(lambda: bool(shown), timeout=15000)
    controller.shutdown()
    setup.login(team_dir, COUNSELLOR1[0], "harbour lights 9917", kdf=CHEAP_KDF).close()


def test_settings_save_the_idle_lock_for_everyone(qtbot: QtBot,
                                                  admin_view: AdministrationView) -> None:
    tab = admin_view.settings
    qtbot.waitUntil(lambda: tab.idle.value() == 5, timeout=10000)
    tab.idle.setValue(12)
    with qtbot.waitSignal(tab.idle_changed, timeout=10000) as blocker:
        tab.save_button.click()
    assert blocker.args == [12]
    assert settings.get(admin_view.ws).idle_lock_minutes == 12  # type: ignore[arg-type]


def test_calendar_moves_between_months_and_opens_a_court_date(
        qtbot: QtBot, team_dir: Path, counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    case = judicial.open_case(counsellor1, c.id, judicial.CaseInput(
        JudicialOffice.PROSECUTOR, "Antwerpen", JudicialStage.FIRST_INSTANCE,
        TODAY - timedelta(days=100)))
    day = TODAY + timedelta(days=35)
    judicial.add_court_date(counsellor1, case.id, judicial.CourtDateInput(
        court="Correctionele rechtbank Antwerpen", on_date=day, hearing_type="pleadings"))
    controller = open_app(qtbot, team_dir, *COUNSELLOR1)
    window = controller.window
    window.show_page(PAGE_CALENDAR)
    calendar = window.calendar
    calendar.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
    calendar.refresh()
    qtbot.waitUntil(lambda: "Correctionele rechtbank Antwerpen"
                    in calendar.day_list.item(0).text(), timeout=10000)
    opened: list[tuple[int, int]] = []
    calendar.open_client.connect(lambda cid, tab: opened.append((cid, tab)))
    calendar._activated(calendar.day_list.item(0))
    assert opened and opened[0][0] == c.id
    calendar.calendar.showNextMonth()
    calendar.calendar.showPreviousMonth()
    settle(qtbot)
    controller.shutdown()


def _axis_labels(view: object) -> list[str]:
    chart = view.chart()  # type: ignore[attr-defined]
    out: list[str] = []
    for axis in chart.axes():
        if isinstance(axis, QBarCategoryAxis):
            out += axis.categories()
    return out


def test_charts_label_every_category_and_say_when_empty(qtbot: QtBot) -> None:
    empty = bar_chart("Open files by phase", ["Intake", "Annex 15"], [0, 0])
    qtbot.addWidget(empty)
    assert empty.chart().title() == "Open files by phase (none yet)"
    value_axes = [a for a in empty.chart().axes() if isinstance(a, QValueAxis)]
    assert value_axes[0].tickCount() == 2 and value_axes[0].max() == 1  # "0 1", not "0 0 1 1"
    goals = stacked_bar_chart("Autonomy goals in open files",
                              ["Housing", "Work", "Language", "Finances", "Health",
                               "Legal status", "Network", "Daily living"],
                              [("achieved", [1] * 8), ("open", [3] * 8)])
    qtbot.addWidget(goals)
    goals.resize(390, 280)
    goals.show()
    qtbot.waitExposed(goals)
    assert goals.chart().legend().alignment() == Qt.AlignmentFlag.AlignRight
    # Qt Charts elides a category label to "…" when its category is lower than the label:
    # with the legend beside the chart, each of the eight has room for its label.
    [axis] = [a for a in goals.chart().axes() if isinstance(a, QBarCategoryAxis)]
    per_category = goals.chart().plotArea().height() / len(axis.categories())
    assert per_category >= QFontMetrics(axis.labelsFont()).height() + 4, per_category


def test_dashboard_opens_files_from_its_list(qtbot: QtBot, team_dir: Path,
                                             counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    case = judicial.open_case(counsellor1, c.id, judicial.CaseInput(
        JudicialOffice.PROSECUTOR, "Antwerpen", JudicialStage.FIRST_INSTANCE,
        TODAY - timedelta(days=100)))
    judicial.add_court_date(counsellor1, case.id, judicial.CourtDateInput(
        court="Correctionele rechtbank Antwerpen", on_date=TODAY + timedelta(days=4),
        hearing_type="pleadings"))
    controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD)
    window = controller.window
    window.show_page(PAGE_DASHBOARD)
    model = window.dashboard.model

    def court_item() -> object:
        return next((model.index(i, 0) for i in range(model.rowCount())
                     if model.index(i, 1).data() == "Court date"), None)

    qtbot.waitUntil(lambda: court_item() is not None, timeout=10000)
    window.dashboard._activated(court_item())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: c.id in window.clients.files, timeout=10000)
    assert window.clients.files[c.id].tabs.currentIndex() == file_view.TAB_JUDICIAL
    controller.shutdown()


def test_dashboard_charts_keep_their_labels_and_offer_their_counts_as_tables(
        qtbot: QtBot, team_dir: Path, counsellor1: Workspace) -> None:
    """On a laptop's 697 pixels the charts were squeezed until every label read "…"; a long
    French title was cut; a screen reader had nothing to read."""
    new_client(counsellor1)
    controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD)
    try:
        window = controller.window
        window.resize(1366, 697)
        window.show_page(PAGE_DASHBOARD)
        dashboard = window.dashboard
        qtbot.waitUntil(lambda: dashboard.data is not None, timeout=10000)
        settle(qtbot, 100)
        for panel in (dashboard.phase_chart, dashboard.form_chart, dashboard.goal_chart):
            chart = panel.chart()
            [axis] = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
            per_category = chart.plotArea().height() / len(axis.categories())
            assert per_category >= QFontMetrics(axis.labelsFont()).height() + 4, \
                (panel.title.text(), per_category)
            assert panel.title.wordWrap() and panel.title.text()
            assert panel.view.accessibleName() == panel.title.text()
            assert panel.view.accessibleDescription()  # the counts, read out
        dashboard.as_tables.setChecked(True)
        table = dashboard.phase_chart.table
        assert table.isVisible() and table.rowCount() == len(
            dashboard.phase_chart.chart().axes(Qt.Orientation.Vertical)[0].categories())
        assert table.item(0, 1).text().isdigit()
    finally:
        controller.shutdown()
