"""The shipped fonts, registered with ReportLab once and embedded (subset) in every PDF, and the
choice of font for each character of a name: a Ge'ez, Devanagari, Thai or Chinese name is drawn
in a font that has its letters, never as empty boxes (.notdef) or a blank row."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from shelter_desk.resources import fonts_dir

SANS = "NotoSans"
SANS_BOLD = "NotoSans-Bold"
SANS_ITALIC = "NotoSans-Italic"
ARABIC = "NotoSansArabic"
ARABIC_BOLD = "NotoSansArabic-Bold"
ETHIOPIC = "NotoSansEthiopic"
ETHIOPIC_BOLD = "NotoSansEthiopic-Bold"
DEVANAGARI = "NotoSansDevanagari"
DEVANAGARI_BOLD = "NotoSansDevanagari-Bold"
THAI = "NotoSansThai"
THAI_BOLD = "NotoSansThai-Bold"
HAN = "DroidSansFallback"  # Chinese (and Japanese, Korean): no bold cut; the regular serves
MONO = "DejaVuSansMono"

FILES = {
    SANS: "NotoSans-Regular.ttf", SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf", ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    ETHIOPIC: "NotoSansEthiopic-Regular.ttf", ETHIOPIC_BOLD: "NotoSansEthiopic-Bold.ttf",
    DEVANAGARI: "NotoSansDevanagari-Regular.ttf", DEVANAGARI_BOLD: "NotoSansDevanagari-Bold.ttf",
    THAI: "NotoSansThai-Regular.ttf", THAI_BOLD: "NotoSansThai-Bold.ttf",
    HAN: "DroidSansFallbackFull.ttf",
    MONO: "DejaVuSansMono.ttf",
}


@dataclass(frozen=True)
class Face:
    regular: str
    bold: str

    def pick(self, bold: bool) -> str:
        return self.bold if bold else self.regular


# In the order a character is looked for: the first face whose font has it draws it.
FACES = (
    Face(SANS, SANS_BOLD),
    Face(ARABIC, ARABIC_BOLD),
    Face(ETHIOPIC, ETHIOPIC_BOLD),
    Face(DEVANAGARI, DEVANAGARI_BOLD),
    Face(THAI, THAI_BOLD),
    Face(HAN, HAN),
)


@cache
def register() -> None:
    folder = fonts_dir()
    for name, file in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS_ITALIC)
    addMapping(SANS, 1, 1, SANS_BOLD)


def font_path(name: str) -> str:
    return str(fonts_dir() / FILES[name])


@cache
def covered(name: str) -> frozenset[int]:
    """The code points the font `name` has a glyph for (its cmap)."""
    from fontTools.ttLib import TTFont as ToolsFont

    with ToolsFont(font_path(name), lazy=True) as font:
        return frozenset(font.getBestCmap())


def _neutral(ch: str) -> bool:
    # Spaces, punctuation, joiners and combining marks go with the letters around them.
    return ch.isspace() or unicodedata.category(ch)[0] in "PZMC" or ch in "-'’."


def face_for(ch: str) -> Face:
    code = ord(ch)
    for face in FACES:
        if code in covered(face.regular):
            return face
    return FACES[0]  # nothing has it: the .notdef of the main font, caught by the font test


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """`text` cut into (font, piece) runs, each drawn in a font that has its letters."""
    out: list[tuple[str, str]] = []
    current: Face | None = None
    piece = ""
    for ch in text:
        face = current if current is not None and _neutral(ch) else face_for(ch)
        if face != current and piece:
            out.append((current.pick(bold) if current else FACES[0].pick(bold), piece))
            piece = ""
        current = face
        piece += ch
    if piece:
        out.append(((current or FACES[0]).pick(bold), piece))
    return out


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for a name: each run in its own font, escaped."""
    register()
    main = FACES[0].pick(bold)  # the style's own font: no tag needed
    return "".join(
        escape(piece) if font == main else f'<font face="{font}">{escape(piece)}</font>'
        for font, piece in runs(text, bold)
    )
