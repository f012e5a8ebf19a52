"""Marking text for translation in code that must not import Qt.

`QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged; pyside6-lupdate finds the calls by
name and puts the strings into the .ts files. The UI translates them with
QCoreApplication.translate(context, text); reports and the command line from the same .ts files
(catalogue.py). Fields are named, `{name}`, and filled by fill.fill.
"""

from __future__ import annotations

from collections.abc import Callable

from shelter_desk.i18n.fill import fill, translation


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class Translatable(Exception):
    """An error whose message is an English template (marked for translation with
    QT_TRANSLATE_NOOP("errors", ...)) filled with `params`, so each front end can show it in
    its user's language: fill(translate("errors", template), **params)."""

    context = "errors"

    def __init__(self, template: str = "", **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(fill(template, **params) if params else template)

    def translated(self, lookup: Callable[[str, str], str]) -> str:
        if not self.template:
            return str(self)
        text = translation(lookup, self.context, self.template)
        return fill(text, **self.params) if self.params else str(text)


class Message(str):
    """A finding (not an error) as English text that also knows its template, so a front end
    can say it in its user's language. It *is* the English string, so code and logs that
    expect a str keep working. Parameters that are Messages are translated too."""

    context: str
    template: str
    params: dict[str, object]

    def __new__(cls, context: str, template: str, **params: object) -> Message:
        self = super().__new__(cls, fill(template, **params) if params else template)
        self.context, self.template, self.params = context, template, params
        return self

    def translated(self, lookup: Callable[[str, str], str]) -> str:
        params = {k: v.translated(lookup) if isinstance(v, Message) else v
                  for k, v in self.params.items()}
        text = translation(lookup, self.context, self.template)
        return fill(text, **params) if params else str(text)
