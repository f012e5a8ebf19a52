"""The visible signature (review of issue 9): nothing cut at the stamp's edge in any language
or with a long name (measured in the font, then rendered by pdftoppm and looked at), and the
stamp names the certificate's holder, as pdfsig and `verify` do, not the user logged in."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from shelter_desk.reports import stamp
from shelter_desk.reports.fonts import font_path
from shelter_desk.reports.signing import FIELD_NAME, NAME_LIMIT
from shelter_desk.services import reporting, setup, signing, users
from shelter_desk.services.workspace import Workspace
from tests.builders import new_client
from tests.conftest import CHEAP_KDF
from tests.e2e.cli import run_here
from tests.e2e.pki import make_pki

PW = "a stamp that tells 2026"
LONG_NAME = "Marie-Christine Vanderstraeten-Van den Broeck, directrice"
P12_PASS = "p12 pass 2026"
LANGUAGES = ("nl", "fr", "en")


@dataclass
class Signed:
    data: Path
    root: Path
    pdfs: dict[tuple[str, str], bytes]  # (identity, language) -> signed report
    demo_subject: str


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> Signed:
    """A director with a long name (the demo identity carries it), and Amélie Dubois, also a
    director, signing with a PKCS#12 issued to the long-named director."""
    folder = tmp_path_factory.mktemp("stamp")
    data = folder / "data"
    ws, _ = setup.initialise(data, shelter="Pag-Asa", username="director",
                             display_name=LONG_NAME, password=PW, kdf=CHEAP_KDF)
    pdfs: dict[tuple[str, str], bytes] = {}
    with ws:
        users.add_user(ws, "amelie", "Amélie Dubois", ["director"], PW)
        client = new_client(ws).id
        info = signing.demo_identity(ws)  # failed before: the name made the CN too long
        for lang in LANGUAGES:
            pdfs["demo", lang] = reporting.signed_report(ws, client, lang).pdf
    pki = make_pki(LONG_NAME)
    root = folder / "root.pem"
    root.write_bytes(pki.root_pem)
    ws = setup.login(data, "director", PW, kdf=CHEAP_KDF)
    with ws:
        signing.import_pkcs12(ws, pki.pkcs12(P12_PASS), P12_PASS)
    ws = setup.login(data, "amelie", PW, kdf=CHEAP_KDF)
    with ws:
        for lang in LANGUAGES:
            pdfs["p12", lang] = reporting.signed_report(ws, client, lang, secret=P12_PASS).pdf
    return Signed(data, root, pdfs, info.subject)


def _rect(pdf: bytes) -> tuple[float, float, float, float, float]:
    """The signature widget's rectangle (x1, y1, x2, y2) and the page height, in points."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(pdf))
    for field in reader.root["/AcroForm"]["/Fields"]:
        field = field.get_object()
        if field.get("/T") == FIELD_NAME:
            x1, y1, x2, y2 = (float(v) for v in field["/Rect"])
            page = field["/P"].get_object()
            return x1, y1, x2, y2, float(page["/MediaBox"][3])
    raise AssertionError("no signature field")


def _stamp_words(pdf: bytes, tmp_path: Path) -> list[tuple[float, float, float, float, str]]:
    """What pdftotext finds inside the stamp: (left, top, right, bottom, text), top down."""
    path = tmp_path / "s.pdf"
    path.write_bytes(pdf)
    x1, y1, _, y2, page_height = _rect(pdf)
    out = subprocess.run(["pdftotext", "-bbox", "-f", "2", "-l", "9", str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    words = []
    for m in re.finditer(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                         r"([^<]*)<", out):
        left, top, right, bottom = (float(m.group(n)) for n in range(1, 5))
        # inside the stamp's outline (with a point for rounding), anywhere on the last page
        if left >= x1 - 1 and top >= page_height - y2 - 1 and bottom <= page_height - y1 + 8:
            words.append((left, top, right, bottom, m.group(5)))
    return words


def _stamp_text(pdf: bytes, tmp_path: Path) -> str:
    return " ".join(w[4] for w in _stamp_words(pdf, tmp_path))


STAMP_DEMO = {"nl": "DEMOHANDTEKENING, NIET GELDIG VOOR ECHT GEBRUIK",
              "fr": "SIGNATURE DE DÉMONSTRATION, SANS VALEUR RÉELLE",
              "en": "DEMO SIGNATURE, NOT VALID FOR REAL USE"}


@pytest.mark.parametrize("identity", ["demo", "p12"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_line_of_the_stamp_lies_inside_it(signed: Signed, tmp_path: Path,
                                                identity: str, lang: str) -> None:
    """Measured where poppler draws it: every line ends before the stamp's right margin,
    and every word of the demo mark and the signer's name is there."""
    pdf = signed.pdfs[identity, lang]
    _, y1, x2, y2, page_height = _rect(pdf)
    words = _stamp_words(pdf, tmp_path)
    assert len(words) >= 4
    for _, top, right, bottom, text in words:
        assert right <= x2 - stamp.MARGIN_X + 1, (text, right, x2)
        assert top >= page_height - y2 and bottom <= page_height - y1, (text, top, bottom)
    said = " ".join(w[4] for w in words).replace("- ", "-")
    if identity == "demo":
        assert " ".join(STAMP_DEMO[lang].split()) in said
        assert signed.demo_subject in said
    else:
        assert LONG_NAME in said


