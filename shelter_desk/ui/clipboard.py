"""Copying a secret (a case file's passphrase) to the clipboard the way password managers do:
marked so that clipboard managers and Windows' clipboard history do not keep it, and cleared
after a short time, but only if the clipboard still holds our copy (security.md, promise 3)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_SECONDS = 60
# KDE Klipper and other managers honour this hint; Windows honours the two formats below.
_HINTS = {
    "x-kde-passwordManagerHint": b"secret",
    "application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\"": b"1",
    "application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\"": b"\x00\x00\x00\x00",
}


def copy_secret(text: str, seconds: int = CLEAR_AFTER_SECONDS) -> None:
    clipboard = QGuiApplication.clipboard()
    data = QMimeData()
    data.setText(text)
    for mime, value in _HINTS.items():
        data.setData(mime, QByteArray(value))
    clipboard.setMimeData(data)

    def clear() -> None:
        if clipboard.text() == text:
            clipboard.clear()

    QTimer.singleShot(seconds * 1000, clear)
