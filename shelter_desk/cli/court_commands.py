"""court-dates: add a hearing from the command line, list a client's hearings.

On the night the clocks go back, 02:30 happens twice: the command asks which (or takes
--clock-change before|after); a time that does not exist (the night they go forward) is refused
with the reason."""

from __future__ import annotations

import argparse
import sys
from datetime import date, time

from shelter_desk.cli.context import CliContext
from shelter_desk.cli.i18n import tr_
from shelter_desk.domain.wall_clock import ClockChange, utc_offset_hours
from shelter_desk.i18n import QT_TRANSLATE_NOOP, fill
from shelter_desk.services import judicial, reporting
from shelter_desk.services.errors import ValidationError
from shelter_desk.store.errors import StoreError


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr_("cli", "use YYYY-MM-DD")) from None


def clock_time(text: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr_("cli", "use HH:MM (24-hour clock)")) from None


def _ask_clock_change(ctx: CliContext, on: date, at: time) -> ClockChange:
    """Which of the two: asked on the terminal, or read as the next line of standard input."""
    before, after = tr_("cli", "before"), tr_("cli", "after")
    print(fill(tr_("cli", QT_TRANSLATE_NOOP(
        "cli", "{time} happens twice on {date}: the clocks go back an hour that night.\n"
        "  {before}: before the change (summer time, UTC+{summer})\n"
        "  {after}: after the change (winter time, UTC+{winter})\n"
        "Which is it? [{before}/{after}] ")), time=at.strftime("%H:%M"), date=on.isoformat(),
        before=before, after=after, summer=utc_offset_hours(on, at, ClockChange.BEFORE),
        winter=utc_offset_hours(on, at, ClockChange.AFTER)), end="", file=sys.stderr,
        flush=True)
    answer = sys.stdin.readline().strip().casefold()
    for word, change in ((before, ClockChange.BEFORE), (after, ClockChange.AFTER),
                         ("before", ClockChange.BEFORE), ("after", ClockChange.AFTER),
                         ("1", ClockChange.BEFORE), ("2", ClockChange.AFTER)):
        if answer == word.casefold():
            return change
    raise StoreError(QT_TRANSLATE_NOOP(
        "errors", "No answer: nothing was saved. Say --clock-change before or "
        "--clock-change after."))


def cmd_court_dates(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.login() as ws:
        client_id = reporting.find_client(ws, args.case_code)
        if args.court_command == "list":
            for h in judicial.list_court_dates(ws, client_id):
                when = h.on_date.isoformat() + (f" {h.at_time:%H:%M}" if h.at_time else "")
                if h.clock_change is not None:
                    when += f" ({tr_('cli', h.clock_change.value)})"
                ctx.say(f"{when}\t{h.hearing_type.value}\t{h.outcome.value}\t{h.court}")
            return 0
        cases = judicial.list_cases(ws, client_id)
        case_id = args.case if args.case is not None else (cases[-1].id if cases else 0)
        change = ClockChange(args.clock_change) if args.clock_change else None
        while True:
            hearing = judicial.CourtDateInput(
                court=args.court, on_date=args.date, at_time=args.time,
                hearing_type=args.hearing, attendance_required=args.must_attend,
                counsellor_accompanies=args.accompanied, interpreter_arranged=args.interpreter,
                clock_change=change)
            try:
                added = judicial.add_court_date(ws, case_id, hearing)
                break
            except ValidationError as exc:
                if exc.field != "clock_change" or change is not None:
                    raise
                change = _ask_clock_change(ctx, args.date, args.time)
    ctx.tell(QT_TRANSLATE_NOOP("cli", "Added the court date of {date} (number {id})."),
             date=added.on_date.isoformat(), id=added.id)
    return 0
