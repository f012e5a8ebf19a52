"""A week or a day, hour by hour: the appointments at their times (Brussels wall-clock times, as
planned) and, on top, what falls due on each day. Each item is a cell of its own, so two
appointments in the same hour are two cells, each opening its own file."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from shelter_desk.domain.vocabulary import AppointmentStatus, DeadlineKind
from shelter_desk.i18n import fill
from shelter_desk.services import deadlines
from shelter_desk.services.appointments import AppointmentView
from shelter_desk.ui import i18n
from shelter_desk.ui.deadline_text import subject_text
from shelter_desk.ui.formatting import format_date, format_time
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.privacy import masked
from shelter_desk.ui.style import theme
from shelter_desk.ui.views.client_file import view as file_view

CLIENT_ROLE = Qt.ItemDataRole.UserRole + 1
TAB_ROLE = Qt.ItemDataRole.UserRole + 2
APPOINTMENT_ROLE = Qt.ItemDataRole.UserRole + 3
DAY_ROLE = Qt.ItemDataRole.UserRole + 4  # "more": the day to open (an ordinal)
FIRST_HOUR, LAST_HOUR = 8, 18  # shown even when empty; widened to what is planned
WEEK_DUE_ROWS = 3  # a director's week has dozens due a day: the hours stay in sight


def who(case_code: str, name: str, privacy: bool) -> str:
    shown = masked(name, privacy)
    return f"{case_code} {shown}".strip()


def appointment_text(a: AppointmentView, name: str, privacy: bool, now: datetime) -> str:
    """"09:30–10:30 Accompaniment to a hearing · SD-2026-0012 Ana Popescu", its state in
    words when it is not simply planned."""
    text = (f"{format_time(a.start_time)}–{format_time(a.ends_at.time())} "
            f"{i18n.label(a.kind)} · {who(a.case_code, name, privacy)}")
    if a.status == AppointmentStatus.CANCELLED:
        text += " · " + tr_("Calendar", "cancelled")
    elif a.status == AppointmentStatus.HELD:
        text += " · " + tr_("Calendar", "held")
    elif a.past_and_open(now):
        text += " · " + tr_("Calendar", "to record or cancel")
    return text


def deadline_text(d: deadlines.Deadline, name: str, privacy: bool) -> str:
    text = f"{i18n.label(d.kind)} · {who(d.case_code, name, privacy)}"
    if d.kind == DeadlineKind.COURT_DATE:
        text += f" · {subject_text(d)}"
    return text


class Agenda(QTableWidget):
    def __init__(self, tab_for_kind: dict[DeadlineKind, int]) -> None:
        super().__init__()
        self.tab_for_kind = tab_for_kind
        self.days: list[date] = []
        self.setObjectName("agenda")
        self.setWordWrap(True)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

    def fill(self, days: Sequence[date], planned: Sequence[AppointmentView],
             due: Sequence[deadlines.Deadline], names: dict[int, str], privacy: bool,
             now: datetime, due_rows: int | None = None) -> None:
        """`due_rows`: at most so many rows of what falls due (court dates first), the last
        saying how many more and opening the day; None for all of them."""
        self.clear()
        self.days = list(days)
        column = {day: i for i, day in enumerate(self.days)}
        by_hour: dict[int, dict[int, list[AppointmentView]]] = defaultdict(
            lambda: defaultdict(list))
        for a in planned:
            if a.day in column:
                by_hour[a.start_time.hour][column[a.day]].append(a)
        by_day: dict[int, list[deadlines.Deadline | tuple[date, int]]] = defaultdict(list)
        for d in sorted(due, key=lambda d: d.kind != DeadlineKind.COURT_DATE):
            if d.due in column:
                by_day[column[d.due]].append(d)
        if due_rows is not None:
            for c, items in by_day.items():
                if len(items) > due_rows:
                    shown = items[:due_rows - 1]
                    by_day[c] = [*shown, (self.days[c], len(items) - len(shown))]
        hours = [h for h in range(24)
                 if FIRST_HOUR <= h <= LAST_HOUR or by_hour.get(h)]
        hours = list(range(min(hours), max(hours) + 1))
        due_rows = max((len(x) for x in by_day.values()), default=0)
        rows: list[tuple[str, int | None, int]] = [
            (tr_("Calendar", "Due") if i == 0 else "", None, i) for i in range(due_rows)]
        for h in hours:
            deepest = max((len(x) for x in by_hour.get(h, {}).values()), default=0)
            rows += [(f"{h:02d}:00" if i == 0 else "", h, i) for i in range(max(1, deepest))]
        self.setColumnCount(len(self.days))
        self.setRowCount(len(rows))
        locale = QLocale()
        self.setHorizontalHeaderLabels([
            f"{locale.toString(QDate(d.year, d.month, d.day), 'dddd')} {format_date(d)}"
            for d in self.days])
        self.setVerticalHeaderLabels([label for label, _, _ in rows])
        for r, (_, hour, i) in enumerate(rows):
            for c in range(len(self.days)):
                if hour is None:
                    items = by_day.get(c, [])
                    if i < len(items):
                        entry = items[i]
                        self.setItem(r, c, self._more(*entry) if isinstance(entry, tuple)
                                     else self._deadline(entry, names, privacy))
                else:
                    found = by_hour.get(hour, {}).get(c, [])
                    if i < len(found):
                        self.setItem(r, c, self._appointment(found[i], names, privacy, now))
        self.resizeRowsToContents()

    def _appointment(self, a: AppointmentView, names: dict[int, str], privacy: bool,
                     now: datetime) -> QTableWidgetItem:
        item = QTableWidgetItem(appointment_text(a, names.get(a.client_id, ""), privacy, now))
        item.setData(CLIENT_ROLE, a.client_id)
        item.setData(TAB_ROLE, file_view.TAB_APPOINTMENTS)
        item.setData(APPOINTMENT_ROLE, a.id)
        item.setToolTip(" · ".join(x for x in (a.place, a.with_user) if x))
        if a.status == AppointmentStatus.CANCELLED:
            font = QFont(item.font())
            font.setStrikeOut(True)
            item.setFont(font)
            item.setForeground(QBrush(QColor(theme().muted)))
        elif a.past_and_open(now):
            item.setForeground(QBrush(QColor(theme().warning)))
        return item

    def _more(self, day: date, hidden: int) -> QTableWidgetItem:
        item = QTableWidgetItem(fill(tr_("Calendar", "{count} more: open the day"), count=hidden))
        item.setData(DAY_ROLE, day.toordinal())
        item.setToolTip(tr_("Calendar", "Double-click (or Enter) shows this day's items"))
        font = QFont(item.font())
        font.setItalic(True)
        item.setFont(font)
        return item

    def _deadline(self, d: deadlines.Deadline, names: dict[int, str], privacy: bool
                  ) -> QTableWidgetItem:
        item = QTableWidgetItem(deadline_text(d, names.get(d.client_id, ""), privacy))
        item.setData(CLIENT_ROLE, d.client_id)
        item.setData(TAB_ROLE, self.tab_for_kind[d.kind])
        item.setToolTip(i18n.rule(d.rule))
        if d.kind == DeadlineKind.COURT_DATE:
            item.setBackground(QBrush(QColor("#fff3d6")))
            item.setForeground(QBrush(QColor("#000000")))
        return item

    def cells(self) -> list[tuple[str, int]]:
        """(text, client id) of every item shown, row by row."""
        out = []
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                item = self.item(r, c)
                if item is not None:
                    out.append((item.text(), int(item.data(CLIENT_ROLE))))
        return out

    def position_of(self, appointment_id: int) -> tuple[int, int]:
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                item = self.item(r, c)
                if item is not None and item.data(APPOINTMENT_ROLE) == appointment_id:
                    return r, c
        raise LookupError(appointment_id)
