"""A failure in words for the person who caused it, in their language, for any front end.

`lookup(context, text)` is the front end's translator: tr_ in the UI (QCoreApplication.translate),
the .ts catalogue on the command line. Unknown exceptions give their type only, never their
message, which may carry personal data."""

from __future__ import annotations

from shelter_desk.i18n.errors import ConsentRefusal, FieldError
from shelter_desk.i18n.fill import Translate, fill, translation
from shelter_desk.i18n.join import labelled
from shelter_desk.i18n.marking import QT_TRANSLATE_NOOP, Translatable


def validation_text(exc: FieldError, lookup: Translate) -> str:
    message = fill(translation(lookup, "validation", exc.template), **exc.params)
    return message[:1].upper() + message[1:]


def consent_text(exc: ConsentRefusal, lookup: Translate) -> str:
    why = (
        fill(translation(lookup, "messages", QT_TRANSLATE_NOOP("messages", "withdrawn on {date}")),
             date=exc.withdrawn_on)
        if exc.withdrawn_on
        else lookup("messages", QT_TRANSLATE_NOOP("messages", "never given"))
    )
    return fill(
        translation(
            lookup,
            "messages",
            QT_TRANSLATE_NOOP(
                "messages",
                "Refused: {case} has no consent for “{purpose}” ({why}). The refusal was recorded.",
            ),
        ),
        case=exc.case_code,
        purpose=lookup("enum", exc.purpose_label),
        why=why,
    )


def describe(exc: BaseException, lookup: Translate) -> str:
    if isinstance(exc, FieldError):
        return labelled(lookup("fields", exc.label), validation_text(exc, lookup), lookup)
    if isinstance(exc, ConsentRefusal):
        return consent_text(exc, lookup)
    if isinstance(exc, Translatable):
        return exc.translated(lookup)
    if isinstance(exc, OSError):
        return fill(
            translation(
                lookup,
                "messages",
                QT_TRANSLATE_NOOP("messages", "The file could not be written or read: {reason}"),
            ),
            reason=exc.strerror or type(exc).__name__,
        )
    return fill(
        translation(
            lookup,
            "messages",
            QT_TRANSLATE_NOOP(
                "messages", "Something went wrong ({error}). Nothing was saved. Please report it."
            ),
        ),
        error=type(exc).__name__,
    )
