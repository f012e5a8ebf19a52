"""Belgian wall-clock times and the two nights a year they do not name one instant.

On the last Sunday of March the clocks go from 02:00 to 03:00: 02:30 does not exist. On the
last Sunday of October they go from 03:00 back to 02:00: 02:30 happens twice, first in summer
time (UTC+2), then in winter time (UTC+1). A court date is kept as the time on the summons and
as the instant it means (UTC), so the second case cannot be misread.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

BRUSSELS = ZoneInfo("Europe/Brussels")


class ClockChange(enum.StrEnum):
    """Which of the two 02:30s on the night the clocks go back."""

    BEFORE = "before"  # the first one, still summer time
    AFTER = "after"  # the second one, winter time


class WallTime(enum.Enum):
    ONCE = "once"
    MISSING = "missing"  # skipped when the clocks go forward
    TWICE = "twice"  # repeated when the clocks go back


def kind(on: date, at: time) -> WallTime:
    at = at.replace(fold=0, tzinfo=None)
    first = datetime.combine(on, at, tzinfo=BRUSSELS)
    second = first.replace(fold=1)
    if first.utcoffset() == second.utcoffset():
        return WallTime.ONCE
    back = first.astimezone(UTC).astimezone(BRUSSELS).replace(tzinfo=None)
    return WallTime.TWICE if back == datetime.combine(on, at) else WallTime.MISSING


def instant(on: date, at: time, change: ClockChange | None = None) -> datetime:
    """The UTC instant of a wall time that exists; `change` picks one of a repeated pair."""
    fold = 1 if change == ClockChange.AFTER else 0
    local = datetime.combine(on, at.replace(fold=0, tzinfo=None), tzinfo=BRUSSELS)
    return local.replace(fold=fold).astimezone(UTC)


def change_of(at_utc: datetime) -> ClockChange | None:
    """For a stored instant: which of the two it is, when its wall time happens twice."""
    local = at_utc.astimezone(BRUSSELS)
    if kind(local.date(), local.time().replace(tzinfo=None)) != WallTime.TWICE:
        return None
    return ClockChange.AFTER if local.fold else ClockChange.BEFORE


def utc_offset_hours(on: date, at: time, change: ClockChange) -> int:
    offset = instant(on, at, change).astimezone(BRUSSELS).utcoffset()
    return int(offset.total_seconds() // 3600) if offset is not None else 0


def shown(moment: datetime, *, seconds: bool = True) -> str:
    """A moment as people in Belgium read it, whatever the computer's own time zone: Brussels
    time and its zone, CET in winter and CEST in summer ("2026-12-02 02:49:07 CET"). A naive
    moment is UTC, as the database keeps them."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    local = aware.astimezone(BRUSSELS)
    return local.strftime("%Y-%m-%d %H:%M:%S %Z" if seconds else "%Y-%m-%d %H:%M %Z")
