"""Dates and numbers in the user's locale (QLocale); stored values stay ISO / UTC."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone


def short_date_format() -> str:
    """The locale's short date, always with a four-digit year (deadlines and court papers
    must not be ambiguous)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), short_date_format())


def format_month_year(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, 1), "MMMM yyyy")


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    qdt = QDateTime(
        QDate(value.year, value.month, value.day),
        QTime(value.hour, value.minute, value.second),
        QTimeZone.utc() if value.tzinfo else QTimeZone.systemTimeZone(),
    ).toLocalTime()
    return QLocale().toString(qdt, f"{short_date_format()} HH:mm")


def format_number(value: int) -> str:
    return QLocale().toString(value)
