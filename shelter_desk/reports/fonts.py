"""The shipped fonts, registered with ReportLab once and embedded (subset) in every PDF."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from shelter_desk.resources import fonts_dir

SANS = "NotoSans"
SANS_BOLD = "NotoSans-Bold"
SANS_ITALIC = "NotoSans-Italic"
ARABIC = "NotoSansArabic"
ARABIC_BOLD = "NotoSansArabic-Bold"
MONO = "DejaVuSansMono"


@cache
def register() -> None:
    folder = fonts_dir()
    for name, file in ((SANS, "NotoSans-Regular.ttf"), (SANS_BOLD, "NotoSans-Bold.ttf"),
                       (SANS_ITALIC, "NotoSans-Italic.ttf"),
                       (ARABIC, "NotoSansArabic-Regular.ttf"),
                       (ARABIC_BOLD, "NotoSansArabic-Bold.ttf"),
                       (MONO, "DejaVuSansMono.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS_ITALIC)
    addMapping(SANS, 1, 1, SANS_BOLD)


def font_path(name: str) -> str:
    files = {SANS: "NotoSans-Regular.ttf", ARABIC: "NotoSansArabic-Regular.ttf"}
    return str(fonts_dir() / files[name])
