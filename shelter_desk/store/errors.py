"""Errors of the encrypted store. Messages are for people: short, no personal data, no paths
beyond the ones the user gave. Each is a translatable template (context "errors")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from shelter_desk.i18n import QT_TRANSLATE_NOOP, Translatable, fill, translation


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


class MigrationFailed(StoreError):
    """Bringing the database up to this version failed: the upgrade was rolled back, so the
    file is as it was, and the copy taken before it is named."""

    def __init__(self, copy: Path, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The database could not be brought up to this version of shelter_desk "
            "and was not opened. Nothing was changed; a copy made just before is at {copy}. "
            "Tell the shelter's IT, with this detail: {detail}"), copy=copy, detail=detail)


class SealedValueUnopened(DatabaseDamaged):
    """On the shelter's server: a sealed value that does not open (changed on the server
    itself, or written under another key). Restoring on this workstation is no way out there."""

    def __init__(self, detail: str = "") -> None:
        StoreError.__init__(self, QT_TRANSLATE_NOOP(
            "errors", "A value on the shelter's server does not open ({detail}): it was changed "
            "on the server itself, or written under another key. Nothing was changed. Tell the "
            "shelter's IT: they restore the server from its own backup, or set up a new server "
            "and move the latest backup onto it with 'shelter-desk server import "
            "--from-backup FILE'."), detail=detail or "-")


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


class DatabaseMissing(StoreError):
    """The database file is missing, empty or not a database: refused, nothing is created."""


class DataFolderReadOnly(StoreError):
    def __init__(self, folder: object) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The data folder {folder} cannot be written (it is read-only or not "
            "yours). Nothing was changed; the database itself is intact."), folder=folder)


class DiskFull(StoreError):
    def __init__(self, folder: object) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The disk is full ({folder}). Nothing more was changed and the database "
            "is intact; free some space and try again."), folder=folder)


class DatabaseBusy(StoreError):
    """Another program holds the data folder's lock (or SQLite's) longer than we may wait."""

    def __init__(self, operation: str | None = None, since: datetime | None = None) -> None:
        from shelter_desk.store.lock import OPERATIONS

        self.operation = OPERATIONS.get(operation or "", operation or "")
        self.since = since
        if operation and since is not None:
            super().__init__(QT_TRANSLATE_NOOP(
                "errors", "Another program is using the database ({operation}, since {time}). "
                "Nothing was changed; try again when it has finished."),
                operation=self.operation, time=_clock_time(since))
        else:
            super().__init__(QT_TRANSLATE_NOOP(
                "errors", "Another program is using the database. Nothing was changed; "
                "try again in a moment."))

    def translated(self, lookup: Callable[[str, str], str]) -> str:
        if self.since is None:
            return super().translated(lookup)
        return fill(translation(lookup, self.context, self.template),
                    operation=lookup("operations", self.operation), time=_clock_time(self.since))


def _clock_time(when: datetime) -> str:
    """Brussels time with its zone ("22:14 CET"), the date too when it is not today's."""
    from shelter_desk.domain.wall_clock import BRUSSELS, shown

    text = shown(when, seconds=False)
    today = datetime.now(BRUSSELS).date().isoformat()
    return text.removeprefix(f"{today} ")


class SlotFileChanged(StoreError):
    """A write would put back an older slot file than the one on disk: refused."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The key-slot file was changed by another program meanwhile; nothing was "
            "written. Try again."))


class LoginAgain(StoreError):
    """This session's key no longer opens the database and its slot cannot give the new one
    (the account was removed, or a restore replaced the database)."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The database was re-encrypted or restored by another program and this "
            "session can no longer open it. Log in again."))
