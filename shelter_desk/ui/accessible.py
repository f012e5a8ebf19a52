"""Small helpers that keep the app usable with a screen reader and the keyboard alone
(EN 301 549 clause 11): names for what has no visible label, Tab in reading order."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDialogButtonBox, QWidget


def name(widget: QWidget, text: str, description: str = "") -> None:
    """For a widget no label names: what a screen reader says for it."""
    widget.setAccessibleName(text)
    if description:
        widget.setAccessibleDescription(description)


def buttons_in_reading_order(box: QDialogButtonBox) -> None:
    """A button box lays its buttons out in the platform's order (Cancel first on some, last on
    others), while Tab follows the order they were made in: make Tab follow the eye. Done when
    the box is shown, because Qt ignores a tab order set before the box is in its dialog."""
    box.installEventFilter(_ReadingOrder(box))


class _ReadingOrder(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialogButtonBox):
            layout = watched.layout()
            if layout is not None:
                items = (layout.itemAt(i) for i in range(layout.count()))
                tab_order(*(w for item in items if item is not None
                            and (w := item.widget()) is not None))
        return False


def tab_order(*widgets: QWidget) -> None:
    """Tab visits `widgets` in this order."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
