"""Turning a failure into words for the person at the screen, in their language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from shelter_desk.services import error_text
from shelter_desk.services.errors import (
    DatabaseDamaged,
    KeySlotFileDamaged,
    SealedValueUnopened,
    WrongCredentials,
)


def tr_(context: str, text: str) -> str:
    # messages is imported by ui.i18n's users early; its own alias avoids an import cycle.
    return QCoreApplication.translate(context, text)


def describe(exc: BaseException) -> str:
    if isinstance(exc, WrongCredentials):
        return tr_("messages", "The user name or password is not correct.")
    if isinstance(exc, SealedValueUnopened):  # on a server: its own way out
        return error_text.describe(exc, QCoreApplication.translate)
    if isinstance(exc, DatabaseDamaged | KeySlotFileDamaged):
        return tr_(
            "messages",
            "The database is damaged and was not opened. Nothing was changed.\n\n"
            "Restore the latest backup: Administration > Backup and restore, or "
            "'shelter-desk restore BACKUP-FILE' on the command line.",
        )
    return error_text.describe(exc, QCoreApplication.translate)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or tr_("messages", "shelter_desk"), describe(exc))
