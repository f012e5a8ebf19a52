"""The client list's filters and saved views on screen: the model on plain rows (no database),
then the page's widgets driven as a person would (typing a date, an impossible period, a view
naming a counsellor who has left, privacy mode, French on the smallest screen)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from shelter_desk.domain.vocabulary import ClientStatus, DeadlineKind, ExploitationForm, Phase
from shelter_desk.services import client_filters, clients, saved_views, settings, users
from shelter_desk.services.clients import ClientSummary
from shelter_desk.services.deadlines import Deadline
from shelter_desk.services.folding import search_key
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import translations
from shelter_desk.ui.models.clients_table import ClientsTableModel
from shelter_desk.ui.privacy import MASK
from tests.builders import client_input, exploitation_input, referral_input
from tests.conftest import DIRECTOR, DIRECTOR_PASSWORD
from tests.ui.helpers import open_app, settle, when_modal
from tools.layout_check import clipped, squeezed

TODAY = date(2026, 11, 29)


def _row(i: int, nationality: str, phase: Phase, intake: date,
         forms: tuple[ExploitationForm, ...], due: date | None = None,
         status: ClientStatus = ClientStatus.IN_PROGRAMME) -> ClientSummary:
    code = f"PAY-2026-{i:04d}"
    return ClientSummary(
        id=i, case_code=code, first_names=f"First{i}", last_name=f"Last{i}",
        nationality=nationality, counsellor="Counsellor One", status=status, phase=phase,
        intake_date=intake, is_minor=False,
        next_deadline=Deadline(due, DeadlineKind.COURT_DATE, i, code, (), "", due)
        if due else None,
        synthetic=True, search_text=search_key([code, f"First{i}", f"Last{i}"]),
        forms=frozenset(forms))


ROWS = [
    _row(1, "NG", Phase.A_CARD, date(2026, 1, 10), (ExploitationForm.SEXUAL,),
         due=TODAY - timedelta(days=1)),
    _row(2, "RO", Phase.REFLECTION_PERIOD, date(2026, 6, 1),
         (ExploitationForm.LABOUR, ExploitationForm.BEGGING), due=TODAY),
    _row(3, "NG", Phase.B_CARD, date(2026, 11, 29), (ExploitationForm.LABOUR,)),
    _row(4, "NG", Phase.CLOSED, date(2025, 3, 3), (ExploitationForm.SEXUAL,),
         due=TODAY - timedelta(days=90), status=ClientStatus.CLOSED),
]


def _shown(model: ClientsTableModel) -> list[int]:
    return [r.id for r in model.rows]


def test_each_filter_narrows_the_list_alone_and_together() -> None:
    model = ClientsTableModel(TODAY)
    model.set_rows(ROWS)
    model.set_status("")
    cases = [
        (client_filters.make(phase="a_card"), [1]),
        (client_filters.make(nationality="ng"), [1, 3, 4]),
        (client_filters.make(exploitation="labour"), [2, 3]),
        (client_filters.make(intake_from="2026-06-01"), [2, 3]),
        (client_filters.make(intake_to="2026-06-01"), [1, 2, 4]),
        # Due today is not yet overdue.
        (client_filters.make(overdue=True), [1, 4]),
        (client_filters.make(nationality="NG", exploitation="sexual", overdue=True), [1, 4]),
        (client_filters.make(intake_from="2026-11-29", intake_to="2026-11-29"), [3]),
        (client_filters.ClientFilter(), [1, 2, 3, 4]),
    ]
    for f, expected in cases:
        model.set_filters(f)
        assert _shown(model) == expected, f
    # With the status filter's default the closed file goes.
    model.set_status("open")
    model.set_filters(client_filters.make(overdue=True))
    assert _shown(model) == [1]


def test_filters_and_search_and_order_keep_each_other() -> None:
    model = ClientsTableModel(TODAY)
    model.set_rows(ROWS)
    model.set_status("")
    model.set_filters(client_filters.make(nationality="NG"))
    model.set_query("last")
    assert _shown(model) == [1, 3, 4]
    model.set_query("last3")  # narrower: searched within the rows shown
    assert _shown(model) == [3]
    model.set_query("last")
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert _shown(model) == [4, 3, 1]
    model.set_rows(ROWS)  # a reload keeps every filter
    assert _shown(model) == [4, 3, 1]
    model.today = TODAY + timedelta(days=1)  # the day after, 2's deadline has passed
    model.set_filters(client_filters.make(overdue=True))
    assert _shown(model) == [4, 2, 1]


def _team(director: Workspace) -> dict[str, ClientSummary]:
    made = {}
    for first, nat, who, days in (("Elena", "RO", "counsellor1", 300),
                                  ("Blessing", "NG", "counsellor2", 20),
                                  ("Joy", "NG", "counsellor1", 5)):
        made[first] = clients.intake(
            director, client_input(first_names=first, last_name="Test", nationality=nat,
                                   aliases=[], counsellor=who,
                                   intake_date=TODAY_REAL - timedelta(days=days)),
            referral_input(outcome="admitted"))
    clients.save_exploitation(director, made["Joy"].id, exploitation_input(
        forms=[ExploitationForm.LABOUR], loverboy_method=False, sector="construction"))
    return made


TODAY_REAL = date.today()


def _codes(page) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(r.case_code for r in page.model.rows)


def test_filters_on_the_page_and_a_view_kept_for_next_time(
        qtbot: QtBot, team_dir: Path, director: Workspace) -> None:
    made = _team(director)
    controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD)
    page = controller.window.clients
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10000)
    assert page.filter_panel.isHidden()
    page.more_button.click()
    assert not page.filter_panel.isHidden()
    # The nationalities offered are those of the clients, by name.
    offered = [page.nationality.itemData(i) for i in range(page.nationality.count())]
    assert offered == ["", "NG", "RO"]
    page.nationality.setCurrentIndex(page.nationality.findData("NG"))
    assert _codes(page) == sorted([made["Blessing"].case_code, made["Joy"].case_code])
    assert "(1)" in page.more_button.text()
    page.exploitation.setCurrentIndex(page.exploitation.findData("labour"))
    assert _codes(page) == [made["Joy"].case_code]
    assert "(2)" in page.more_button.text()
    page.exploitation.setCurrentIndex(0)
    # A date typed, not picked, as the user's locale writes it, with a dash for a separator.
    page.intake_from.setFocus()
    start = TODAY_REAL - timedelta(days=10)
    typed = QDate(start).toString(page.intake_from.displayFormat())
    qtbot.keyClicks(page.intake_from, re.sub(r"[/. ]", "-", typed))
    assert page.model.rowCount() == 2  # nothing half-typed applied
    qtbot.keyClick(page.intake_from, Qt.Key.Key_Tab)
    settle(qtbot)
    assert page.intake_from.value() == start
    assert _codes(page) == [made["Joy"].case_code]
    # An end before the start: said in words, and the end left out (not an empty list).
    page.intake_to.set_value(start - timedelta(days=1))
    assert page.filter_problem.text()
    assert _codes(page) == [made["Joy"].case_code]
    page.intake_to.set_value(None)
    assert not page.filter_problem.text()
    # Saved as a view.
    when_modal(QInputDialog, lambda d: (d.setTextValue("Recent Nigerians"), d.accept()))
    page.save_view_button.click()
    settle(qtbot)
    assert [v.name for v in saved_views.list_views(director)] == ["Recent Nigerians"]
    assert page.views.currentText() == "Recent Nigerians"
    # Changing a filter by hand leaves the view; clearing brings every client back.
    page.clear_filters()
    assert page.views.currentIndex() == 0
    assert page.model.rowCount() == 3
    assert page.more_button.text() == page.more_button.text().split(" (")[0]
    controller.shutdown()

    # Next time (on any workstation: the view is in the database) it is there to pick.
    controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD)
    page = controller.window.clients
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and page.views.count() == 2,
                    timeout=10000)
    page.views.setCurrentIndex(1)
    page.views.activated.emit(1)
    assert _codes(page) == [made["Joy"].case_code]
    assert page.intake_from.value() == start
    assert not page.filter_panel.isHidden()
    # Privacy mode hides the names of the filtered rows too.
    qtbot.keyClick(controller.window, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert {page.model.index(r, 1).data() for r in range(page.model.rowCount())} == {MASK}
    # So does the view's name (typed by staff, it may name a client): numbered instead, still
    # the one picked, and Save as view does not show it either.
    shown = [page.views.itemText(i) for i in range(page.views.count())]
    assert shown[1] == "View 1" and not any("Nigerians" in t for t in shown)
    assert page.views.currentIndex() == 1
    offered: list[str] = []
    when_modal(QInputDialog, lambda d: (offered.append(d.textValue()), d.accept()))
    page.save_view_button.click()
    settle(qtbot)
    # Offered as shown; kept as it is, it replaces the view picked under its own name.
    assert offered == ["View 1"]
    assert [v.name for v in saved_views.list_views(director)] == ["Recent Nigerians"]
    assert page.views.itemText(1) == "View 1" and page.views.count() == 2
    controller.window.bus.set_privacy(False)
    assert page.views.itemText(1) == "Recent Nigerians" and page.views.currentIndex() == 1
    page.delete_view_button.click()
    settle(qtbot)
    assert saved_views.list_views(director) == []
    assert page.views.count() == 1 and not page.delete_view_button.isEnabled()
    controller.shutdown()


def test_a_view_naming_a_counsellor_who_has_left(
        qtbot: QtBot, team_dir: Path, director: Workspace, admin_only: Workspace) -> None:
    made = _team(director)
    saved_views.save_view(director, "Counsellor two's", saved_views.ViewSettings(
        status="open", counsellor="counsellor2"))
    controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD)
    page = controller.window.clients
    qtbot.waitUntil(lambda: page.views.count() == 2 and page.counsellor.count() > 1,
                    timeout=10000)
    page.views.activated.emit(1)
    assert _codes(page) == [made["Blessing"].case_code]
    controller.shutdown()
    users.remove_user(admin_only, "counsellor2", "left the shelter")
    controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD)
    page = controller.window.clients
    qtbot.waitUntil(lambda: page.views.count() == 2 and page.model.rowCount() == 3,
                    timeout=10000)
    settle(qtbot)
    page.views.activated.emit(1)
    assert "counsellor2" in page.filter_problem.text()
    assert page.counsellor.currentIndex() == 0
    assert page.model.rowCount() == 3
    controller.shutdown()


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_the_open_panel_fits_the_smallest_screen_in_every_language(
        qtbot: QtBot, team_dir: Path, director: Workspace, language: str) -> None:
    _team(director)
    settings.set_my_language(director, language)  # the window opens in it
    controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD)
    try:
        window = controller.window
        assert window.clients.more_button.text() != "&More filters" or language == "en"
        window.resize(1280, 649)
        page = window.clients
        page.more_button.setChecked(True)
        settle(qtbot, 100)
        QApplication.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 649, hint
        assert clipped(page) == [] and squeezed(page) == []
        assert page.table.height() > 300  # the list keeps its room
    finally:
        controller.shutdown()
        translations.install("en")
