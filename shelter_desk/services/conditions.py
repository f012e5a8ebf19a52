"""The programme's three conditions: a dated timeline of checks per condition."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from shelter_desk.domain.vocabulary import Condition, ConditionStatus
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.followup import ConditionCheck
from shelter_desk.services import validation as v
from shelter_desk.services.access import client_in_reach
from shelter_desk.services.errors import ValidationError
from shelter_desk.services.records import Area, require_case_worker
from shelter_desk.services.workspace import Workspace

EVIDENCE_NEEDED = QT_TRANSLATE_NOOP("validation", "is required for a concern or a breach")


@dataclass(frozen=True)
class CheckInput:
    condition: Condition | str
    checked_on: date
    status: ConditionStatus | str
    evidence: str | None = None
    assessment: str | None = None
    notified_prosecutor: bool = False
    notified_immigration_office: bool = False


@dataclass(frozen=True)
class CheckView:
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


def _view(r: ConditionCheck, names: dict[int, str]) -> CheckView:
    return CheckView(
        id=r.id, client_id=r.client_id, condition=r.condition, checked_on=r.checked_on,
        status=r.status, evidence=r.evidence, assessment=r.assessment,
        notified_prosecutor=r.notified_prosecutor,
        notified_immigration_office=r.notified_immigration_office,
        counsellor=names.get(r.counsellor_id, ""),
    )


def _cross(values: dict[str, object]) -> None:
    if values["status"] != ConditionStatus.COMPLIED and not values["evidence"]:
        raise ValidationError("evidence", EVIDENCE_NEEDED)


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
    },
    to_view=_view,
    order=(ConditionCheck.checked_on, ConditionCheck.id),
    cross=_cross,
    actor_column="counsellor_id",
)


def record_check(ws: Workspace, client_id: int, data: CheckInput) -> CheckView:
    return CHECKS.add(ws, client_id, data)


def update_check(ws: Workspace, check_id: int, data: CheckInput) -> CheckView:
    return CHECKS.update(ws, check_id, data)


def list_checks(ws: Workspace, client_id: int) -> list[CheckView]:
    return CHECKS.list(ws, client_id)


def latest_by_condition(ws: Workspace, client_id: int) -> dict[Condition, CheckView | None]:
    """The most recent check of each condition (None: never checked)."""
    require_case_worker(ws, "condition.list")
    with ws.session() as session:
        client = client_in_reach(session, ws, client_id, "condition.list")
        rows = session.scalars(
            select(ConditionCheck).where(ConditionCheck.client_id == client.id)
            .order_by(ConditionCheck.checked_on, ConditionCheck.id)
        ).all()
        from shelter_desk.services.records import user_names

        names = user_names(session)
        latest: dict[Condition, CheckView | None] = dict.fromkeys(Condition)
        for r in rows:
            latest[r.condition] = _view(r, names)
        return latest
