"""The command line's language: $SHELTER_DESK_LANG, else the usual locale variables; nl and fr
come from the same .ts catalogues as the UI (no Qt needed), anything else is English."""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from functools import cache

from shelter_desk.i18n import QT_TRANSLATE_NOOP, Message
from shelter_desk.i18n.catalogue import Catalogue

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
    """The command line's one translate function; its fields are filled by
    shelter_desk.i18n.fill, which falls back to the English when a translation is damaged."""
    return _catalogue(cli_language()).tr(context, text)


def said(text: str) -> str:
    """A finding (shelter_desk.i18n.Message) in the user's language; other text as it is."""
    return text.translated(tr_) if isinstance(text, Message) else text


# argparse words its own parts ("usage:", "options", its errors) through gettext, and Python
# ships no Dutch or French for them; these are the ones a person meets, marked for lupdate.
ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
)


def translate_argparse() -> None:
    """argparse looks up its module-level `_` on every message; point it at our catalogues."""
    setattr(argparse, "_", lambda text: tr_("argparse", text))  # noqa: B010
