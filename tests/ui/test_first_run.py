"""First run: a person creates the database with the wizard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from shelter_desk.services import setup
from shelter_desk.ui.dialogs.first_run import FirstRunWizard


def test_first_run_creates_the_database_and_shows_the_recovery_code_once(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data = tmp_path / "new"
    wizard = FirstRunWizard(data)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # no shelter chosen yet
    wizard.shelter_page.choices["Sürya"].click()
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    page = wizard.director_page
    assert wizard.currentPage() is page and not next_button.isEnabled()
    qtbot.keyClicks(page.username, "directrice")
    qtbot.keyClicks(page.display_name, "Mme la Directrice (test)")
    qtbot.keyClicks(page.password.edit, "short")
    assert not next_button.isEnabled()
    page.password.edit.clear()
    qtbot.keyClicks(page.password.edit, "meuse river lantern 4821")
    qtbot.keyClicks(page.password.repeat, "meuse river lantern 4821")
    assert next_button.isEnabled()
    next_button.click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=15000)
    assert data.joinpath("shelter.db").exists()
    code = wizard.recovery_page.code
    assert len(code.replace("-", "")) == 40
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    group = code.split("-")[wizard.recovery_page.group]
    qtbot.keyClicks(wizard.recovery_page.confirm, "XXXXX")
    assert not finish.isEnabled()
    wizard.recovery_page.confirm.clear()
    qtbot.keyClicks(wizard.recovery_page.confirm, group.lower())
    assert finish.isEnabled()
    finish.click()
    assert wizard.workspace is not None
    assert wizard.workspace.actor.username == "directrice"
    wizard.workspace.close()
    # The code works, and it was kept nowhere on disk.
    setup.login_with_recovery(data, code).close()
    assert not any(code.replace("-", "").encode() in p.read_bytes()
                   for p in data.rglob("*") if p.is_file())


def test_the_wizard_cannot_be_cancelled_once_the_code_is_shown(
    qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = FirstRunWizard(tmp_path / "new")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.shelter_page.choices["Payoke"].click()
    wizard.next()
    page = wizard.director_page
    page.username.setText("director")
    page.display_name.setText("Director (test)")
    page.password.edit.setText("scheldt harbour crane 77")
    page.password.repeat.setText("scheldt harbour crane 77")
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=15000)
    wizard.reject()
    assert wizard.isVisible()
    assert wizard.workspace is not None
    wizard.workspace.close()
