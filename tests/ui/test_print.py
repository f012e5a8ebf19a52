"""Printing what the screens show: the overview, the session list, the calendar's month and the
dashboard list, on A4, to a printer only.

The program never renders to a file. Here, and only here, the printer the user would choose is
replaced by a QPrinter writing a PDF (layout.choose_printer is the seam), so that pdftotext can
read what would have come out of the printer."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from datetime import time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from shelter_desk.app import AppController
from shelter_desk.domain.vocabulary import HearingType, JudicialOffice, JudicialStage
from shelter_desk.services import appointments, counselling, judicial
from shelter_desk.ui import printing, translations
from shelter_desk.ui.main_window import (
    PAGE_CALENDAR,
    PAGE_CLIENTS,
    PAGE_DASHBOARD,
)
from shelter_desk.ui.printout import layout
from shelter_desk.ui.views.client_file import view as file_view
from tests.builders import TODAY, new_client, session_input
from tests.conftest import COUNSELLOR1
from tests.ui.helpers import open_app, settle

NAME = "Stănescu"
HEARING = TODAY + timedelta(days=2)


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True,
                         text=True, check=True, timeout=60).stdout
    return unicodedata.normalize("NFKC", out)  # "ﬁ" ligatures and Arabic forms as letters


def pdf_pages(path: Path) -> tuple[int, str]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True,
                          timeout=60).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    return int(fields["Pages"]), fields["Page size"].strip()


class PdfPrinters:
    """Stands in for the print dialog: every print goes to the next PDF in a folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.made: list[Path] = []

    def __call__(self, parent: QWidget, page: QPageLayout | None = None) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        path = self.folder / f"printout-{len(self.made) + 1}.pdf"
        printer.setOutputFileName(str(path))
        if page is not None:
            printer.setPageLayout(page)
        self.made.append(path)
        return printer


@pytest.fixture
def pdfs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> PdfPrinters:
    printers = PdfPrinters(tmp_path)
    monkeypatch.setattr(layout, "choose_printer", printers)
    return printers


@pytest.fixture
def day(team_dir: Path, counsellor1: Any) -> Iterator[tuple[Path, Any]]:
    """A client with a few sessions and a hearing in two days."""
    client = new_client(counsellor1)
    for days in (40, 20, 3):
        counselling.add_session(counsellor1, client.id,
                                session_input(held_on=TODAY - timedelta(days=days)))
    case = judicial.open_case(counsellor1, client.id, judicial.CaseInput(
        JudicialOffice.PROSECUTOR, "Antwerpen", JudicialStage.FIRST_INSTANCE,
        TODAY - timedelta(days=100)))
    judicial.add_court_date(counsellor1, case.id, judicial.CourtDateInput(
        "Correctionele rechtbank Antwerpen", HEARING, HearingType.PLEADINGS))
    yield team_dir, client


def _app(qtbot: QtBot, folder: Path) -> AppController:
    translations.install("en")  # the Belgian English locale the app sets: dates dd/MM/yyyy
    controller = open_app(qtbot, folder, *COUNSELLOR1)
    assert controller.window.shelter
    return controller


def _open_file(qtbot: QtBot, controller: AppController, client_id: int, tab: int) -> Any:
    controller.window.open_client(client_id, tab)
    qtbot.waitUntil(lambda: client_id in controller.window.clients.files, timeout=10000)
    view = controller.window.clients.files[client_id]
    settle(qtbot)
    return view


def _print(qtbot: QtBot, controller: AppController, pdfs: PdfPrinters) -> Path:
    before = len(pdfs.made)
    controller.window.print_action.trigger()
    assert len(pdfs.made) == before + 1, controller.window.statusBar().currentMessage()
    assert "Sent to the printer" in controller.window.statusBar().currentMessage()
    return pdfs.made[-1]


def _common(text: str, what: str, shelter: str = "Payoke") -> None:
    assert text.splitlines()[0].startswith(shelter)
    assert what in text
    assert "Confidential" in text
    assert f"Printed {TODAY.strftime('%d/%m/%Y')}" in text and "by Counsellor One" in text
    assert "Page 1 of" in text


