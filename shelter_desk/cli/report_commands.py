"""report, verify, export, verify-export, signing."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from shelter_desk.cli.context import CliContext
from shelter_desk.cli.i18n import said, tr_, tr_format
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.reports import casefile, verification
from shelter_desk.services import reporting, signing
from shelter_desk.services.files import save_output
from shelter_desk.store.errors import StoreError

EXIT_FAILED = 4


def _secret_for_signing(ctx: CliContext, ws: object) -> str | None:
    info = signing.info(ws)  # type: ignore[arg-type]
    if info is None:
        raise signing.NoIdentity()
    if not info.needs_secret:
        return None
    prompt = (tr_("cli", "PKCS#12 passphrase: ") if info.kind == signing.PKCS12
              else tr_("cli", "Token PIN: "))
    return ctx.secrets.ask(prompt)


def cmd_report(ctx: CliContext, args: argparse.Namespace) -> int:
    out = Path(args.out)
    with ctx.login() as ws:
        client_id = reporting.find_client(ws, args.case_code)
        if args.sign:
            secret = _secret_for_signing(ctx, ws)
            made = reporting.signed_report(ws, client_id, args.lang, args.identity, secret)
        else:
            made = reporting.make_report(ws, client_id, args.lang, args.identity)
    path = save_output(out, made.pdf)
    if made.signed_by:
        ctx.tell(QT_TRANSLATE_NOOP(
            "cli", "Signed report for {code} in {language} written to {path}."),
            code=made.case_code, language=made.language, path=path)
        ctx.tell(QT_TRANSLATE_NOOP("cli", "Signed by: {signer}"), signer=made.signed_by)
    else:
        ctx.tell(QT_TRANSLATE_NOOP(
            "cli", "Report (unsigned) for {code} in {language} written to {path}."),
            code=made.case_code, language=made.language, path=path)
    if made.identity_included:
        ctx.tell(QT_TRANSLATE_NOOP("cli", "Identity included."))
    else:
        ctx.tell(QT_TRANSLATE_NOOP("cli", "Identity withheld: case code only."))
    return 0


def _row(ctx: CliContext, label: str, value: object) -> None:
    # French puts a space before the colon; the translation decides.
    heading = tr_format("cli", QT_TRANSLATE_NOOP("cli", "{label}:"), label=tr_("cli", label))
    ctx.say(f"{heading:<15}{value}")


def _yes(ok: bool, no: str) -> str:
    return tr_("cli", "yes") if ok else tr_("cli", no)


def _problems(ctx: CliContext, problems: Sequence[str]) -> None:
    for problem in problems:
        ctx.tell(QT_TRANSLATE_NOOP("cli", "  problem: {problem}"), problem=said(problem))


def _result(ctx: CliContext, ok: bool) -> None:
    if ok:
        ctx.tell(QT_TRANSLATE_NOOP("cli", "RESULT: VALID"))
    else:
        ctx.tell(QT_TRANSLATE_NOOP("cli", "RESULT: NOT VALID"))


def _describe(ctx: CliContext, v: verification.Verdict) -> None:
    _row(ctx, QT_TRANSLATE_NOOP("cli", "Signed"), _yes(v.signed, QT_TRANSLATE_NOOP("cli", "no")))
    if v.signed:
        _row(ctx, QT_TRANSLATE_NOOP("cli", "Intact"), _yes(v.intact, "NO"))
        _row(ctx, QT_TRANSLATE_NOOP("cli", "Trusted"), _yes(v.trusted, "NO"))
        _row(ctx, QT_TRANSLATE_NOOP("cli", "Unmodified"), _yes(v.unmodified, "NO")
             + (f" ({v.modification})" if v.modification else ""))
        _row(ctx, QT_TRANSLATE_NOOP("cli", "Whole file"),
             _yes(v.covers_whole_file, QT_TRANSLATE_NOOP("cli", "NO")))
        _row(ctx, QT_TRANSLATE_NOOP("cli", "Signer"), v.signer)
        if v.signed_at:
            _row(ctx, QT_TRANSLATE_NOOP("cli", "Signed at"),
                 f"{v.signed_at:%Y-%m-%d %H:%M:%S %Z}")
    _problems(ctx, v.problems)


def _read(path: str, failure: str = QT_TRANSLATE_NOOP(
        "errors", "Cannot read {path}: {reason}")) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise StoreError(failure, path=path, reason=exc.strerror) from None


def _trust(args: argparse.Namespace) -> bytes:
    if not args.trust:
        return b""
    return _read(args.trust, QT_TRANSLATE_NOOP(
        "errors", "Cannot read the trust root {path}: {reason}"))


def cmd_verify(ctx: CliContext, args: argparse.Namespace) -> int:
    data = _read(args.file)
    verdict = verification.verify_pdf(data, _trust(args))
    _describe(ctx, verdict)
    _result(ctx, verdict.ok)
    return 0 if verdict.ok else EXIT_FAILED


def cmd_export(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.login() as ws:
        client_id = reporting.find_client(ws, args.case_code)
        secret = _secret_for_signing(ctx, ws)
        result = reporting.export_case_file(ws, client_id, args.lang, args.identity, secret,
                                            encrypt=args.encrypt, recipient=args.recipient)
    path = save_output(Path(args.out), result.archive)
    ctx.tell(QT_TRANSLATE_NOOP("cli", "Case file for {code} written to {path}."),
             code=result.case_code, path=path)
    if result.passphrase:
        ctx.tell(QT_TRANSLATE_NOOP(
            "cli", "Encrypted (AES-256). Passphrase, to give BY PHONE, never with the file:"))
        ctx.say()
        ctx.say(f"    {result.passphrase}")
        ctx.say()
    return 0


def cmd_verify_export(ctx: CliContext, args: argparse.Namespace) -> int:
    data = _read(args.file)
    roots = _trust(args)
    verdict = casefile.verify_case_file(data, roots)
    if verdict.problems and "passphrase" in verdict.problems[0]:
        passphrase = ctx.secrets.ask(tr_("cli", "Passphrase of the case file: "))
        verdict = casefile.verify_case_file(data, roots, passphrase)
    _row(ctx, QT_TRANSLATE_NOOP("cli", "Case file"), verdict.case_code or "?")
    _row(ctx, QT_TRANSLATE_NOOP("cli", "Files"), ", ".join(verdict.files))
    if verdict.report is not None:
        _describe(ctx, verdict.report)
    _problems(ctx, verdict.problems)
    _result(ctx, verdict.ok)
    return 0 if verdict.ok else EXIT_FAILED


def cmd_signing(ctx: CliContext, args: argparse.Namespace) -> int:
    action = args.signing_command
    with ctx.login() as ws:
        if action == "import-p12":
            data = _read(args.file)
            info = signing.import_pkcs12(ws, data,
                                         ctx.secrets.ask(tr_("cli", "PKCS#12 passphrase: ")))
        elif action == "use-token":
            chain = Path(args.chain).read_bytes() if args.chain else b""
            pin = ctx.secrets.ask(tr_("cli", "Token PIN: "))
            info = signing.use_token(ws, args.module, args.label, pin,
                                     key_label=args.key_label, cert_label=args.cert_label,
                                     chain_pem=chain)
        elif action == "demo-identity":
            info = signing.demo_identity(ws)
        elif action == "export-root":
            path = save_output(Path(args.out), signing.root_pem(ws))
            ctx.tell(QT_TRANSLATE_NOOP(
                "cli", "Trust root written to {path}. Hand it to the prosecutor's office; they "
                "verify reports with: shelter-desk verify REPORT.pdf --trust ROOT.pem"),
                path=path)
            return 0
        else:
            current = signing.info(ws)
            if current is None:
                ctx.tell(QT_TRANSLATE_NOOP("cli", "No signing identity is set up."))
                return 0
            info = current
    ctx.tell(QT_TRANSLATE_NOOP("cli", "Signing identity: {kind} — {subject}"),
             kind=info.kind, subject=info.subject)
    if info.demo:
        ctx.tell(QT_TRANSLATE_NOOP("cli", "This is a DEMO identity, not for real use."))
    return 0
