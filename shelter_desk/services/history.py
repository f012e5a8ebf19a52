"""A client's history: the audit entries that name their case code (who did what, when), with
the records they touched described as a person reads them ("Goal: Housing"), not as the audit
trail stores them ("autonomy_goals#1041"). Structured values only: the UI translates."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelter_desk.domain.labelled import LabelledEnum
from shelter_desk.domain.vocabulary import ConsentPurpose
from shelter_desk.models.audit import AuditEntry
from shelter_desk.models.followup import (
    AutonomyGoal,
    ConditionCheck,
    ConsentEvent,
    CounsellingSession,
    Notification,
)
from shelter_desk.models.justice import CourtDate, JudicialCase, ResidenceDocument
from shelter_desk.models.users import User
from shelter_desk.services.access import client_in_reach
from shelter_desk.services.records import require_case_worker
from shelter_desk.services.workspace import Workspace

RECORD = re.compile(r"^(?P<table>[a-z_]+)#(?P<id>\d+)$")
REPORT_REASON = re.compile(
    r"^(?P<language>nl|fr|en), identity (?P<identity>included|omitted)(?P<encrypted>, encrypted)?$")


@dataclass(frozen=True)
class RecordRef:
    """The record an entry is about: its kind (the table) and what tells it apart."""

    kind: str  # "goal", "session", "court_date", ...; the UI names it
    label: LabelledEnum | None = None  # e.g. the goal's domain, the document's type
    on: date | None = None  # e.g. the session's or the court date's day


@dataclass(frozen=True)
class ReportDetail:
    language: str
    identity_included: bool
    encrypted: bool


@dataclass(frozen=True)
class HistoryLine:
    seq: int
    at: datetime
    actor: str  # the person's full name (their user name if the account is gone)
    action: str
    record: RecordRef | None
    purpose: ConsentPurpose | None  # consent entries
    report: ReportDetail | None  # report and export entries
    target: str | None  # anything else, as recorded
    reason: str | None
    recipient: str | None


# table -> (kind, model, what labels a row, what dates it)
_KINDS: dict[str, tuple[str, Any, str | None, str | None]] = {
    "autonomy_goals": ("goal", AutonomyGoal, "domain", None),
    "counselling_sessions": ("session", CounsellingSession, "kind", "held_on"),
    "consent_events": ("consent", ConsentEvent, "purpose", "given_on"),
    "condition_checks": ("condition_check", ConditionCheck, "condition", "checked_on"),
    "court_dates": ("court_date", CourtDate, "hearing_type", "on_date"),
    "judicial_cases": ("judicial_case", JudicialCase, "office", "opened_on"),
    "residence_documents": ("residence_document", ResidenceDocument, "doc_type", None),
    "notifications": ("notification", Notification, "reason", "sent_on"),
}


def _records(session: Session, entries: Iterable[AuditEntry]) -> dict[str, RecordRef]:
    """Every record the entries name, looked up once per table."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for e in entries:
        match = RECORD.match(e.target or "")
        if match and match["table"] in _KINDS:
            wanted[match["table"]].add(int(match["id"]))
    refs: dict[str, RecordRef] = {}
    for table, ids in wanted.items():
        kind, model, label, when = _KINDS[table]
        for row in session.scalars(select(model).where(model.id.in_(ids))):
            refs[f"{table}#{row.id}"] = RecordRef(
                kind, getattr(row, label) if label else None,
                getattr(row, when) if when else None)
    return refs


def _purpose(e: AuditEntry) -> ConsentPurpose | None:
    if not e.action.startswith("consent.") and e.action != "client.intake":
        return None
    try:
        return ConsentPurpose(e.target or "")
    except ValueError:
        return None


def _report(e: AuditEntry) -> ReportDetail | None:
    match = REPORT_REASON.match(e.reason or "") if e.action in (
        "report.create", "export.create") else None
    if match is None:
        return None
    return ReportDetail(match["language"], match["identity"] == "included",
                        bool(match["encrypted"]))


def client_history(ws: Workspace, client_id: int, limit: int = 2000) -> list[HistoryLine]:
    """Newest first. Visible to whoever may work on the file."""
    require_case_worker(ws, "history.list")
    with ws.session() as session:
        client = client_in_reach(session, ws, client_id, "history.list")
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.client_code == client.case_code)
            .order_by(AuditEntry.seq.desc()).limit(limit)).all()
        names = {u: n for u, n in session.execute(select(User.username, User.display_name))}
        refs = _records(session, rows)
        out = []
        for e in rows:
            record = refs.get(e.target or "")
            purpose = _purpose(e)
            report = _report(e)
            out.append(HistoryLine(
                seq=e.seq, at=e.at, actor=names.get(e.actor, e.actor), action=e.action,
                record=record, purpose=purpose, report=report,
                target=None if (record or purpose or RECORD.match(e.target or "")) else e.target,
                reason=None if report else e.reason, recipient=e.recipient))
        return out

