"""The dashboard's "needs attention" list as a model: its group headings (overdue, today, the
next 14 days) and the deadlines under them. The view asks only for the rows on screen, so a
director's thousands of items cost what one screenful costs (a widget per item cost a second
of the GUI thread at 5,000 clients)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from shelter_desk.domain.vocabulary import Condition, DeadlineKind
from shelter_desk.services import deadlines
from shelter_desk.ui import i18n
from shelter_desk.ui.formatting import format_date
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.privacy import masked
from shelter_desk.ui.style import theme

Index = QModelIndex | QPersistentModelIndex
CLIENT_ROLE = Qt.ItemDataRole.UserRole + 1
TAB_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
HEADING_ROLE = Qt.ItemDataRole.UserRole + 4


@dataclass(frozen=True)
class _Row:
    heading: str | None  # a group's heading, or None for a deadline
    deadline: deadlines.Deadline | None
    colour: str | None


def detail(d: deadlines.Deadline) -> str:
    if d.kind == DeadlineKind.PROGRAMME_REVIEW:
        return tr_("Dashboard", "%1 months after intake").replace("%1", d.detail)
    parts = [p.strip() for p in d.detail.split(", ") if p.strip()]
    if d.kind == DeadlineKind.CONDITION_CHECK and len(parts) == len(Condition):
        return tr_("Dashboard", "All three conditions")
    if d.kind in (DeadlineKind.CONDITION_CHECK, DeadlineKind.CONSENT_REVIEW,
                  DeadlineKind.BREACH_TO_NOTIFY):
        return ", ".join(QCoreApplication.translate("enum", p) for p in parts)
    if d.kind in (
        DeadlineKind.DOCUMENT_REMINDER,
        DeadlineKind.DOCUMENT_RENEWAL,
        DeadlineKind.DOCUMENT_EXPIRY,
    ):
        return QCoreApplication.translate("enum", d.detail)
    return d.detail


class AttentionModel(QAbstractTableModel):
    def __init__(self, tab_for_kind: dict[DeadlineKind, int], parent: Any = None) -> None:
        super().__init__(parent)
        self.tab_for_kind = tab_for_kind
        self.rows: list[_Row] = []
        self.names: dict[int, str] = {}
        self.privacy = False
        self.headers = [tr_("Dashboard", "Due"), tr_("Dashboard", "What"),
                        tr_("Dashboard", "Client"), tr_("Dashboard", "Detail")]

    def set_items(self, items: list[deadlines.Deadline], names: dict[int, str],
                  today: date) -> list[int]:
        """Show these deadlines under their headings; returns the headings' rows."""
        t = theme()
        groups = [
            (tr_("Dashboard", "Overdue"), [d for d in items if d.due < today], t.danger),
            (tr_("Dashboard", "Today"), [d for d in items if d.due == today], t.warning),
            (tr_("Dashboard", "Next 14 days"), [d for d in items if d.due > today], None),
        ]
        rows: list[_Row] = []
        headings: list[int] = []
        for title, grouped, colour in groups:
            headings.append(len(rows))
            rows.append(_Row(f"{title} ({len(grouped)})", None, colour or t.muted))
            rows.extend(_Row(None, d, colour) for d in grouped)
        self.beginResetModel()
        self.rows, self.names = rows, names
        self.endResetModel()
        return headings

    def clear(self) -> None:
        self.beginResetModel()
        self.rows, self.names = [], {}
        self.endResetModel()

    def set_privacy(self, on: bool) -> None:
        self.privacy = on
        if self.rows:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self.rows) - 1, 2))

    def deadline_rows(self) -> int:
        return sum(1 for r in self.rows if r.deadline is not None)

    def texts(self, row: int) -> tuple[str, ...]:
        """What the row shows: the heading alone, or every column (printing, tests)."""
        if self.rows[row].heading is not None:
            return (str(self.rows[row].heading),)
        return tuple(str(self.index(row, c).data() or "") for c in range(len(self.headers)))

    # -- the model ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.rows[index.row()].heading is not None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if row.heading is not None:
            return self._heading(row, col, role)
        d = row.deadline
        assert d is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return format_date(d.due)
            if col == 1:
                return i18n.label(d.kind)
            if col == 2:
                name = masked(self.names.get(d.client_id, ""), self.privacy)
                return f"{d.case_code}  {name}" if name else d.case_code
            return detail(d)
        if role == Qt.ItemDataRole.ForegroundRole and col == 0 and row.colour:
            return QColor(row.colour)
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return i18n.rule(d.rule)
        if col == 0:
            if role == CLIENT_ROLE:
                return d.client_id
            if role == TAB_ROLE:
                return self.tab_for_kind[d.kind]
            if role == KIND_ROLE:
                return d.kind.value
        return None

    def _heading(self, row: _Row, col: int, role: int) -> Any:
        if role == HEADING_ROLE:
            return True
        if col != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.heading
        if role == Qt.ItemDataRole.ForegroundRole and row.colour:
            return QColor(row.colour)
        if role == Qt.ItemDataRole.FontRole:
            bold = QFont()
            bold.setBold(True)
            return bold
        return None
