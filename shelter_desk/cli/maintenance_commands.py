"""check, backup, restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from shelter_desk.cli.context import CliContext
from shelter_desk.cli.i18n import said, tr_
from shelter_desk.cli.input_files import TRUST_ROOT, pem_file
from shelter_desk.cli.report_commands import _secret_for_signing as secret_for_signing
from shelter_desk.domain.wall_clock import shown
from shelter_desk.i18n import QT_TRANSLATE_NOOP, fill
from shelter_desk.services import audit, maintenance, seals, setup
from shelter_desk.store.errors import StoreError

EXIT_CHECK_FAILED = 4


def _ok(ok: bool) -> str:
    return tr_("cli", "ok") if ok else tr_("cli", "FAILED")


def cmd_check(ctx: CliContext, args: argparse.Namespace) -> int:
    expected = None
    if args.anchor:
        try:
            expected = audit.Anchor.parse(args.anchor)
        except ValueError as exc:
            raise StoreError(QT_TRANSLATE_NOOP("errors", "--anchor: {problem}"),
                             problem=str(exc)) from None
    trust = pem_file(args.trust, TRUST_ROOT) or None
    with ctx.login() as ws:
        result = maintenance.check(ws, expected, trust)
    ctx.tell(QT_TRANSLATE_NOOP("cli", "Database integrity: {verdict}"),
             verdict=_ok(not result.database_problems))
    for problem in result.database_problems[:20]:
        ctx.say(f"  {problem}")
    ctx.tell(QT_TRANSLATE_NOOP("cli", "Audit trail: {verdict} ({count} entries, head {head}...)"),
             verdict=_ok(result.audit.ok), count=result.audit.length,
             head=result.audit.head[:16])
    for problem in result.audit.problems[:20]:
        ctx.say(f"  {said(problem)}")
    _tell_seals(ctx, result.seals, result.audit.length)
    ctx.tell(QT_TRANSLATE_NOOP("cli", "Schema revision: {revision}"),
             revision=result.schema_revision)
    return 0 if result.ok else EXIT_CHECK_FAILED


def _tell_seals(ctx: CliContext, report: seals.SealReport, length: int) -> None:
    last = report.newest
    if last is None:
        ctx.tell(QT_TRANSLATE_NOOP(
            "cli", "Seals: none yet; nothing protects the audit trail against a rewrite by "
            "someone with the database key. A director seals it with 'shelter-desk audit seal'."))
        return
    ctx.tell(QT_TRANSLATE_NOOP(
        "cli", "Seals: {verdict} ({count} seals; the newest, of {date} by {signer}, covers "
        "{sealed} of {length} entries)"), verdict=_ok(report.ok), count=report.count,
        date=shown(last.sealed_at), signer=last.signer,
        sealed=last.length, length=length)
    if report.other_identity:
        ctx.tell(QT_TRANSLATE_NOOP(
            "cli", "  {count} seal(s) were made with another signing identity than the current "
            "one; pin the shelter's root with --trust ROOT.pem to have them checked against it."),
            count=report.other_identity)
    for problem in report.problems[:20]:
        ctx.say(f"  {said(problem)}")


def cmd_audit(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.login() as ws:
        if args.audit_command == "seals":
            for s in seals.list_seals(ws):
                ctx.say(f"{s.id}\t{shown(s.sealed_at)}\t{s.length}\t{s.head}\t"
                        f"{s.occasion}\t{s.sealed_by}\t{s.signer}")
            return 0
        made = seals.seal(ws, secret_for_signing(ctx, ws))
    ctx.tell(QT_TRANSLATE_NOOP(
        "cli", "Sealed the audit history: {length} entries, head {head}..., signed by {signer}."),
        length=made.length, head=made.head[:16], signer=made.signer)
    return 0


def cmd_backup(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.login() as ws:
        info = maintenance.make_backup(ws, Path(args.out))
    ctx.tell(QT_TRANSLATE_NOOP("cli", "Encrypted backup written to {path} ({size} bytes)."),
             path=info.path, size=f"{info.size_bytes:,}")
    ctx.tell(QT_TRANSLATE_NOOP(
        "cli", "It opens with the passwords and the recovery code valid at this moment."))
    return 0


def cmd_restore(ctx: CliContext, args: argparse.Namespace) -> int:
    backup_file = Path(args.file)
    if ctx.recovery:
        secret = ctx.secrets.ask(tr_("cli", "Recovery code of the backup: "))
        username = None
    else:
        if not ctx.user:
            raise StoreError(QT_TRANSLATE_NOOP(
                "errors", "Say who you are with --user NAME (or use --recovery)."))
        secret = ctx.secrets.ask(fill(tr_("cli", QT_TRANSLATE_NOOP(
            "cli", "Password for {user} (as in the backup): ")), user=ctx.user))
        username = ctx.user
    previous = maintenance.restore(ctx.data_dir, backup_file, username=username, secret=secret)
    ws = (setup.login_with_recovery(ctx.data_dir, secret) if username is None
          else setup.login(ctx.data_dir, username, secret))
    with ws:
        maintenance.record_restore(ws, backup_file)
    ctx.tell(QT_TRANSLATE_NOOP("cli", "Restored {backup} into {folder}."),
             backup=backup_file, folder=ctx.data_dir)
    if previous is not None:
        ctx.tell(QT_TRANSLATE_NOOP(
            "cli", "The database it replaced was kept (encrypted) as {path}."), path=previous)
    return 0
