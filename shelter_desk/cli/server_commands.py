"""server init, connect, upgrade, import, activate: the shelter's server (docs/server.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from shelter_desk.cli.account_commands import tell_first_director
from shelter_desk.cli.context import CliContext
from shelter_desk.cli.i18n import tr_
from shelter_desk.i18n import QT_TRANSLATE_NOOP, fill
from shelter_desk.store.errors import StoreError

if TYPE_CHECKING:
    from types import ModuleType


def _services() -> ModuleType:
    # Loaded when a server command runs, not on every start of the program.
    from shelter_desk.services import server_setup

    return server_setup


def _ask(ctx: CliContext, template: str, **params: object) -> str:
    return ctx.secrets.ask(fill(tr_("cli", template), **params))


def _ca(args: argparse.Namespace) -> Path | None:
    return Path(args.ca) if getattr(args, "ca", None) else None


def cmd_init(ctx: CliContext, args: argparse.Namespace) -> int:
    if not ctx.user:
        raise StoreError(QT_TRANSLATE_NOOP("errors", "Name the first director with --user NAME."))
    # The owner's password first (it sets the server up), then the director's own.
    owner = _ask(ctx, QT_TRANSLATE_NOOP("cli", "Password of the database owner: "))
    password = ctx.secrets.ask_new(fill(tr_(
        "cli", QT_TRANSLATE_NOOP("cli", "New password for {user}: ")), user=ctx.user))
    ws, code = _services().initialise(
        ctx.data_dir, args.url, owner, shelter=args.shelter, username=ctx.user,
        display_name=args.display_name, password=password, language=args.language,
        city=args.city, ca_file=_ca(args))
    ws.close()
    ctx.tell(QT_TRANSLATE_NOOP(
        "cli", "Set up the server for {shelter}; this workstation now works on it."),
        shelter=args.shelter)
    tell_first_director(ctx, ws.actor.username, code)
    return 0


def cmd_connect(ctx: CliContext, args: argparse.Namespace) -> int:
    cfg = _services().connect(ctx.data_dir, args.url, _ca(args))
    ctx.tell(QT_TRANSLATE_NOOP(
        "cli", "This workstation now works on the server {host}, database {database} "
        "(recorded in {folder})."), host=cfg.host, database=cfg.database, folder=ctx.data_dir)
    return 0


def cmd_upgrade(ctx: CliContext, args: argparse.Namespace) -> int:
    owner = _ask(ctx, QT_TRANSLATE_NOOP("cli", "Password of the database owner: "))
    before, after = _services().upgrade(args.url, owner, _ca(args))
    ctx.tell(QT_TRANSLATE_NOOP("cli", "The server's database is at revision {after} (was "
                               "{before})."), after=after, before=before or "-")
    return 0


def cmd_import(ctx: CliContext, args: argparse.Namespace) -> int:
    if not ctx.user:
        raise StoreError(QT_TRANSLATE_NOOP(
            "errors", "Say who you are with --user NAME (a director of the local database)."))
    server_password = _ask(ctx, QT_TRANSLATE_NOOP("cli", "Password for {user} on the server: "),
                           user=ctx.user)
    source = args.from_data_dir or args.from_backup
    local_password = _ask(ctx, QT_TRANSLATE_NOOP("cli", "Password for {user} in {source}: "),
                          user=ctx.user, source=source)
    result = _services().import_local(
        ctx.data_dir, ctx.user, server_password, local_password,
        from_data_dir=Path(args.from_data_dir) if args.from_data_dir else None,
        from_backup=Path(args.from_backup) if args.from_backup else None)
    ctx.tell(QT_TRANSLATE_NOOP(
        "cli", "Moved {clients} clients, {users} accounts and {entries} audit entries to the "
        "server; the counts and the audit chain were checked there."),
        clients=result.counts.get("clients", 0), users=result.counts.get("users", 0),
        entries=result.counts.get("audit_log", 0))
    if result.one_time_codes:
        ctx.say()
        ctx.tell(QT_TRANSLATE_NOOP(
            "cli", "ONE-TIME CODES (shown only this once). Give each colleague theirs, in person; "
            "with it they run 'shelter-desk server activate --user NAME' and keep their "
            "password:"))
        for name, code in result.one_time_codes.items():
            ctx.say(f"    {name:<20} {code}")
    ctx.say()
    ctx.tell(QT_TRANSLATE_NOOP(
        "cli", "NEW RECOVERY CODE (shown only this once; the old code no longer works):"))
    ctx.say()
    ctx.say(f"    {result.recovery_code}")
    ctx.say()
    return 0


def cmd_activate(ctx: CliContext, args: argparse.Namespace) -> int:
    if not ctx.user:
        raise StoreError(QT_TRANSLATE_NOOP("errors", "Say who you are with --user NAME."))
    code = _ask(ctx, QT_TRANSLATE_NOOP("cli", "One-time code: "))
    password = _ask(ctx, QT_TRANSLATE_NOOP("cli", "Password for {user}: "), user=ctx.user)
    _services().activate(ctx.data_dir, ctx.user, code, password).close()
    ctx.tell(QT_TRANSLATE_NOOP(
        "cli", "Your server login is your password now; the one-time code no longer works."))
    return 0


def add_parsers(sub: Any, common: argparse.ArgumentParser, shelters: str) -> None:
    p = sub.add_parser("server", parents=[common], help=tr_("",
        "work on the shelter's server (PostgreSQL) instead of a database on this workstation"))
    server_sub = p.add_subparsers(dest="server_command", metavar="ACTION", required=True)

    def address(q: argparse.ArgumentParser, owner: bool) -> None:
        q.add_argument("--url", required=True, metavar="URL", help=tr_("",
            "postgresql://OWNER@HOST:PORT/DATABASE?sslmode=verify-full&sslrootcert=CA.pem")
            if owner else tr_("", "postgresql://HOST:PORT/DATABASE?sslrootcert=CA.pem"))
        q.add_argument("--ca", metavar="CA.pem", help=tr_("",
            "the shelter's certificate authority (instead of sslrootcert in the address)"))

    q = server_sub.add_parser("init", parents=[common], help=tr_("",
        "set up an empty server database: schema, roles, policies and the first director"))
    address(q, owner=True)
    q.add_argument("--shelter", required=True,
                   help=fill(tr_("", "the shelter's name ({names} or another)"), names=shelters))
    q.add_argument("--display-name",
                   help=tr_("", "the director's full name (default: the user name)"))
    q.add_argument("--language", default="en", choices=["en", "nl", "fr"],
                   help=tr_("", "the director's language"))
    q.add_argument("--city", help=tr_("",
        "where the shelter signs its reports (default: the known shelters' cities)"))
    q.set_defaults(func=cmd_init)

    q = server_sub.add_parser("connect", parents=[common], help=tr_("",
        "make this workstation work on the shelter's server"))
    address(q, owner=False)
    q.set_defaults(func=cmd_connect)

    q = server_sub.add_parser("upgrade", parents=[common], help=tr_("",
        "bring the server's database to this version (as its owner)"))
    address(q, owner=True)
    q.set_defaults(func=cmd_upgrade)

    q = server_sub.add_parser("import", parents=[common], help=tr_("",
        "move a local database (or a backup) onto the server, checked before it is kept"))
    source = q.add_mutually_exclusive_group(required=True)
    source.add_argument("--from-data-dir", metavar="DIR",
                        help=tr_("", "the data folder of the local database"))
    source.add_argument("--from-backup", metavar="FILE",
                        help=tr_("", "a backup made by 'shelter-desk backup' (either backend)"))
    q.set_defaults(func=cmd_import)

    q = server_sub.add_parser("activate", parents=[common], help=tr_("",
        "your first server login after an import: the one-time code, then your password"))
    q.set_defaults(func=cmd_activate)
