"""Voiding a record entered in the wrong file or with wrong facts, short of editing it
silently: its author or a director voids it with a reason. The record stays in its tab and in
the history, struck through, with the reason; it counts nowhere (deadlines, dashboard,
conditions, the consent state, charts) and is in no report or export (services/voids.live).
A void is final (record_voids is append-only) and audited ("record.void"); its reason is kept
with the file, not in the audit trail, which administrators read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelter_desk.domain.roles import Role
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.appointments import Appointment
from shelter_desk.models.audit import AuditEntry
from shelter_desk.models.base import utcnow
from shelter_desk.models.case_plan import CaseNote, PlanAction
from shelter_desk.models.corrections import RecordVoid
from shelter_desk.models.followup import (
    AutonomyGoal,
    ConditionCheck,
    ConsentEvent,
    CounsellingSession,
    Notification,
)
from shelter_desk.models.justice import CourtDate, JudicialCase, ResidenceDocument
from shelter_desk.models.users import User
from shelter_desk.services import audit, voids
from shelter_desk.services import validation as v
from shelter_desk.services.changes import Changes, voided
from shelter_desk.services.errors import (
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationError,
)
from shelter_desk.services.guard import client_in_reach, require_case_worker
from shelter_desk.services.records import touch
from shelter_desk.services.revisions import client_of
from shelter_desk.services.voids import VoidMark, is_voided
from shelter_desk.services.workspace import Workspace

ACTION = "record.void"


@dataclass(frozen=True)
class Voidable:
    model: Any
    # The column naming the user who entered it; else the actor of its ".add" audit entry.
    author_column: str | None = None


# The names the command line uses (`records void KIND ID`), in the order the file shows them.
KINDS: dict[str, Voidable] = {
    "session": Voidable(CounsellingSession, "counsellor_id"),
    "consent": Voidable(ConsentEvent, "counsellor_id"),
    "condition-check": Voidable(ConditionCheck, "counsellor_id"),
    "judicial-case": Voidable(JudicialCase),
    "court-date": Voidable(CourtDate),
    "residence-document": Voidable(ResidenceDocument),
    "goal": Voidable(AutonomyGoal),
    "notification": Voidable(Notification, "counsellor_id"),
    "plan-action": Voidable(PlanAction, "author_id"),
    "case-note": Voidable(CaseNote, "author_id"),
    "appointment": Voidable(Appointment, "author_id"),
}
KIND_OF_TABLE = {k.model.__tablename__: name for name, k in KINDS.items()}


class AlreadyVoided(ServiceError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "This record was voided already."))


def _no_such_record() -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("errors", "There is no such record."))


def author(session: Session, kind: Voidable, row: Any) -> str | None:
    """The user name of whoever entered the record (None: unknown, so a director's to void)."""
    if kind.author_column is not None:
        user_id = getattr(row, kind.author_column)
        return session.scalar(select(User.username).where(User.id == user_id))
    target = f"{kind.model.__tablename__}#{row.id}"
    return session.scalar(
        select(AuditEntry.actor).where(AuditEntry.target == target,
                                       AuditEntry.action.like("%.add"))
        .order_by(AuditEntry.seq).limit(1))


@dataclass(frozen=True)
class Voided:
    """A void done: its mark (why, by whom, when) and what it changed."""

    mark: VoidMark
    changes: Changes


def void_record(ws: Workspace, kind: str, record_id: int, reason: str,
                case_code: str | None = None) -> Voided:
    """Void one record, with the reason (required). `case_code`, when given, must be the
    client's the record belongs to (the command line names both, so a mistyped number does
    not void a record in another file)."""
    require_case_worker(ws, ACTION)
    found = KINDS.get(kind) if isinstance(kind, str) else None
    if found is None:
        raise ValidationError("kind", v.NOT_CHOICE)
    why = v.required_text("reason", reason, max_len=2000, multiline=True)
    if isinstance(record_id, bool) or not isinstance(record_id, int):
        raise _no_such_record()
    table = found.model.__tablename__
    with ws.session() as session:
        row = session.get(found.model, record_id)
        client_id = client_of(session, row) if row is not None else None
        if row is None or client_id is None:
            raise _no_such_record()
        client = client_in_reach(session, ws, client_id, ACTION)
        if case_code is not None and client.case_code != case_code.strip():
            raise _no_such_record()
        if is_voided(session, table, row.id):
            raise AlreadyVoided()
        if not ws.actor.has(Role.DIRECTOR) and author(session, found, row) != ws.actor.username:
            audit.record_alone(ws, audit.Action.DENIED, client_code=client.case_code,
                               target=f"{table}#{row.id}", reason=ACTION)
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                "permissions", "void a record someone else entered (its author or a director "
                "may)"))
        now = utcnow()
        session.add(RecordVoid(client_id=client.id, table_name=table, record_id=row.id,
                               voided_at=now, voided_by=ws.actor.username, reason=why))
        session.flush()
        audit.record(session, ws.actor, ACTION, client_code=client.case_code,
                     target=f"{table}#{row.id}")
        touch(client)
        return Voided(VoidMark(why, ws.actor.display_name, now), voided(client.id, kind))


@dataclass(frozen=True)
class RecordLine:
    """One record of a client, as the command line lists it: no content, only what tells it
    apart (kind, number, day, its category) and whether it was voided."""

    kind: str  # a key of KINDS
    id: int
    on: date | None
    label: str  # the record's category (an enum value: "psychosocial", "annex_15", ...)
    void: VoidMark | None


# kind -> (the attribute dating it, the attribute labelling it)
_SHOWN: dict[str, tuple[str, str]] = {
    "session": ("held_on", "kind"),
    "consent": ("given_on", "purpose"),
    "condition-check": ("checked_on", "condition"),
    "judicial-case": ("opened_on", "office"),
    "court-date": ("on_date", "hearing_type"),
    "residence-document": ("issued_on", "doc_type"),
    "goal": ("set_on", "domain"),
    "notification": ("sent_on", "recipient"),
    "plan-action": ("due_on", "status"),
    "case-note": ("noted_on", "kind"),
    "appointment": ("starts_at", "kind"),
}


def records_of(ws: Workspace, client_id: int, kind: str | None = None) -> list[RecordLine]:
    """Every voidable record of the client (of one kind, or all), voided ones marked."""
    require_case_worker(ws, "record.list")
    if kind is not None and kind not in KINDS:
        raise ValidationError("kind", v.NOT_CHOICE)
    with ws.session() as session:
        client = client_in_reach(session, ws, client_id, "record.list")
        found = voids.marks(session, client.id)
        out: list[RecordLine] = []
        for name, k in KINDS.items():
            if kind is not None and name != kind:
                continue
            model = k.model
            query = select(model)
            if model is CourtDate:
                query = query.join(JudicialCase, JudicialCase.id == CourtDate.case_id).where(
                    JudicialCase.client_id == client.id)
            else:
                query = query.where(model.client_id == client.id)
            when, label = _SHOWN[name]
            for row in session.scalars(query.order_by(model.id)):
                shown = getattr(row, label)
                on = getattr(row, when)
                if isinstance(on, datetime):  # an appointment: its day
                    on = on.date()
                out.append(RecordLine(name, row.id, on,
                                      getattr(shown, "value", str(shown)),
                                      found.get((model.__tablename__, row.id))))
        return out
