"""demo, clients."""

from __future__ import annotations

import argparse
import time

from shelter_desk import demo
from shelter_desk.cli.context import CliContext
from shelter_desk.cli.i18n import tr_
from shelter_desk.domain.vocabulary import ClientStatus
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services import client_filters, clients
from shelter_desk.services import validation as v
from shelter_desk.services.errors import ValidationError
from shelter_desk.store.errors import StoreError


def cmd_demo(ctx: CliContext, args: argparse.Namespace) -> int:
    if not 1 <= args.clients <= demo.MAX_CLIENTS:
        raise StoreError(QT_TRANSLATE_NOOP(
            "errors", "--clients takes a number from 1 to {most}."), most=demo.MAX_CLIENTS)
    password = ctx.secrets.ask(tr_("cli", "Password for every demo account: ")) \
        if ctx.secrets.from_stdin else None
    started = time.perf_counter()
    result = demo.create_demo(ctx.data_dir, clients=args.clients, password=password)
    seconds = time.perf_counter() - started
    ctx.tell(QT_TRANSLATE_NOOP(
        "cli", "Created a demo database with {count} SYNTHETIC clients in {folder} "
        "({seconds} s). No real person is in it."),
        count=result.clients, folder=ctx.data_dir, seconds=f"{seconds:.1f}")
    if password is None:
        ctx.tell(QT_TRANSLATE_NOOP("cli", "Demo accounts (user name: password):"))
        for name, secret in result.passwords.items():
            ctx.say(f"  {name:<12} {secret}")
    else:
        ctx.tell(QT_TRANSLATE_NOOP(
            "cli", "Demo accounts: {users} (all with the password read from standard input)."),
            users=", ".join(result.passwords))
    return 0


def country_code(text: str) -> str:
    """--nationality: an ISO 3166 code, in either case (ng is NG)."""
    try:
        return v.country("nationality", text.strip())
    except ValidationError:
        raise argparse.ArgumentTypeError(tr_(
            "cli", "not an ISO 3166 country code (two letters, e.g. NG or RO)")) from None


def _filters(args: argparse.Namespace) -> client_filters.ClientFilter:
    return client_filters.make(
        phase=args.phase, nationality=args.nationality, exploitation=args.exploitation,
        intake_from=args.intake_from, intake_to=args.intake_to, overdue=args.overdue)


def check_clients_list(args: argparse.Namespace) -> None:
    """A wrong combination is a wrong command line (exit 2), before any password is asked."""
    _filters(args)


def cmd_clients(ctx: CliContext, args: argparse.Namespace) -> int:
    status = ClientStatus(args.status) if args.status else None
    filters = _filters(args)
    with ctx.login() as ws:
        rows = clients.list_clients(ws, search=args.search, status=status,
                                    counsellor=args.counsellor, filters=filters)
    for r in rows:
        line = f"{r.case_code}\t{r.status.value}\t{r.counsellor}"
        if args.names:
            line += f"\t{r.name}"
        ctx.say(line)
    return 0
