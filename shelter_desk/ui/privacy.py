"""Privacy mode: names masked in lists and headers, case codes only (for a screen others see)."""

from __future__ import annotations

MASK = "● ● ●"


def masked(name: str, privacy: bool) -> str:
    return MASK if privacy and name else name