def test_each_view_prints_with_header_rows_and_page_numbers(
        qtbot: QtBot, day: tuple[Path, Any], pdfs: PdfPrinters, counsellor1: Any) -> None:
    folder, client = day
    controller = _app(qtbot, folder)
    window = controller.window

    window.show_page(PAGE_DASHBOARD)
    qtbot.waitUntil(lambda: window.dashboard.data is not None, timeout=10000)
    text = pdf_text(_print(qtbot, controller, pdfs))
    _common(text, "Needs attention")
    assert "Court date" in text and client.case_code in text and HEARING.strftime("%d/%m/%Y")
    assert NAME in text  # the dashboard's rows name the client, as the screen does
    assert pdf_pages(pdfs.made[-1])[1].startswith("595 x 842")  # A4 portrait

    window.show_page(PAGE_CALENDAR)
    window.calendar.calendar.setCurrentPage(HEARING.year, HEARING.month)
    qtbot.waitUntil(lambda: any(d.due == HEARING for d in window.calendar.items), timeout=10000)
    text = pdf_text(_print(qtbot, controller, pdfs))
    _common(text, "Calendar:")
    assert QDate(HEARING.year, HEARING.month, 1).toString("MMMM yyyy") in text
    assert "1 court date" in text and "Correctionele rechtbank" in text
    assert "Monday" in text and NAME not in text  # the calendar shows case codes only

    # The week: its items day by day, as the screen shows them (the name masked in privacy
    # mode there, so on paper too).
    appointments.add(counsellor1, client.id, appointments.AppointmentInput(
        day=HEARING, start_time=time(8, 0), duration_minutes=30, kind="counselling",
        place="PLACE-SENTINEL", with_user_id=counsellor1.actor.user_id))
    window.bus.set_privacy(True)
    window.calendar.go_to(HEARING)
    window.calendar.week_button.click()
    qtbot.waitUntil(lambda: window.calendar.loaded_range() is not None
                    and len(window.calendar.agenda.cells()) >= 2, timeout=10000)
    text = pdf_text(_print(qtbot, controller, pdfs))
    _common(text, "Calendar:")
    assert HEARING.strftime("%d/%m/%Y") in text and "08:00" in text
    assert "Counselling session" in text and "Court date" in text
    assert NAME not in text and "PLACE-SENTINEL" not in text
    window.bus.set_privacy(False)
    window.calendar.month_button.click()

    _open_file(qtbot, controller, client.id, file_view.TAB_OVERVIEW)
    text = pdf_text(_print(qtbot, controller, pdfs))
    _common(text, "Client overview")
    header = text.splitlines()[1]
    assert client.case_code in header and NAME in header  # the client's own overview only
    assert "Timeline" in text and "Intake" in text and "Nationality" in text

    view = window.clients.files[client.id]
    view.tabs.setCurrentIndex(file_view.TAB_SESSIONS)
    sessions = view.tabs.widget(file_view.TAB_SESSIONS)
    qtbot.waitUntil(lambda: sessions.model.rowCount() == 3, timeout=10000)
    path = _print(qtbot, controller, pdfs)
    text = pdf_text(path)
    _common(text, "Counselling sessions")
    header = text.splitlines()[1]
    assert client.case_code in header and NAME not in text
    for days in (40, 20, 3):
        assert (TODAY - timedelta(days=days)).strftime("%d/%m/%Y") in text
    assert "CONFIDENTIAL-NOTE-SENTINEL" not in text  # shown in the file, never on paper
    assert "Confidential notes are not printed" in text
    assert pdf_pages(path) == (1, "842 x 595 pts (A4)")  # a wide table: landscape
    controller.shutdown()


def test_privacy_mode_leaves_every_name_off_the_paper(
        qtbot: QtBot, day: tuple[Path, Any], pdfs: PdfPrinters) -> None:
    folder, client = day
    controller = _app(qtbot, folder)
    window = controller.window
    window.bus.set_privacy(True)
    qtbot.waitUntil(lambda: window.dashboard.data is not None, timeout=10000)
    settle(qtbot)
    texts = [pdf_text(_print(qtbot, controller, pdfs))]
    _open_file(qtbot, controller, client.id, file_view.TAB_OVERVIEW)
    texts.append(pdf_text(_print(qtbot, controller, pdfs)))
    for text in texts:
        assert client.case_code in text
        for name in (NAME, "Elena", "Lena", "Стэнеску"):  # the name and both aliases
            assert name not in text
    controller.shutdown()


def test_a_long_list_runs_over_pages_each_with_header_and_numbers(
        qtbot: QtBot, team_dir: Path, counsellor1: Any, pdfs: PdfPrinters) -> None:
    client = new_client(counsellor1)
    for days in range(1, 71):
        counselling.add_session(counsellor1, client.id,
                                session_input(held_on=TODAY - timedelta(days=days)))
    controller = _app(qtbot, team_dir)
    view = _open_file(qtbot, controller, client.id, file_view.TAB_SESSIONS)
    sessions = view.tabs.widget(file_view.TAB_SESSIONS)
    qtbot.waitUntil(lambda: sessions.model.rowCount() == 70, timeout=10000)
    path = _print(qtbot, controller, pdfs)
    pages, _ = pdf_pages(path)
    assert pages >= 3
    seen = ""
    for page in range(1, pages + 1):
        text = pdf_text(path, page)
        assert f"Page {page} of {pages}" in text
        assert "Counselling sessions" in text and client.case_code in text
        assert "Date" in text.splitlines()[3]  # the column titles again at each page's top
        seen += text
    for days in range(1, 71):  # every row once, none lost at a page break
        assert seen.count((TODAY - timedelta(days=days)).strftime("%d/%m/%Y")) == 1
    controller.shutdown()


