"""The Dutch and French catalogues are complete and in step with the code (lupdate, check
mode), keep every placeholder, and reports come out in the prosecutor's language."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TS_DIR = REPO / "resources" / "translations"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
# As in the Makefile: tr_(context, text) everywhere (command-line help in the unnamed context).
ALIASES = "translate+=tr_"
PLACEHOLDER = re.compile(r"%\d|\{\w+\}")


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()  # noqa: S314 (our own file)
    out = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            out.append((name, message.findtext("source", ""), message))
    return out


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_every_entry_is_finished(language: str) -> None:
    messages = _messages(TS_DIR / f"shelter_desk_{language}.ts")
    assert len(messages) > 800
    unfinished = [(c, s) for c, s, m in messages
                  if m.find("translation") is None or not (m.findtext("translation") or "")
                  or m.find("translation").get("type") in ("unfinished", "vanished",
                                                            "obsolete")]
    assert unfinished == []


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_translations_keep_placeholders_and_accelerators(language: str) -> None:
    for context, source, m in _messages(TS_DIR / f"shelter_desk_{language}.ts"):
        text = m.findtext("translation") or ""
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), source
        assert source.count("&") == text.count("&"), (context, source)


def test_no_source_string_is_missing_from_the_catalogues(tmp_path: Path) -> None:
    """lupdate in check mode: run it over the code into a copy; nothing may be new."""
    for language in ("nl", "fr"):
        copy = tmp_path / f"check_{language}.ts"
        shutil.copy(TS_DIR / f"shelter_desk_{language}.ts", copy)
        sources = sorted(str(p) for p in (REPO / "shelter_desk").rglob("*.py"))
        result = subprocess.run(
            [str(LUPDATE), "-tr-function-alias", ALIASES, "-locations", "none",
             *sources, "-ts", str(copy)], capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        assert "(0 new and" in result.stdout, result.stdout
        assert 'type="unfinished"' not in copy.read_text(encoding="utf-8")


def test_the_check_would_catch_a_new_string(tmp_path: Path) -> None:
    sample = tmp_path / "new_screen.py"
    sample.write_text('from shelter_desk.ui.i18n import tr_\nX = tr_("Test", "A brand new '
                      'label nobody translated")\n')
    copy = tmp_path / "check.ts"
    shutil.copy(TS_DIR / "shelter_desk_nl.ts", copy)
    result = subprocess.run([str(LUPDATE), "-tr-function-alias", ALIASES,
                             str(sample), "-ts", str(copy)], capture_output=True, text=True)
    assert "(1 new and" in result.stdout


@pytest.mark.parametrize(("language", "headings"), [
    ("nl", ["Voortgangsrapport", "VERTROUWELIJK", "1. De drie voorwaarden van het programma",
            "2. Begeleiding", "3. Gerechtelijke procedure", "4. Zelfstandigheid",
            "Bijlage 15", "Dossiercode", "Vonnis uitgesproken"]),
    ("fr", ["Rapport de suivi", "CONFIDENTIEL", "1. Les trois conditions du programme",
            "2. Accompagnement", "3. Procédure judiciaire", "4. Autonomie", "Code du dossier",
            "Jugement prononcé"]),
])
def test_reports_come_out_in_the_prosecutors_language(language: str, headings: list[str],
                                                      tmp_path: Path) -> None:
    from shelter_desk.reports.progress import build
    from tests.unit.report_data import sample_report

    data = sample_report(language=language)
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(build(data).pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    for heading in headings:
        assert heading in text, heading
    assert "Progress report" not in text and "Judgment delivered" not in text


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_qt_ships_its_own_catalogue_for_standard_buttons(language: str) -> None:
    """Cancel, Back, Next… come from Qt's qtbase catalogue, installed beside ours."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / f"qtbase_{language}.qm").is_file()


def test_french_puts_a_space_before_every_colon() -> None:
    """French typography, in the app, the command line and the reports alike: "Intact : oui",
    never "Intact: oui". Times (09:30) and addresses (https://) are not punctuation."""
    import re
    import xml.etree.ElementTree as ET

    from shelter_desk.resources import translations_dir

    root = ET.parse(translations_dir() / "shelter_desk_fr.ts").getroot()  # noqa: S314
    wrong = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            text = message.findtext("translation") or ""
            for colon in re.finditer(r"(?<=\S):(?=\s|$|%|\{)", text):
                if not re.search(r"(https?|\d|%H)$", text[: colon.start()]):
                    wrong.append(text)
    assert wrong == []


def test_french_label_value_joining() -> None:
    from shelter_desk.i18n.catalogue import Catalogue

    assert Catalogue("fr").tr("format", "{label}: {value}") == "{label} : {value}"


@pytest.mark.parametrize(("language", "term", "not_this"), [
    ("nl", r"aandachtspunt(en)?", r"\bzorg(en)?\b"),  # issue 9: "Aandachtspunt", not "Zorg"
    ("fr", r"points? d.attention", r"inqui[eé]tude"),  # its Belgian French equivalent
])
def test_a_concern_has_one_name_everywhere(language: str, term: str, not_this: str) -> None:
    """A condition's concern (status `concern`) is the same word in every message, in the app
    and in the report ("No concern or breach was recorded")."""
    found = [(source, m.findtext("translation") or "")
             for _, source, m in _messages(TS_DIR / f"shelter_desk_{language}.ts")
             if re.search(r"\bconcerns?\b", source, re.I)]
    assert len(found) >= 5
    for source, text in found:
        assert re.search(rf"\b{term}\b", text, re.I), (source, text)
        assert not re.search(not_this, text, re.I), (source, text)
