""""Label: value" as each language writes it, for any front end."""

from __future__ import annotations

from shelter_desk.i18n.fill import Translate, english, fill, translation
from shelter_desk.i18n.marking import QT_TRANSLATE_NOOP

LABEL_VALUE = QT_TRANSLATE_NOOP("format", "{label}: {value}")


def labelled(label: str, value: object, lookup: Translate = english) -> str:
    """"Label: value" in the language of `lookup` (the front end's translator): French puts a
    space before the colon ("Nom : Dupont")."""
    return fill(translation(lookup, "format", LABEL_VALUE), label=label, value=value)
