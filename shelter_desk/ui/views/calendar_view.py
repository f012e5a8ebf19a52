"""Calendar: a month of court dates and deadlines; the chosen day's items beside it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.domain.roles import Role
from shelter_desk.domain.vocabulary import DeadlineKind
from shelter_desk.services import deadlines
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import accessible, i18n
from shelter_desk.ui.databus import DataBus
from shelter_desk.ui.formatting import format_date
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import show_error
from shelter_desk.ui.ops import run_in_background
from shelter_desk.ui.printing import print_button
from shelter_desk.ui.style import theme
from shelter_desk.ui.views.dashboard import TAB_FOR_KIND

CLIENT_ROLE = Qt.ItemDataRole.UserRole + 1
TAB_ROLE = Qt.ItemDataRole.UserRole + 2


def month_bounds(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


class MonthCalendar(QCalendarWidget):
    """Each day shows how many court dates and other deadlines fall on it."""

    def __init__(self) -> None:
        super().__init__()
        self.counts: dict[date, tuple[int, int]] = {}

    def paintCell(self, painter: QPainter, rect: QRect, day: QDate) -> None:
        super().paintCell(painter, rect, day)
        when = date(day.year(), day.month(), day.day())
        court, other = self.counts.get(when, (0, 0))
        if not court and not other:
            return
        painter.save()
        font = QFont(painter.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        font.setBold(True)
        painter.setFont(font)
        lines = []
        if court:
            text = (
                tr_("Calendar", "1 court date") if court == 1 else tr_("Calendar", "%1 court dates")
            )
            lines.append((text.replace("%1", str(court)), QColor(theme().warning)))
        if other:
            text = tr_("Calendar", "1 deadline") if other == 1 else tr_("Calendar", "%1 deadlines")
            lines.append((text.replace("%1", str(other)), QColor(theme().accent)))
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


class CalendarView(QWidget):
    open_client = Signal(int, int)

    def __init__(self, bus: DataBus) -> None:
        super().__init__()
        self.ws: Workspace | None = None
        self.items: list[deadlines.Deadline] = []
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
        self.calendar.selectionChanged.connect(self._show_day)
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
        right.addWidget(print_button(bus), 0, Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.addWidget(self.calendar, 3)
        layout.addLayout(right, 2)
        bus.changed.connect(lambda area, cid: self.refresh())

    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self.items = []
        self._paint()
        self.day_list.clear()
        self.month_list.clear()
        self.refresh()

    def refresh(self) -> None:
        ws = self.ws
        if ws is None or ws.closed or not ws.actor.has(Role.COUNSELLOR, Role.DIRECTOR):
            return
        start, end = month_bounds(self.calendar.yearShown(), self.calendar.monthShown())
        run_in_background(
            self,
            lambda: deadlines.between(ws, start, end),
            self._loaded,
            lambda e: show_error(self, e),
        )

    def _loaded(self, items: list[deadlines.Deadline]) -> None:
        self.items = items
        self._paint()
        self._show_day()
        self.month_list.clear()
        for d in items:
            if d.kind == DeadlineKind.COURT_DATE:
                self.month_list.addItem(self._item(d, with_date=True))

    def _paint(self) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        counts: dict[date, tuple[int, int]] = {}
        for d in self.items:
            court, other = counts.get(d.due, (0, 0))
            if d.kind == DeadlineKind.COURT_DATE:
                court += 1
                fmt = QTextCharFormat()
                fmt.setBackground(QColor("#fff3d6"))
                self.calendar.setDateTextFormat(QDate(d.due.year, d.due.month, d.due.day), fmt)
            else:
                other += 1
            counts[d.due] = (court, other)
        self.calendar.counts = counts
        self.calendar.updateCells()

    def first_focus(self) -> QWidget:
        return self.calendar.findChild(QTableView) or self.calendar

    def _show_day(self) -> None:
        day: date = self.calendar.selectedDate().toPython()  # type: ignore[assignment]
        self.day_title.setText(format_date(day))
        self.day_list.clear()
        todays = [d for d in self.items if d.due == day]
        for d in todays:
            self.day_list.addItem(self._item(d, with_date=False))
        if not todays:
            self.day_list.addItem(tr_("Calendar", "Nothing due on this day."))

    def _item(self, d: deadlines.Deadline, with_date: bool) -> QListWidgetItem:
        text = f"{i18n.label(d.kind)} — {d.case_code}"
        if d.kind == DeadlineKind.COURT_DATE:
            text += f" — {d.detail}"
        if with_date:
            text = f"{format_date(d.due)}  {text}"
        item = QListWidgetItem(text)
        item.setData(CLIENT_ROLE, d.client_id)
        item.setData(TAB_ROLE, TAB_FOR_KIND[d.kind])
        item.setToolTip(i18n.rule(d.rule))
        return item

    def _activated(self, item: QListWidgetItem) -> None:
        cid = item.data(CLIENT_ROLE)
        if cid:
            self.open_client.emit(int(cid), int(item.data(TAB_ROLE)))
