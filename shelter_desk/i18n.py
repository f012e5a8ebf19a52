"""Marking text for translation in code that must not import Qt.

`QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged; pyside6-lupdate finds the calls by
name and puts the strings into the .ts files. The UI translates them with
QCoreApplication.translate(context, text); reports translate them from the same .ts files.
"""

from __future__ import annotations

from collections.abc import Callable


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class Translatable(Exception):
    """An error whose message is an English template (marked for translation with
    QT_TRANSLATE_NOOP("errors", ...)) filled with `params`, so each front end can show it in
    its user's language: translate("errors", template).format(**params)."""

    context = "errors"

    def __init__(self, template: str = "", **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)

    def translated(self, lookup: Callable[[str, str], str]) -> str:
        text = lookup(self.context, self.template) if self.template else str(self)
        try:
            return text.format(**self.params) if self.params else text
        except (KeyError, IndexError, ValueError):
            return str(self)
