"""How flags and sets of flags read in the client file's tables."""

from __future__ import annotations

from collections.abc import Iterable

from shelter_desk.ui.i18n import tr_


def marks(pairs: Iterable[tuple[bool, str]]) -> str:
    """The labels whose flag is set, joined: "counsellor, interpreter"."""
    return ", ".join(text for on, text in pairs if on)


def yes_no(flag: bool | None) -> str:
    """Yes or no in the user's language; blank when nobody recorded it."""
    return "" if flag is None else (tr_("ClientFile", "yes") if flag else tr_("ClientFile", "no"))
