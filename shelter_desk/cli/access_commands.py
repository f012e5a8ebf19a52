"""access: which colleagues a client's file is open to beyond its own counsellor, open it to
one (until a day, or until closed again) and close it (directors; every step audited)."""

from __future__ import annotations

import argparse

from shelter_desk.cli.context import CliContext
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services import access_grants, reporting


def cmd_access(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.login() as ws:
        client_id = reporting.find_client(ws, args.case_code)
        if args.access_command == "grant":
            g = access_grants.grant(ws, client_id, args.to, args.reason, args.until)
            if g.until is None:
                ctx.tell(QT_TRANSLATE_NOOP("cli", "{code} is open to {user} until closed again."),
                         code=args.case_code, user=g.username)
            else:
                ctx.tell(QT_TRANSLATE_NOOP("cli", "{code} is open to {user} until {day}."),
                         code=args.case_code, user=g.username, day=g.until.isoformat())
            return 0
        if args.access_command == "revoke":
            access_grants.revoke(ws, client_id, args.to)
            ctx.tell(QT_TRANSLATE_NOOP("cli", "{code} is closed to {user}."),
                     code=args.case_code, user=args.to)
            return 0
        shown = access_grants.grants(ws, client_id)
    for g in shown:
        ctx.say("\t".join((g.username, g.until.isoformat() if g.until else "-",
                           f"{g.granted_at:%Y-%m-%d}", g.reason or "")))
    return 0
