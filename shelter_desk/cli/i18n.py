"""The command line's language: $SHELTER_DESK_LANG, else the usual locale variables; nl and fr
come from the same .ts catalogues as the UI (no Qt needed), anything else is English."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cache

from shelter_desk.reports.catalogue import Catalogue

LANGUAGES = ("nl", "fr")


def cli_language(environ: Mapping[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    for var in ("SHELTER_DESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            code = value[:2].lower()
            return code if code in LANGUAGES else "en"
    return "en"


@cache
def _catalogue(language: str) -> Catalogue:
    return Catalogue(language)


def tr_(context: str, text: str) -> str:
    return _catalogue(cli_language()).tr(context, text)


def help_(text: str) -> str:
    """Help text of an option or command. pyside6-lupdate reads help_ as tr (Makefile), which
    puts these strings in the catalogues' unnamed context."""
    return tr_("", text)


def tr_format(context: str, template: str, **params: object) -> str:
    """Translate, then fill `{name}` fields; a damaged translation falls back to English."""
    text = tr_(context, template)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)