def test_text_is_printed_as_text_never_as_markup(tmp_path: Path, qtbot: QtBot) -> None:
    printout = layout.Printout("Client overview", (
        layout.Fields("The client", (("Name", "<b>Ana</b> & Co</table>"),
                                     ("Aliases", "سلمى حداد"))),
        layout.Table("", ("A", "B"), ()),
    ), "PAY-2026-0001", "<i>x</i>")
    printer = PdfPrinters(tmp_path)(QWidget(), layout.page_layout(printout))
    assert layout.render(printout, printer, layout.Stamp("Sürya", "Test", "01/02/2026")) == 1
    text = pdf_text(tmp_path / "printout-1.pdf")
    assert "<b>Ana</b> & Co</table>" in text and "<i>x</i>" in text
    assert "حداد" in text or "دادح" in text  # pdftotext may give Arabic in visual order
    assert "Page 1 of 1" in text


def test_the_print_path_refuses_a_file_and_says_so_without_a_printer(
        qtbot: QtBot, day: tuple[Path, Any], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    folder, _client = day
    controller = _app(qtbot, folder)
    window = controller.window
    qtbot.waitUntil(lambda: window.dashboard.data is not None, timeout=10000)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    rendered: list[object] = []
    monkeypatch.setattr(layout, "render", lambda *a: rendered.append(a) or 1)

    monkeypatch.setattr(printing.QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    window.print_action.trigger()
    assert said and "never to a file" in said[-1]

    # A printer exists, and the print dialog comes back set to "print to file".
    target = tmp_path / "case-file.pdf"

    class ToFile:
        def __init__(self, printer: QPrinter, parent: QWidget) -> None:
            self.printer = printer

        def setOption(self, *_: object) -> None:
            pass

        def exec(self) -> int:
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(target))
            return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(printing.QPrinterInfo, "availablePrinters",
                        staticmethod(lambda: [QPrinterInfo()]))
    monkeypatch.setattr(printing, "QPrintDialog", ToFile)
    said.clear()
    window.print_action.trigger()
    assert said and "never to a file" in said[-1]
    assert rendered == [] and not target.exists()
    assert list(tmp_path.glob("*.pdf")) == []
    controller.shutdown()


def test_print_is_offered_only_where_the_view_can_be_printed(
        qtbot: QtBot, day: tuple[Path, Any], pdfs: PdfPrinters) -> None:
    folder, client = day
    controller = _app(qtbot, folder)
    window = controller.window
    for page, on in ((PAGE_DASHBOARD, True), (PAGE_CALENDAR, True), (PAGE_CLIENTS, False)):
        window.show_page(page)
        assert window.current_page() == page
        assert window.print_action.isEnabled() is on, page
    view = _open_file(qtbot, controller, client.id, file_view.TAB_OVERVIEW)
    assert window.print_action.isEnabled()
    view.tabs.setCurrentIndex(file_view.TAB_CONSENT)
    assert not window.print_action.isEnabled()
    view.tabs.setCurrentIndex(file_view.TAB_SESSIONS)
    assert window.print_action.isEnabled()
    window.clients.tabs.setCurrentIndex(0)  # the list of clients
    assert not window.print_action.isEnabled()
    window.clients.tabs.setCurrentWidget(view)
    # Ctrl+P, and the tab's own Print… button, print the list in front.
    sessions = view.tabs.widget(file_view.TAB_SESSIONS)
    qtbot.waitUntil(lambda: sessions.model.rowCount() == 3, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(pdfs.made) == 1 and "Counselling sessions" in pdf_text(pdfs.made[0])
    button = sessions.findChild(QWidget, "print_view")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(pdfs.made) == 2
    controller.shutdown()


def test_the_login_path_does_not_load_printing_or_help() -> None:
    """The print and help modules load when first used, not with the login window."""
    probe = ("import sys, shelter_desk.app; "
             "print(sorted(m for m in sys.modules if m.startswith(("
             "'shelter_desk.ui.printout', 'shelter_desk.ui.help'))))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, timeout=120).stdout.strip()
    assert out == "[]"

