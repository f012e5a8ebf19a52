"""Errors services raise for people to read."""

from __future__ import annotations

from collections.abc import Callable

from shelter_desk.i18n import QT_TRANSLATE_NOOP, fill, translation
from shelter_desk.i18n.errors import ConsentRefusal, FieldError
from shelter_desk.store.errors import (
    AlreadyInitialised,
    BackupInvalid,
    DatabaseDamaged,
    DatabaseMissing,
    KeySlotFileDamaged,
    NotInitialised,
    SealedValueUnopened,
    StoreError,
    WrongCredentials,
)

# The UI catches these without reaching into the store.
__all__ = [
    "AlreadyInitialised", "BackupInvalid", "ConsentMissing", "DatabaseDamaged", "DatabaseMissing",
    "KeySlotFileDamaged", "NotFound", "NotInitialised", "PermissionDenied",
    "SealedValueUnopened", "ServiceError", "StoreError", "ValidationError", "WrongCredentials",
]


class ServiceError(StoreError):
    """Base for everything a service refuses."""


class ValidationError(ServiceError, FieldError):
    """Invalid input, nothing written (the wording: shelter_desk.i18n.errors.FieldError)."""


class ValidationErrors(ValidationError):
    """Several fields wrong at once (cross-field rules): behaves as the first, carries all,
    so that a form shows every problem after one click of Save, not one per click."""

    def __init__(self, errors: list[ValidationError]) -> None:
        first = errors[0]
        super().__init__(first.field, first.template, first.label, **first.params)
        self.errors = errors


class PermissionDenied(ServiceError):
    """`action` is a phrase marked with QT_TRANSLATE_NOOP("permissions", ...)."""

    def __init__(self, action: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "You are not allowed to {action}. The attempt was recorded."),
            action=action)
        self.action = action

    def translated(self, lookup: Callable[[str, str], str]) -> str:
        action = lookup("permissions", self.action)
        return fill(translation(lookup, self.context, self.template), action=action)


class ConsentMissing(ServiceError, ConsentRefusal):
    """The client has not given (or has withdrawn) the consent a report or export needs."""


class NotFound(ServiceError):
    pass
