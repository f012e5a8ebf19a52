"""Cells of plain text drawn from laid-out text kept between paints.

Qt's own delegate asks the model for seven roles per cell (seven calls into Python) and lays
out every cell's text again on each paint: at 5,000 clients that was most of a keystroke in
the client filter (issue 13). This one asks the model once per cell for the text and its
colour, and draws a QStaticText laid out the first time that text is shown at that width.
What all cells of one paint share (font, margin, the palette's text colours) is read once,
when the viewport's paint begins.

It draws what Qt's would for a cell that is only text: left-aligned and centred in height,
the same margins, elided on the right when the column is too narrow, in the model's
foreground colour or the palette's text colour. A selected, focused or hovered cell, and any
cell of a model without `cell_text`, is left to Qt's delegate (highlight, focus frame)."""

from __future__ import annotations

import math
from typing import Protocol

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

CACHE_LIMIT = 4000  # laid-out texts kept; a screen shows a few hundred
_LEFT_TO_QT = (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus
               | QStyle.StateFlag.State_MouseOver).value
_ENABLED = QStyle.StateFlag.State_Enabled.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_DISABLED, _ACTIVE_GROUP, _INACTIVE = (QPalette.ColorGroup.Disabled, QPalette.ColorGroup.Active,
                                       QPalette.ColorGroup.Inactive)
_TEXT = QPalette.ColorRole.Text


class PlainCells(Protocol):
    def cell_text(self, row: int, column: int) -> tuple[str, str | None]:
        """The cell's text and its colour (None: the palette's)."""


class PlainTextDelegate(QStyledItemDelegate):
    def __init__(self, model: PlainCells, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        # Laid out for this font, with this margin: both change only with the text size or the
        # theme (a new font, a new style), when everything laid out is dropped.
        self._font = QFont()
        self._margin = -1
        self._texts: dict[tuple[str, int], tuple[QStaticText, int]] = {}
        self._colours: dict[str, QColor] = {}
        self._measuring: tuple[QFont, QFontMetricsF] | None = None
        # What every cell of one paint shares (font, margin, the palette's text colours), read
        # once when the viewport is painted: read per cell, each was a copy into Python.
        self._pass: _Pass | None = None

    def begin_pass(self, view: QAbstractItemView) -> None:
        font = view.font()
        if font != self._font or self._margin < 0:
            style = view.style()
            self._margin = 1 + style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                                 view)
            self._font = QFont(font)
            self._texts.clear()
        palette = view.palette()
        self._pass = _Pass({group: palette.color(group, _TEXT)
                            for group in (_DISABLED, _ACTIVE_GROUP, _INACTIVE)})

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        state = option.state.value
        shared = self._pass
        if state & _LEFT_TO_QT or shared is None:
            super().paint(painter, option, index)
            if shared is not None:
                shared.font_set = False  # Qt's delegate may leave another font behind
            return
        text, colour = self.model.cell_text(index.row(), index.column())
        if not text:
            return
        font = self._font
        rect = option.rect
        margin = self._margin
        width = rect.width() - 2 * margin
        key = (text, width)
        laid = self._texts.get(key)
        if laid is None:
            metrics = option.fontMetrics
            static = _laid_out(text, painter, font)
            if static.size().width() > width:  # laid out once more, elided
                static = _laid_out(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width),
                                   painter, font)
            if len(self._texts) >= CACHE_LIMIT:
                self._texts.clear()
            laid = self._texts[key] = (static, metrics.height())
        static, height = laid
        # The font once per paint (the view's grid and Qt's delegate leave it as it is); the
        # pen for each cell, as the view sets its grid's pen between rows.
        if not shared.font_set:
            painter.setFont(font)
            shared.font_set = True
        if colour:
            pen = self._colours.get(colour)
            if pen is None:
                pen = self._colours[colour] = QColor(colour)
            painter.setPen(pen)
        else:
            painter.setPen(shared.text[_DISABLED if not state & _ENABLED
                                       else _ACTIVE_GROUP if state & _ACTIVE else _INACTIVE])
        painter.drawStaticText(rect.x() + margin, rect.y() + (rect.height() - height) // 2,
                               static)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        """What Qt's delegate measures for a cell of text, from one call into the model
        (Qt's asks for eight roles: sizing a column's width read 100 rows of each)."""
        text, _colour = self.model.cell_text(index.row(), index.column())
        widget = option.widget
        style = widget.style() if widget is not None else None
        margin = (1 + style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget)
                  if style is not None else 3)
        # Qt lays the text out in fractions of a pixel and rounds the width up.
        font = option.font
        if self._measuring is None or self._measuring[0] != font:
            self._measuring = (QFont(font), QFontMetricsF(font))
        width = math.ceil(self._measuring[1].horizontalAdvance(text))
        return QSize(width + 2 * margin, option.fontMetrics.height())


def _laid_out(text: str, painter: QPainter, font: QFont) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.prepare(painter.transform(), font)
    return static


class _Pass:
    __slots__ = ("font_set", "text")

    def __init__(self, text: dict[QPalette.ColorGroup, QColor]) -> None:
        self.text = text
        self.font_set = False


class _PaintWatch(QObject):
    """Tells the delegate a paint of the viewport begins. It holds no Python reference to
    the view (its parent): one would make a cycle only the collector frees, maybe on a worker
    thread, where destroying a widget crashes Qt."""

    def __init__(self, view: QAbstractItemView, delegate: PlainTextDelegate) -> None:
        super().__init__(view)
        self.delegate = delegate

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            view = self.parent()
            if isinstance(view, QAbstractItemView):
                self.delegate.begin_pass(view)
        return False


def install(view: QAbstractItemView, model: PlainCells) -> PlainTextDelegate:
    delegate = PlainTextDelegate(model, view)
    view.setItemDelegate(delegate)
    view.viewport().installEventFilter(_PaintWatch(view, delegate))
    return delegate
