"""The Reports page works on a client chosen from the list, never on what happens to be typed
(issue 9): a typed name signed the previous client's report under the typed name. Also the
export dialog, the passphrase's Copy and Print, and printing that never writes a file."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from shelter_desk.app import AppController
from shelter_desk.reports import casefile
from shelter_desk.services import clients, signing
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import clipboard
from shelter_desk.ui.dialogs.export_dialogs import ExportDialog, PassphraseDialog
from shelter_desk.ui.views.reports_page import ReportsPage
from tests.builders import new_client
from tests.conftest import DIRECTOR, DIRECTOR_PASSWORD
from tests.ui.helpers import open_app, settle, shut_down

Opener = Callable[[int], ReportsPage]
Clients = tuple[clients.ClientSummary, ...]


@pytest.fixture
def two_clients(counsellor1: Workspace, director: Workspace) -> tuple[clients.ClientSummary, ...]:
    signing.demo_identity(director)
    return (new_client(counsellor1, first_names="Salma", last_name="Haddad"),
            new_client(counsellor1, first_names="Julia", last_name="Moreau"))


@pytest.fixture
def open_page(qtbot: QtBot, team_dir: Path) -> Iterator[Opener]:
    """The Reports page of a director's window, on one client; the window is shut down after
    the test whatever happens (a window left open crashes a later test)."""
    opened: list[AppController] = []

    def open_on(client_id: int) -> ReportsPage:
        controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD)
        opened.append(controller)
        controller.window.open_reports(client_id)
        page = controller.window.reports
        qtbot.waitUntil(lambda: page.chosen_client() == client_id, timeout=10000)
        return page

    yield open_on
    for controller in opened:
        shut_down(qtbot, controller)

def _actions(page: ReportsPage) -> list[bool]:
    return [b.isEnabled() for b in (page.preview_button, page.sign_button, page.export_button)]


def _type(qtbot: QtBot, page: ReportsPage, text: str) -> None:
    page.client_edit.selectAll()
    qtbot.keyClick(page.client_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(page.client_edit, text)


def test_a_typed_name_that_is_no_entry_signs_nothing(
        qtbot: QtBot, open_page: Opener, two_clients: Clients,
        monkeypatch: pytest.MonkeyPatch) -> None:
    salma, _julia = two_clients
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (asked.append(a[2]), ("", ""))[1])
    page = open_page(salma.id)
    assert _actions(page) == [True, True, True]
    _type(qtbot, page, "Julie")  # typed, never chosen: the defect signed Salma's report
    assert page.chosen_client() is None
    assert _actions(page) == [False, False, False]
    assert not page.print_button.isEnabled()
    assert page.choice_hint.isVisible() and "Julie" in page.choice_hint.text()
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    page.sign_and_save()  # even called directly, nothing happens without a chosen client
    assert asked == []
    assert "Choose a client from the list" in page.status.text()


def test_an_empty_box_disables_the_actions_without_an_error(
        qtbot: QtBot, open_page: Opener, two_clients: Clients) -> None:
    page = open_page(two_clients[0].id)
    _type(qtbot, page, "")
    assert page.chosen_client() is None and _actions(page) == [False, False, False]
    page.sign_and_save()
    page.export_case_file()
    page.preview()  # the defect: an IndexError from an empty box
    settle(qtbot)
    assert page.preview_view.page_count() == 0


def test_changing_the_choice_clears_the_preview(
        qtbot: QtBot, open_page: Opener, two_clients: Clients) -> None:
    salma, julia = two_clients
    page = open_page(salma.id)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview_view.page_count() > 0, timeout=20000)
    assert page.print_button.isEnabled()
    page.select_client(julia.id)
    assert page.preview_view.page_count() == 0 and page.current_pdf is None
    assert not page.print_button.isEnabled()
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview_view.page_count() > 0, timeout=20000)
    assert julia.case_code in page.status.text()
    page.language.setCurrentIndex(page.language.findData("en"))  # another language: stale
    assert page.preview_view.page_count() == 0


def test_a_preview_that_lands_after_the_choice_changed_is_not_shown(
        qtbot: QtBot, open_page: Opener, two_clients: Clients) -> None:
    salma, julia = two_clients
    page = open_page(salma.id)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    page.select_client(julia.id)  # before Salma's report comes back
    settle(qtbot, 300)
    assert page.preview_view.page_count() == 0


def test_a_case_code_typed_in_full_is_a_choice(
        qtbot: QtBot, open_page: Opener, two_clients: Clients) -> None:
    salma, julia = two_clients
    page = open_page(salma.id)
    _type(qtbot, page, julia.case_code.lower())
    qtbot.keyClick(page.client_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.chosen_client() == julia.id, timeout=5000)
    assert _actions(page) == [True, True, True]


def test_suggested_file_names_carry_the_case_code_and_date_only(
        qtbot: QtBot, open_page: Opener, two_clients: Clients,
        monkeypatch: pytest.MonkeyPatch) -> None:
    salma, _ = two_clients
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (asked.append(a[2]), ("", ""))[1])
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    page = open_page(salma.id)
    page.language.setCurrentIndex(page.language.findData("fr"))
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    today = date.today().isoformat()
    assert asked == [f"{salma.case_code}-progress-report-fr-{today}.pdf",
                     f"{salma.case_code}-case-file-{today}.zip"]
    assert not any("Salma" in name or "Haddad" in name for name in asked)


def test_exporting_from_the_page_gives_a_case_file_that_verifies(
        qtbot: QtBot, open_page: Opener, two_clients: Clients,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, director: Workspace) -> None:
    salma, _ = two_clients
    target = tmp_path / "export.zip"
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(PassphraseDialog, "exec",
                        lambda self: (shown.append(self.passphrase), 0)[1])
    page = open_page(salma.id)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    data = target.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert all(i.flag_bits & 1 for i in zf.infolist())  # encrypted: the default
    verdict = casefile.verify_case_file(data, signing.root_pem(director), shown[0])
    assert verdict.ok, verdict.problems
    assert salma.case_code in page.status.text()


def test_the_export_dialog_prefers_encryption_and_escape_cancels(qtbot: QtBot) -> None:
    dialog = ExportDialog("PAY-2026-0001")
    qtbot.addWidget(dialog)
    assert dialog.encrypt()
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    dialog.recipient.setText("  Parquet de Liège  ")
    assert dialog.recipient_text() == "Parquet de Liège"
    dialog.plain.setChecked(True)
    assert not dialog.encrypt()


def test_copy_puts_the_passphrase_on_the_clipboard_marked_secret(qtbot: QtBot) -> None:
    dialog = PassphraseDialog("PAY-2026-0001", "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    board = QGuiApplication.clipboard()
    assert board.text() == "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ"
    mime = board.mimeData()
    assert mime is not None and bytes(mime.data("x-kde-passwordManagerHint")) == b"secret"
    assert "60" in dialog.status.text()


def test_the_clipboard_forgets_our_copy_but_not_what_replaced_it(qtbot: QtBot) -> None:
    board = QGuiApplication.clipboard()
    clipboard.copy_secret("secret one", seconds=0)
    qtbot.waitUntil(lambda: board.text() == "", timeout=3000)
    clipboard.copy_secret("secret two", seconds=0)
    board.setText("the user copied something else")
    qtbot.wait(100)
    assert board.text() == "the user copied something else"


def test_printing_without_a_printer_says_so_and_writes_no_file(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from shelter_desk.ui import printing

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(printing.QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    dialog = PassphraseDialog("PAY-2026-0001", "ABCD")
    qtbot.addWidget(dialog)
    monkeypatch.chdir(tmp_path)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert said and "never to a file" in said[0]
    assert list(tmp_path.iterdir()) == []


def test_a_client_made_after_login_is_in_the_list_and_can_be_chosen(
        qtbot: QtBot, open_page: Opener, two_clients: Clients, counsellor1: Workspace) -> None:
    """Found by a fresh-eyes review: the list knew only the clients there at login."""
    page = open_page(two_clients[0].id)
    later = new_client(counsellor1, first_names="Nadia", last_name="Later")
    page.bus.publish(later.changes)  # as the new-client wizard announces it
    page.window().open_reports(later.id)  # the file's "Make a progress report…"
    qtbot.waitUntil(lambda: page.chosen_client() == later.id, timeout=10000)
    assert later.case_code in page.client.currentText()


def test_the_status_line_is_red_only_for_the_failure_it_reports(
        qtbot: QtBot, open_page: Opener, two_clients: Clients) -> None:
    page = open_page(two_clients[0].id)
    page._refused(RuntimeError("wrong passphrase"))
    assert page.status.property("error") is True
    page.preview()
    qtbot.waitUntil(lambda: "Preview of" in page.status.text(), timeout=15000)
    assert page.status.property("error") is False
    page.select_client(two_clients[1].id)  # another client: what was said no longer holds
    assert page.status.text() == ""


def test_the_report_language_offered_is_the_district_s(
        qtbot: QtBot, open_page: Opener, two_clients: Clients, counsellor1: Workspace) -> None:
    from shelter_desk.domain.vocabulary import JudicialOffice, JudicialStage
    from shelter_desk.services import judicial
    from tests.builders import AGO

    judicial.open_case(counsellor1, two_clients[1].id, judicial.CaseInput(
        JudicialOffice.PROSECUTOR, "Liège", JudicialStage.JUDICIAL_INVESTIGATION, AGO))
    judicial.open_case(counsellor1, two_clients[0].id, judicial.CaseInput(
        JudicialOffice.LABOUR_AUDITOR, "Antwerpen", JudicialStage.JUDICIAL_INVESTIGATION, AGO))
    page = open_page(two_clients[1].id)
    qtbot.waitUntil(lambda: page.language.currentData() == "fr", timeout=10000)
    page.select_client(two_clients[0].id)
    qtbot.waitUntil(lambda: page.language.currentData() == "nl", timeout=10000)
