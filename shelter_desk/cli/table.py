"""Columns people read in a terminal: each as wide as its widest cell, counted as the terminal
counts (a Chinese character takes two places, an accent or a joiner none), so a long or
non-Latin name never pushes the columns after it out of line."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence


def width(text: str) -> int:
    """How many places `text` takes on a terminal."""
    total = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        total += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return total


def columns(rows: Sequence[Sequence[str]], gap: int = 2) -> list[str]:
    """Each row as one line, its cells padded to line up; the last cell is not padded."""
    if not rows:
        return []
    count = max(len(row) for row in rows)
    widths = [max((width(row[n]) for row in rows if n < len(row)), default=0)
              for n in range(count)]
    lines = []
    for row in rows:
        cells = [cell + " " * (widths[n] - width(cell) + gap) if n < len(row) - 1 else cell
                 for n, cell in enumerate(row)]
        lines.append("".join(cells))
    return lines
