"""init, users, passwd, recovery-code."""

from __future__ import annotations

import argparse

from shelter_desk.cli.context import CliContext
from shelter_desk.cli.i18n import tr_
from shelter_desk.cli.table import columns
from shelter_desk.i18n import QT_TRANSLATE_NOOP, fill
from shelter_desk.services import setup, users
from shelter_desk.services.workspace import Workspace
from shelter_desk.store.errors import StoreError


def _new_password_prompt(name: str) -> str:
    return fill(tr_("cli", QT_TRANSLATE_NOOP("cli", "New password for {user}: ")), user=name)


def _show_recovery_code(ctx: CliContext, code: str) -> None:
    ctx.say()
    ctx.say(f"    {code}")
    ctx.say()


def cmd_init(ctx: CliContext, args: argparse.Namespace) -> int:
    if not args.user:
        raise StoreError(QT_TRANSLATE_NOOP("errors", "Name the first director with --user NAME."))
    password = ctx.secrets.ask_new(_new_password_prompt(args.user))
    ws, code = setup.initialise(
        ctx.data_dir,
        shelter=args.shelter,
        username=args.user,
        display_name=args.display_name,
        password=password,
        language=args.language,
        city=args.city,
    )
    ws.close()
    ctx.tell(QT_TRANSLATE_NOOP("cli", "Created the database for {shelter} in {folder}."),
             shelter=args.shelter, folder=ctx.data_dir)
    tell_first_director(ctx, ws.actor.username, code)
    return 0


def tell_first_director(ctx: CliContext, username: str, code: str) -> None:
    """After `init` or `server init`: who can log in, and the recovery code, once."""
    ctx.tell(QT_TRANSLATE_NOOP("cli", "The director account '{user}' can log in now."),
             user=username)
    ctx.say()
    ctx.tell(QT_TRANSLATE_NOOP("cli", "RECOVERY CODE (shown only this once):"))
    _show_recovery_code(ctx, code)
    ctx.tell(QT_TRANSLATE_NOOP(
        "cli", "Print or write it down and keep it in the safe. It opens the database if every\n"
        "password is lost; anyone who has it can read everything."))


def _list_users(ctx: CliContext, include_removed: bool, ws: Workspace) -> None:
    rows = [(tr_("cli", "USER"), tr_("cli", "NAME"), tr_("cli", "ROLES"), tr_("cli", "STATE"))]
    for u in users.list_users(ws, include_removed=include_removed):
        state = tr_("cli", "active") if u.active else tr_("cli", "removed")
        if u.active and not u.has_key:
            state = tr_("cli", "no key")
        rows.append((u.username, u.display_name, ",".join(r.value for r in u.roles), state))
    for line in columns(rows):
        ctx.say(line)


def cmd_users(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.login() as ws:
        if args.users_command == "list":
            _list_users(ctx, args.all, ws)
        elif args.users_command == "add":
            password = ctx.secrets.ask_new(fill(tr_(
                "cli", QT_TRANSLATE_NOOP("cli", "Initial password for {user}: ")), user=args.name))
            info = users.add_user(
                ws, args.name, args.display_name or args.name, args.role or ["counsellor"],
                password, args.language,
            )
            ctx.tell(QT_TRANSLATE_NOOP("cli", "Added {user} ({roles})."),
                     user=info.username, roles=", ".join(r.value for r in info.roles))
        elif args.users_command == "remove":
            users.remove_user(ws, args.name, args.reason)
            if ws.on_server:
                ctx.tell(QT_TRANSLATE_NOOP(
                    "cli", "Removed {user}: their server login and key slot are gone."),
                    user=args.name)
            else:
                ctx.tell(QT_TRANSLATE_NOOP(
                    "cli", "Removed {user}. The database was re-encrypted under a new key; "
                    "copies of the old key-slot file no longer open it."), user=args.name)
        elif args.users_command == "reset":
            password = ctx.secrets.ask_new(_new_password_prompt(args.name))
            users.reset_password(ws, args.name, password)
            ctx.tell(QT_TRANSLATE_NOOP("cli", "Set a new password for {user}."), user=args.name)
    return 0


def cmd_passwd(ctx: CliContext, args: argparse.Namespace) -> int:
    if ctx.recovery:
        raise StoreError(QT_TRANSLATE_NOOP(
            "errors", "With the recovery code, use 'users reset NAME' instead."))
    with ctx.login() as ws:
        new = ctx.secrets.ask_new(tr_("cli", "New password: "))
        users.change_own_password(ws, ctx.take_login_secret(), new)
    ctx.tell(QT_TRANSLATE_NOOP("cli", "Your password was changed."))
    return 0


def cmd_recovery_code(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.login() as ws:
        code = users.renew_recovery_code(ws)
    ctx.tell(QT_TRANSLATE_NOOP(
        "cli", "NEW RECOVERY CODE (shown only this once; the old code no longer works):"))
    _show_recovery_code(ctx, code)
    return 0
