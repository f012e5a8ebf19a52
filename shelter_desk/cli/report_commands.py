"""report, verify, export, verify-export, signing."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from shelter_desk.cli.context import CliContext
from shelter_desk.cli.i18n import said, tr_
from shelter_desk.cli.input_files import CHAIN, TRUST_ROOT, TSA_ROOT, pem_file, read
from shelter_desk.domain.wall_clock import shown
from shelter_desk.i18n import QT_TRANSLATE_NOOP, fill
from shelter_desk.reports import casefile, verification
from shelter_desk.reports.signing import normalise_fingerprint
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
        ctx.tell(QT_TRANSLATE_NOOP("cli", "Signature level: PAdES {level}"), level=made.level)
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
    heading = fill(tr_("cli", QT_TRANSLATE_NOOP("cli", "{label}:")), label=tr_("cli", label))
    ctx.say(f"{heading:<15}{value}")


def _yes(ok: bool, no: str) -> str:
    return tr_("cli", "yes") if ok else tr_("cli", no)


def _problems(ctx: CliContext, problems: Sequence[str], notes: Sequence[str] = ()) -> None:
    for problem in problems:
        ctx.tell(QT_TRANSLATE_NOOP("cli", "  problem: {problem}"), problem=said(problem))
    for note in notes:
        ctx.tell(QT_TRANSLATE_NOOP("cli", "  note: {note}"), note=said(note))


def _result(ctx: CliContext, ok: bool) -> None:
    if ok:
        ctx.tell(QT_TRANSLATE_NOOP("cli", "RESULT: VALID"))
    else:
        ctx.tell(QT_TRANSLATE_NOOP("cli", "RESULT: NOT VALID"))


def _when(moment: datetime) -> str:
    return shown(moment)


def _stamp(stamp: verification.Timestamp) -> str:
    trust = (tr_("cli", "trusted") if stamp.trusted else tr_("cli", "authority not trusted"))
    if not stamp.intact:
        trust = tr_("cli", "DAMAGED")
    return fill(tr_("cli", QT_TRANSLATE_NOOP("cli", "{when}, by {authority} ({trust})")),
                     when=_when(stamp.at), authority=stamp.authority, trust=trust)


def _describe(ctx: CliContext, v: verification.Verdict) -> None:
    _row(ctx, QT_TRANSLATE_NOOP("cli", "Signed"), _yes(v.signed, QT_TRANSLATE_NOOP("cli", "no")))
    if v.signed and (v.signer or v.intact):
        _row(ctx, QT_TRANSLATE_NOOP("cli", "Intact"), _yes(v.intact, "NO"))
        _row(ctx, QT_TRANSLATE_NOOP("cli", "Trusted"), _yes(v.trusted, "NO"))
        unmodified = _yes(v.unmodified, "NO")
        if v.unmodified and v.modification == "LTA_UPDATES":
            unmodified = fill(tr_("cli", QT_TRANSLATE_NOOP(
                "cli", "{yes} (archival additions only: validation data, timestamps)")),
                yes=unmodified)
        _row(ctx, QT_TRANSLATE_NOOP("cli", "Unmodified"), unmodified)
        _row(ctx, QT_TRANSLATE_NOOP("cli", "Whole file"),
             _yes(v.covers_whole_file, QT_TRANSLATE_NOOP("cli", "NO")))
        _row(ctx, QT_TRANSLATE_NOOP("cli", "Signer"), v.signer)
        _row(ctx, QT_TRANSLATE_NOOP("cli", "Fingerprint"), f"SHA-256 {v.fingerprint}")
        if v.pinned is not None:
            _row(ctx, QT_TRANSLATE_NOOP("cli", "Expected"),
                 _yes(v.pinned, QT_TRANSLATE_NOOP("cli", "NO, another certificate")))
        if v.signed_at:
            _row(ctx, QT_TRANSLATE_NOOP("cli", "Signed at"), fill(tr_("cli", QT_TRANSLATE_NOOP(
                "cli", "{when} (the signer's own clock)")), when=_when(v.signed_at)))
        if v.timestamp is not None:
            _row(ctx, QT_TRANSLATE_NOOP("cli", "Timestamp"), _stamp(v.timestamp))
        for later in v.archival:
            _row(ctx, QT_TRANSLATE_NOOP("cli", "Archived"), _stamp(later))
        if v.level is not None:
            _row(ctx, QT_TRANSLATE_NOOP("cli", "Level"), f"PAdES {v.level.value}")
    _problems(ctx, v.problems, v.notes)


def _trust(args: argparse.Namespace) -> bytes:
    return pem_file(args.trust, TRUST_ROOT)


def _tsa_trust(args: argparse.Namespace) -> bytes:
    return pem_file(getattr(args, "tsa_trust", None), TSA_ROOT)


def _not_pinned(ctx: CliContext, args: argparse.Namespace,
                verdict: verification.Verdict | None) -> None:
    """Without --signer, any certificate under the root passes: say so where it is read."""
    if args.signer is None and verdict is not None and verdict.fingerprint:
        ctx.tell(QT_TRANSLATE_NOOP(
            "cli", "  note: the signer was not pinned: compare the fingerprint above with the one "
            "the shelter gave you, or give it with --signer"))


def fingerprint_argument(text: str) -> str:
    """argparse type for --signer: 64 hex digits, colons and spaces allowed."""
    value = normalise_fingerprint(text)
    if value is None:
        raise argparse.ArgumentTypeError(tr_(
            "cli", "a SHA-256 fingerprint is 64 hexadecimal digits (colons allowed)"))
    return value


def cmd_verify(ctx: CliContext, args: argparse.Namespace) -> int:
    data = read(args.file, bounded=True)
    verdict = verification.verify_pdf(data, _trust(args), signer=args.signer,
                                      tsa_roots_pem=_tsa_trust(args))
    _describe(ctx, verdict)
    _not_pinned(ctx, args, verdict)
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
    data = read(args.file, bounded=True)
    roots, tsa_roots = _trust(args), _tsa_trust(args)
    verdict = casefile.verify_case_file(data, roots, signer=args.signer,
                                        tsa_roots_pem=tsa_roots)
    if verdict.needs_passphrase:
        passphrase = ctx.secrets.ask(tr_("cli", "Passphrase of the case file: "))
        verdict = casefile.verify_case_file(data, roots, passphrase, signer=args.signer,
                                            tsa_roots_pem=tsa_roots)
    if verdict.unusable:
        # Not a verdict on the document: it could not be opened to be checked.
        raise StoreError(QT_TRANSLATE_NOOP("errors", "{path}: {problem}; nothing was checked."),
                         path=args.file, problem=said(verdict.problems[0]))
    _row(ctx, QT_TRANSLATE_NOOP("cli", "Case file"), verdict.case_code or "?")
    _row(ctx, QT_TRANSLATE_NOOP("cli", "Files"), ", ".join(verdict.files))
    if verdict.manifest is not None:
        _row(ctx, QT_TRANSLATE_NOOP("cli", "Manifest"), fill(tr_("cli", QT_TRANSLATE_NOOP(
            "cli", "signed by {signer}, SHA-256 {fingerprint}")),
            signer=verdict.manifest.signer or "?", fingerprint=verdict.manifest.fingerprint))
        if verdict.manifest.timestamp is not None:
            _row(ctx, QT_TRANSLATE_NOOP("cli", "Timestamp"), _stamp(verdict.manifest.timestamp))
    if verdict.report is not None:
        _describe(ctx, verdict.report)
    _problems(ctx, verdict.problems,
              (*verdict.notes, *(verdict.manifest.notes if verdict.manifest else ())))
    _not_pinned(ctx, args, verdict.manifest)
    _result(ctx, verdict.ok)
    return 0 if verdict.ok else EXIT_FAILED


def _show_identity(ctx: CliContext, info: signing.IdentityInfo) -> None:
    ctx.tell(QT_TRANSLATE_NOOP("cli", "Signing identity: {kind} — {subject}"),
             kind=info.kind, subject=info.subject)
    ctx.tell(QT_TRANSLATE_NOOP("cli", "Certificate fingerprint (SHA-256): {fingerprint}"),
             fingerprint=info.fingerprint)
    ctx.tell(QT_TRANSLATE_NOOP("cli", "Root fingerprint (SHA-256): {fingerprint}"),
             fingerprint=info.root_fingerprint)
    if info.demo:
        ctx.tell(QT_TRANSLATE_NOOP("cli", "This is a DEMO identity, not for real use."))


def _show_tsa(ctx: CliContext, tsa: signing.TimestampAuthority) -> None:
    if not tsa.url:
        ctx.tell(QT_TRANSLATE_NOOP(
            "cli", "Timestamp authority: none (signatures are PAdES B-B: their time is the "
            "signer's own claim)."))
        return
    ctx.tell(QT_TRANSLATE_NOOP("cli", "Timestamp authority: {url}"), url=tsa.url)
    if tsa.root_fingerprint:
        ctx.tell(QT_TRANSLATE_NOOP("cli", "Its root (SHA-256): {fingerprint}"),
                 fingerprint=tsa.root_fingerprint)
    else:
        ctx.tell(QT_TRANSLATE_NOOP(
            "cli", "Its root is not set: signatures are timestamped (B-T) but carry no "
            "revocation data (B-LT) until it is (signing tsa --url URL --root FILE.pem)."))


def _add_timestamp(ctx: CliContext, args: argparse.Namespace) -> int:
    source = Path(args.file)
    original = read(args.file, bounded=True)
    before = verification.verify_pdf(original, b"")
    if not before.signed or not before.intact or not before.unmodified:
        raise StoreError(QT_TRANSLATE_NOOP(
            "errors", "{path} is not an intact signed report; nothing was added."),
            path=args.file)
    with ctx.login() as ws:
        upgraded = signing.add_document_timestamp(ws, original)
    path = save_output(Path(args.out) if args.out else source, upgraded)
    ctx.tell(QT_TRANSLATE_NOOP(
        "cli", "Document timestamp added (PAdES B-LTA); written to {path}."), path=path)
    return 0


def cmd_signing(ctx: CliContext, args: argparse.Namespace) -> int:
    action = args.signing_command
    if action == "add-timestamp":
        return _add_timestamp(ctx, args)
    with ctx.login() as ws:
        if action == "import-p12":
            data = read(args.file)
            info = signing.import_pkcs12(ws, data,
                                         ctx.secrets.ask(tr_("cli", "PKCS#12 passphrase: ")))
        elif action == "use-token":
            chain = pem_file(args.chain, CHAIN)
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
        elif action == "export-cert":
            current = signing.info(ws)
            path = save_output(Path(args.out), signing.certificate_pem(ws))
            ctx.tell(QT_TRANSLATE_NOOP(
                "cli", "The shelter's signing certificate and its chain written to {path}."),
                path=path)
            if current is not None:
                ctx.tell(QT_TRANSLATE_NOOP(
                    "cli", "Its fingerprint, to check by phone and to pin with --signer: "
                    "{fingerprint}"), fingerprint=current.fingerprint)
            return 0
        elif action == "tsa":
            root = pem_file(args.root, TSA_ROOT) if args.root else None
            _show_tsa(ctx, signing.set_timestamp_authority(
                ws, None if args.off else args.url, root))
            return 0
        else:
            current = signing.info(ws)
            tsa = signing.timestamp_authority(ws)
            if current is None:
                ctx.tell(QT_TRANSLATE_NOOP("cli", "No signing identity is set up."))
                _show_tsa(ctx, tsa)
                return 0
            _show_identity(ctx, current)
            _show_tsa(ctx, tsa)
            return 0
    _show_identity(ctx, info)
    return 0
