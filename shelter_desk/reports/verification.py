"""Checking a signed PDF with pyHanko against a trust root: intact, trusted, unmodified, who
signed (name and certificate fingerprint, optionally pinned) and when (the signer's claim, or
a timestamp authority's). For the program, the `verify` command and the prosecutor's office.

A shelter's report carries exactly one signature, a certification that allows no change
afterwards except archival updates (PAdES-LTA: validation data in a DSS and document
timestamps). Those are accepted and reported; any other change is not."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from asn1crypto import cms as asn1_cms
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization

from shelter_desk.i18n import QT_TRANSLATE_NOOP, Message
from shelter_desk.reports.signing import Level, fingerprint, pem_certificates
from shelter_desk.reports.untrusted_text import printable

# What a verdict can find wrong, in words a prosecutor reads (translated by the front ends).
UNREADABLE = QT_TRANSLATE_NOOP("verification", "not a readable PDF ({reason})")
UNSIGNED = QT_TRANSLATE_NOOP("verification", "the file carries no signature")
SEVERAL = QT_TRANSLATE_NOOP(
    "verification", "the file carries {count} signatures; a shelter's document carries one")
UNCHECKABLE = QT_TRANSLATE_NOOP("verification", "the signature could not be checked ({reason})")
DIGEST_MISMATCH = QT_TRANSLATE_NOOP(
    "verification", "the signed content was changed (digest mismatch)")
UNTRUSTED = QT_TRANSLATE_NOOP("verification", "the signer is not trusted by the given root")
NO_ROOT = QT_TRANSLATE_NOOP("verification", "no trust root was given")
CHANGED_AFTER = QT_TRANSLATE_NOOP("verification", "the file was changed after signing")
PARTIAL = QT_TRANSLATE_NOOP("verification", "the signature does not cover the whole file")
CONTENT_CHANGED = QT_TRANSLATE_NOOP("verification", "the signed content was changed")
OTHER_SIGNER = QT_TRANSLATE_NOOP(
    "verification", "signed by another certificate than the one expected "
    "(expected {expected}, found {found})")
TIMESTAMP_BROKEN = QT_TRANSLATE_NOOP(
    "verification", "the signature's timestamp does not match the signature")
ARCHIVE_BROKEN = QT_TRANSLATE_NOOP(
    "verification", "a document timestamp added after signing is damaged")
# Worth knowing, but not a reason to reject the document.
TIMESTAMP_UNTRUSTED = QT_TRANSLATE_NOOP(
    "verification", "the timestamp authority is not among the given roots; its time is not "
    "proven (give its root with --tsa-trust)")


def finding(template: str, **params: object) -> Message:
    """One thing a check found wrong: a template above, filled with `params`."""
    return Message("verification", template, **params)


@dataclass(frozen=True)
class Timestamp:
    """A timestamp authority's token: when, by whom, and whether it holds."""

    at: datetime
    authority: str
    intact: bool
    trusted: bool


@dataclass(frozen=True)
class Verdict:
    signed: bool
    intact: bool = False
    trusted: bool = False
    unmodified: bool = False
    covers_whole_file: bool = False
    signer: str = ""
    fingerprint: str = ""  # SHA-256 of the signing certificate
    signed_at: datetime | None = None  # the signer's own claim
    modification: str = ""
    level: Level | None = None
    timestamp: Timestamp | None = None  # the signature's timestamp (B-T and up)
    archival: tuple[Timestamp, ...] = ()  # document timestamps added later (B-LTA)
    pinned: bool | None = None  # None: no --signer was given
    problems: tuple[str, ...] = field(default_factory=tuple)
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return (self.signed and self.intact and self.trusted and self.unmodified
                and self.covers_whole_file and self.pinned is not False and not self.problems)


def trust_roots(pem: bytes) -> list[asn1_x509.Certificate]:
    return [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER))
            for c in pem_certificates(pem)]


def _context(roots: list[asn1_x509.Certificate]) -> Any:
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(trust_roots=roots, allow_fetching=False)


