"""How long texts read in a table cell."""

from __future__ import annotations


def first_line(text: str | None, width: int = 80) -> str:
    """The first line, cut to `width` with an ellipsis."""
    line = (text or "").strip().splitlines()[0] if text and text.strip() else ""
    return line if len(line) <= width else line[: width - 1] + "…"
