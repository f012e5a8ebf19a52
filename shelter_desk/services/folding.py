"""Accent- and case-insensitive text for search: NFKD, combining marks dropped, casefold.

Works for Latin (Ž -> z), Greek and Cyrillic (case), and Arabic (harakat are combining marks)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def search_key(parts: Iterable[str | None]) -> str:
    """One line holding every searchable name, separated so a query cannot span two names."""
    return "\n".join(fold(p) for p in parts if p)
