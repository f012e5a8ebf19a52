"""The scroll area every long form and pane sits in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget


def vertical_scroll(content: QWidget) -> QScrollArea:
    """Scrolls up and down only: content wraps to the width instead of sliding sideways. The
    area itself is no Tab stop (its fields are, and Tab scrolls each into view), so a keyboard
    user never lands on a nameless frame."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(content)
    return scroll
