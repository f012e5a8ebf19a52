"""Turning a failure into words for the person at the screen, in their language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from shelter_desk.services.errors import (
    BackupInvalid,
    ConsentMissing,
    DatabaseDamaged,
    KeySlotFileDamaged,
    NotInitialised,
    PermissionDenied,
    StoreError,
    ValidationError,
    WrongCredentials,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def describe(exc: BaseException) -> str:
    if isinstance(exc, WrongCredentials):
        return _tr("The user name or password is not correct.")
    if isinstance(exc, DatabaseDamaged | KeySlotFileDamaged):
        return _tr(
            "The database is damaged and was not opened. Nothing was changed.\n\n"
            "Restore the latest backup: Administration > Backup and restore, or "
            "'shelter-desk restore BACKUP-FILE' on the command line."
        )
    if isinstance(exc, PermissionDenied):
        return _tr("You are not allowed to do this. The attempt was recorded.")
    if isinstance(exc, ValidationError):
        from shelter_desk.ui.i18n import field_label, validation_message

        return f"{field_label(exc.label)}: {validation_message(exc)}"
    if isinstance(exc, ConsentMissing):
        why = (_tr("withdrawn on %1").replace("%1", exc.withdrawn_on) if exc.withdrawn_on
               else _tr("never given"))
        return (_tr("Refused: %1 has no consent for “%2” (%3). The refusal was recorded.")
                .replace("%1", exc.case_code)
                .replace("%2", QCoreApplication.translate("enum", exc.purpose_label))
                .replace("%3", why))
    if isinstance(exc, NotInitialised | BackupInvalid | StoreError):
        return str(exc)
    if isinstance(exc, OSError):
        return _tr("The file could not be written or read: %1").replace(
            "%1", exc.strerror or type(exc).__name__
        )
    # Anything else: the type only, never the message (it may carry personal data).
    return _tr("Something went wrong (%1). Nothing was saved. Please report it.").replace(
        "%1", type(exc).__name__
    )


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or _tr("shelter_desk"), describe(exc))
