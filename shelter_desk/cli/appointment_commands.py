"""appointments: list the appointments planned (all the files one may see, or one client's),
and plan one. One line per appointment: day and time (Brussels, as planned), minutes, kind,
case code, state, with whom; names only with --names, and never the place or the note."""

from __future__ import annotations

import argparse
from datetime import timedelta

from shelter_desk.cli.context import CliContext
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services import appointments, clients, clock, reporting

DEFAULT_DAYS = 14  # from --from (today) when --to is not given


def cmd_appointments(ctx: CliContext, args: argparse.Namespace) -> int:
    if args.appointments_command == "add":
        return _add(ctx, args)
    first = args.date_from or clock.today()
    last = args.date_to or first + timedelta(days=DEFAULT_DAYS - 1)
    with ctx.login() as ws:
        client_id = reporting.find_client(ws, args.client) if args.client else None
        rows = appointments.between(ws, first, last, client_id=client_id)
        names = clients.names(ws, [a.client_id for a in rows]) if args.names else {}
    for a in rows:
        line = "\t".join((f"{a.starts_at:%Y-%m-%d %H:%M}", str(a.duration_minutes),
                          a.kind.value, a.case_code, a.status.value, a.with_user))
        if args.names:
            line += f"\t{names.get(a.client_id, '')}"
        ctx.say(line)
    return 0


def _add(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.login() as ws:
        client_id = reporting.find_client(ws, args.case_code)
        with_id = (appointments.case_worker_id(ws, args.with_user) if args.with_user
                   else ws.actor.user_id)
        added = appointments.add(ws, client_id, appointments.AppointmentInput(
            day=args.date, start_time=args.time, duration_minutes=args.minutes,
            kind=args.kind, place=args.place, with_user_id=with_id, note=args.note))
    ctx.tell(QT_TRANSLATE_NOOP("cli", "Planned the appointment of {when} (number {id})."),
             when=f"{added.starts_at:%Y-%m-%d %H:%M}", id=added.id)
    return 0
