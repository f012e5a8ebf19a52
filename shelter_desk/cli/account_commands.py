"""init, users, passwd, recovery-code."""

from __future__ import annotations

import argparse

from shelter_desk.cli.context import CliContext
from shelter_desk.services import setup, users
from shelter_desk.store.errors import StoreError


def cmd_init(ctx: CliContext, args: argparse.Namespace) -> int:
    if not args.user:
        raise StoreError("Name the first director with --user NAME.")
    password = ctx.secrets.ask_new(f"New password for {args.user}: ")
    ws, code = setup.initialise(
        ctx.data_dir,
        shelter=args.shelter,
        username=args.user,
        display_name=args.display_name,
        password=password,
        language=args.language,
    )
    ws.close()
    ctx.say(f"Created the database for {args.shelter} in {ctx.data_dir}.")
    ctx.say(f"The director account '{ws.actor.username}' can log in now.")
    ctx.say()
    ctx.say("RECOVERY CODE (shown only this once):")
    ctx.say()
    ctx.say(f"    {code}")
    ctx.say()
    ctx.say("Print or write it down and keep it in the safe. It opens the database if every")
    ctx.say("password is lost; anyone who has it can read everything.")
    return 0


def cmd_users(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.login() as ws:
        if args.users_command == "list":
            rows = users.list_users(ws, include_removed=args.all)
            ctx.say(f"{'USER':<20} {'NAME':<28} {'ROLES':<36} STATE")
            for u in rows:
                state = "active" if u.active else "removed"
                if u.active and not u.has_key:
                    state = "no key"
                roles = ",".join(r.value for r in u.roles)
                ctx.say(f"{u.username:<20} {u.display_name:<28} {roles:<36} {state}")
        elif args.users_command == "add":
            password = ctx.secrets.ask_new(f"Initial password for {args.name}: ")
            info = users.add_user(
                ws, args.name, args.display_name or args.name, args.role or ["counsellor"],
                password, args.language,
            )
            ctx.say(f"Added {info.username} ({', '.join(r.value for r in info.roles)}).")
        elif args.users_command == "remove":
            users.remove_user(ws, args.name, args.reason)
            ctx.say(
                f"Removed {args.name}. The database was re-encrypted under a new key; "
                "copies of the old key-slot file no longer open it."
            )
        elif args.users_command == "reset":
            password = ctx.secrets.ask_new(f"New password for {args.name}: ")
            users.reset_password(ws, args.name, password)
            ctx.say(f"Set a new password for {args.name}.")
    return 0


def cmd_passwd(ctx: CliContext, args: argparse.Namespace) -> int:
    if ctx.recovery:
        raise StoreError("With the recovery code, use 'users reset NAME' instead.")
    with ctx.login() as ws:
        new = ctx.secrets.ask_new("New password: ")
        users.change_own_password(ws, ctx.take_login_secret(), new)
    ctx.say("Your password was changed.")
    return 0


def cmd_recovery_code(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.login() as ws:
        code = users.renew_recovery_code(ws)
    ctx.say("NEW RECOVERY CODE (shown only this once; the old code no longer works):")
    ctx.say()
    ctx.say(f"    {code}")
    ctx.say()
    return 0
