"""records: list a client's records (numbers, days, categories; never their content) and void
one, with the reason, as the Void… button does in the client's file."""

from __future__ import annotations

import argparse

from shelter_desk.cli.context import CliContext
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services import reporting, voiding
from shelter_desk.services.voiding import KINDS

__all__ = ["KINDS", "cmd_records"]


def cmd_records(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.login() as ws:
        client_id = reporting.find_client(ws, args.case_code)
        if args.records_command == "list":
            for r in voiding.records_of(ws, client_id, args.kind):
                if r.void is None and args.voided:
                    continue
                state = (f"voided {r.void.at.astimezone():%Y-%m-%d %H:%M} by {r.void.by}"
                         if r.void is not None else "")
                ctx.say("\t".join((r.kind, str(r.id), r.on.isoformat() if r.on else "",
                                   r.label, state)).rstrip("\t"))
            return 0
        voiding.void_record(ws, args.kind, args.id, args.reason, case_code=args.case_code)
    ctx.tell(QT_TRANSLATE_NOOP("cli", "Voided {kind} number {id} in {code}."),
             kind=args.kind, id=args.id, code=args.case_code)
    return 0
