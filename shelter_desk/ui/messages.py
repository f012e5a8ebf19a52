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


def tr_(context: str, text: str) -> str:
    # messages is imported by ui.i18n's users early; its own alias avoids an import cycle.
    return QCoreApplication.translate(context, text)


def describe(exc: BaseException) -> str:
    if isinstance(exc, WrongCredentials):
        return tr_("messages", "The user name or password is not correct.")
    if isinstance(exc, DatabaseDamaged | KeySlotFileDamaged):
        return tr_(
            "messages",
            "The database is damaged and was not opened. Nothing was changed.\n\n"
            "Restore the latest backup: Administration > Backup and restore, or "
            "'shelter-desk restore BACKUP-FILE' on the command line.",
        )
    if isinstance(exc, PermissionDenied):
        return tr_("messages", "You are not allowed to do this. The attempt was recorded.")
    if isinstance(exc, ValidationError):
        from shelter_desk.ui.i18n import field_label, validation_message

        return f"{field_label(exc.label)}: {validation_message(exc)}"
    if isinstance(exc, ConsentMissing):
        why = (
            tr_("messages", "withdrawn on %1").replace("%1", exc.withdrawn_on)
            if exc.withdrawn_on
            else tr_("messages", "never given")
        )
        return (
            tr_("messages", "Refused: %1 has no consent for “%2” (%3). The refusal was recorded.")
            .replace("%1", exc.case_code)
            .replace("%2", QCoreApplication.translate("enum", exc.purpose_label))
            .replace("%3", why)
        )
    if isinstance(exc, NotInitialised | BackupInvalid | StoreError):
        return str(exc)
    if isinstance(exc, OSError):
        return tr_("messages", "The file could not be written or read: %1").replace(
            "%1", exc.strerror or type(exc).__name__
        )
    # Anything else: the type only, never the message (it may carry personal data).
    return tr_(
        "messages", "Something went wrong (%1). Nothing was saved. Please report it."
    ).replace("%1", type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or tr_("messages", "shelter_desk"), describe(exc))