def _who(cert: asn1_x509.Certificate | None) -> str:
    """The certificate's holder as a clerk compares it with the stamp: the common name first,
    then the rest of the subject ("Marie Dupont (Organization: Pag-Asa; Country: BE)")."""
    if cert is None:
        return ""
    name, rest = "", []
    for rdn in cert.subject.chosen:
        for attribute in rdn:
            value = str(attribute["value"].native)
            if attribute["type"].native == "common_name" and not name:
                name = value
            else:
                rest.append(f"{attribute['type'].human_friendly}: {value}")
    if name and rest:
        return printable(f"{name} ({'; '.join(rest)})")
    return printable(name or "; ".join(rest))


def _timestamp(status: Any) -> Timestamp | None:
    if status is None:
        return None
    return Timestamp(at=status.timestamp, authority=_who(status.signing_cert),
                     intact=bool(status.intact), trusted=bool(status.trusted))


def _pin(found: str, expected: str | None) -> tuple[bool | None, list[str]]:
    """Whether the signing certificate is the one expected (None: nothing was expected)."""
    if expected is None:
        return None, []
    if found == expected:
        return True, []
    return False, [finding(OTHER_SIGNER, expected=expected, found=found or "?")]


def verify_pdf(data: bytes, roots_pem: bytes = b"", *, signer: str | None = None,
               tsa_roots_pem: bytes = b"") -> Verdict:
    """`signer`: the expected signing certificate's fingerprint (normalised, as
    signing.normalise_fingerprint gives it). `tsa_roots_pem`: roots trusted for timestamps
    only (a public timestamp authority must not be trusted to sign reports)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        regular = list(reader.embedded_regular_signatures)
        archival = list(reader.embedded_timestamp_signatures)
    except Exception as exc:  # a damaged file is an answer, not a crash
        return Verdict(False, problems=(finding(UNREADABLE, reason=type(exc).__name__),))
    if not regular:
        return Verdict(False, problems=(finding(UNSIGNED),))
    if len(regular) > 1:
        return Verdict(True, problems=(finding(SEVERAL, count=len(regular)),))
    roots = trust_roots(roots_pem)
    ts_context = _context(roots + trust_roots(tsa_roots_pem))
    try:
        status = validate_pdf_signature(regular[0], _context(roots),
                                        ts_validation_context=ts_context)
        stamps = [validate_pdf_timestamp(s, validation_context=ts_context) for s in archival]
    except Exception as exc:
        return Verdict(True, problems=(finding(UNCHECKABLE, reason=type(exc).__name__),))
    problems: list[str] = []
    notes: list[str] = []
    if not status.intact:
        problems.append(finding(DIGEST_MISMATCH))
    if not status.trusted:
        problems.append(finding(UNTRUSTED) if roots_pem else finding(NO_ROOT))
    level_name = status.modification_level.name if status.modification_level else ""
    archival_only = (level_name == "LTA_UPDATES" and bool(status.docmdp_ok)
                     and not _metadata_changed(reader, regular[0].signed_revision)
                     and _only_archival_revisions(reader, regular[0].signed_revision,
                                                  {s.signed_revision for s in archival}))
    unmodified = (bool(status.docmdp_ok) and level_name == "NONE") or archival_only
    if not unmodified:
        problems.append(finding(CHANGED_AFTER))
    coverage = status.coverage.name if status.coverage is not None else ""
    whole = coverage == "ENTIRE_FILE" or (coverage == "ENTIRE_REVISION" and archival_only)
    if not whole:
        problems.append(finding(PARTIAL))
    stamp = _timestamp(status.timestamp_validity)
    if stamp is not None and not stamp.intact:
        problems.append(finding(TIMESTAMP_BROKEN))
    later = tuple(t for t in (_timestamp(s) for s in stamps) if t is not None)
    if any(not t.intact for t in later):
        problems.append(finding(ARCHIVE_BROKEN))
    if any(t.intact and not t.trusted for t in (stamp, *later) if t is not None):
        notes.append(finding(TIMESTAMP_UNTRUSTED))
    cert = status.signing_cert
    found = fingerprint(cert.dump()) if cert is not None else ""
    pinned, mismatch = _pin(found, signer)
    problems += mismatch
    return Verdict(
        signed=True, intact=bool(status.intact), trusted=bool(status.trusted),
        unmodified=unmodified, covers_whole_file=whole, signer=_who(cert), fingerprint=found,
        signed_at=status.signer_reported_dt, modification=level_name,
        level=_level(stamp, reader, later), timestamp=stamp, archival=later, pinned=pinned,
        problems=tuple(problems), notes=tuple(notes))


def _metadata(reader: Any, revision: int) -> tuple[dict[str, str], bytes]:
    """The document information (title, author...) and XMP metadata as of `revision`."""
    resolver = reader.get_historical_resolver(revision)
    info = resolver.trailer_view.get("/Info")
    info = info.get_object() if info is not None else {}
    meta = resolver.root.get("/Metadata")
    data = meta.get_object().data if meta is not None else b""
    return {str(k): str(v) for k, v in info.items()}, bytes(data)


def _metadata_changed(reader: Any, signed_revision: int) -> bool:
    """pyHanko counts a changed title or author among archival updates; a reader shows them
    as the document's, so after a shelter's signature they must stay as signed."""
    try:
        last = reader.xrefs.total_revisions - 1
        return bool(_metadata(reader, signed_revision) != _metadata(reader, last))
    except Exception:  # unreadable metadata in a later revision is a change too
        return True


def _dss_reference(reader: Any, revision: int) -> Any:
    root = reader.get_historical_resolver(revision).root
    if "/DSS" not in root:
        return None
    ref = root.raw_get("/DSS")
    return (ref.idnum, ref.generation) if hasattr(ref, "idnum") else ("direct", revision)


def _only_archival_revisions(reader: Any, signed: int, timestamped: set[int]) -> bool:
    """Every revision after the signature either adds a document timestamp or updates the
    validation data (DSS). pyHanko accepts an update that only appends unreferenced objects;
    nothing shows them, but they are not what archival updates write, so they are refused."""
    try:
        for revision in range(signed + 1, reader.xrefs.total_revisions):
            if revision in timestamped:
                continue
            dss = _dss_reference(reader, revision)
            changed = {(r.idnum, r.generation)
                       for r in reader.xrefs.explicit_refs_in_revision(revision)}
            if dss is None or (dss == _dss_reference(reader, revision - 1)
                               and dss not in changed):
                return False
    except Exception:  # a revision that cannot be read is not an archival one
        return False
    return True


def _level(stamp: Timestamp | None, reader: Any, archival: tuple[Timestamp, ...]) -> Level:
    if stamp is None:
        return Level.B_B
    if archival:
        return Level.B_LTA
    return Level.B_LT if "/DSS" in reader.root else Level.B_T


def verify_detached(data: bytes, signature_der: bytes, roots_pem: bytes = b"", *,
                    signer: str | None = None, tsa_roots_pem: bytes = b"") -> Verdict:
    import asyncio

    from pyhanko.sign.validation import async_validate_detached_cms

    roots = trust_roots(roots_pem)
    try:
        content = asn1_cms.ContentInfo.load(signature_der, strict=True)
        status = asyncio.run(async_validate_detached_cms(
            data, content["content"], signer_validation_context=_context(roots),
            ts_validation_context=_context(roots + trust_roots(tsa_roots_pem))))
    except Exception as exc:
        return Verdict(True, problems=(finding(UNCHECKABLE, reason=type(exc).__name__),))
    problems: list[str] = []
    notes: list[str] = []
    if not status.intact:
        problems.append(finding(CONTENT_CHANGED))
    if not status.trusted:
        problems.append(finding(UNTRUSTED) if roots_pem else finding(NO_ROOT))
    stamp = _timestamp(getattr(status, "timestamp_validity", None))
    if stamp is not None and not stamp.intact:
        problems.append(finding(TIMESTAMP_BROKEN))
    if stamp is not None and stamp.intact and not stamp.trusted:
        notes.append(finding(TIMESTAMP_UNTRUSTED))
    cert = status.signing_cert
    found = fingerprint(cert.dump()) if cert is not None else ""
    pinned, mismatch = _pin(found, signer)
    problems += mismatch
    return Verdict(signed=True, intact=bool(status.intact), trusted=bool(status.trusted),
                   unmodified=bool(status.intact), covers_whole_file=bool(status.intact),
                   signer=_who(cert), fingerprint=found,
                   signed_at=getattr(status, "signer_reported_dt", None),
                   level=Level.B_T if stamp else Level.B_B, timestamp=stamp, pinned=pinned,
                   problems=tuple(problems), notes=tuple(notes))
