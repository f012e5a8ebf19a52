"""report, verify, export, verify-export, signing."""

from __future__ import annotations

import argparse
from pathlib import Path

from shelter_desk.cli.context import CliContext
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
    prompt = "PKCS#12 passphrase: " if info.kind == signing.PKCS12 else "Token PIN: "
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
    what = "Signed report" if made.signed_by else "Report (unsigned)"
    ctx.say(f"{what} for {made.case_code} in {made.language} written to {path}.")
    if made.signed_by:
        ctx.say(f"Signed by: {made.signed_by}")
    ctx.say("Identity included." if made.identity_included
            else "Identity withheld: case code only.")
    return 0


def _describe(ctx: CliContext, v: verification.Verdict) -> None:
    ctx.say(f"Signed:        {'yes' if v.signed else 'no'}")
    if v.signed:
        ctx.say(f"Intact:        {'yes' if v.intact else 'NO'}")
        ctx.say(f"Trusted:       {'yes' if v.trusted else 'NO'}")
        ctx.say(f"Unmodified:    {'yes' if v.unmodified else 'NO'}"
                + (f" ({v.modification})" if v.modification else ""))
        ctx.say(f"Whole file:    {'yes' if v.covers_whole_file else 'NO'}")
        ctx.say(f"Signer:        {v.signer}")
        if v.signed_at:
            ctx.say(f"Signed at:     {v.signed_at:%Y-%m-%d %H:%M:%S %Z}")
    for problem in v.problems:
        ctx.say(f"  problem: {problem}")


def _trust(args: argparse.Namespace) -> bytes:
    if not args.trust:
        return b""
    try:
        return Path(args.trust).read_bytes()
    except OSError as exc:
        raise StoreError(f"Cannot read the trust root {args.trust}: {exc.strerror}") from None


def cmd_verify(ctx: CliContext, args: argparse.Namespace) -> int:
    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise StoreError(f"Cannot read {args.file}: {exc.strerror}") from None
    verdict = verification.verify_pdf(data, _trust(args))
    _describe(ctx, verdict)
    ctx.say("RESULT: VALID" if verdict.ok else "RESULT: NOT VALID")
    return 0 if verdict.ok else EXIT_FAILED


def cmd_export(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.login() as ws:
        client_id = reporting.find_client(ws, args.case_code)
        secret = _secret_for_signing(ctx, ws)
        result = reporting.export_case_file(ws, client_id, args.lang, args.identity, secret,
                                            encrypt=args.encrypt, recipient=args.recipient)
    path = save_output(Path(args.out), result.archive)
    ctx.say(f"Case file for {result.case_code} written to {path}.")
    if result.passphrase:
        ctx.say("Encrypted (AES-256). Passphrase, to give BY PHONE, never with the file:")
        ctx.say()
        ctx.say(f"    {result.passphrase}")
        ctx.say()
    return 0


def cmd_verify_export(ctx: CliContext, args: argparse.Namespace) -> int:
    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise StoreError(f"Cannot read {args.file}: {exc.strerror}") from None
    roots = _trust(args)
    verdict = casefile.verify_case_file(data, roots)
    if verdict.problems and "passphrase" in verdict.problems[0]:
        passphrase = ctx.secrets.ask("Passphrase of the case file: ")
        verdict = casefile.verify_case_file(data, roots, passphrase)
    ctx.say(f"Case file:     {verdict.case_code or '?'}")
    ctx.say(f"Files:         {', '.join(verdict.files)}")
    if verdict.report is not None:
        _describe(ctx, verdict.report)
    for problem in verdict.problems:
        ctx.say(f"  problem: {problem}")
    ctx.say("RESULT: VALID" if verdict.ok else "RESULT: NOT VALID")
    return 0 if verdict.ok else EXIT_FAILED


def cmd_signing(ctx: CliContext, args: argparse.Namespace) -> int:
    action = args.signing_command
    with ctx.login() as ws:
        if action == "import-p12":
            try:
                data = Path(args.file).read_bytes()
            except OSError as exc:
                raise StoreError(f"Cannot read {args.file}: {exc.strerror}") from None
            info = signing.import_pkcs12(ws, data, ctx.secrets.ask("PKCS#12 passphrase: "))
        elif action == "use-token":
            chain = Path(args.chain).read_bytes() if args.chain else b""
            info = signing.use_token(ws, args.module, args.label, ctx.secrets.ask("Token PIN: "),
                                     key_label=args.key_label, cert_label=args.cert_label,
                                     chain_pem=chain)
        elif action == "demo-identity":
            info = signing.demo_identity(ws)
        elif action == "export-root":
            path = save_output(Path(args.out), signing.root_pem(ws))
            ctx.say(f"Trust root written to {path}. Hand it to the prosecutor's office; they "
                    "verify reports with: shelter-desk verify REPORT.pdf --trust ROOT.pem")
            return 0
        else:
            current = signing.info(ws)
            if current is None:
                ctx.say("No signing identity is set up.")
                return 0
            info = current
    ctx.say(f"Signing identity: {info.kind} — {info.subject}")
    if info.demo:
        ctx.say("This is a DEMO identity, not for real use.")
    return 0
