"""Dates and numbers in the user's locale (QLocale); stored values stay ISO / UTC."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone


def format_date(
    value: date | None, fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat
) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), fmt)


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    qdt = QDateTime(
        QDate(value.year, value.month, value.day),
        QTime(value.hour, value.minute, value.second),
        QTimeZone.utc() if value.tzinfo else QTimeZone.systemTimeZone(),
    ).toLocalTime()
    return QLocale().toString(qdt, QLocale.FormatType.ShortFormat)


def format_number(value: int) -> str:
    return QLocale().toString(value)
