"""The one placeholder style: named fields, `{name}`, filled in one pass.

A translator returns a `Translation`: the text in the user's language that still knows its
English source, so that `fill` can fall back to the English when a translation is damaged: its
fields differ from the English ones (a misspelt `{nmae}`, a field left out) or it names a field
the code does not give. Values are put in as typed: a client called "{name}" or "%2" stays so,
since the text is read once, left to right.

Plural forms (`%n` with tr(..., n)) are Qt's own mechanism and stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Translate = Callable[[str, str], str]

FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


class Translation(str):
    """Translated text that knows the English it came from (`source`)."""

    source: str

    def __new__(cls, text: str, source: str) -> Translation:
        self = super().__new__(cls, text)
        self.source = source
        return self


def english(context: str, text: str) -> str:
    """The translator of a front end without a language: every text as written."""
    return text


def translation(lookup: Translate, context: str, source: str) -> Translation:
    """`lookup(context, source)` as a Translation (whatever `lookup` returns)."""
    return Translation(lookup(context, source), source)


def _names(text: str) -> set[str]:
    return set(FIELD.findall(text))


def fill(text: str, /, **fields: object) -> str:
    """`text` with each `{name}` replaced by str(fields[name]), in one pass.

    If `text` is a damaged Translation (its fields are not the English ones, or one is not
    given), its English source is filled instead: never an exception, never a raw `{field}`
    from a translation. Braces that do not form a field name, and a field of the English that
    is not given, stay as typed."""
    if isinstance(text, Translation):
        names = _names(text)
        if names != _names(text.source) or not names <= fields.keys():
            text = text.source

    def put(match: re.Match[str]) -> str:
        name = match.group(1)
        return str(fields[name]) if name in fields else match.group(0)

    return FIELD.sub(put, str(text))

