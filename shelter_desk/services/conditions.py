"""The programme's three conditions: a dated timeline of checks per condition.

A breach marked "prosecutor notified" (or "Immigration Office notified") is also a notification
the shelter sent: it is recorded with the check, in the same transaction, so the Notifications
tab and the report say the same. A breach reported to nobody needs a reason; until it has one
or is reported, the dashboard asks for it (domain/deadlines.breach_deadlines)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelter_desk.domain.vocabulary import (
    Condition,
    ConditionStatus,
    JudicialOffice,
    NotificationReason,
    NotificationRecipient,
)
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.clients import Client
from shelter_desk.models.followup import ConditionCheck, Notification
from shelter_desk.models.justice import JudicialCase
from shelter_desk.services import audit
from shelter_desk.services import validation as v
from shelter_desk.services.changes import Kind, Recorded
from shelter_desk.services.concurrency import require_basis
from shelter_desk.services.errors import NotFound, ValidationError
from shelter_desk.services.guard import client_in_reach, require_case_worker
from shelter_desk.services.records import Area, Problems, clean, touch, user_names
from shelter_desk.services.voids import VoidMark, live
from shelter_desk.services.workspace import Workspace

EVIDENCE_NEEDED = QT_TRANSLATE_NOOP("validation", "is required for a concern or a breach")
ONE_EACH = QT_TRANSLATE_NOOP("validation", "check each of the three conditions once")


@dataclass(frozen=True)
class CheckInput:
    condition: Condition | str
    checked_on: date
    status: ConditionStatus | str
    evidence: str | None = None
    assessment: str | None = None
    notified_prosecutor: bool = False
    notified_immigration_office: bool = False
    not_notified_reason: str | None = None


@dataclass(frozen=True)
class CheckView(Recorded):
    KIND = Kind.CONDITIONS
    ALSO = (Kind.NOTIFICATIONS,)  # a breach's notifications, recorded with the check
    id: int
    client_id: int
    condition: Condition
    checked_on: date
    status: ConditionStatus
    evidence: str | None
    assessment: str | None
    notified_prosecutor: bool
    notified_immigration_office: bool
    counsellor: str
    not_notified_reason: str | None = None
    version: int | None = None  # what an edit of this copy is based on
    void: VoidMark | None = None  # set when the record was voided


def _view(r: ConditionCheck, names: dict[int, str]) -> CheckView:
    return CheckView(
        id=r.id, client_id=r.client_id, condition=r.condition, checked_on=r.checked_on,
        status=r.status, evidence=r.evidence, assessment=r.assessment,
        notified_prosecutor=r.notified_prosecutor,
        notified_immigration_office=r.notified_immigration_office,
        counsellor=names.get(r.counsellor_id, ""), not_notified_reason=r.not_notified_reason,
        version=r.version,
    )


def _cross(values: dict[str, object]) -> None:
    problems = Problems()
    if values["status"] in (ConditionStatus.CONCERN, ConditionStatus.BREACH) \
            and not values["evidence"]:
        problems.add("evidence", EVIDENCE_NEEDED)
    if values["status"] != ConditionStatus.BREACH or values["notified_prosecutor"]:
        values["not_notified_reason"] = None  # only an unreported breach needs one
    problems.raise_any()


CHECKS: Area[ConditionCheck, CheckView] = Area(
    model=ConditionCheck,
    action="condition",
    spec={
        "condition": v.c_choice(Condition),
        "checked_on": v.c_date(past_only=True),
        "status": v.c_choice(ConditionStatus),
        "evidence": v.c_notes(5000),
        "assessment": v.c_notes(5000),
        "notified_prosecutor": v.c_flag(),
        "notified_immigration_office": v.c_flag(),
        "not_notified_reason": v.c_notes(2000),
    },
    to_view=_view,
    order=(ConditionCheck.checked_on, ConditionCheck.id),
    cross=_cross,
    actor_column="counsellor_id",
)


def _recipient(session: Session, client: Client) -> NotificationRecipient:
    """The labour auditor when the client's latest case is theirs, else the prosecutor."""
    office = session.scalar(select(JudicialCase.office).where(JudicialCase.client_id == client.id,
                                                              live(JudicialCase))
                            .order_by(JudicialCase.opened_on.desc(), JudicialCase.id.desc())
                            .limit(1))
    return (NotificationRecipient.LABOUR_AUDITOR if office == JudicialOffice.LABOUR_AUDITOR
            else NotificationRecipient.PROSECUTOR)


