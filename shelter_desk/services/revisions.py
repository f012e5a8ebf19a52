"""Every save that changes a field of a client's record keeps the values it replaced
(record_revisions, append-only), whichever service made the change: the history then shows
what a field said before it was corrected. A voided record is not changed any more.

Both happen in hooks on every workspace session, so no correction path can forget them
(services/workspace.py installs them).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.audit import AuditEntry
from shelter_desk.models.base import Versioned, utcnow
from shelter_desk.models.clients import Client
from shelter_desk.models.corrections import RecordRevision
from shelter_desk.models.followup import GoalMilestone
from shelter_desk.models.justice import CourtDate, JudicialCase
from shelter_desk.services.errors import ServiceError
from shelter_desk.services.voids import is_voided

# Records that are no client's (accounts, the installation) or only say who may see a file.
_NOT_CASE_RECORDS = frozenset({"users", "installation", "signing_identity", "access_grants"})
# Written by the program, not typed: the bookkeeping and values derived from other fields.
_DERIVED = frozenset({"version", "changed_by", "changed_at", "updated_at", "created_at",
                      "search_key", "at_utc"})


class RecordVoided(ServiceError):
    """A voided record stays as it was voided."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "This record was voided: it can no longer be changed."))


def plain(value: Any) -> Any:
    """A value as JSON keeps it (and history.py reads it back by the column's type)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def client_of(session: Session, obj: object) -> int | None:
    if isinstance(obj, Client):
        return obj.id
    if isinstance(obj, GoalMilestone):
        return obj.goal.client_id if obj.goal is not None else None
    if isinstance(obj, CourtDate):
        case = session.get(JudicialCase, obj.case_id)
        return case.client_id if case is not None else None
    found = getattr(obj, "client_id", None)
    return found if isinstance(found, int) else None


def _changes(session: Session, obj: Versioned) -> dict[str, list[Any]]:
    state = inspect(obj)
    mapper = state.mapper
    out: dict[str, list[Any]] = {}
    for attr in state.attrs:
        if attr.key in _DERIVED or attr.key not in mapper.columns:
            continue
        history = attr.history
        if not history.has_changes():
            continue
        new = history.added[0] if history.added else None
        if history.deleted:
            old = history.deleted[0]
        else:  # not loaded before it was set: read what the database holds
            column = mapper.columns[attr.key]
            pk = mapper.primary_key[0]
            old = session.execute(select(column).where(pk == state.identity[0])).scalar()
        if plain(old) != plain(new):
            out[attr.key] = [plain(old), plain(new)]
    return out


@dataclass
class _Pending:
    client_id: int
    table: str
    record_id: int
    version: int
    changes: dict[str, list[Any]]
    at: datetime


def _entry_for(p: _Pending, entries: list[AuditEntry]) -> AuditEntry | None:
    """The audit entry that says who made this save: the one naming the record, else the
    last one about a client (a client's details are audited without a target)."""
    target = f"{p.table}#{p.record_id}"
    named = [e for e in entries if e.target == target]
    if named:
        return named[-1]
    about = [e for e in entries if e.client_code]
    return about[-1] if about else None


def keep(session: Session, username: str) -> None:
    """Install the hooks on `session` (after the concurrency tracker's, which counts the
    version this save makes). The changes are collected as they are flushed and kept when
    the transaction commits, linked to its audit entry."""
    pending: list[_Pending] = []
    entries: list[AuditEntry] = []

    def after_flush(s: Session, *_: object) -> None:
        entries.extend(e for e in s.new if isinstance(e, AuditEntry))

    def before_commit(s: Session) -> None:
        if not pending:
            return
        kept, pending[:] = list(pending), []
        for p in kept:
            entry = _entry_for(p, entries)
            s.add(RecordRevision(
                client_id=p.client_id, table_name=p.table, record_id=p.record_id,
                version=p.version, changed_at=p.at, changed_by=username,
                audit_seq=entry.seq if entry is not None else None,
                changes=json.dumps(p.changes, ensure_ascii=False, sort_keys=True)))
        s.flush()

    def before_flush(s: Session, *_: object) -> None:
        if not s.dirty:
            return
        now = utcnow()
        with s.no_autoflush:
            for obj in list(s.dirty):
                if not isinstance(obj, Versioned) or not s.is_modified(obj):
                    continue
                table = inspect(obj).mapper.local_table.name
                if table in _NOT_CASE_RECORDS:
                    continue
                changes = _changes(s, obj)
                if not changes:
                    continue
                record_id = inspect(obj).identity[0]
                if is_voided(s, table, record_id):
                    raise RecordVoided()
                client = client_of(s, obj)
                if client is None:
                    continue
                pending.append(_Pending(client, table, record_id, obj.version, changes, now))

    event.listen(session, "before_flush", before_flush)
    event.listen(session, "after_flush", after_flush)
    event.listen(session, "before_commit", before_commit)
