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

from shelter_desk.reports.signing import pem_certificates


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
        return Verdict(False, problems=(f"not a readable PDF ({type(exc).__name__})",))
    if not signatures:
        return Verdict(False, problems=("the file carries no signature",))
    sig = signatures[-1]
    try:
        status = validate_pdf_signature(sig, _context(trust_roots(roots_pem)))
    except Exception as exc:
        return Verdict(True, problems=(f"the signature could not be checked "
                                       f"({type(exc).__name__})",))
    problems = []
    if not status.intact:
        problems.append("the signed content was changed (digest mismatch)")
    if not status.trusted:
        problems.append("the signer is not trusted by the given root" if roots_pem
                        else "no trust root was given")
    unmodified = bool(status.docmdp_ok) and status.modification_level is not None and \
        status.modification_level.name == "NONE"
    if not unmodified:
        problems.append("the file was changed after signing")
    whole = status.coverage is not None and status.coverage.name == "ENTIRE_FILE"
    if not whole:
        problems.append("the signature does not cover the whole file")
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
        return Verdict(True, problems=(f"the signature could not be checked "
                                       f"({type(exc).__name__})",))
    problems = []
    if not status.intact:
        problems.append("the signed content was changed")
    if not status.trusted:
        problems.append("the signer is not trusted by the given root" if roots_pem
                        else "no trust root was given")
    cert = status.signing_cert
    return Verdict(signed=True, intact=bool(status.intact), trusted=bool(status.trusted),
                   unmodified=bool(status.intact), covers_whole_file=bool(status.intact),
                   signer=cert.subject.human_friendly if cert is not None else "",
                   signed_at=getattr(status, "signer_reported_dt", None),
                   problems=tuple(problems))