def _gray(pdf: bytes, tmp_path: Path, dpi: int) -> tuple[int, int, bytes]:
    """The signature's page as pdftoppm renders it: width, height, 8-bit gray pixels."""
    path = tmp_path / "page.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", "2", "-l", "2", str(path),
                    str(tmp_path / "page")], check=True)
    [image] = list(tmp_path.glob("page*.pgm"))
    raw = image.read_bytes()
    magic, width, height, _, pixels = raw.split(maxsplit=4)
    assert magic == b"P5"
    return int(width), int(height), pixels


@pytest.mark.parametrize("identity", ["demo", "p12"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_rendered_stamp_keeps_clear_of_its_border(signed: Signed, tmp_path: Path,
                                                  identity: str, lang: str) -> None:
    """Rendered by pdftoppm: inside the border, the strip along the right edge and the strips
    along top and bottom hold no ink. Text cut at the edge (the defect) runs into them."""
    pdf = signed.pdfs[identity, lang]
    dpi = 144
    scale = dpi / 72
    width, _, pixels = _gray(pdf, tmp_path, dpi)
    x1, y1, x2, y2, page_height = _rect(pdf)

    def ink(left: float, top: float, right: float, bottom: float) -> int:
        """Dark pixels in a rectangle given in points from the page's top left."""
        dark = 0
        for row in range(int(top * scale), int(bottom * scale)):
            line = pixels[row * width : (row + 1) * width]
            dark += sum(1 for v in line[int(left * scale) : int(right * scale)] if v < 160)
        return dark

    top, bottom = page_height - y2, page_height - y1
    assert ink(x1 + 20, top + 3, x2 - 20, bottom - 3) > 500  # the text is drawn
    assert ink(x2 - stamp.MARGIN_X + 2, top + 3, x2 - 2, bottom - 3) == 0  # right margin
    assert ink(x1 + 3, top + 2, x2 - 3, top + 3.5) == 0  # under the top border
    assert ink(x1 + 3, bottom - 3.5, x2 - 3, bottom - 2) == 0  # above the bottom border


@pytest.mark.parametrize("line", [
    LONG_NAME,
    STAMP_DEMO["nl"], STAMP_DEMO["fr"],
    "Ondertekend namens het opvangcentrum",
    "op 25/10/2026 om 02:30 (Brusselse tijd)",
    "Vanderstraeten-Van-den-Broeck-De-Smet-Dupont-Lambrechts-Verhaegen",  # no space at all
    "Ἀλέξανδρος Παπαδόπουλος-Βασιλόπουλος, διευθυντής του κέντρου",
    "W" * 90,
])
def test_wrapped_lines_fit_as_fonttools_measures_them(line: str) -> None:
    """Measured independently of ReportLab, in the font file itself (advance widths): every
    wrapped piece fits the stamp, and together the pieces are the whole line."""
    with TTFont(font_path(stamp.FONT)) as font:
        cmap, hmtx = font.getBestCmap(), font["hmtx"]
        per_em = font["head"].unitsPerEm

        def width(text: str) -> float:
            return sum(hmtx[cmap[ord(c)]][0] for c in text) * stamp.SIZE / per_em

        pieces = stamp.wrap([line])
        for piece in pieces:
            assert width(piece) <= stamp.WIDTH - 2 * stamp.MARGIN_X, piece
    assert re.sub(r"\s", "", "".join(pieces)) == re.sub(r"\s", "", line)
    assert stamp.height([line]) >= len(pieces) * stamp.LEADING + 2 * stamp.MARGIN_Y


def test_the_stamp_names_the_certificate_holder_as_verify_and_pdfsig_do(
        signed: Signed, tmp_path: Path) -> None:
    """Amélie Dubois signs with Marie-Christine's PKCS#12: a clerk sees one signer, the
    certificate's, on the stamp, in pdfsig and in `verify`."""
    pdf = signed.pdfs["p12", "fr"]
    stamp_text = _stamp_text(pdf, tmp_path).replace("- ", "-")
    assert LONG_NAME in stamp_text
    assert "Amélie" not in stamp_text
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    pdfsig = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    assert f"Signer Certificate Common Name: {LONG_NAME}" in pdfsig
    r = run_here(Path("/nonexistent"), "verify", str(path), "--trust", str(signed.root))
    assert r.code == 0, r.out + r.err
    [signer] = [ln for ln in r.out.splitlines() if ln.startswith("Signer:")]
    assert signer.split(":", 1)[1].strip().startswith(f"{LONG_NAME} (Organization: ")
    # the signature dictionary's /Name (what Adobe Reader shows) is the holder's too
    from pyhanko.pdf_utils.reader import PdfFileReader

    [embedded] = PdfFileReader(io.BytesIO(pdf)).embedded_signatures
    assert str(embedded.sig_object["/Name"]) == LONG_NAME


def test_a_demo_identity_takes_a_name_too_long_for_a_certificate(signed: Signed) -> None:
    assert len(signed.demo_subject.encode()) <= NAME_LIMIT
    assert "DEMO" in signed.demo_subject
    assert signed.demo_subject.startswith("Marie-Christine Vanderstraeten")
    ws: Workspace = setup.login(signed.data, "director", PW, kdf=CHEAP_KDF)
    with ws:
        from shelter_desk.reports.signing import generate_demo_identity

        made = generate_demo_identity("Ш" * 80, "ሰምሃር ተስፋይ " * 10)
        assert len(made.material.subject.encode()) <= NAME_LIMIT


def _embedded_font(pdf: bytes) -> TTFont:
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(pdf))
    fields = [f.get_object() for f in reader.root["/AcroForm"]["/Fields"]]
    [field] = [f for f in fields if f["/T"] == FIELD_NAME]
    [font] = _fonts(field["/AP"]["/N"])
    descriptor = font["/DescendantFonts"][0]["/FontDescriptor"]
    return TTFont(io.BytesIO(descriptor["/FontFile2"].data))


def _fonts(xobject: object) -> list[object]:
    """The Type0 fonts of an appearance stream and of the forms it draws."""
    resources = xobject.get_object().get("/Resources", {})  # type: ignore[attr-defined]
    found = [f.get_object() for f in resources.get("/Font", {}).values()]
    found = [f for f in found if f.get("/Subtype") == "/Type0"]
    for inner in resources.get("/XObject", {}).values():
        found.extend(_fonts(inner))
    return found


def test_the_stamp_font_is_read_once_and_has_every_letter_of_the_stamp(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The stamp's font is parsed and subset once per process, not per signature; a stamp with
    a letter beyond Latin-1 gets a subset with that letter too."""
    from pyhanko.sign import signers

    from shelter_desk.reports import progress
    from shelter_desk.reports import signing as rs
    from tests.e2e.pki import make_pki
    from tests.unit.report_data import sample_report

    signer = signers.SimpleSigner.load_pkcs12_data(make_pki().pkcs12("x"), [], passphrase=b"x")
    rendered = progress.build(sample_report(), signed=True, pdf_version=(1, 7))
    made: list[frozenset[int]] = []
    monkeypatch.setattr(rs, "_font_files", {})
    make = rs._StampFontFile._make

    def counted(self: rs._StampFontFile, gids: frozenset[int]) -> bytes:
        made.append(gids)
        return make(self, gids)

    monkeypatch.setattr(rs._StampFontFile, "_make", counted)

    def sign(*lines: str) -> TTFont:
        out = rs.sign_pdf(rendered.pdf, signer, page=rendered.signature_box.page,
                          box=rendered.signature_box.box, signer_name="T", reason="r",
                          location=None, stamp_lines=lines)
        return _embedded_font(out.pdf)

    first = sign("Signé numériquement", "Amélie Dubois", "02/12/2026 16:05")
    second = sign("Digitally signed", "Joy Okafor", "03/12/2026 09:41")
    assert len(made) == 1  # the second signature used the subset made for the first
    third = sign("Semnat digital", "Ștefan Țurcanu", "04/12/2026 11:12")
    assert len(made) == 2
    for font, text in ((first, "Signé numériquement Amélie Dubois 02/12/2026 16:05"),
                       (second, "Digitally signed Joy Okafor 03/12/2026 09:41"),
                       (third, "Semnat digital Ștefan Țurcanu 04/12/2026 11:12")):
        glyf, cmap = font["glyf"], TTFont(font_path(stamp.FONT)).getBestCmap()
        for char in set(text) - {" "}:
            assert glyf[cmap[ord(char)]].numberOfContours != 0, char
