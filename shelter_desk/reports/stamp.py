"""The visible signature's text: wrapped to the stamp's width, so that nothing is cut at its
edge in any language or with any signer's name, and the height the stamp needs for it. The
report reserves that height (reports/progress.py); pyHanko draws the lines in the box
(reports/signing.py). Widths are measured in the font pyHanko embeds for the stamp."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth

from shelter_desk.reports import fonts

WIDTH = 9.0 * cm
MIN_HEIGHT = 3.0 * cm
FONT = fonts.SANS
SIZE = 9
LEADING = 12
MARGIN_X = 12  # between the border and the text, left and right
MARGIN_Y = 6
# pyHanko shapes the text (HarfBuzz): kerning can make a line a little wider than the sum of
# its advances. Wrapping a few points early keeps it inside whatever the shaping does.
SLACK = 4


def text_width(text: str) -> float:
    fonts.register()
    return float(stringWidth(text, FONT, SIZE))


def room(width: float = WIDTH) -> float:
    """The width a line may take inside a stamp `width` wide."""
    return width - 2 * MARGIN_X - SLACK


def _pieces(line: str) -> list[tuple[str, str]]:
    """(what goes before it, piece): words, and the parts of a hyphenated word, which may
    break after their hyphen ("Vanderstraeten-" / "Van den Broeck")."""
    out: list[tuple[str, str]] = []
    for n, word in enumerate(line.split()):
        for m, part in enumerate(re.findall(r"[^-]+-*|-+", word)):
            out.append(("" if m else (" " if n else ""), part))
    return out


def _cut(piece: str, limit: float) -> list[str]:
    """A piece too long for a line on its own (a long name with no space), cut where it must."""
    out: list[str] = []
    while text_width(piece) > limit and len(piece) > 1:
        end = len(piece) - 1
        while end > 1 and text_width(piece[:end]) > limit:
            end -= 1
        out.append(piece[:end])
        piece = piece[end:]
    return [*out, piece]


def wrap_line(line: str, limit: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for before, piece in _pieces(line):
        candidate = f"{current}{before}{piece}" if current else piece
        if text_width(candidate) <= limit:
            current = candidate
            continue
        if current:
            lines.append(current)
        *full, current = _cut(piece, limit)
        lines += full
    return [*lines, current] if current or not lines else lines


def wrap(lines: Sequence[str], width: float = WIDTH) -> tuple[str, ...]:
    """Every line of the stamp, broken where needed so that each fits its width."""
    limit = room(width)
    return tuple(part for line in lines for part in wrap_line(line, limit))


def height(lines: Sequence[str], width: float = WIDTH) -> float:
    """The stamp's height for `lines` (as given, wrapped here), never less than the usual."""
    return float(max(MIN_HEIGHT, len(wrap(lines, width)) * LEADING + 2 * MARGIN_Y))
