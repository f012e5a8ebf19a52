"""Every name prints: each character of every name the demo makes, and of a name in the script
of each of the 27 leaflet languages, is in the font that reports draw it with (fontTools reads
the fonts' own character maps). A character no shipped font has would print as an empty box."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from shelter_desk.demo.names import ORIGINS
from shelter_desk.domain.places_and_languages import LEAFLET_LANGUAGES
from shelter_desk.reports import fonts
from shelter_desk.reports.rtl import is_rtl
from shelter_desk.services.workspace import Workspace

# A name as it is written in each leaflet language's script (invented combinations).
LEAFLET_NAMES = {
    "am": "አበበ ቢቂላ", "ar": "فاطمة بنعلي", "bg": "Десислава Димитрова", "cs": "Jiří Dvořák",
    "de": "Jürgen Großmann", "en": "Grace O’Neill", "es": "María José Núñez",
    "fa": "مهر\u200cانگیز رحیمی", "fr": "Anaïs Lefèvre-Œillet", "hi": "प्रिया शर्मा",
    "hu": "Zsófia Kovács", "it": "Niccolò Rossi", "lt": "Žydrūnė Čepaitė",
    "nl": "Ruud IJsselstein", "pl": "Łucja Wróblewska", "pt": "João Conceição",
    "ro": "Ionuț Stănescu", "ru": "Наталья Кузнецова", "sk": "Ľubomír Ďurovič",
    "sq": "Gëzim Çela", "th": "สมชาย ใจดี", "ti": "ሰምሃር ተስፋይ", "tl": "Maricel Dela Cruz",
    "tr": "Ayşe Yılmaz", "uk": "Ірина Бондаренко", "vi": "Nguyễn Thị Lan", "zh": "王芳",
}


def demo_names() -> list[str]:
    out: list[str] = []
    for origin in ORIGINS:
        out += [*origin.female, *origin.male, *origin.surnames]
        out += [name for pair in origin.scripts for name in pair]
    return out


def test_every_leaflet_language_has_a_sample_name() -> None:
    assert sorted(LEAFLET_NAMES) == sorted(LEAFLET_LANGUAGES)


@pytest.mark.parametrize("name", [*LEAFLET_NAMES.values(), *demo_names()])
@pytest.mark.parametrize("bold", [False, True])
def test_each_character_is_in_the_font_that_draws_it(name: str, bold: bool) -> None:
    for font, piece in fonts.runs(name, bold):
        missing = [f"U+{ord(c):04X}" for c in piece if ord(c) not in fonts.covered(font)]
        assert not missing, f"{name!r}: {font} lacks {missing}"


def test_the_checker_sees_a_character_no_font_has() -> None:
    font, piece = fonts.runs("\U0001e900")[0]  # Adlam: no shipped font has it
    assert ord(piece) not in fonts.covered(font)


def test_a_report_embeds_the_font_of_each_script(tmp_path: Path) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    fonts.register()
    style = ParagraphStyle("n", fontName=fonts.SANS, fontSize=10)
    pdf = tmp_path / "names.pdf"
    SimpleDocTemplate(str(pdf)).build(  # right-to-left names go through RtlLine instead
        [Paragraph(fonts.markup(n, bold=True), style) for n in LEAFLET_NAMES.values()
         if not is_rtl(n)])
    listed = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                            check=True).stdout
    for face in ("NotoSansEthiopic-Bold", "NotoSansDevanagari-Bold", "NotoSansThai-Bold",
                 "DroidSansFallback", "NotoSans-Regular"):
        assert face in listed, listed
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    for name in ("ሰምሃር ተስፋይ", "አበበ ቢቂላ", "王芳", "Łucja Wróblewska"):
        assert name in text, text


@pytest.mark.parametrize(("first", "last", "face"), [
    ("ሰምሃር", "ተስፋይ", "NotoSansEthiopic-Bold"), ("प्रिया", "शर्मा", "NotoSansDevanagari-Bold"),
    ("芳", "王", "DroidSansFallback"), ("สมชาย", "ใจดี", "NotoSansThai-Bold"),
])
def test_a_progress_report_prints_the_client_name_in_its_script(
    director: Workspace, tmp_path: Path, first: str, last: str, face: str,
) -> None:
    """The Ge'ez name that printed as a blank row: now in the report, in a font that has it."""
    from shelter_desk.domain.vocabulary import ConsentPurpose
    from shelter_desk.services import consent, reporting
    from tests.builders import consent_input, new_client

    c = new_client(director, first_names=first, last_name=last, aliases=["Semhar Tesfay"])
    consent.record(director, c.id, consent_input(ConsentPurpose.SHARE_PROSECUTOR))
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(reporting.make_report(director, c.id, "nl", "include").pdf)
    listed = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                            check=True).stdout
    assert face in listed, listed
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert f"{first}{last}" in text.replace(" ", "")  # pdftotext joins Chinese characters


def test_the_self_test_checks_every_shipped_font() -> None:
    """`--self-test` (and docs/install.md) must cover the fonts issue 10 added: a workstation
    missing the Ethiopic font would print Ge'ez names as blank rows."""
    from shelter_desk import selftest

    assert {name for name, _ in selftest.FONTS} == set(fonts.FILES.values())
    for name, letters in selftest.FONTS:
        face = next(f for f, file in fonts.FILES.items() if file == name)
        missing = [c for c in letters if not c.isspace() and ord(c) not in fonts.covered(face)]
        assert missing == [], (name, missing)
    install = (Path(__file__).resolve().parents[2] / "docs" / "install.md").read_text()
    assert f"Fonts: {len(selftest.FONTS)} fonts load" in install
