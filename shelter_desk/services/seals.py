"""Seals over the audit history: the chain's (length, head hash, time), signed with the shelter's
signing key (a detached CMS signature, pyHanko), kept in the database.

Every member of staff holds the database key, so anyone could drop the audit triggers, edit an
entry and recompute every hash after it: the chain alone then verifies. A seal they cannot
make: it needs the PKCS#12 passphrase or the token's PIN. `check` verifies every seal against
the chain, so a history rewritten anywhere before the newest seal is found without an outside
anchor. What a seal cannot do (docs/security.md): protect entries after the newest seal, or
resist someone who replaces the signing identity as well (pin the root with `check --trust`).

A director seals with `shelter-desk audit seal` (the app offers it weekly); every signed report
and case file seals too, with the key that signs it. Seals go through the services, not raw
SQL, so the server backend gets them as they are.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from shelter_desk.domain.roles import Role
from shelter_desk.domain.wall_clock import BRUSSELS
from shelter_desk.i18n import QT_TRANSLATE_NOOP, Message
from shelter_desk.models.audit import AuditEntry, AuditSeal
from shelter_desk.models.base import utcnow
from shelter_desk.models.signing import SigningIdentity
from shelter_desk.services import audit, seal_schedule, signing
from shelter_desk.services.guard import require
from shelter_desk.services.workspace import Workspace

FORMAT = "shelter_desk-audit-seal/1"
ACTION = "audit.seal"
SEAL, REPORT, EXPORT = "seal", "report", "export"  # on what occasion a seal was made
WEEKLY = seal_schedule.WEEKLY


@dataclass(frozen=True)
class SealInfo:
    id: int
    length: int
    head: str
    sealed_at: datetime
    sealed_by: str
    occasion: str
    signer: str


@dataclass(frozen=True)
class SealReport:
    ok: bool
    count: int
    newest: SealInfo | None
    other_identity: int  # seals made under another root than the one checked against
    problems: tuple[str, ...] = field(default_factory=tuple)


def payload(length: int, head: str, sealed_at: datetime) -> bytes:
    """What a seal signs: canonical JSON of the chain's length, head and the time."""
    doc = {"format": FORMAT, "length": length, "head": head,
           "time": sealed_at.isoformat(timespec="seconds")}
    return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("ascii")


def _info(row: AuditSeal) -> SealInfo:
    return SealInfo(row.id, row.length, row.head, row.sealed_at, row.sealed_by, row.occasion,
                    row.signer)


def seal_with(ws: Workspace, opened: signing.OpenSigner, occasion: str) -> SealInfo:
    """Seal the chain as it is now with a signer already opened (for a report, the one that
    signs it). Records the seal in the chain too, so a removed seal leaves a trace."""
    from shelter_desk.reports.signing import sign_detached  # pyHanko loads only when sealing

    with ws.session() as session:
        anchor = audit.anchor(session)
        identity = session.get(SigningIdentity, 1)
        root = identity.root_pem if identity is not None else b""
    sealed_at = utcnow().replace(microsecond=0)
    signature = sign_detached(payload(anchor.length, anchor.head, sealed_at), opened.signer)
    with ws.session() as session:
        row = AuditSeal(length=anchor.length, head=anchor.head, sealed_at=sealed_at,
                        sealed_by=ws.actor.username, occasion=occasion,
                        signer=opened.subject[:300], root_pem=root, signature=signature)
        session.add(row)
        session.flush()
        audit.record(session, ws.actor, ACTION, target=str(anchor), reason=occasion)
        return _info(row)


def seal(ws: Workspace, secret: str | None) -> SealInfo:
    """`shelter-desk audit seal` and the app's weekly offer: `secret` is the PKCS#12
    passphrase or the token PIN."""
    require(ws, (Role.DIRECTOR,), ACTION,
            QT_TRANSLATE_NOOP("permissions", "seal the audit history"))
    opened = signing.open_signer(ws, secret)
    try:
        return seal_with(ws, opened, SEAL)
    finally:
        opened.close()


def list_seals(ws: Workspace) -> list[SealInfo]:
    with ws.session() as session:
        return [_info(r) for r in session.scalars(select(AuditSeal).order_by(AuditSeal.id))]


