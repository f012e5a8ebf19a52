"""Checking a signed PDF with pyHanko against a trust root: intact, trusted, unmodified, who
signed and when. For the program, the `verify` command and the prosecutor's office."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime

from asn1crypto import cms as asn1_cms
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import async_validate_detached_cms, validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from shelter_desk.i18n import QT_TRANSLATE_NOOP, Message
from shelter_desk.reports.signing import pem_certificates

# What a verdict can find wrong, in words a prosecutor reads (translated by the front ends).
UNREADABLE = QT_TRANSLATE_NOOP("verification", "not a readable PDF ({reason})")
UNSIGNED = QT_TRANSLATE_NOOP("verification", "the file carries no signature")
UNCHECKABLE = QT_TRANSLATE_NOOP("verification", "the signature could not be checked ({reason})")
DIGEST_MISMATCH = QT_TRANSLATE_NOOP(
    "verification", "the signed content was changed (digest mismatch)")
UNTRUSTED = QT_TRANSLATE_NOOP("verification", "the signer is not trusted by the given root")
NO_ROOT = QT_TRANSLATE_NOOP("verification", "no trust root was given")
CHANGED_AFTER = QT_TRANSLATE_NOOP("verification", "the file was changed after signing")
PARTIAL = QT_TRANSLATE_NOOP("verification", "the signature does not cover the whole file")
CONTENT_CHANGED = QT_TRANSLATE_NOOP("verification", "the signed content was changed")


def finding(template: str, **params: object) -> Message:
    """One thing a check found wrong: a template above, filled with `params`."""
    return Message("verification", template, **params)


@dataclass(frozen=True)
class Verdict:
    signed: bool
    intact: bool = False
    trusted: bool = False
    unmodified: bool = False
    covers_whole_file: bool = False
    signer: str = ""
    signed_at: datetime | None = None
    modification: str = ""
    problems: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return (self.signed and self.intact and self.trusted and self.unmodified
                and self.covers_whole_file)


def trust_roots(pem: bytes) -> list[asn1_x509.Certificate]:
    return [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER))
            for c in pem_certificates(pem)]


def _context(roots: list[asn1_x509.Certificate]) -> ValidationContext:
    return ValidationContext(trust_roots=roots, allow_fetching=False)


def verify_pdf(data: bytes, roots_pem: bytes = b"") -> Verdict:
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except Exception as exc:  # a damaged file is an answer, not a crash
        return Verdict(False, problems=(finding(UNREADABLE, reason=type(exc).__name__),))
    if not signatures:
        return Verdict(False, problems=(finding(UNSIGNED),))
    sig = signatures[-1]
    try:
        status = validate_pdf_signature(sig, _context(trust_roots(roots_pem)))
    except Exception as exc:
        return Verdict(True, problems=(finding(UNCHECKABLE, reason=type(exc).__name__),))
    problems = []
    if not status.intact:
        problems.append(finding(DIGEST_MISMATCH))
    if not status.trusted:
        problems.append(finding(UNTRUSTED) if roots_pem
                        else finding(NO_ROOT))
    unmodified = bool(status.docmdp_ok) and status.modification_level is not None and \
        status.modification_level.name == "NONE"
    if not unmodified:
        problems.append(finding(CHANGED_AFTER))
    whole = status.coverage is not None and status.coverage.name == "ENTIRE_FILE"
    if not whole:
        problems.append(finding(PARTIAL))
    cert = status.signing_cert
    return Verdict(
        signed=True, intact=bool(status.intact), trusted=bool(status.trusted),
        unmodified=unmodified, covers_whole_file=whole,
        signer=cert.subject.human_friendly if cert is not None else "",
        signed_at=status.signer_reported_dt,
        modification=status.modification_level.name if status.modification_level else "",
        problems=tuple(problems))


def verify_detached(data: bytes, signature_der: bytes, roots_pem: bytes = b"") -> Verdict:
    try:
        content = asn1_cms.ContentInfo.load(signature_der)
        import asyncio

        status = asyncio.run(async_validate_detached_cms(
            data, content["content"], signer_validation_context=_context(trust_roots(roots_pem))))
    except Exception as exc:
        return Verdict(True, problems=(finding(UNCHECKABLE, reason=type(exc).__name__),))
    problems = []
    if not status.intact:
        problems.append(finding(CONTENT_CHANGED))
    if not status.trusted:
        problems.append(finding(UNTRUSTED) if roots_pem
                        else finding(NO_ROOT))
    cert = status.signing_cert
    return Verdict(signed=True, intact=bool(status.intact), trusted=bool(status.trusted),
                   unmodified=bool(status.intact), covers_whole_file=bool(status.intact),
                   signer=cert.subject.human_friendly if cert is not None else "",
                   signed_at=getattr(status, "signer_reported_dt", None),
                   problems=tuple(problems))
