"""The tamper-evident audit trail: append-only, hash-chained, metadata only.

Each entry's hash covers the previous entry's hash and the entry's canonical content (position,
time, who, action, client case code, target, reason, recipient, outcome), so an edited, deleted
or reordered entry breaks the chain. A truncated tail leaves a valid but shorter chain; it is
caught against an anchor (length + head hash) printed earlier in a signed report or export.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shelter_desk.i18n import QT_TRANSLATE_NOOP, Message
from shelter_desk.models.audit import AuditEntry
from shelter_desk.models.base import utcnow
from shelter_desk.services.concurrency import serialise_writes
from shelter_desk.services.workspace import Actor, Workspace

GENESIS = "0" * 64


class Action:
    """Audit action names (stable strings: they are hashed into the chain)."""

    LOGIN = "login"
    LOGIN_RECOVERY = "login.recovery"
    LOGOUT = "logout"
    INSTALL = "installation.create"
    USER_ADD = "user.add"
    USER_REMOVE = "user.remove"
    USER_RESET_PASSWORD = "user.reset_password"  # noqa: S105
    PASSWORD_CHANGE = "user.change_password"  # noqa: S105
    RECOVERY_CODE_NEW = "recovery_code.renew"
    BACKUP = "backup.create"
    RESTORE = "backup.restore"
    CHECK = "integrity.check"
    DENIED = "denied"


@dataclass(frozen=True)
class Anchor:
    """The chain's length and head hash at one moment (printed into reports and exports)."""

    length: int
    head: str

    def __str__(self) -> str:
        return f"{self.length}:{self.head}"

    @classmethod
    def parse(cls, text: str) -> Anchor:
        length, _, head = text.partition(":")
        if not length.isdigit() or len(head) != 64:
            raise ValueError("an anchor looks like LENGTH:SHA256HEX")
        return cls(int(length), head.lower())


@dataclass(frozen=True)
class AuditRecord:
    seq: int
    at: datetime
    actor: str
    action: str
    client_code: str | None
    target: str | None
    reason: str | None
    recipient: str | None
    outcome: str
    entry_hash: str


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    length: int
    head: str
    problems: tuple[str, ...]


def canonical_content(
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    client_code: str | None,
    target: str | None,
    reason: str | None,
    recipient: str | None,
    outcome: str,
) -> bytes:
    fields = [
        seq, at.isoformat(timespec="microseconds"), actor, action,
        client_code, target, reason, recipient, outcome,
    ]
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def chain_hash(prev_hash: str, content: bytes) -> str:
    return hashlib.sha256(bytes.fromhex(prev_hash) + content).hexdigest()


def _entry_hash(e: AuditEntry, prev_hash: str) -> str:
    return chain_hash(
        prev_hash,
        canonical_content(
            e.seq, e.at, e.actor, e.action, e.client_code, e.target, e.reason,
            e.recipient, e.outcome,
        ),
    )


def record(
    session: Session,
    actor: Actor | str,
    action: str,
    *,
    client_code: str | None = None,
    target: str | None = None,
    reason: str | None = None,
    recipient: str | None = None,
    outcome: str = "ok",
) -> AuditEntry:
    """Append an entry in the caller's transaction (so it commits or rolls back with the change)."""
    serialise_writes(session)  # on a server: one appender at a time, so the chain stays one
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.entry_hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).one_or_none()
    seq, prev = (1, GENESIS) if last is None else (last[0] + 1, last[1])
    # Microsecond precision is what the stored timestamp keeps, so the hash recomputes exactly.
    entry = AuditEntry(
        seq=seq,
        at=utcnow(),
        actor=actor if isinstance(actor, str) else actor.username,
        action=action,
        client_code=client_code,
        target=target,
        reason=reason,
        recipient=recipient,
        outcome=outcome,
        prev_hash=prev,
    )
    entry.entry_hash = _entry_hash(entry, prev)
    session.add(entry)
    session.flush()
    return entry


def record_alone(ws: Workspace, action: str, **fields: str | None) -> None:
    """Append an entry in a transaction of its own (denials, logins: nothing else to commit).
    Inside an open transaction (a refusal found half-way), after that one has ended."""

    def write() -> None:
        with ws.session() as session:
            record(session, ws.actor, action, **fields)  # type: ignore[arg-type]

    ws.after_session(write)


def anchor(session: Session) -> Anchor:
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.entry_hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).one_or_none()
    return Anchor(0, GENESIS) if last is None else Anchor(last[0], last[1])


# What checking the trail can find (translated by the front ends, context "audit").
OUT_OF_ORDER = QT_TRANSLATE_NOOP(
    "audit", "entry {entry}: position {position} out of order or missing before it")
BROKEN_LINK = QT_TRANSLATE_NOOP("audit", "entry {entry}: does not follow the entry before it")
CONTENT_CHANGED = QT_TRANSLATE_NOOP("audit", "entry {entry}: content changed after it was written")
TRUNCATED = QT_TRANSLATE_NOOP(
    "audit", "the trail has {length} entries but the anchor records {anchored}: "
    "entries were removed from the end")
ANCHOR_MISMATCH = QT_TRANSLATE_NOOP("audit", "entry {entry} does not match the anchor's hash")


def _finding(template: str, **params: object) -> Message:
    return Message("audit", template, **params)


def verify_entries(entries: Iterable[AuditEntry], expected: Anchor | None = None) -> ChainReport:
    problems: list[str] = []
    prev = GENESIS
    length = 0
    hash_at_anchor: str | None = None
    for e in entries:
        length += 1
        if e.seq != length:
            problems.append(_finding(OUT_OF_ORDER, entry=length, position=e.seq))
        if e.prev_hash != prev:
            problems.append(_finding(BROKEN_LINK, entry=e.seq))
        recomputed = _entry_hash(e, e.prev_hash)
        if recomputed != e.entry_hash:
            problems.append(_finding(CONTENT_CHANGED, entry=e.seq))
        prev = e.entry_hash
        if expected is not None and length == expected.length:
            hash_at_anchor = e.entry_hash
    if expected is not None and expected.length > 0:
        if length < expected.length:
            problems.append(_finding(TRUNCATED, length=length, anchored=expected.length))
        elif hash_at_anchor != expected.head:
            problems.append(_finding(ANCHOR_MISMATCH, entry=expected.length))
    return ChainReport(ok=not problems, length=length, head=prev, problems=tuple(problems))


def verify(session: Session, expected: Anchor | None = None) -> ChainReport:
    entries = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(2000)
    return verify_entries(entries, expected)


def count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def to_record(e: AuditEntry) -> AuditRecord:
    return AuditRecord(
        seq=e.seq, at=e.at, actor=e.actor, action=e.action, client_code=e.client_code,
        target=e.target, reason=e.reason, recipient=e.recipient, outcome=e.outcome,
        entry_hash=e.entry_hash,
    )
