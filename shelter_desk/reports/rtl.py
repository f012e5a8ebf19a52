"""Right-to-left names (Arabic script) in a PDF.

ReportLab shapes Arabic with HarfBuzz, but without its optional bidi module it would lay the
words out left to right, and text extraction would read the glyphs backwards. So a name in an
RTL script is drawn word by word from the right, each word shaped by ReportLab, its glyphs
emitted in logical (reading) order at their visual positions: it looks right, and pdftotext
and copy-paste give the name back (as presentation forms, which NFKC folds to the letters).
"""

from __future__ import annotations

import unicodedata
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.platypus import Flowable

from shelter_desk.reports.fonts import ARABIC, register

_RTL = {"R", "AL"}
_LTR = {"L"}


def is_rtl(text: str) -> bool:
    """True when the text has right-to-left letters and no left-to-right ones."""
    kinds = {unicodedata.bidirectional(c) for c in text}
    return bool(kinds & _RTL) and not kinds & _LTR


def word_width(word: str, font: str, size: float) -> float:
    shaped = shapeStr(word, font, size)
    return float(sum(d.x_advance for d in shaped.__shapeData__) * size / 1000)


def line_width(text: str, font: str = ARABIC, size: float = 10) -> float:
    words = text.split()
    space = pdfmetrics.stringWidth(" ", font, size)
    return float(sum(word_width(w, font, size) for w in words)
                 + space * max(0, len(words) - 1))


def draw_rtl(canvas: Any, x_right: float, y: float, text: str, font: str = ARABIC,
             size: float = 10) -> None:
    register()
    canvas.setFont(font, size)
    space = pdfmetrics.stringWidth(" ", font, size)
    x = x_right
    for word in text.split():
        shaped = shapeStr(word, font, size)
        advances = [d.x_advance * size / 1000 for d in shaped.__shapeData__]
        left = x - sum(advances)
        placed = []
        for glyph, advance in zip(shaped, advances, strict=True):
            placed.append((left, glyph))
            left += advance
        for px, glyph in reversed(placed):  # logical order: the word's first letter first
            canvas.drawString(px, y, glyph)
        x -= sum(advances) + space


class RtlLine(Flowable):  # type: ignore[misc]
    """One line of RTL text, right-aligned in the frame (or after `indent` when left-aligned)."""

    def __init__(self, text: str, size: float = 10, align_right: bool = False,
                 font: str = ARABIC) -> None:
        super().__init__()
        register()
        self.text, self.size, self.align_right, self.font = text, size, align_right, font
        self.text_width = line_width(text, font, size)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.avail = avail_width
        return avail_width, self.size * 1.6

    def draw(self) -> None:
        right = self.avail if self.align_right else self.text_width
        draw_rtl(self.canv, right, self.size * 0.45, self.text, self.font, self.size)
