"""check, backup, restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from shelter_desk.cli.context import CliContext
from shelter_desk.services import audit, maintenance, setup
from shelter_desk.store.errors import StoreError

EXIT_CHECK_FAILED = 4


def cmd_check(ctx: CliContext, args: argparse.Namespace) -> int:
    expected = None
    if args.anchor:
        try:
            expected = audit.Anchor.parse(args.anchor)
        except ValueError as exc:
            raise StoreError(f"--anchor: {exc}") from None
    with ctx.login() as ws:
        result = maintenance.check(ws, expected)
    ctx.say(f"Database integrity: {'ok' if not result.database_problems else 'FAILED'}")
    for problem in result.database_problems[:20]:
        ctx.say(f"  {problem}")
    ctx.say(f"Audit trail: {'ok' if result.audit.ok else 'FAILED'} "
            f"({result.audit.length} entries, head {result.audit.head[:16]}...)")
    for problem in result.audit.problems[:20]:
        ctx.say(f"  {problem}")
    ctx.say(f"Schema revision: {result.schema_revision}")
    return 0 if result.ok else EXIT_CHECK_FAILED


def cmd_backup(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.login() as ws:
        info = maintenance.make_backup(ws, Path(args.out))
    ctx.say(f"Encrypted backup written to {info.path} ({info.size_bytes:,} bytes).")
    ctx.say("It opens with the passwords and the recovery code valid at this moment.")
    return 0


def cmd_restore(ctx: CliContext, args: argparse.Namespace) -> int:
    backup_file = Path(args.file)
    if ctx.recovery:
        secret = ctx.secrets.ask("Recovery code of the backup: ")
        username = None
    else:
        if not ctx.user:
            raise StoreError("Say who you are with --user NAME (or use --recovery).")
        secret = ctx.secrets.ask(f"Password for {ctx.user} (as in the backup): ")
        username = ctx.user
    previous = maintenance.restore(ctx.data_dir, backup_file, username=username, secret=secret)
    ws = (setup.login_with_recovery(ctx.data_dir, secret) if username is None
          else setup.login(ctx.data_dir, username, secret))
    with ws:
        maintenance.record_restore(ws, backup_file)
    ctx.say(f"Restored {backup_file} into {ctx.data_dir}.")
    if previous is not None:
        ctx.say(f"The database it replaced was kept (encrypted) as {previous}.")
    return 0
