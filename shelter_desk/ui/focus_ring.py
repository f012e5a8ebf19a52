"""A focus ring anyone can see: a 2-pixel frame in the theme's focus colour around whatever has
the keyboard focus (WCAG 2.4.7). The Fusion style's own dotted rectangle is too faint to find
on a busy form. One frame follows the focus through the whole application."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFocusFrame, QWidget
from shiboken6 import isValid

from shelter_desk.ui import style

WIDTH = 2


class FocusRing(QFocusFrame):
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(style.theme().focus), WIDTH)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = WIDTH / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(inset, inset, -inset, -inset),
                                3, 3)


class _Follower(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring = self._new_ring()
        app.focusChanged.connect(self._moved)

    @staticmethod
    def _new_ring() -> FocusRing:
        ring = FocusRing()
        ring.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        return ring

    def _moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        # The ring lives beside the widget it frames, so a closed dialog or a rebuilt window
        # takes it along: then a new one is made.
        if not isValid(self.ring):
            self.ring = self._new_ring()
        target = _framed(new)
        self.ring.setWidget(target)  # type: ignore[arg-type]  # None takes the ring away
        if target is not None:
            self.ring.show()


def _framed(widget: QWidget | None) -> QWidget | None:
    """The widget to draw around: the field, not its inner line edit or viewport; nothing for
    a top-level window or a pop-up."""
    if widget is None or widget.isWindow():
        return None
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
        return parent
    if parent is not None and type(widget).__name__ == "QLineEdit" and \
            parent.focusProxy() is widget and not parent.isWindow():
        return parent  # a combo box's or spin box's own line edit
    return widget


_installed: list[_Follower] = []


def install(app: QApplication) -> None:
    if not _installed:
        _installed.append(_Follower(app))
