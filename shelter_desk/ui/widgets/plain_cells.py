"""Cells of plain text drawn from laid-out text kept between paints.

Qt's own delegate asks the model for seven roles per cell (seven calls into Python) and lays
out every cell's text again on each paint: at 5,000 clients that was most of a keystroke in
the client filter (issue 13). This one asks the model once per cell for the text and its
colour, and draws a QStaticText laid out the first time that text is shown at that width.

It draws what Qt's would for a cell that is only text: left-aligned and centred in height,
the same margins, elided on the right when the column is too narrow, in the model's
foreground colour or the palette's text colour. A selected, focused or hovered cell, and any
cell of a model without `cell_text`, is left to Qt's delegate (highlight, focus frame)."""

from __future__ import annotations

import math
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

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

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        state = option.state.value
        if state & _LEFT_TO_QT:
            super().paint(painter, option, index)
            return
        text, colour = self.model.cell_text(index.row(), index.column())
        if not text:
            return
        font = option.font
        if self._margin < 0 or font != self._font:
            widget = option.widget
            style = widget.style() if widget is not None else None
            self._margin = (1 + style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                                  widget) if style is not None else 3)
            self._font = QFont(font)
            self._texts.clear()
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
        # Pen and font are set for each cell here, as Qt's delegate sets them for its own
        # (and the view sets its grid's pen itself): no save and restore per cell.
        painter.setFont(font)
        if colour:
            pen = self._colours.get(colour)
            if pen is None:
                pen = self._colours[colour] = QColor(colour)
            painter.setPen(pen)
        else:
            group = (_DISABLED if not state & _ENABLED
                     else _ACTIVE_GROUP if state & _ACTIVE else _INACTIVE)
            painter.setPen(option.palette.color(group, _TEXT))
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


def install(view: Any, model: PlainCells) -> PlainTextDelegate:
    delegate = PlainTextDelegate(model, view)
    view.setItemDelegate(delegate)
    return delegate
