"""Errors services raise for people to read."""

from __future__ import annotations

from shelter_desk.store.errors import (
    AlreadyInitialised,
    BackupInvalid,
    DatabaseDamaged,
    KeySlotFileDamaged,
    NotInitialised,
    StoreError,
    WrongCredentials,
)

# The UI catches these without reaching into the store.
__all__ = [
    "AlreadyInitialised", "BackupInvalid", "DatabaseDamaged", "KeySlotFileDamaged",
    "NotFound", "NotInitialised", "PermissionDenied", "ServiceError", "StoreError",
    "ValidationError", "WrongCredentials",
]


class ServiceError(StoreError):
    """Base for everything a service refuses."""


class ValidationError(ServiceError):
    """Invalid input. `field` names the field, so a form can show the message beside it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class PermissionDenied(ServiceError):
    def __init__(self, action: str) -> None:
        super().__init__(f"You are not allowed to {action}.")
        self.action = action


class NotFound(ServiceError):
    pass
