"""A client's history: the audit entries that name their case code (who did what, when), with
the records they touched described as a person reads them ("Goal: Housing"), not as the audit
trail stores them ("autonomy_goals#1041"); with what each correction replaced (the values
services/revisions.py kept: "Duration: 60 → 45") and, for a void, its reason. Lines about a
voided record carry its mark (struck through in the file). Structured values only: the UI
translates."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Enum as SqlEnum
from sqlalchemy import select
from sqlalchemy.orm import Session

from shelter_desk.domain.labelled import LabelledEnum
from shelter_desk.domain.vocabulary import ConsentPurpose
from shelter_desk.models.appointments import Appointment
from shelter_desk.models.audit import AuditEntry
from shelter_desk.models.base import Base
from shelter_desk.models.case_plan import CaseNote, PlanAction
from shelter_desk.models.corrections import RecordRevision
from shelter_desk.models.followup import (
    AutonomyGoal,
    ConditionCheck,
    ConsentEvent,
    CounsellingSession,
    Notification,
)
from shelter_desk.models.justice import CourtDate, JudicialCase, ResidenceDocument
from shelter_desk.models.reminders import ReminderAction
from shelter_desk.models.sealed import SealedDate
from shelter_desk.models.users import User
from shelter_desk.services import voids
from shelter_desk.services.guard import client_in_reach, require_case_worker
from shelter_desk.services.voids import VoidMark
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
    void: VoidMark | None = None  # the record was voided


@dataclass(frozen=True)
class FieldChange:
    """One field a save changed, with its value before and after (typed as the field is:
    dates, enums, numbers, text; None when empty)."""

    field: str
    before: Any
    after: Any


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
    changes: tuple[FieldChange, ...] = ()  # what a correction replaced

    @property
    def void(self) -> VoidMark | None:
        """The mark of the voided record this line is about (not on the void itself)."""
        if self.record is None or self.action == VOID_ACTION:
            return None
        return self.record.void


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
    "plan_actions": ("plan_action", PlanAction, None, "due_on"),
    "case_notes": ("case_note", CaseNote, "kind", "noted_on"),
    "reminder_actions": ("reminder", ReminderAction, "deadline_kind", "due"),
    "appointments": ("appointment", Appointment, "kind", "starts_at"),
}
VOID_ACTION = "record.void"


def _records(session: Session, client_id: int, entries: Iterable[AuditEntry]
             ) -> dict[str, RecordRef]:
    """Every record the entries name, looked up once per table."""
    marks = voids.marks(session, client_id)
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
                getattr(row, when) if when else None, marks.get((table, row.id)))
    return refs


def _typed(table: str, field: str, value: Any) -> Any:
    """A kept value as its column reads it: an enum, a date, a time; else as kept."""
    column = Base.metadata.tables[table].c.get(field) if table in Base.metadata.tables else None
    if value is None or column is None:
        return value
    if isinstance(column.type, SealedDate) and isinstance(value, str):
        return _iso(date.fromisoformat, value)
    try:
        if isinstance(column.type, SqlEnum) and column.type.enum_class is not None:
            return column.type.enum_class(value)
        python_type = column.type.python_type
    except (NotImplementedError, ValueError, TypeError):
        return value
    try:
        if python_type is date and isinstance(value, str):
            return date.fromisoformat(value)
        if python_type is time and isinstance(value, str):
            return time.fromisoformat(value)
        if python_type is datetime and isinstance(value, str):
            return datetime.fromisoformat(value)
    except ValueError:
        return value
    return value


def _iso(parse: Any, value: str) -> Any:
    try:
        return parse(value)
    except ValueError:
        return value


def _changes(session: Session, client_id: int) -> dict[int | None, list[FieldChange]]:
    """The client's kept values, by the audit entry of the save that replaced them."""
    out: dict[int | None, list[FieldChange]] = defaultdict(list)
    for r in session.scalars(select(RecordRevision).where(RecordRevision.client_id == client_id)
                             .order_by(RecordRevision.id)):
        for field, (before, after) in sorted(json.loads(r.changes).items()):
            out[r.audit_seq].append(FieldChange(field, _typed(r.table_name, field, before),
                                                _typed(r.table_name, field, after)))
    return out


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


def _reminder_steps(session: Session, entries: Iterable[AuditEntry]
                    ) -> dict[str, ReminderAction]:
    ids = [int(m["id"]) for e in entries
           if (m := RECORD.match(e.target or "")) and m["table"] == "reminder_actions"]
    if not ids:
        return {}
    return {f"reminder_actions#{r.id}": r for r in session.scalars(
        select(ReminderAction).where(ReminderAction.id.in_(ids)))}


def client_history(ws: Workspace, client_id: int, limit: int = 2000) -> list[HistoryLine]:
    """Newest first. Visible to whoever may work on the file."""
    require_case_worker(ws, "history.list")
    with ws.session() as session:
        client = client_in_reach(session, ws, client_id, "history.list")
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.client_code == client.case_code)
            .order_by(AuditEntry.seq.desc()).limit(limit)).all()
        names = {u: n for u, n in session.execute(select(User.username, User.display_name))}
        names_by_id = {u: n for u, n in session.execute(select(User.id, User.display_name))}
        refs = _records(session, client.id, rows)
        changes = _changes(session, client.id)
        steps = _reminder_steps(session, rows)
        out = []
        for e in rows:
            record = refs.get(e.target or "")
            purpose = _purpose(e)
            report = _report(e)
            reason = None if report else e.reason
            if e.action == VOID_ACTION and record is not None and record.void is not None:
                reason = record.void.reason  # kept with the file, not in the audit trail
            step = steps.get(e.target or "")
            recipient = e.recipient
            changed = tuple(changes.get(e.seq, ()))
            if step is not None:  # what was done, why it waits, to whom: kept with the file
                reason = step.note
                recipient = names_by_id.get(step.assignee_id or 0) or recipient
                if step.snoozed_until is not None:
                    changed = (FieldChange("snoozed_until", None, step.snoozed_until),)
            out.append(HistoryLine(
                seq=e.seq, at=e.at, actor=names.get(e.actor, e.actor), action=e.action,
                record=record, purpose=purpose, report=report,
                target=None if (record or purpose or RECORD.match(e.target or "")) else e.target,
                reason=reason, recipient=recipient, changes=changed))
        return out

