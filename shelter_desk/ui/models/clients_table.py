"""The client list's model and its filter: instant, accent- and case-insensitive, over names,
aliases and case codes; by status and counsellor. Tested on plain rows, without a database."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from shelter_desk.domain.vocabulary import ClientStatus
from shelter_desk.services.clients import ClientSummary
from shelter_desk.services.folding import fold
from shelter_desk.ui import i18n
from shelter_desk.ui.formatting import format_date
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.models.record_table import ROW_ROLE, Column, RecordTableModel
from shelter_desk.ui.privacy import masked
from shelter_desk.ui.style import theme

COL_CODE, COL_NAME, COL_NATIONALITY, COL_COUNSELLOR, COL_PHASE, COL_DEADLINE = range(6)
OPEN_FILES = "open"  # the status filter's default: intake and in programme


class ClientsTableModel(RecordTableModel[ClientSummary]):
    def __init__(self, today: date, parent: Any = None) -> None:
        self.privacy = False
        self.today = today

        def deadline_text(c: ClientSummary) -> str:
            d = c.next_deadline
            if d is None:
                return ""
            text = f"{format_date(d.due)}  {i18n.label(d.kind)}"
            # In words too, not only in red.
            return tr_("ClientsTable", "%1 (overdue)").replace("%1", text) \
                if d.due < self.today else text

        columns = [
            Column(tr_("ClientsTable", "Case code"), lambda c: c.case_code),
            Column(
                tr_("ClientsTable", "Name"),
                lambda c: masked(c.name, self.privacy),
                key=lambda c: fold(c.last_name + " " + c.first_names),
            ),
            Column(tr_("ClientsTable", "Nationality"), lambda c: i18n.country(c.nationality)),
            Column(tr_("ClientsTable", "Counsellor"), lambda c: c.counsellor),
            Column(tr_("ClientsTable", "Phase"), lambda c: i18n.label(c.phase)),
            Column(
                tr_("ClientsTable", "Next deadline"),
                deadline_text,
                key=lambda c: c.next_deadline.due if c.next_deadline else date.max,
                color=lambda c: (
                    theme().danger if c.next_deadline and c.next_deadline.due < self.today else None
                ),
            ),
        ]
        super().__init__(columns, parent)

    def set_privacy(self, on: bool) -> None:
        self.privacy = on
        if self.rows:
            self.dataChanged.emit(self.index(0, COL_NAME), self.index(len(self.rows) - 1, COL_NAME))


class ClientsFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.query = ""
        self.status: str | None = OPEN_FILES
        self.counsellor: str | None = None

    def _refilter(self, change: object) -> None:
        self.beginFilterChange()
        change()  # type: ignore[operator]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_query(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "query", fold(text)))

    def set_status(self, status: str | None) -> None:
        self._refilter(lambda: setattr(self, "status", status))

    def set_counsellor(self, name: str | None) -> None:
        self._refilter(lambda: setattr(self, "counsellor", name))

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        row: ClientSummary = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if self.status == OPEN_FILES and row.status == ClientStatus.CLOSED:
            return False
        if self.status and self.status != OPEN_FILES and row.status.value != self.status:
            return False
        if self.counsellor and row.counsellor != self.counsellor:
            return False
        return not self.query or self.query in row.search_text
