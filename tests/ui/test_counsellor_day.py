"""A counsellor's day, driven through the real widgets: new client, session, consent, a breach,
a court date that shows up on the dashboard and the calendar, searching, privacy mode."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard
from pytestqt.qtbot import QtBot

from shelter_desk.domain.vocabulary import (
    ClientStatus,
    Condition,
    ConsentPurpose,
    JudicialOffice,
    JudicialStage,
)
from shelter_desk.services import clients, consent, judicial
from shelter_desk.ui.dialogs.new_client_wizard import NewClientWizard
from shelter_desk.ui.forms.record_dialog import RecordDialog
from shelter_desk.ui.main_window import PAGE_ADMINISTRATION, PAGE_CALENDAR, PAGE_DASHBOARD
from shelter_desk.ui.privacy import MASK
from shelter_desk.ui.views.client_file import view as file_view
from tests.builders import TODAY, new_client
from tests.conftest import COUNSELLOR1, DIRECTOR, DIRECTOR_PASSWORD
from tests.ui.helpers import open_app, settle, when_modal


def _save(dialog: RecordDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _open_file(qtbot: QtBot, controller, client_id: int, tab: int):  # type: ignore[no-untyped-def]
    controller.window.open_client(client_id, tab)
    qtbot.waitUntil(lambda: client_id in controller.window.clients.files, timeout=10000)
    view = controller.window.clients.files[client_id]
    settle(qtbot)
    return view


def test_counsellor_sees_own_clients_and_no_administration(
    qtbot: QtBot, team_dir: Path, counsellor1, counsellor2  # type: ignore[no-untyped-def]
) -> None:
    mine = new_client(counsellor1)
    new_client(counsellor2, first_names="Blessing", last_name="Okafor", nationality="NG",
               languages=["en"])
    controller = open_app(qtbot, team_dir, *COUNSELLOR1)
    window = controller.window
    assert window.nav_items[PAGE_ADMINISTRATION].isHidden()
    assert not window.nav_items[PAGE_DASHBOARD].isHidden()
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 1, timeout=10000)
    assert [r.id for r in window.clients.model.rows] == [mine.id]
    assert not window.clients.counsellor.isVisible()
    controller.shutdown()


def test_new_client_through_the_wizard(qtbot: QtBot, team_dir: Path) -> None:
    controller = open_app(qtbot, team_dir, *COUNSELLOR1)
    window = controller.window

    def fill(wizard: NewClientWizard) -> None:
        page = wizard.client_page.form
        qtbot.keyClicks(page.widgets["first_names"], "Ioana")
        page.widgets["last_name"].insert("Stănescu")  # QTest types ASCII only
        page.set_value("nationality", "RO")
        page.set_value("languages", ["ro"])
        page.set_value("intake_date", TODAY - timedelta(days=2))
        # no silent default for sex / gender, and no date of birth of today
        assert page.value("gender") is None and page.value("birth_date") is None
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        page.set_value("gender", "female")
        assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        wizard.next()
        # Nobody like her: after the look for possible duplicates, straight to the referral.
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.referral_page, timeout=10000)
        ref = wizard.referral_page.form
        ref.set_value("referred_on", TODAY - timedelta(days=3))
        ref.set_value("service", "social_inspection")
        ref.set_value("outcome", "admitted")
        wizard.next()
        exp = wizard.exploitation_page.form
        assert not wizard.exploitation_page.isComplete()  # no form of exploitation ticked
        exp.set_value("forms", ["labour"])
        exp.set_value("sector", "car_wash")
        assert wizard.exploitation_page.isComplete()
        wizard.next()
        c = wizard.consent_page
        c.boxes[ConsentPurpose.SHARE_PROSECUTOR].setChecked(True)
        c.form.set_value("language", "ro")
        c.form.set_value("document_reference", "CF-UI-1")
        wizard.button(QWizard.WizardButton.FinishButton).click()

    when_modal(NewClientWizard, fill)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.clients.files) == 1, timeout=15000)
    created = next(iter(window.clients.files.values())).summary
    assert created.status == ClientStatus.IN_PROGRAMME and created.last_name == "Stănescu"
    state = consent.current_state(controller.ws, created.id)  # type: ignore[arg-type]
    assert state[ConsentPurpose.SHARE_PROSECUTOR].granted
    controller.shutdown()


def test_add_a_session_grant_and_withdraw_consent_record_a_breach(
    qtbot: QtBot, team_dir: Path, counsellor1  # type: ignore[no-untyped-def]
) -> None:
    c = new_client(counsellor1)
    controller = open_app(qtbot, team_dir, *COUNSELLOR1)
    view = _open_file(qtbot, controller, c.id, file_view.TAB_SESSIONS)
    sessions = view.tabs.widget(file_view.TAB_SESSIONS)
    assert sessions.model.rowCount() == 0

    def fill_session(d: RecordDialog) -> None:
        d.form.set_value("duration_minutes", 45)
        d.form.set_value("kind", "legal_accompaniment")
        d.form.set_value("client_stopped", True)
        qtbot.keyClicks(d.form.widgets["confidential_notes"], "Prepared the hearing.")
        _save(d)

    when_modal(RecordDialog, fill_session)
    qtbot.mouseClick(sessions.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sessions.model.rowCount() == 1, timeout=10000)
    assert sessions.model.rows[0].client_stopped

    tab = view.tabs.widget(file_view.TAB_CONSENT)
    view.tabs.setCurrentIndex(file_view.TAB_CONSENT)

    def grant(d: RecordDialog) -> None:
        d.form.set_value("purpose", "share_police")
        d.form.set_value("language", "ro")
        _save(d)

    when_modal(RecordDialog, grant)
    qtbot.mouseClick(tab.table.add_button, Qt.MouseButton.LeftButton)
    label = tab.state_labels[ConsentPurpose.SHARE_POLICE]
    qtbot.waitUntil(lambda: "given" in label.text(), timeout=10000)

    def withdraw(d: RecordDialog) -> None:
        # only what is in force is offered, and nothing is chosen for the counsellor
        purposes = d.form.widgets["purpose"]
        offered = {purposes.itemData(i) for i in range(purposes.count())}
        assert offered == {"programme_support", "share_police"}
        assert d.form.value("purpose") is None
        d.form.set_value("purpose", "share_police")
        d.form.set_value("language", "ro")
        _save(d)

    when_modal(RecordDialog, withdraw)
    qtbot.mouseClick(tab.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "withdrawn" in label.text(), timeout=10000)

    conditions_tab = view.tabs.widget(file_view.TAB_CONDITIONS)
    seen_error: list[str] = []

    def breach(d: RecordDialog) -> None:
        d.form.set_value("status", "breach")
        _save(d)  # refused: no evidence yet
        seen_error.append(d.form.errors["evidence"].text())
        qtbot.keyClicks(d.form.widgets["evidence"], "Met the exploiter at the station.")
        d.form.set_value("notified_prosecutor", True)
        _save(d)

    when_modal(RecordDialog, breach)
    qtbot.mouseClick(conditions_tab.table.add_button, Qt.MouseButton.LeftButton)
    card = conditions_tab.cards[Condition.NO_CONTACT]
    qtbot.waitUntil(lambda: "Breach" in card.text(), timeout=10000)
    assert seen_error == ["Is required for a concern or a breach"]
    controller.shutdown()


def test_a_court_date_appears_on_the_dashboard_and_the_calendar(
    qtbot: QtBot, team_dir: Path, counsellor1  # type: ignore[no-untyped-def]
) -> None:
    c = new_client(counsellor1)
    judicial.open_case(counsellor1, c.id, judicial.CaseInput(
        JudicialOffice.PROSECUTOR, "Antwerpen", JudicialStage.FIRST_INSTANCE,
        TODAY - timedelta(days=100)))
    controller = open_app(qtbot, team_dir, *COUNSELLOR1)
    view = _open_file(qtbot, controller, c.id, file_view.TAB_JUDICIAL)
    tab = view.tabs.widget(file_view.TAB_JUDICIAL)
    qtbot.waitUntil(lambda: tab.cases.model.rowCount() == 1, timeout=10000)
    hearing_day = TODAY + timedelta(days=5)

    def fill(d: RecordDialog) -> None:
        qtbot.keyClicks(d.form.widgets["court"], "Correctionele rechtbank Antwerpen")
        d.form.set_value("on_date", hearing_day)
        d.form.set_value("hearing_type", "pleadings")
        d.form.set_value("attendance_required", True)
        _save(d)

    when_modal(RecordDialog, fill)
    qtbot.mouseClick(tab.court_dates.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.court_dates.model.rowCount() == 1, timeout=10000)

    window = controller.window
    window.show_page(PAGE_DASHBOARD)
    dashboard = window.dashboard

    def court_items() -> list[str]:
        out = []
        model = dashboard.model
        for i in range(model.rowCount()):
            if "Correctionele rechtbank Antwerpen" in (model.index(i, 3).data() or ""):
                out.append(model.index(i, 1).data())
        return out

    qtbot.waitUntil(lambda: court_items() == ["Court date"], timeout=10000)
    window.show_page(PAGE_CALENDAR)
    window.calendar.calendar.setSelectedDate(
        QDate(hearing_day.year, hearing_day.month, hearing_day.day))
    window.calendar.refresh()
    qtbot.waitUntil(lambda: any(
        "Correctionele rechtbank Antwerpen" in window.calendar.day_list.item(i).text()
        for i in range(window.calendar.day_list.count())), timeout=10000)
    assert window.calendar.calendar.counts[hearing_day][0] == 1
    controller.shutdown()


def test_filter_the_list_and_privacy_mode(qtbot: QtBot, team_dir: Path, director) -> None:  # type: ignore[no-untyped-def]
    from tests.builders import client_input, referral_input

    for first, last, nat in (("Elena", "Stănescu", "RO"), ("Blessing", "Okafor", "NG"),
                             ("Мария", "Иванова", "BG")):
        clients.intake(director, client_input(first_names=first, last_name=last,
                                              nationality=nat, aliases=[],
                                              counsellor="counsellor1"),
                       referral_input(outcome="admitted"))
    controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD)
    page = controller.window.clients
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10000)
    controller.window.find_client()
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "STANESCU")
    assert page.model.rowCount() == 1
    page.search.clear()
    page.search.insert("мар")  # QTest types ASCII only
    assert page.model.rowCount() == 1
    page.search.clear()
    assert page.model.rowCount() == 3
    qtbot.keyClick(controller.window, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    names = {page.model.index(r, 1).data() for r in range(page.model.rowCount())}
    codes = {page.model.index(r, 0).data() for r in range(page.model.rowCount())}
    assert names == {MASK} and all(code.startswith("PAY-") for code in codes)
    assert controller.window.privacy_label.text()
    controller.shutdown()
