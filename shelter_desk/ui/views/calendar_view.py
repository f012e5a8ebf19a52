"""Calendar: a month of court dates, deadlines and appointments, the chosen day's items beside
it; or a week or a day hour by hour (ui/views/agenda.py). Double-click opens the file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QTextCharFormat
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.domain.roles import Role
from shelter_desk.domain.vocabulary import AppointmentStatus, ClientStatus, DeadlineKind
from shelter_desk.i18n import fill
from shelter_desk.services import appointments, clients, clock, deadlines
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import accessible, i18n
from shelter_desk.ui.databus import Changes, DataBus, InSight, Kind
from shelter_desk.ui.deadline_text import subject_text
from shelter_desk.ui.formatting import format_date, format_month_year
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import show_error
from shelter_desk.ui.ops import run_in_background
from shelter_desk.ui.printing import print_button
from shelter_desk.ui.record_kinds.appointments import planned_from_calendar
from shelter_desk.ui.style import theme
from shelter_desk.ui.views.agenda import (
    CLIENT_ROLE,
    DAY_ROLE,
    TAB_ROLE,
    WEEK_DUE_ROWS,
    Agenda,
    appointment_text,
    who,
)
from shelter_desk.ui.views.client_file import view as file_view
from shelter_desk.ui.views.dashboard import TAB_FOR_KIND


def month_bounds(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


class MonthCalendar(QCalendarWidget):
    """Each day shows how many court dates and other deadlines fall on it."""

    def __init__(self) -> None:
        super().__init__()
        # day -> (court dates, other deadlines, appointments)
        self.counts: dict[date, tuple[int, int, int]] = {}

    def paintCell(self, painter: QPainter, rect: QRect, day: QDate) -> None:
        when = date(day.year(), day.month(), day.day())
        court, other, planned = self.counts.get(when, (0, 0, 0))
        rows = sum(1 for n in (court, other, planned) if n)
        if not rows:
            super().paintCell(painter, rect, day)
            return
        # The day's number centred in the room above the counts, not behind them.
        below = min(16 * rows + 4, max(rect.height() - 16, 0))
        painter.fillRect(rect, self.palette().base())
        super().paintCell(painter, QRect(rect.left(), rect.top(), rect.width(),
                                         rect.height() - below), day)
        painter.save()
        font = QFont(painter.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        font.setBold(True)
        painter.setFont(font)
        lines = []
        if court:
            text = (tr_("Calendar", "1 court date") if court == 1
                    else tr_("Calendar", "{count} court dates"))
            lines.append((fill(text, count=court), QColor(theme().warning)))
        if other:
            text = (tr_("Calendar", "1 deadline") if other == 1
                    else tr_("Calendar", "{count} deadlines"))
            lines.append((fill(text, count=other), QColor(theme().accent)))
        if planned:
            text = (tr_("Calendar", "1 appointment") if planned == 1
                    else tr_("Calendar", "{count} appointments"))
            lines.append((fill(text, count=planned), QColor(theme().ok)))
        y = rect.bottom() - 4 - 16 * len(lines)
        for text, colour in lines:
            painter.setPen(colour)
            painter.drawText(
                QRect(rect.left() + 4, y, rect.width() - 8, 16),
                int(Qt.AlignmentFlag.AlignCenter),
                text,
            )
            y += 16
        painter.restore()


MONTH, WEEK, DAY = "month", "week", "day"


def week_of(day: date) -> tuple[date, date]:
    """Monday to Sunday (Belgian weeks)."""
    first = day - timedelta(days=day.weekday())
    return first, first + timedelta(days=6)


@dataclass(frozen=True)
class CalendarData:
    first: date
    last: date
    items: list[deadlines.Deadline]
    planned: list[appointments.AppointmentView]
    names: dict[int, str]


def load_calendar(ws: Workspace, first: date, last: date) -> CalendarData:
    items = deadlines.between(ws, first, last)
    planned = appointments.between(ws, first, last)
    names = clients.names(ws, [d.client_id for d in items] + [a.client_id for a in planned])
    return CalendarData(first, last, items, planned, names)


class CalendarView(QWidget):
    open_client = Signal(int, int)

    def __init__(self, bus: DataBus) -> None:
        super().__init__()
        self.bus = bus
        self.ws: Workspace | None = None
        self.items: list[deadlines.Deadline] = []
        self.planned: list[appointments.AppointmentView] = []
        self.names: dict[int, str] = {}
        self.mode = MONTH
        self._wanted: tuple[date, date] | None = None
        self._shown_days: tuple[date, date] | None = None
        self.calendar = MonthCalendar()
        self.calendar.setObjectName("calendar")
        # The grid inside the calendar takes the focus: name it, not only its frame.
        for part in (self.calendar, self.calendar.findChild(QTableView)):
            if part is not None:
                accessible.name(part, tr_("Calendar", "Month"), tr_(
                    "Calendar", "Arrow keys move between days; the day's items are listed "
                    "beside."))
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.currentPageChanged.connect(lambda y, m: self.refresh())
        self.calendar.selectionChanged.connect(self._selection_changed)
        self.day_title = QLabel()
        self.day_title.setObjectName("subheading")
        self.day_list = QListWidget()
        self.day_list.setObjectName("day_items")
        accessible.name(self.day_list, tr_("Calendar", "Due on the chosen day"))
        self.day_list.setWordWrap(True)
        self.day_list.itemActivated.connect(self._activated)
        self.month_list = QListWidget()
        self.month_list.setObjectName("month_items")
        accessible.name(self.month_list, tr_("Calendar", "Court dates this month"))
        self.month_list.setWordWrap(True)
        self.month_list.itemActivated.connect(self._activated)
        right = QVBoxLayout()
        right.addWidget(self.day_title)
        right.addWidget(self.day_list, 1)
        month_caption = QLabel(tr_("Calendar", "Court dates this month"))
        month_caption.setObjectName("subheading")
        right.addWidget(month_caption)
        right.addWidget(self.month_list, 1)
        month_page = QWidget()
        month_row = QHBoxLayout(month_page)
        month_row.setContentsMargins(0, 0, 0, 0)
        month_row.addWidget(self.calendar, 3)
        month_row.addLayout(right, 2)
        self.agenda = Agenda(TAB_FOR_KIND)
        accessible.name(self.agenda, tr_("Calendar", "Week"), tr_(
            "Calendar", "Appointments at their times and what falls due each day; Enter or "
            "double-click opens the file."))
        self.agenda.itemActivated.connect(self._activated)
        # "N more" opens its day at a click, as a link would; an item needs a double-click.
        self.agenda.itemClicked.connect(
            lambda item: self._activated(item) if item.data(DAY_ROLE) else None)
        self.agenda.cellDoubleClicked.connect(self._cell_opened)
        self.stack = QStackedWidget()
        self.stack.addWidget(month_page)
        self.stack.addWidget(self.agenda)
        # Month / Week / Day: one choice of three, as a segmented row of buttons.
        self.month_button = QPushButton(tr_("Calendar", "Month"))
        self.week_button = QPushButton(tr_("Calendar", "Week"))
        self.day_button = QPushButton(tr_("Calendar", "Day"))
        self.modes = QButtonGroup(self)
        self.modes.setExclusive(True)
        for button, mode in ((self.month_button, MONTH), (self.week_button, WEEK),
                             (self.day_button, DAY)):
            button.setCheckable(True)
            button.setProperty("segment", True)
            button.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
            self.modes.addButton(button)
        self.month_button.setChecked(True)
        self.previous_button = QPushButton(tr_("Calendar", "Previous"))
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.today_button = QPushButton(tr_("Calendar", "Today"))
        self.today_button.clicked.connect(lambda: self.go_to(clock.today()))
        self.next_button = QPushButton(tr_("Calendar", "Next"))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.range_title = QLabel()
        self.range_title.setObjectName("subheading")
        self.plan_button = QPushButton(tr_("Calendar", "Plan appointment…"))
        self.plan_button.setProperty("primary", True)
        self.plan_button.clicked.connect(self.plan)
        top = QHBoxLayout()
        segments = QHBoxLayout()
        segments.setSpacing(0)
        for button in (self.month_button, self.week_button, self.day_button):
            segments.addWidget(button)
        top.addLayout(segments)
        top.addSpacing(12)
        for widget in (self.previous_button, self.today_button, self.next_button):
            top.addWidget(widget)
        top.addWidget(self.range_title, 1)
        top.addWidget(self.plan_button)
        top.addWidget(print_button(bus))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.sight = InSight(self, self.refresh)
        bus.changed.connect(self._data_changed)
        bus.privacy_changed.connect(lambda _: self._show_all())

    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self.items, self.planned, self.names = [], [], {}
        self._paint()
        self.day_list.clear()
        self.month_list.clear()
        self.agenda.clearContents()
        self.refresh()

    # -- what is shown ----------------------------------------------------------------------
    def anchor(self) -> date:
        return self.calendar.selectedDate().toPython()  # type: ignore[return-value]

    def shown_days(self) -> tuple[date, date]:
        """The days the week or day view shows (the month view: the month on screen)."""
        if self.mode == WEEK:
            return week_of(self.anchor())
        if self.mode == DAY:
            return self.anchor(), self.anchor()
        return month_bounds(self.calendar.yearShown(), self.calendar.monthShown())

    def loaded_range(self) -> tuple[date, date] | None:
        """The days the week or day view last showed."""
        return self._shown_days

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        {MONTH: self.month_button, WEEK: self.week_button,
         DAY: self.day_button}[mode].setChecked(True)
        self.stack.setCurrentIndex(0 if mode == MONTH else 1)
        accessible.name(self.agenda, tr_("Calendar", "Week") if mode == WEEK
                        else tr_("Calendar", "Day"))
        self.refresh()

    def go_to(self, day: date) -> None:
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.setCurrentPage(day.year, day.month)
        self.refresh()

    def _step(self, direction: int) -> None:
        if self.mode == MONTH:
            if direction > 0:
                self.calendar.showNextMonth()
            else:
                self.calendar.showPreviousMonth()
            return
        days = 7 if self.mode == WEEK else 1
        self.go_to(self.anchor() + timedelta(days=direction * days))

    def _data_changed(self, changes: Changes) -> None:
        """What falls due (clients' deadlines), the appointments, and the clients' names."""
        if changes.status or changes.touches(Kind.CLIENT, Kind.APPOINTMENTS):
            self.sight.request()

    def refresh(self) -> None:
        ws = self.ws
        if ws is None or ws.closed or not ws.actor.has(Role.COUNSELLOR, Role.DIRECTOR):
            return
        month_first, month_last = month_bounds(self.calendar.yearShown(),
                                               self.calendar.monthShown())
        first, last = self.shown_days()
        # The month on screen always, so that the month view and its printout stay whole.
        wanted = (min(first, month_first), max(last, month_last))
        self._wanted = wanted
        run_in_background(
            self,
            lambda: load_calendar(ws, *wanted),
            self._loaded,
            lambda e: show_error(self, e),
        )

    def _loaded(self, data: CalendarData) -> None:
        if (data.first, data.last) != self._wanted:
            return  # an answer for days no longer on screen
        self.items, self.planned, self.names = data.items, data.planned, data.names
        self._show_all()

    def _show_all(self) -> None:
        self._paint()
        self._show_day()
        self.month_list.clear()
        month_first, month_last = month_bounds(self.calendar.yearShown(),
                                               self.calendar.monthShown())
        for d in self.items:
            if d.kind == DeadlineKind.COURT_DATE and month_first <= d.due <= month_last:
                self.month_list.addItem(self._item(d, with_date=True))
        first, last = self.shown_days()
        if self.mode == MONTH:
            self.range_title.setText(format_month_year(first))
            return
        days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        self._shown_days = (first, last)
        self.agenda.fill(days, self.planned, self.items, self.names, self.bus.privacy,
                         appointments.wall_clock_now(),
                         WEEK_DUE_ROWS if self.mode == WEEK else None)
        self.range_title.setText(format_date(first) if first == last
                                 else f"{format_date(first)} – {format_date(last)}")

    def _paint(self) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        counts: dict[date, tuple[int, int, int]] = {}
        for d in self.items:
            court, other, planned = counts.get(d.due, (0, 0, 0))
            if d.kind == DeadlineKind.COURT_DATE:
                court += 1
                fmt = QTextCharFormat()
                fmt.setBackground(QColor("#fff3d6"))
                self.calendar.setDateTextFormat(QDate(d.due.year, d.due.month, d.due.day), fmt)
            else:
                other += 1
            counts[d.due] = (court, other, planned)
        for a in self.planned:
            if a.status == AppointmentStatus.CANCELLED:
                continue
            court, other, planned = counts.get(a.day, (0, 0, 0))
            counts[a.day] = (court, other, planned + 1)
        self.calendar.counts = counts
        self.calendar.updateCells()

    def first_focus(self) -> QWidget:
        if self.mode != MONTH:
            return self.agenda
        return self.calendar.findChild(QTableView) or self.calendar

    def _show_day(self) -> None:
        day = self.anchor()
        self.day_title.setText(format_date(day))
        self.day_list.clear()
        now = appointments.wall_clock_now()
        planned = [a for a in self.planned if a.day == day]
        for a in planned:
            item = QListWidgetItem(appointment_text(
                a, self.names.get(a.client_id, ""), self.bus.privacy, now))
            item.setData(CLIENT_ROLE, a.client_id)
            item.setData(TAB_ROLE, file_view.TAB_APPOINTMENTS)
            item.setToolTip(" · ".join(x for x in (a.place, a.with_user) if x))
            self.day_list.addItem(item)
        todays = [d for d in self.items if d.due == day]
        for d in todays:
            self.day_list.addItem(self._item(d, with_date=False))
        if not todays and not planned:
            self.day_list.addItem(tr_("Calendar", "Nothing due on this day."))

    def _selection_changed(self) -> None:
        self._show_day()
        day = self.anchor()
        if self.mode != MONTH and self._shown_days is not None and not (
                self._shown_days[0] <= day <= self._shown_days[1]):
            self.refresh()

    def _item(self, d: deadlines.Deadline, with_date: bool) -> QListWidgetItem:
        text = f"{i18n.label(d.kind)} — {d.case_code}"
        if d.kind == DeadlineKind.COURT_DATE:
            text += f" — {subject_text(d)}"
        if with_date:
            text = f"{format_date(d.due)}  {text}"
        item = QListWidgetItem(text)
        item.setData(CLIENT_ROLE, d.client_id)
        item.setData(TAB_ROLE, TAB_FOR_KIND[d.kind])
        item.setToolTip(i18n.rule(d.rule))
        return item

    def _activated(self, item: QListWidgetItem | QTableWidgetItem) -> None:
        more = item.data(DAY_ROLE)
        if more:  # a week's "N more": that day, all of it
            self.go_to(date.fromordinal(int(more)))
            self.set_mode(DAY)
            return
        cid = item.data(CLIENT_ROLE)
        if cid:
            self.open_client.emit(int(cid), int(item.data(TAB_ROLE)))

    def _cell_opened(self, row: int, column: int) -> None:
        item = self.agenda.item(row, column)
        if item is not None:
            self._activated(item)

    # -- planning ---------------------------------------------------------------------------
    def plan(self) -> None:
        """Plan an appointment on the chosen day, for a client chosen in the dialog."""
        ws = self.ws
        if ws is None or ws.closed:
            return
        self.plan_button.setEnabled(False)
        run_in_background(
            self, lambda: [c for c in clients.list_clients(ws)
                           if c.status != ClientStatus.CLOSED],
            self._plan_for, self._plan_failed)

    def _plan_failed(self, exc: Exception) -> None:
        self.plan_button.setEnabled(True)
        show_error(self, exc)

    def _plan_for(self, found: list[clients.ClientSummary]) -> None:
        self.plan_button.setEnabled(True)
        ws = self.ws
        if ws is None or ws.closed:
            return
        privacy = self.bus.privacy
        choices = [(str(c.id), who(c.case_code, c.name, privacy))
                   for c in sorted(found, key=lambda c: c.case_code)]
        dialog = planned_from_calendar(ws, self, choices, self.anchor())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_value is not None:
            saved = dialog.result_value
            self.bus.publish(saved.changes)
