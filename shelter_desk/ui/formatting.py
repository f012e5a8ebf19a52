"""Dates and numbers in the user's locale (QLocale); stored values stay ISO / UTC."""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from shelter_desk.ui.i18n import tr_

BRUSSELS = QTimeZone(b"Europe/Brussels")


def short_date_format() -> str:
    """The locale's short date, always with a four-digit year and two-digit day and month
    (02/12/2026, as in the reports and on court papers: deadlines must not be ambiguous)."""
    return _short_date_format()


@functools.cache
def _short_date_format() -> str:
    # Once per language (translations.install forgets it): lists format thousands of dates.
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    fmt = re.sub(r"(?<!d)d(?!d)", "dd", fmt)
    return re.sub(r"(?<!M)M(?!M)", "MM", fmt)


@functools.cache
def _locale() -> QLocale:
    return QLocale()


def locale_changed() -> None:
    """Called when the default QLocale changes (ui/translations.py)."""
    _short_date_format.cache_clear()
    _locale.cache_clear()


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return _locale().toString(QDate(value.year, value.month, value.day), _short_date_format())


def format_month_year(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, 1), "MMMM yyyy")


def format_datetime(value: datetime | None) -> str:
    """A moment in Brussels time, as the signature stamp and the reports give it; said so
    when this computer's clock runs on another zone (the GUI showed UTC beside a stamp in
    Brussels time)."""
    if value is None:
        return ""
    qdt = QDateTime(
        QDate(value.year, value.month, value.day),
        QTime(value.hour, value.minute, value.second),
        QTimeZone.utc() if value.tzinfo else QTimeZone.systemTimeZone(),
    )
    here = qdt.toTimeZone(BRUSSELS)
    text = QLocale().toString(here, f"{short_date_format()} HH:mm")
    if qdt.toLocalTime().offsetFromUtc() != here.offsetFromUtc():
        text += " " + tr_("Formatting", "(Brussels time)")
    return text


def format_time(value: time) -> str:
    """A time of day, 24-hour (as Belgian courts and appointment letters write it)."""
    return f"{value.hour:02d}:{value.minute:02d}"


def format_wall_clock(value: datetime) -> str:
    """A Brussels wall-clock date and time kept without a zone (an appointment): shown as it
    is, never converted (it is already the time on the clocks in Brussels)."""
    return f"{format_date(value)} {format_time(value.time())}"
