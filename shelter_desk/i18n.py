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


class Message(str):
    """A finding (not an error) as English text that also knows its template, so a front end
    can say it in its user's language. It *is* the English string, so code and logs that
    expect a str keep working. Parameters that are Messages are translated too."""

    context: str
    template: str
    params: dict[str, object]

    def __new__(cls, context: str, template: str, **params: object) -> Message:
        self = super().__new__(cls, template.format(**params) if params else template)
        self.context, self.template, self.params = context, template, params
        return self

    def translated(self, lookup: Callable[[str, str], str]) -> str:
        params = {k: v.translated(lookup) if isinstance(v, Message) else v
                  for k, v in self.params.items()}
        try:
            text = lookup(self.context, self.template)
            return text.format(**params) if params else text
        except (KeyError, IndexError, ValueError):
            return str(self)
