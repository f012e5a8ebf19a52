"""The new-client wizard shows possible duplicates before the file is made, and the counsellor
decides: open the existing file, or go on with another person's. A client of another
counsellor shows by case code and phase only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from shelter_desk.domain.vocabulary import ConsentPurpose
from shelter_desk.models.audit import AuditEntry
from shelter_desk.services import clients, duplicates
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.dialogs.new_client_wizard import NewClientWizard
from shelter_desk.ui.ops import wait_for_all
from tests.builders import AGO, new_client
from tests.conftest import COUNSELLOR1
from tests.ui.helpers import open_app, when_modal

SALMA = {"first_names": "Salma", "last_name": "Haddad", "nationality": "MA",
         "languages": ["ar"], "birth_date": date(1999, 3, 1), "aliases": []}


@pytest.fixture
def wizard(qtbot: QtBot, counsellor1: Workspace) -> Iterator[NewClientWizard]:
    w = NewClientWizard(counsellor1, None)
    qtbot.addWidget(w)
    w.show()
    yield w
    wait_for_all()


def _intake(qtbot: QtBot, wizard: NewClientWizard, first: str, last: str) -> None:
    form = wizard.client_page.form
    form.widgets["first_names"].insert(first)
    form.widgets["last_name"].insert(last)
    form.set_value("gender", "female")
    form.set_value("nationality", "MA")
    form.set_value("languages", ["ar"])
    form.set_value("birth_date", date(1999, 6, 1))
    form.set_value("intake_date", AGO)
    wizard.next()
    assert wizard.currentPage() is wizard.client_page  # looking, off the GUI thread
    qtbot.waitUntil(lambda: wizard.currentPage() is not wizard.client_page, timeout=10000)


def _rows(wizard: NewClientWizard) -> list[list[str]]:
    table = wizard.duplicates_page.table
    return [[table.topLevelItem(r).text(c) for c in range(table.columnCount())]  # type: ignore[union-attr]
            for r in range(table.topLevelItemCount())]


def test_the_warning_shows_both_without_naming_the_hidden_one(
        qtbot: QtBot, wizard: NewClientWizard, counsellor1: Workspace,
        counsellor2: Workspace) -> None:
    mine = new_client(counsellor1, **SALMA)
    theirs = new_client(counsellor2, **SALMA)
    _intake(qtbot, wizard, "Salma", "Hadad")
    page = wizard.duplicates_page
    assert wizard.currentPage() is page
    rows = {r[0]: r for r in _rows(wizard)}
    assert set(rows) == {mine.case_code, theirs.case_code}
    assert rows[mine.case_code][2:] == ["Counsellor One", "1999", "Salma Haddad"]
    assert rows[theirs.case_code][2:] == ["", "", "a client of another counsellor"]
    assert rows[theirs.case_code][1] == rows[mine.case_code][1] != ""  # the phase
    # Only the counsellor's own client can be opened; going on needs the tick.
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled() and not page.open_existing.isEnabled()
    for r in range(2):
        page.table.setCurrentItem(page.table.topLevelItem(r))
        assert page.open_existing.isEnabled() == (_rows(wizard)[r][0] == mine.case_code)


def test_stop_and_open_the_existing_file(
        qtbot: QtBot, wizard: NewClientWizard, counsellor1: Workspace) -> None:
    mine = new_client(counsellor1, **SALMA)
    _intake(qtbot, wizard, "Haddad", "Salma")
    page = wizard.duplicates_page
    page.table.setCurrentItem(page.table.topLevelItem(0))
    page.open_existing.click()
    assert not wizard.isVisible() and wizard.result() == QWizard.DialogCode.Rejected
    assert wizard.open_instead == mine.id and wizard.created is None
    assert [c.id for c in clients.list_clients(counsellor1)] == [mine.id]


def test_go_on_with_another_person_is_recorded(
        qtbot: QtBot, wizard: NewClientWizard, counsellor1: Workspace,
        counsellor2: Workspace) -> None:
    mine = new_client(counsellor1, **SALMA)
    theirs = new_client(counsellor2, **SALMA)
    _intake(qtbot, wizard, "Salma", "Haddad")
    wizard.duplicates_page.another_person.setChecked(True)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.referral_page
    wizard.referral_page.form.set_value("referred_on", AGO)
    wizard.referral_page.form.set_value("service", "police")
    wizard.next()
    wizard.exploitation_page.form.set_value("forms", ["sexual"])
    wizard.next()
    assert wizard.consent_page.boxes[ConsentPurpose.PROGRAMME_SUPPORT].isChecked()
    wizard.consent_page.form.set_value("language", "ar")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.created is not None, timeout=10000)
    created = wizard.created
    assert created is not None and created.id not in (mine.id,)
    with counsellor1.session() as s:
        went_on = s.scalars(select(AuditEntry).where(
            AuditEntry.action == clients.NOT_A_DUPLICATE)).one()
        checks = s.scalars(select(AuditEntry).where(AuditEntry.action == duplicates.CHECK)).all()
    assert went_on.client_code == created.case_code
    assert set(str(went_on.reason).split(", ")) == {mine.case_code, theirs.case_code}
    assert len(checks) == 1


def test_back_and_changed_looks_again(
        qtbot: QtBot, wizard: NewClientWizard, counsellor1: Workspace) -> None:
    new_client(counsellor1, **SALMA)
    _intake(qtbot, wizard, "Salma", "Haddad")
    assert wizard.currentPage() is wizard.duplicates_page
    wizard.back()
    wizard.client_page.form.widgets["first_names"].clear()
    wizard.client_page.form.widgets["first_names"].insert("Khadija")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.referral_page, timeout=10000)
    assert wizard.not_duplicates() == []


def test_the_app_opens_the_existing_file_instead(
        qtbot: QtBot, team_dir, counsellor1: Workspace) -> None:  # type: ignore[no-untyped-def]
    mine = new_client(counsellor1, **SALMA)
    controller = open_app(qtbot, team_dir, *COUNSELLOR1)
    window = controller.window

    def stop(w: NewClientWizard) -> None:
        _intake(qtbot, w, "Salma", "Haddad")
        w.duplicates_page.table.setCurrentItem(w.duplicates_page.table.topLevelItem(0))
        w.duplicates_page.open_existing.click()

    when_modal(NewClientWizard, stop)
    window.clients.new_client()
    qtbot.waitUntil(lambda: mine.id in window.clients.files, timeout=10000)
    assert [c.id for c in clients.list_clients(counsellor1)] == [mine.id]
    controller.shutdown()
