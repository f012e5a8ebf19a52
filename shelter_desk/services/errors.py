"""Errors services raise for people to read."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from shelter_desk.i18n import QT_TRANSLATE_NOOP
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


class ValidationError(ServiceError):
    """Invalid input, nothing written.

    `field` is the input's attribute name (a form shows the message beside that widget);
    `label` the field's English name and `template` the English message, both marked for
    translation, with `params` filled in after translating."""

    def __init__(self, field: str, template: str, label: str | None = None, **params: Any):
        from shelter_desk.services.field_labels import label_for

        shown_label = label or label_for(field)
        super().__init__(f"{shown_label}: {template.format(**params)}")
        # After Translatable's __init__, which would keep the composed English text instead.
        self.field = field
        self.label = shown_label
        self.template = template
        self.params = params

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


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
        try:
            action = lookup("permissions", self.action)
            return lookup(self.context, self.template).format(action=action)
        except (KeyError, IndexError, ValueError):
            return str(self)


class ConsentMissing(ServiceError):
    """The client has not given (or has withdrawn) the consent a report or export needs."""

    def __init__(self, case_code: str, purpose_label: str, withdrawn_on: str | None) -> None:
        self.case_code = case_code
        self.purpose_label = purpose_label
        self.withdrawn_on = withdrawn_on
        why = (f"it was withdrawn on {withdrawn_on}" if withdrawn_on
               else "it was never given")
        super().__init__(
            f"Refused: {case_code} has no consent for '{purpose_label}' ({why})."
        )


class NotFound(ServiceError):
    pass