def newest(session: Session) -> SealInfo | None:
    row = session.scalars(select(AuditSeal).order_by(AuditSeal.id.desc()).limit(1)).first()
    return _info(row) if row is not None else None


def seal_due(ws: Workspace) -> bool:
    """True for a director when the weekly seal is due (services/seal_schedule.py)."""
    return seal_schedule.due_and_last(ws)[0]


# What checking the seals can find (context "audit", like the chain's findings).
SEAL_TOO_LONG = QT_TRANSLATE_NOOP(
    "audit", "seal {seal} ({date}) covers {length} entries but the trail has {count}: "
    "entries were removed")
SEAL_MISMATCH = QT_TRANSLATE_NOOP(
    "audit", "seal {seal} ({date}): the first {length} entries are not those that were sealed: "
    "the history was rewritten")
SEAL_FORGED = QT_TRANSLATE_NOOP(
    "audit", "seal {seal} ({date}): its signature does not match what it seals")
SEAL_UNTRUSTED = QT_TRANSLATE_NOOP(
    "audit", "seal {seal} ({date}): not signed by a trusted signing identity")
SEAL_MISSING = QT_TRANSLATE_NOOP(
    "audit", "entry {entry} records a seal that is no longer there: seals were removed")


def _finding(template: str, **params: object) -> Message:
    return Message("audit", template, **params)


def root_fingerprint(root_pem: bytes) -> str:
    """SHA-256 of the root certificate (DER), as `check` prints it for comparing with paper."""
    try:
        cert = x509.load_pem_x509_certificate(root_pem)
    except ValueError:
        return ""
    from cryptography.hazmat.primitives.serialization import Encoding

    return hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()


def verify(session: Session, trust_pem: bytes | None = None) -> SealReport:
    """Every seal against the chain and a trust root: `trust_pem` when given (check --trust),
    else the current signing identity's root. A seal made under another root is counted (an
    earlier identity, or a forgery with a home-made one); with `trust_pem` it is refused."""
    from shelter_desk.reports.verification import verify_detached  # pyHanko, only for check

    hashes: dict[int, str] = {}
    seal_entries: list[tuple[int, str | None]] = []
    for seq, entry_hash, action, target in session.execute(
        select(AuditEntry.seq, AuditEntry.entry_hash, AuditEntry.action, AuditEntry.target)
        .order_by(AuditEntry.seq)
    ):
        hashes[seq] = entry_hash
        if action == ACTION:
            seal_entries.append((seq, target))
    identity = session.get(SigningIdentity, 1)
    current_root = identity.root_pem if identity is not None else b""
    problems: list[str] = []
    other = 0
    sealed: set[str] = set()
    covered = 0
    rows = session.scalars(select(AuditSeal).order_by(AuditSeal.id)).all()
    for row in rows:
        when = row.sealed_at.astimezone(BRUSSELS).date().isoformat()
        if row.length not in hashes or row.length > len(hashes):
            problems.append(_finding(SEAL_TOO_LONG, seal=row.id, date=when, length=row.length,
                                     count=len(hashes)))
        elif hashes[row.length] != row.head:
            problems.append(_finding(SEAL_MISMATCH, seal=row.id, date=when, length=row.length))
        roots = trust_pem if trust_pem else current_root
        if not trust_pem and row.root_pem != current_root:
            other += 1
            roots = row.root_pem  # at least intact under the root it names
        verdict = verify_detached(payload(row.length, row.head, row.sealed_at), row.signature,
                                  roots)
        if not verdict.intact:
            problems.append(_finding(SEAL_FORGED, seal=row.id, date=when))
        elif not verdict.trusted:
            problems.append(_finding(SEAL_UNTRUSTED, seal=row.id, date=when))
        else:
            sealed.add(f"{row.length}:{row.head}")
            covered = max(covered, row.length)
    for seq, target in seal_entries:
        if seq <= covered and target not in sealed:
            problems.append(_finding(SEAL_MISSING, entry=seq))
    last = _info(rows[-1]) if rows else None
    return SealReport(ok=not problems, count=len(rows), newest=last, other_identity=other,
                      problems=tuple(problems))
