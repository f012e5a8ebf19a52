"""The app around the pages, as a new user meets it (issue 11): the language before and after
logging in, Belgian dates, the Account menu for everyone, menus by role, the lock that keeps
the open files, logging out, and the switches that used to log errors."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from shelter_desk.app import AppController
from shelter_desk.services import setup
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import translations, workstation
from shelter_desk.ui.dialogs.first_run import FirstRunWizard
from shelter_desk.ui.dialogs.login_dialog import LoginDialog
from shelter_desk.ui.dialogs.my_settings import MySettingsDialog
from shelter_desk.ui.formatting import format_date
from shelter_desk.ui.main_window import (
    PAGE_ADMINISTRATION,
    PAGE_CALENDAR,
    PAGE_CLIENTS,
    PAGE_DASHBOARD,
    PAGE_REPORTS,
)
from shelter_desk.ui.views.client_file import view as file_view
from tests.builders import new_client
from tests.conftest import CHEAP_KDF, COUNSELLOR1, DIRECTOR, DIRECTOR_PASSWORD
from tests.ui.helpers import open_app, settle, when_modal


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    translations.install("en")
    workstation.remember_login_language("en")


@pytest.fixture(autouse=True)
def cheap_logins(monkeypatch: pytest.MonkeyPatch) -> None:
    real_login = setup.login
    monkeypatch.setattr(setup, "login",
                        lambda d, u, p, kdf=CHEAP_KDF, **kw: real_login(d, u, p, kdf, **kw))


def test_english_dates_are_belgian_whatever_the_system_locale() -> None:
    QLocale.setDefault(QLocale.c())  # what a bare Linux gives: "18 10 2026"
    translations.install("en")
    assert format_date(date(2026, 10, 18)) == "18/10/2026"
    QLocale.setDefault(QLocale("en_US"))  # an American Windows: "10/18/26"
    translations.install("en")
    assert format_date(date(2026, 10, 18)) == "18/10/2026"


def test_the_login_dialog_offers_three_languages_and_speaks_the_chosen_one(
        qtbot: QtBot, data_dir: Path) -> None:
    translations.install("en")
    dialog = LoginDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.language.combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["en", "nl", "fr"]
    assert dialog.user_label.text() == "&User name"
    combo.setCurrentIndex(combo.findData("fr"))
    qtbot.waitUntil(lambda: dialog.user_label.text() == "Nom d'&utilisateur", timeout=3000)
    assert dialog.ok_button.text() == "Se connecter"
    assert dialog.windowTitle() != "shelter_desk: log in"
    assert workstation.login_language() == "fr"  # the next start begins in French
    combo.setCurrentIndex(combo.findData("nl"))
    qtbot.waitUntil(lambda: dialog.ok_button.text() == "Aanmelden", timeout=3000)


def test_the_first_run_wizard_and_the_window_after_it_follow_the_language_chosen(
        qtbot: QtBot, tmp_path: Path) -> None:
    translations.install("en")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = AppController(app, tmp_path / "new", idle_minutes=60)

    def fill(wizard: FirstRunWizard) -> None:
        box = wizard.shelter_page.language
        box.setCurrentIndex(box.findData("fr"))
        QApplication.processEvents()  # the language change is an event to every window
        assert wizard.shelter_page.question.text() == "De quel centre s'agit-il ?"
        assert wizard.windowTitle() == "shelter_desk : premier démarrage"
        wizard.shelter_page.choices["Sürya"].click()
        wizard.next()
        page = wizard.director_page
        assert page.title() == "Le compte de la direction"
        qtbot.keyClicks(page.username, "directrice")
        qtbot.keyClicks(page.display_name, "Mme la Directrice (test)")
        qtbot.keyClicks(page.password.edit, "meuse river lantern 4821")
        qtbot.keyClicks(page.password.repeat, "meuse river lantern 4821")
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=20000)
        recovery = wizard.recovery_page
        qtbot.keyClicks(recovery.confirm, "ZZZZZ")  # a whole group, the wrong one
        assert recovery.mismatch.isVisible() and "groupe" in recovery.mismatch.text()
        recovery.confirm.clear()
        qtbot.keyClicks(recovery.confirm, recovery.code.split("-")[recovery.group])
        assert not recovery.mismatch.isVisible()
        wizard.button(QWizard.WizardButton.FinishButton).click()

    when_modal(FirstRunWizard, fill, timeout_ms=40000)
    assert controller.start()
    window = controller.window
    assert controller.window_language == "fr"
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Compte" in menus and "&Account" not in menus
    assert window.nav_items[PAGE_DASHBOARD].text() == "Tableau de bord"
    controller.shutdown()


def test_counsellors_change_their_own_language_from_the_account_menu(
        qtbot: QtBot, team_dir: Path) -> None:
    controller = open_app(qtbot, team_dir, *COUNSELLOR1)
    window = controller.window
    assert window.settings_action.isVisible() and window.settings_action.isEnabled()

    def choose(dialog: MySettingsDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("nl"))
        dialog.accept()

    when_modal(MySettingsDialog, choose)
    window.settings_action.trigger()
    settle(qtbot)
    window = controller.window  # rebuilt in Dutch, on the same screen
    assert window.nav_items[PAGE_CLIENTS].text() == "Cliënten"
    assert controller.ws is not None
    from shelter_desk.services import settings

    assert settings.get(controller.ws).my_language == "nl"
    controller.shutdown()


def test_menus_and_shortcuts_offer_only_what_the_role_opens(qtbot: QtBot,
                                                            team_dir: Path) -> None:
    controller = open_app(qtbot, team_dir, *COUNSELLOR1)
    window = controller.window
    visible = {a.objectName(): a.isVisible() for a in window.page_actions}
    assert visible == {"page_dashboard": True, "page_clients": True, "page_calendar": True,
                       "page_reports": False, "page_administration": False}
    window.show_page(PAGE_CALENDAR)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == PAGE_CALENDAR  # nothing to open: nothing happens
    menus = {m.text(): [a.objectName() for a in m.menu().actions() if a.objectName()]
             for m in window.menuBar().actions()}
    assert menus["&Account"] == ["my_settings", "password", "lock", "logout"]
    assert list(menus)[-1] == "&Help"  # last, where every program has it; for every role
    assert menus["&Help"] == ["user_guide", "about"]
    controller.shutdown()
    controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD)
    assert all(a.isVisible() for a in controller.window.page_actions)
    controller.shutdown()


def test_privacy_shortcut_after_a_language_switch_raises_nothing(
        qtbot: QtBot, team_dir: Path, counsellor1: Workspace) -> None:
    """The defect: the old window's views still heard the bus ("QComboBox already deleted").
    pytest-qt fails the test on any exception raised in a slot."""
    new_client(counsellor1)
    controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD)
    controller.set_language("fr")
    settle(qtbot)
    window = controller.window
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot)
    assert window.bus.privacy and window.privacy_action.isChecked()
    assert window.privacy_label.text() != ""
    controller.shutdown()


def test_the_lock_keeps_the_open_files_and_their_tabs(qtbot: QtBot, team_dir: Path,
                                                     counsellor1: Workspace) -> None:
    a = new_client(counsellor1, first_names="Amina")
    b = new_client(counsellor1, first_names="Bilal")
    controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD)
    window = controller.window
    window.open_client(a.id, file_view.TAB_GOALS)
    qtbot.waitUntil(lambda: a.id in window.clients.files, timeout=10000)
    window.open_client(b.id, file_view.TAB_CONSENT)
    qtbot.waitUntil(lambda: b.id in window.clients.files, timeout=10000)
    window.clients.tabs.setCurrentWidget(window.clients.files[a.id])
    first = controller.ws

    def unlock(dialog: LoginDialog) -> None:
        assert not window.clients.files  # nothing of them left while locked
        qtbot.keyClicks(dialog.password_edit, DIRECTOR_PASSWORD)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(LoginDialog, unlock)
    window.lock_action.trigger()
    qtbot.waitUntil(lambda: controller.ws is not first and len(window.clients.files) == 2,
                    timeout=20000)
    files = window.clients.files
    assert files[a.id].tabs.currentIndex() == file_view.TAB_GOALS
    assert files[b.id].tabs.currentIndex() == file_view.TAB_CONSENT
    assert window.clients.tabs.currentWidget() is files[a.id]
    assert window.current_page() == PAGE_CLIENTS
    controller.shutdown()


def test_log_out_and_another_user_logs_in(qtbot: QtBot, team_dir: Path) -> None:
    controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD)
    window = controller.window
    window.show_page(PAGE_ADMINISTRATION)
    first = controller.ws

    def other_user(dialog: LoginDialog) -> None:
        assert dialog.user_edit.text() == ""  # a new person: nothing of the last one
        qtbot.keyClicks(dialog.user_edit, COUNSELLOR1[0])
        qtbot.keyClicks(dialog.password_edit, COUNSELLOR1[1])
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(LoginDialog, other_user)
    window.logout_action.trigger()
    qtbot.waitUntil(lambda: controller.ws is not None and controller.ws is not first,
                    timeout=20000)
    assert first is not None and first.closed
    window = controller.window
    assert controller.ws.actor.username == COUNSELLOR1[0]
    assert window.nav_items[PAGE_ADMINISTRATION].isHidden()
    assert window.nav_items[PAGE_REPORTS].isHidden()
    assert window.current_page() == PAGE_DASHBOARD
    controller.shutdown()
