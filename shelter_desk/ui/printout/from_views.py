"""Printouts of what the screens show, read from the screens themselves (their rows, their
fields, names already masked in privacy mode), so that paper and screen always agree."""

from __future__ import annotations

from calendar import Calendar
from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFormLayout, QLabel

from shelter_desk.domain.vocabulary import DeadlineKind
from shelter_desk.i18n import fill
from shelter_desk.services.deadlines import Deadline
from shelter_desk.ui import i18n
from shelter_desk.ui.deadline_text import subject_text
from shelter_desk.ui.formatting import format_date, format_month_year
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.models.attention import AttentionModel
from shelter_desk.ui.models.record_table import ROW_ROLE, void_of
from shelter_desk.ui.printout.layout import Fields, Note, Printout, Table
from shelter_desk.ui.views.calendar_view import MONTH, CalendarView
from shelter_desk.ui.views.client_file import view as file_view
from shelter_desk.ui.views.client_file.overview_tab import OverviewTab
from shelter_desk.ui.views.client_file.record_tab import RecordTab
from shelter_desk.ui.views.dashboard import Dashboard


def dashboard(view: Dashboard) -> Printout | None:
    """The "needs attention" list with its groups (overdue, today, next 14 days)."""
    if view.data is None:
        return None
    table = _tree_table(view.model, tr_("Printing", "Nothing needs attention."))
    return Printout(tr_("Dashboard", "Needs attention"), (table,))


def _tree_table(model: AttentionModel, empty: str) -> Table:
    rows = tuple(model.texts(i) for i in range(model.rowCount()))
    listed = model.deadline_rows() > 0
    return Table("", tuple(model.headers), rows if listed else (), (12, 21, 24, 27, 16), empty)


def calendar(view: CalendarView) -> Printout | None:
    """The month shown: a grid with each day's count, then every item day by day. The week or
    the day shown: its items day by day, as the screen shows them."""
    if view.ws is None:
        return None
    if view.mode != MONTH:
        return _agenda(view)
    year, month = view.calendar.yearShown(), view.calendar.monthShown()
    items = sorted((d for d in view.items if (d.due.year, d.due.month) == (year, month)),
                   key=lambda d: (d.due, d.case_code))
    locale = QLocale()
    weeks = Calendar(firstweekday=0).monthdatescalendar(year, month)  # Belgian weeks: Monday
    grid = Table(
        "",
        tuple(locale.dayName(day, QLocale.FormatType.LongFormat) for day in range(1, 8)),
        tuple(tuple(_day_cell(day, month, items) for day in week) for week in weeks),
        (14, 14, 14, 14, 14, 15, 15),
    )
    agenda = Table(
        tr_("Printing", "Day by day"),
        (tr_("Dashboard", "Due"), tr_("Dashboard", "What"), tr_("ClientFile", "Case code"),
         tr_("Dashboard", "Detail")),
        tuple((format_date(d.due), i18n.label(d.kind), d.case_code,
               # Case codes only, as the month on screen: a typed action is masked.
               subject_text(d, privacy=True)) for d in items),
        (15, 35, 20, 30),
        tr_("Printing", "Nothing is due this month."),
    )
    title = fill(tr_("Printing", "Calendar: {period}"),
                 period=format_month_year(date(year, month, 1)))
    return Printout(title, (grid, agenda))


def _agenda(view: CalendarView) -> Printout | None:
    shown = view.loaded_range()
    if shown is None:
        return None
    grid = view.agenda
    rows = []
    for column, day in enumerate(grid.days):
        for row in range(grid.rowCount()):
            item = grid.item(row, column)
            if item is not None:
                rows.append((format_date(day), " ".join(item.text().split())))
    first, last = shown
    span = format_date(first) if first == last else f"{format_date(first)} – {format_date(last)}"
    table = Table("", (tr_("Printing", "Day"), tr_("Printing", "Appointment or deadline")),
                  tuple(rows), (20, 80), tr_("Printing", "Nothing planned or due."))
    return Printout(fill(tr_("Printing", "Calendar: {period}"), period=span), (table,))


def _day_cell(day: date, month: int, items: list[Deadline]) -> str:
    if day.month != month:
        return ""
    court = sum(1 for d in items if d.due == day and d.kind == DeadlineKind.COURT_DATE)
    other = sum(1 for d in items if d.due == day and d.kind != DeadlineKind.COURT_DATE)
    lines = [str(day.day)]
    if court:
        lines.append(tr_("Calendar", "1 court date") if court == 1
                     else fill(tr_("Calendar", "{count} court dates"), count=court))
    if other:
        lines.append(tr_("Calendar", "1 deadline") if other == 1
                     else fill(tr_("Calendar", "{count} deadlines"), count=other))
    return "\n".join(lines)


def overview(file: file_view.ClientFileView) -> Printout | None:
    """The client's overview: the header line, the details, the referral and exploitation,
    the timeline. The name is in the page header only here, and never in privacy mode."""
    tab = file.tabs.widget(file_view.TAB_OVERVIEW)
    if not isinstance(tab, OverviewTab) or tab.data is None:
        return None
    summary = file.summary
    privacy = file.ctx.bus.privacy
    status = " · ".join(filter(None, (file.meta_label.text(), file.deadline_label.text())))
    blocks = (
        Note(status),
        Fields(tr_("ClientFile", "The client"), _form_rows(tab.details)),
        Fields(tr_("ClientFile", "Referral and exploitation"), _form_rows(tab.intake)),
        Table(
            tr_("ClientFile", "Timeline (newest first)"),
            (tr_("ClientFile", "Date"), tr_("Printing", "Event")),
            tuple((format_date(e.day), e.text) for e in tab.events),
            (16, 84),
        ),
    )
    return Printout(tr_("Printing", "Client overview"), blocks, summary.case_code,
                    "" if privacy else summary.name)


def _form_rows(form: QFormLayout) -> tuple[tuple[str, str], ...]:
    rows = []
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        value = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        texts = [w.text() if item is not None and isinstance(w := item.widget(), QLabel) else ""
                 for item in (label, value)]
        rows.append((texts[0], texts[1]))
    return tuple(rows)


def sessions(file: file_view.ClientFileView) -> Printout | None:
    """The session list in the order shown, in landscape; confidential notes and voided
    sessions are left out."""
    tab = file.tabs.widget(file_view.TAB_SESSIONS)
    if not isinstance(tab, RecordTab):
        return None
    columns = [c for c in tab.model.columns if not c.confidential]
    rows = tuple(
        tuple(c.text(record) for c in columns)
        for record in (tab.proxy.index(r, 0).data(ROW_ROLE) for r in range(tab.proxy.rowCount()))
        if void_of(record) is None
    )
    table = Table("", tuple(c.header for c in columns), rows, (),
                  tr_("Printing", "No sessions recorded."))
    notes = Note(tr_("Printing", "Confidential notes are not printed."))
    return Printout(tr_("ClientFile", "Counselling sessions"), (table, notes),
                    file.summary.case_code, landscape=True)
