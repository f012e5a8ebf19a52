"""Turning a failure into words for the person at the screen, in their language."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from shelter_desk.i18n import error_text
from shelter_desk.services.errors import (
    DatabaseDamaged,
    DatabaseMissing,
    KeySlotFileDamaged,
    SealedValueUnopened,
    WrongCredentials,
)
from shelter_desk.ui.i18n import tr_

# Failures that keep everyone out until a backup is restored (offered on the login window).
NEEDS_RESTORE = (DatabaseDamaged, DatabaseMissing, KeySlotFileDamaged)


def describe(exc: BaseException) -> str:
    if isinstance(exc, WrongCredentials):
        return tr_("messages", "The user name or password is not correct.")
    if isinstance(exc, SealedValueUnopened):  # on a server: its own way out
        return error_text.describe(exc, tr_)
    if isinstance(exc, NEEDS_RESTORE):
        what = (tr_("messages", "The database is missing or empty and was not opened.")
                if isinstance(exc, DatabaseMissing)
                else tr_("messages", "The database is damaged and was not opened."))
        return what + " " + tr_(
            "messages",
            "Nothing was changed.\n\nRestore the latest backup: type the user name and "
            "password of an administrator of that backup (or its recovery code), then press "
            "“Restore from a backup…”.",
        )
    return error_text.describe(exc, tr_)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or tr_("messages", "shelter_desk"), describe(exc))
