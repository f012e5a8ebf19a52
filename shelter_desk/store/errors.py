"""Errors of the encrypted store. Messages are for people: short, no personal data, no paths
beyond the ones the user gave. Each is a translatable template (context "errors")."""

from __future__ import annotations

from shelter_desk.i18n import QT_TRANSLATE_NOOP, Translatable


class StoreError(Translatable):
    """Base for every failure the store reports to a person."""


class NotInitialised(StoreError):
    pass


class AlreadyInitialised(StoreError):
    pass


class WrongCredentials(StoreError):
    """The one generic answer for an unknown user, a wrong password or a wrong recovery code."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "The user name or password is not correct."))


class DatabaseDamaged(StoreError):
    """The file fails its integrity check; it is never opened half-way."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The database is damaged and was not opened. Nothing was changed. "
            "Restore the latest backup with 'shelter-desk restore BACKUP-FILE'. ({detail})"),
            detail=detail or "integrity check")


class KeySlotFileDamaged(StoreError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The key-slot file is damaged or unreadable and was not changed. "
            "Restore the latest backup with 'shelter-desk restore BACKUP-FILE'. ({detail})"),
            detail=detail or "unreadable")


class UnsupportedCipher(StoreError):
    pass


class InsecureConfiguration(StoreError):
    """A connection came up without a required security setting; it is closed, never used."""


class InvalidKey(StoreError):
    pass


class BackupInvalid(StoreError):
    pass


class WeakPassword(StoreError):
    pass
