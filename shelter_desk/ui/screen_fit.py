"""Windows and dialogs no larger than the screen they open on: a 1366 x 768 laptop, or a
1920 x 1080 one at 150 % (1280 x 720 logical pixels), less the taskbar and the title bar."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication

# The window frame above the content, which resize() does not count (pixels, generous).
TITLE_BAR = 40


def free_space() -> QSize | None:
    """The room a window's content has on the primary screen, or None when unknown."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return None
    free = screen.availableGeometry()
    if free.isEmpty():
        return None
    return QSize(free.width(), free.height() - TITLE_BAR)


def fitting_size(width: int, height: int) -> QSize:
    """`width` x `height` where there is room, else what the screen leaves."""
    room = free_space()
    if room is None:
        return QSize(width, height)
    return QSize(min(width, room.width()), min(height, room.height()))


def fitting_height(height: int) -> int:
    return fitting_size(10_000, height).height()
