"""A table model over frozen view dataclasses, described by columns. Tested without a database."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

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


class RecordTableModel(QAbstractTableModel, Generic[V]):
    def __init__(self, columns: Sequence[Column[V]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[V] = []

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
            return col.text(row)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return sort_value(col.key(row) if col.key else col.text(row))
        if role == Qt.ItemDataRole.ForegroundRole and col.color is not None:
            color = col.color(row)
            return QColor(color) if color else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
