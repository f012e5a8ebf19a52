"""Accent- and case-insensitive text for search: NFKD, combining marks dropped, casefold, and
the Latin letters that carry their mark inside (Đ, Ł, Ø, Æ, Œ, ß, ı ...) written plainly, so
`dang` finds Đặng and `lukasiewicz` finds Łukasiewicz.

Works for Latin (Ž -> z), Greek and Cyrillic (case), and Arabic (harakat are combining marks).
Format characters (ZWNJ, ZWJ) are dropped: a Persian name typed without its ZWNJ still matches.

The stored search keys are made with this function: a change here needs a migration that
recomputes them (store/migrations/versions/0004_*)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

# Letters NFKD leaves whole. Lower-case forms; casefold runs first.
_PLAIN = str.maketrans({
    "đ": "d", "ð": "d", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i",
    "ħ": "h", "ŧ": "t", "þ": "th", "ŀ": "l", "ĸ": "k", "ɨ": "i", "ƚ": "l", "ƀ": "b",
})


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(
        c for c in decomposed
        if not unicodedata.combining(c) and unicodedata.category(c) != "Cf"
    )
    return " ".join(stripped.translate(_PLAIN).casefold().split())


def search_key(parts: Iterable[str | None]) -> str:
    """One line holding every searchable name, separated so a query cannot span two names."""
    return "\n".join(fold(p) for p in parts if p)