def _notify(session: Session, ws: Workspace, client: Client, check: ConditionCheck,
            already: tuple[bool, bool] = (False, False)) -> None:
    """The notifications a check says were sent (those not `already` recorded with it)."""
    if check.status == ConditionStatus.COMPLIED:
        return
    reason = (NotificationReason.CONTACT_WITH_EXPLOITERS if check.condition
              == Condition.NO_CONTACT else NotificationReason.CONDITION_BREACH)
    sent: list[NotificationRecipient] = []
    if check.notified_prosecutor and not already[0]:
        sent.append(_recipient(session, client))
    if check.notified_immigration_office and not already[1]:
        sent.append(NotificationRecipient.IMMIGRATION_OFFICE)
    for recipient in sent:
        row = Notification(client_id=client.id, sent_on=check.checked_on, recipient=recipient,
                           reason=reason, reference=None, note=None,
                           counsellor_id=check.counsellor_id)
        session.add(row)
        session.flush()
        audit.record(session, ws.actor, "notification.add", client_code=client.case_code,
                     target=f"notifications#{row.id}", recipient=recipient.value)


def _add(session: Session, ws: Workspace, client: Client, values: dict[str, Any]
         ) -> ConditionCheck:
    if ws.actor.user_id is None:
        raise ValidationError("counsellor", v.REQUIRED)
    row = ConditionCheck(client_id=client.id, counsellor_id=ws.actor.user_id, **values)
    session.add(row)
    session.flush()
    audit.record(session, ws.actor, "condition.add", client_code=client.case_code,
                 target=f"condition_checks#{row.id}")
    _notify(session, ws, client, row)
    return row


def record_check(ws: Workspace, client_id: int, data: CheckInput) -> CheckView:
    [view] = record_checks(ws, client_id, [data])
    return view


def record_checks(ws: Workspace, client_id: int, checks: Sequence[CheckInput]
                  ) -> list[CheckView]:
    """Several checks (the monthly check of all three conditions) in one transaction: all are
    recorded, with their notifications, or none."""
    require_case_worker(ws, "condition.add")
    cleaned = [clean(CHECKS.spec, data, _cross) for data in checks]
    conditions = [values["condition"] for values in cleaned]
    if len(set(conditions)) != len(conditions):
        raise ValidationError("condition", ONE_EACH)
    with ws.session() as session:
        client = client_in_reach(session, ws, client_id, "condition.add")
        rows = [_add(session, ws, client, values) for values in cleaned]
        touch(client)
        names = user_names(session)
        return [_view(r, names) for r in rows]


def update_check(ws: Workspace, check_id: int, data: CheckInput,
                 based_on: int | None = None) -> CheckView:
    require_case_worker(ws, "condition.update")
    values = clean(CHECKS.spec, data, _cross)
    with ws.session() as session:
        row = session.get(ConditionCheck, check_id) if isinstance(check_id, int) else None
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no such record."))
        client = client_in_reach(session, ws, row.client_id, "condition.update")
        require_basis(session, row, based_on)
        already = (row.notified_prosecutor, row.notified_immigration_office)
        for name, value in values.items():
            setattr(row, name, value)
        session.flush()
        audit.record(session, ws.actor, "condition.update", client_code=client.case_code,
                     target=f"condition_checks#{row.id}")
        _notify(session, ws, client, row, already)
        touch(client)
        return _view(row, user_names(session))


def list_checks(ws: Workspace, client_id: int) -> list[CheckView]:
    return CHECKS.list(ws, client_id)


def latest_by_condition(ws: Workspace, client_id: int) -> dict[Condition, CheckView | None]:
    """The most recent check of each condition (None: never checked)."""
    require_case_worker(ws, "condition.list")
    with ws.session() as session:
        client = client_in_reach(session, ws, client_id, "condition.list")
        rows = session.scalars(
            select(ConditionCheck).where(ConditionCheck.client_id == client.id,
                                         live(ConditionCheck))
            .order_by(ConditionCheck.checked_on, ConditionCheck.id)
        ).all()

        names = user_names(session)
        latest: dict[Condition, CheckView | None] = dict.fromkeys(Condition)
        for r in rows:
            latest[r.condition] = _view(r, names)
        return latest
