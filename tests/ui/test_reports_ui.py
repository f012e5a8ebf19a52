"""The Reports page as a director uses it; the refusal a withdrawn consent brings; the preview
that never touches the disk."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from shelter_desk.domain.vocabulary import ConsentEventKind, ConsentPurpose
from shelter_desk.services import consent
from shelter_desk.services.changes import Changes, Kind
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.main_window import PAGE_DASHBOARD, PAGE_REPORTS
from tests.builders import TODAY, consent_input, new_client
from tests.conftest import COUNSELLOR1, DIRECTOR, DIRECTOR_PASSWORD
from tests.ui.helpers import open_app


def test_director_previews_a_report_in_memory(qtbot: QtBot, team_dir: Path,
                                              counsellor1: Workspace, tmp_path: Path) -> None:
    c = new_client(counsellor1)
    before = set(Path(os.environ.get("TMPDIR", "/tmp")).iterdir())
    controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD)
    window = controller.window
    assert not window.nav_items[PAGE_REPORTS].isHidden()
    window.open_reports(c.id)
    page = window.reports
    qtbot.waitUntil(lambda: page.client.currentData() == c.id, timeout=10000)
    page.language.setCurrentIndex(page.language.findData("fr"))
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview_view.page_count() > 0, timeout=20000)
    assert c.case_code in page.status.text()
    assert "withheld" in page.identity_label.text()  # no consent to share the identity
    after = set(Path(os.environ.get("TMPDIR", "/tmp")).iterdir())
    assert not {p for p in after - before if p.suffix == ".pdf"}  # no temporary PDF
    controller.shutdown()
    assert page.preview_view.page_count() == 0  # quitting empties the preview


def test_a_withdrawn_consent_is_refused_with_the_reason(
    qtbot: QtBot, team_dir: Path, counsellor1: Workspace
) -> None:
    c = new_client(counsellor1)
    consent.record(counsellor1, c.id, consent_input(
        ConsentPurpose.PROGRAMME_SUPPORT, ConsentEventKind.WITHDRAWAL,
        given_on=TODAY - timedelta(days=1)))
    controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD)
    page = controller.window.reports
    controller.window.open_reports(c.id)
    qtbot.waitUntil(lambda: page.client.currentData() == c.id, timeout=10000)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Refused" in page.status.text(), timeout=20000)
    assert "Programme support" in page.status.text() and "withdrawn" in page.status.text()
    assert page.preview_view.page_count() == 0
    controller.shutdown()


def test_counsellors_have_no_reports_page(qtbot: QtBot, team_dir: Path) -> None:
    controller = open_app(qtbot, team_dir, *COUNSELLOR1)
    assert controller.window.nav_items[PAGE_REPORTS].isHidden()
    controller.shutdown()


QUIT_WITH_PREVIEW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from shelter_desk.ui.widgets.pdf_preview import PdfPreview
view = PdfPreview()
view.show_pdf(open(sys.argv[1], "rb").read())
view.show()
QTimer.singleShot(200, app.quit)
app.exec()
print("quit cleanly", view.page_count())
"""


def test_quitting_with_a_preview_open_does_not_crash(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "one.pdf"
    c = canvas.Canvas(str(pdf))
    c.drawString(100, 700, "preview")
    c.save()
    result = subprocess.run([sys.executable, "-c", QUIT_WITH_PREVIEW, str(pdf)],
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-1500:]
    assert "quit cleanly 0" in result.stdout


def test_a_preview_goes_when_the_file_changes_under_it(
    qtbot: QtBot, team_dir: Path, counsellor1: Workspace
) -> None:
    """A preview made, then the programme-support consent withdrawn in the file (in this
    window, the Reports page out of sight): the preview, which the page could still print, no
    longer matches what may be reported; it is cleared. A report the page saves itself (its
    own change to the file's Reports) leaves what it said in place."""
    c = new_client(counsellor1)
    controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD)
    window = controller.window
    window.open_reports(c.id)
    page = window.reports
    qtbot.waitUntil(lambda: page.client.currentData() == c.id, timeout=10000)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview_view.page_count() > 0, timeout=20000)
    assert page.print_button.isEnabled()

    window.bus.publish(Changes.of(c.id, Kind.REPORTS))
    assert page.current_pdf is not None and page.print_button.isEnabled()
    window.bus.publish(Changes.of(c.id + 1, Kind.CONSENT))  # another client's file
    assert page.current_pdf is not None and page.print_button.isEnabled()

    window.show_page(PAGE_DASHBOARD)
    withdrawn = consent.record(counsellor1, c.id, consent_input(
        ConsentPurpose.PROGRAMME_SUPPORT, ConsentEventKind.WITHDRAWAL, given_on=TODAY))
    window.bus.publish(withdrawn.changes)
    window.show_page(PAGE_REPORTS)
    assert page.current_pdf is None and page.preview_view.page_count() == 0
    assert not page.print_button.isEnabled() and page.identity_label.text() == ""
    assert page.client.currentData() == c.id  # the client stays chosen
    assert "preview it again" in page.status.text()
    controller.shutdown()
