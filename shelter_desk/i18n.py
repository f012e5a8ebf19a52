"""Marking text for translation in code that must not import Qt.

`QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged; pyside6-lupdate finds the calls by
name and puts the strings into the .ts files. The UI translates them with
QCoreApplication.translate(context, text); reports translate them from the same .ts files.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
