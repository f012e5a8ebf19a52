"""In the app: a court date at 02:30 on the night the clocks go back asks which one is meant;
one that does not exist is refused beside the time; a director is offered the weekly seal."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from shelter_desk.domain.vocabulary import JudicialOffice, JudicialStage
from shelter_desk.services import judicial, seals, signing
from shelter_desk.ui.forms.record_dialog import RecordDialog
from shelter_desk.ui.ops import wait_for_all
from shelter_desk.ui.views.client_file import view as file_view
from tests.builders import TODAY, new_client
from tests.conftest import COUNSELLOR1, DIRECTOR, DIRECTOR_PASSWORD
from tests.ui.helpers import open_app, settle, when_modal

AUTUMN = date(2027, 10, 31)
SPRING = date(2027, 3, 28)


def _court_tab(qtbot: QtBot, team_dir: Path, counsellor1):  # type: ignore[no-untyped-def]
    c = new_client(counsellor1)
    judicial.open_case(counsellor1, c.id, judicial.CaseInput(
        JudicialOffice.PROSECUTOR, "Antwerpen", JudicialStage.FIRST_INSTANCE,
        TODAY - timedelta(days=100)))
    controller = open_app(qtbot, team_dir, *COUNSELLOR1)
    controller.window.open_client(c.id, file_view.TAB_JUDICIAL)
    qtbot.waitUntil(lambda: c.id in controller.window.clients.files, timeout=10000)
    settle(qtbot)
    tab = controller.window.clients.files[c.id].tabs.widget(file_view.TAB_JUDICIAL)
    qtbot.waitUntil(lambda: tab.cases.model.rowCount() == 1, timeout=10000)
    return c, tab


def _fill(qtbot: QtBot, d: RecordDialog, on: date) -> None:
    qtbot.keyClicks(d.form.widgets["court"], "Rechtbank Antwerpen")
    d.form.set_value("on_date", on)
    d.form.set_value("at_time", time(2, 30))
    d.form.set_value("hearing_type", "pleadings")


def test_a_repeated_time_asks_which_one_and_stores_that_instant(
    qtbot: QtBot, team_dir: Path, counsellor1  # type: ignore[no-untyped-def]
) -> None:
    c, tab = _court_tab(qtbot, team_dir, counsellor1)
    asked: list[str] = []

    def answer(box: QMessageBox) -> None:
        asked.append(box.text())
        after = next(b for b in box.buttons() if "After the change" in b.text())
        after.click()

    def fill(d: RecordDialog) -> None:
        _fill(qtbot, d, AUTUMN)
        when_modal(QMessageBox, answer)
        d.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    when_modal(RecordDialog, fill)
    qtbot.mouseClick(tab.court_dates.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.court_dates.model.rowCount() == 1, timeout=10000)
    assert asked and "happens twice" in asked[0]
    [hearing] = judicial.list_court_dates(counsellor1, c.id)
    assert hearing.at_utc == datetime(2027, 10, 31, 1, 30, tzinfo=UTC)
    shown = tab.court_dates.model.index(0, 1).data()
    assert shown == "02:30 (winter time)"


def test_a_time_that_does_not_exist_is_refused_beside_the_field(
    qtbot: QtBot, team_dir: Path, counsellor1  # type: ignore[no-untyped-def]
) -> None:
    _, tab = _court_tab(qtbot, team_dir, counsellor1)
    errors: list[dict[str, str]] = []

    def fill(d: RecordDialog) -> None:
        _fill(qtbot, d, SPRING)
        d.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        errors.append(d.validate())
        d.reject()

    when_modal(RecordDialog, fill)
    qtbot.mouseClick(tab.court_dates.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert "clocks go forward" in errors[0]["at_time"]
    assert tab.court_dates.model.rowCount() == 0


def test_a_director_is_offered_the_weekly_seal(
    qtbot: QtBot, team_dir: Path, director  # type: ignore[no-untyped-def]
) -> None:
    signing.demo_identity(director)
    controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD)
    # Asked in the background after login: the caseload's loads do not wait for it.
    qtbot.waitUntil(lambda: controller.seal_reminder is not None, timeout=10000)
    reminder = controller.seal_reminder
    assert reminder is not None and reminder.isVisible()
    when_modal(QMessageBox, lambda box: box.accept())
    qtbot.mouseClick(reminder.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not reminder.isVisible(), timeout=15000)
    assert [s.occasion for s in seals.list_seals(director)] == [seals.SEAL]


def test_a_counsellor_is_not_offered_it(
    qtbot: QtBot, team_dir: Path, director  # type: ignore[no-untyped-def]
) -> None:
    signing.demo_identity(director)
    controller = open_app(qtbot, team_dir, *COUNSELLOR1)
    wait_for_all(10000)
    qtbot.wait(50)  # the answer, had there been one, is delivered on the GUI thread
    assert controller.seal_reminder is None
