"""A failure in words for the person who caused it, in their language, for any front end.

`lookup(context, text)` is the front end's translator: QCoreApplication.translate in the UI, the
.ts catalogue on the command line. Unknown exceptions give their type only, never their
message, which may carry personal data."""

from __future__ import annotations

from collections.abc import Callable

from shelter_desk.i18n import QT_TRANSLATE_NOOP, Translatable
from shelter_desk.services.errors import ConsentMissing, ValidationError

Translate = Callable[[str, str], str]


def validation_text(exc: ValidationError, lookup: Translate) -> str:
    template = lookup("validation", exc.template)
    try:
        message = template.format(**exc.params)
    except (KeyError, IndexError, ValueError):
        message = exc.message
    return message[:1].upper() + message[1:]


def consent_text(exc: ConsentMissing, lookup: Translate) -> str:
    why = (
        lookup("messages", QT_TRANSLATE_NOOP("messages", "withdrawn on %1")).replace(
            "%1", exc.withdrawn_on)
        if exc.withdrawn_on
        else lookup("messages", QT_TRANSLATE_NOOP("messages", "never given"))
    )
    return (
        lookup("messages", QT_TRANSLATE_NOOP(
            "messages", "Refused: %1 has no consent for “%2” (%3). The refusal was recorded."))
        .replace("%1", exc.case_code)
        .replace("%2", lookup("enum", exc.purpose_label))
        .replace("%3", why)
    )


def describe(exc: BaseException, lookup: Translate) -> str:
    if isinstance(exc, ValidationError):
        return f"{lookup('fields', exc.label)}: {validation_text(exc, lookup)}"
    if isinstance(exc, ConsentMissing):
        return consent_text(exc, lookup)
    if isinstance(exc, Translatable):
        return exc.translated(lookup)
    if isinstance(exc, OSError):
        return lookup("messages", QT_TRANSLATE_NOOP(
            "messages", "The file could not be written or read: %1")).replace(
            "%1", exc.strerror or type(exc).__name__)
    return lookup("messages", QT_TRANSLATE_NOOP(
        "messages", "Something went wrong (%1). Nothing was saved. Please report it.",
    )).replace("%1", type(exc).__name__)
