"""A table model over frozen view dataclasses, described by columns. Tested without a database.

A row whose view carries a void mark (`void`, services/voids.py) is shown struck through and
muted, with who voided it, when and why as its tooltip."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

V = TypeVar("V")
Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 10
SORT_ROLE = Qt.ItemDataRole.UserRole + 11


@dataclass(frozen=True)
class Column(Generic[V]):
    header: str
    text: Callable[[V], str]
    # Sort key when it differs from the text (dates, numbers).
    key: Callable[[V], Any] | None = None
    color: Callable[[V], str | None] | None = None
    align_right: bool = False
    confidential: bool = False  # shown in its file, never printed (session notes)
    tooltip: Callable[[V], str] | None = None  # the whole of what the cell shortens


def sort_value(value: Any) -> Any:
    """A key Qt can compare: dates as ISO text, tuples as one padded string."""
    if isinstance(value, tuple):
        return "|".join(
            str(sort_value(v)).rjust(20, "0") if isinstance(v, int) else str(sort_value(v))
            for v in value
        )
    if isinstance(value, date):
        return value.isoformat()
    return value


def void_of(row: Any) -> Any:
    """The row's void mark, if its record was voided."""
    return getattr(row, "void", None)


class RecordTableModel(QAbstractTableModel, Generic[V]):
    def __init__(self, columns: Sequence[Column[V]], parent: Any = None,
                 void_text: Callable[[Any], str] | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[V] = []
        # How a voided row's tooltip says why (the UI's wording, translated there).
        self.void_text = void_text
        self.muted = ""  # the theme's muted colour, for voided rows
        self.void_word = ""  # "voided", after the first cell of a voided row

    def set_rows(self, rows: Sequence[V]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = col.text(row)
            # Said in words too, not by the strike-through alone (screen readers, printouts).
            if index.column() == 0 and void_of(row) is not None and self.void_word:
                return f"{text} · {self.void_word}"
            return text
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return sort_value(col.key(row) if col.key else col.text(row))
        void = void_of(row)
        if role == Qt.ItemDataRole.FontRole and void is not None:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if void is not None and self.void_text is not None:
                return self.void_text(void)
            return col.tooltip(row) if col.tooltip is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and void is not None:
            return QColor(self.muted) if self.muted else None
        if role == Qt.ItemDataRole.ForegroundRole and col.color is not None:
            color = col.color(row)
            return QColor(color) if color else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
