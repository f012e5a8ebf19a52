"""The dashboard's "needs attention" list as a model: its group headings (overdue, today, the
next 14 days; or one per counsellor) and the reminders under them, each with whose it is and
what was done about it. The view asks only for the rows on screen, so a
director's thousands of items cost what one screenful costs (a widget per item cost a second
of the GUI thread at 5,000 clients)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from shelter_desk.domain.vocabulary import DeadlineKind, ReminderStep
from shelter_desk.i18n import fill
from shelter_desk.services import deadlines
from shelter_desk.services.reminders import LeftOut, Reminder
from shelter_desk.ui import i18n
from shelter_desk.ui.deadline_text import subject_text
from shelter_desk.ui.formatting import format_date
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.privacy import masked
from shelter_desk.ui.style import theme

Index = QModelIndex | QPersistentModelIndex
CLIENT_ROLE = Qt.ItemDataRole.UserRole + 1
TAB_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
HEADING_ROLE = Qt.ItemDataRole.UserRole + 4
REMINDER_ROLE = Qt.ItemDataRole.UserRole + 5
MORE_ROLE = Qt.ItemDataRole.UserRole + 6  # a line counting items left out of a long list


@dataclass(frozen=True)
class _Row:
    heading: str | None  # a group's heading, or None for a reminder
    reminder: Reminder | None
    colour: str | None
    more: bool = False  # the heading counts items a long list left out (LeftOut)

    @property
    def deadline(self) -> deadlines.Deadline | None:
        return self.reminder.deadline if self.reminder is not None else None


class AttentionModel(QAbstractTableModel):
    def __init__(self, tab_for_kind: dict[DeadlineKind, int], parent: Any = None) -> None:
        super().__init__(parent)
        self.tab_for_kind = tab_for_kind
        self.rows: list[_Row] = []
        self.names: dict[int, str] = {}
        self.staff: dict[int, str] = {}
        self.today = date.min
        self.privacy = False
        self.headers = [tr_("Dashboard", "Due"), tr_("Dashboard", "What"),
                        tr_("Dashboard", "Client"), tr_("Dashboard", "Detail"),
                        tr_("Dashboard", "Whose")]

    def set_items(self, items: list[Reminder], names: dict[int, str], today: date,
                  staff: dict[int, str] | None = None, by_counsellor: bool = False,
                  more: list[LeftOut] | None = None) -> list[int]:
        """Show these reminders under their headings (by day, or one heading per person
        whose they are), each group counting as well those of `more` (left out of a long
        list: a line under the group says how many); returns the headings' rows."""
        t = theme()
        self.staff, self.today = staff or {}, today

        def colour(r: Reminder) -> str | None:
            if r.handled(today):
                return t.muted
            due = r.deadline.due
            return t.danger if due < today else t.warning if due == today else None

        left = more or []
        # (title, its reminders, how many more were left out, the heading's colour)
        groups: list[tuple[str, list[Reminder], int, str | None]]
        if by_counsellor:
            people = sorted({r.responsible_id for r in items} | {m.counsellor_id for m in left},
                            key=lambda u: (u is None, self._person(u).casefold()))
            groups = []
            for person in people:
                mine = [r for r in items if r.responsible_id == person]
                theirs = [m for m in left if m.counsellor_id == person]
                late = sum(1 for r in mine if r.deadline.due < today and not r.handled(today)) \
                    + sum(m.count for m in theirs if m.overdue)
                untold = sum(m.count for m in theirs)
                title = fill(tr_("Dashboard", "{person}: {overdue} overdue of {total}"),
                             person=self._person(person), overdue=late,
                             total=len(mine) + untold)
                groups.append((title, mine, untold, t.danger if late else None))
        else:
            groups = [
                (tr_("Dashboard", "Overdue"), [r for r in items if r.deadline.due < today],
                 sum(m.count for m in left if m.overdue), t.danger),
                (tr_("Dashboard", "Today"), [r for r in items if r.deadline.due == today],
                 0, t.warning),
                (tr_("Dashboard", "Next 14 days"), [r for r in items if r.deadline.due > today],
                 sum(m.count for m in left if not m.overdue), None),
            ]
        rows: list[_Row] = []
        headings: list[int] = []
        for title, grouped, untold, heading_colour in groups:
            headings.append(len(rows))
            heading = title if by_counsellor else f"{title} ({len(grouped) + untold})"
            rows.append(_Row(heading, None, heading_colour or t.muted))
            rows.extend(_Row(None, r, colour(r)) for r in grouped)
            if untold:
                headings.append(len(rows))
                rows.append(_Row(self._more_text(untold), None, t.muted, more=True))
        self.beginResetModel()
        self.rows, self.names = rows, names
        self.endResetModel()
        return headings

    @staticmethod
    def _more_text(count: int) -> str:
        return fill(tr_("Dashboard", "… and {count} more, not listed: Show all lists them"),
                    count=count)

    def _person(self, user_id: int | None) -> str:
        if user_id is None:
            return tr_("Dashboard", "No counsellor")
        return self.staff.get(user_id, "")

    def clear(self) -> None:
        self.beginResetModel()
        self.rows, self.names = [], {}
        self.endResetModel()

    def set_privacy(self, on: bool) -> None:
        self.privacy = on
        if self.rows:
            # the names and the details (an agreed action is typed, may name the client)
            self.dataChanged.emit(self.index(0, 2), self.index(len(self.rows) - 1, 3))

    def deadline_rows(self) -> int:
        return sum(1 for r in self.rows if r.reminder is not None)

    def reminder(self, row: int) -> Reminder | None:
        return self.rows[row].reminder if 0 <= row < len(self.rows) else None

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
        r = row.reminder
        assert r is not None
        d = r.deadline
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return format_date(d.due)
            if col == 1:
                return i18n.label(d.kind)
            if col == 2:
                name = masked(self.names.get(d.client_id, ""), self.privacy)
                return f"{d.case_code}  {name}" if name else d.case_code
            if col == 3:
                return self._detail(r)
            return self._person(r.responsible_id) if r.responsible_id or r.counsellor_id \
                else ""
        if role == Qt.ItemDataRole.ForegroundRole and (col == 0 or r.handled(self.today)) \
                and row.colour:
            return QColor(row.colour)
        if role == Qt.ItemDataRole.FontRole and r.handled(self.today):
            italic = QFont()
            italic.setItalic(True)
            return italic
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 1:
                return i18n.rule(d.rule)
            if r.state is not None and r.state.note and col in (3, 4):
                return f"{self._detail(r)}\n{r.state.note}" if col == 3 else r.state.note
        if col == 0:
            if role == CLIENT_ROLE:
                return d.client_id
            if role == TAB_ROLE:
                return self.tab_for_kind[d.kind]
            if role == KIND_ROLE:
                return d.kind.value
        if role == REMINDER_ROLE:
            return index.row()
        return None

    def _detail(self, r: Reminder) -> str:
        """The deadline's detail, and what was done about it: "Done", "Snoozed until …"."""
        text = subject_text(r.deadline, self.privacy)
        state = r.state
        if state is None or state.step is None or state.step == ReminderStep.REOPENED:
            return text
        if state.step == ReminderStep.SNOOZED and state.snoozed_until is not None:
            if state.snoozed_until <= self.today:
                return text
            mark = fill(tr_("Dashboard", "snoozed until {date}"),
                        date=format_date(state.snoozed_until))
        else:
            mark = tr_("Dashboard", "done")
        return f"{mark} · {text}"  # first: a long detail is cut at its end

    def _heading(self, row: _Row, col: int, role: int) -> Any:
        if role == HEADING_ROLE:
            return True
        if col != 0:
            return None
        if role == MORE_ROLE:
            return row.more
        if role == Qt.ItemDataRole.DisplayRole:
            return row.heading
        if role == Qt.ItemDataRole.ForegroundRole and row.colour:
            return QColor(row.colour)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(row.more)  # a count of what is not listed, not a group
            font.setBold(not row.more)
            return font
        return None
