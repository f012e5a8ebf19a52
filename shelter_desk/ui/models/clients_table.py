"""The client list's model, which filters and sorts itself: instant, accent- and
case-insensitive, over names, aliases and case codes; by status and counsellor, and by the
filters of services/client_filters.py (phase, nationality, form of exploitation, intake period,
overdue). Tested on plain rows, without a database.

Filtering and sorting work on the Python list (comprehensions, one key per row when the order
changes) and then reset the model: a proxy would call back into Python for every row on
every keystroke, and for every comparison when sorting (200-700 ms at 5,000 clients)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from shelter_desk.domain.vocabulary import ClientStatus
from shelter_desk.i18n import fill
from shelter_desk.services.client_filters import ClientFilter, narrow
from shelter_desk.services.clients import ClientSummary
from shelter_desk.services.folding import fold
from shelter_desk.ui import i18n
from shelter_desk.ui.formatting import format_date
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.models.record_table import Column, RecordTableModel, sort_value
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
            return fill(tr_("ClientsTable", "{text} (overdue)"), text=text) \
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
        self.all_rows: list[ClientSummary] = []  # every client loaded, in the current order
        self.query = ""
        self.status: str | None = OPEN_FILES
        self.counsellor: str | None = None
        self.filters = ClientFilter()
        self.sort_column = COL_CODE
        self.sort_order = Qt.SortOrder.AscendingOrder

    # -- rows, filters, order -----------------------------------------------------------------
    def set_rows(self, rows: Sequence[ClientSummary]) -> None:
        self.all_rows = self._sorted(list(rows))
        self._apply()

    def total(self) -> int:
        return len(self.all_rows)

    def set_query(self, text: str) -> None:
        folded = fold(text)
        if folded != self.query:
            narrower = folded.startswith(self.query)
            self.query = folded
            self._apply(within_shown=narrower)

    def set_status(self, status: str | None) -> None:
        if status != self.status:
            self.status = status
            self._apply()

    def set_counsellor(self, name: str | None) -> None:
        if name != self.counsellor:
            self.counsellor = name
            self._apply()

    def set_filters(self, filters: ClientFilter) -> None:
        if filters != self.filters:
            self.filters = filters
            self._apply()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.sort_column, self.sort_order = column, order
        self.all_rows = self._sorted(self.all_rows)
        self._apply()

    def _sorted(self, rows: list[ClientSummary]) -> list[ClientSummary]:
        col = self.columns[self.sort_column]
        get = col.key or col.text
        keyed = [(sort_value(get(r)), r.case_code, r) for r in rows]
        keyed.sort(key=lambda t: t[:2], reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        return [t[2] for t in keyed]

    def _apply(self, within_shown: bool = False) -> None:
        """The rows shown: the filters over the ordered list, without a call per row."""
        rows = self.rows if within_shown else self.all_rows
        if not within_shown:
            if self.status == OPEN_FILES:
                rows = [r for r in rows if r.status != ClientStatus.CLOSED]
            elif self.status:
                rows = [r for r in rows if r.status.value == self.status]
            if self.counsellor:
                rows = [r for r in rows if r.counsellor == self.counsellor]
            rows = narrow(rows, self.filters, self.today)
        if self.query:
            query = self.query
            rows = [r for r in rows if query in r.search_text]
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def cell_text(self, row: int, column: int) -> tuple[str, str | None]:
        """A cell as the table draws it (widgets/plain_cells.py): its text and colour, from
        one call instead of one per role."""
        client = self.rows[row]
        col = self.columns[column]
        return col.text(client), col.color(client) if col.color is not None else None

    def set_privacy(self, on: bool) -> None:
        self.privacy = on
        if self.rows:
            self.dataChanged.emit(self.index(0, COL_NAME), self.index(len(self.rows) - 1, COL_NAME))
