"""Autonomy goals and their milestones."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from shelter_desk.domain.vocabulary import GoalDomain, GoalStatus
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.followup import AutonomyGoal, GoalMilestone
from shelter_desk.services import audit
from shelter_desk.services import validation as v
from shelter_desk.services.changes import Kind, Recorded
from shelter_desk.services.errors import NotFound
from shelter_desk.services.guard import client_in_reach, require_case_worker
from shelter_desk.services.records import Area, clean, touch
from shelter_desk.services.voids import VoidMark, live
from shelter_desk.services.workspace import Workspace


@dataclass(frozen=True)
class GoalInput:
    domain: GoalDomain | str
    description: str
    set_on: date
    status: GoalStatus | str = GoalStatus.PLANNED
    target_date: date | None = None
    progress: int = 0


@dataclass(frozen=True)
class MilestoneInput:
    reached_on: date
    description: str
    progress: int


@dataclass(frozen=True)
class MilestoneView:
    id: int
    reached_on: date
    description: str
    progress: int


@dataclass(frozen=True)
class GoalView(Recorded):
    KIND = Kind.GOALS
    id: int
    client_id: int
    domain: GoalDomain
    description: str
    set_on: date
    target_date: date | None
    status: GoalStatus
    progress: int
    milestones: tuple[MilestoneView, ...]
    version: int | None = None  # what an edit of this copy is based on
    void: VoidMark | None = None  # set when the record was voided


def _view(r: AutonomyGoal, names: dict[int, str]) -> GoalView:
    return GoalView(
        id=r.id, client_id=r.client_id, domain=r.domain, description=r.description,
        set_on=r.set_on, target_date=r.target_date, status=r.status, progress=r.progress,
        milestones=tuple(MilestoneView(m.id, m.reached_on, m.description, m.progress)
                         for m in r.milestones),
        version=r.version,
    )


def _cross(values: dict[str, object]) -> None:
    v.not_before("target_date", values["target_date"], "set_on", values["set_on"])  # type: ignore[arg-type]


GOALS: Area[AutonomyGoal, GoalView] = Area(
    model=AutonomyGoal,
    action="goal",
    spec={
        "domain": v.c_choice(GoalDomain),
        "description": v.c_required_notes(2000),
        "set_on": v.c_date(past_only=True),
        "status": v.c_choice(GoalStatus),
        "target_date": v.c_opt_date(max_future_days=366 * 5),
        "progress": v.c_int(0, 100),
    },
    to_view=_view,
    order=(AutonomyGoal.set_on, AutonomyGoal.id),
    cross=_cross,
)

MILESTONE_SPEC = {
    "reached_on": v.c_date(past_only=True),
    "description": v.c_required_notes(2000),
    "progress": v.c_int(0, 100),
}


def add_goal(ws: Workspace, client_id: int, data: GoalInput) -> GoalView:
    return GOALS.add(ws, client_id, data)


def update_goal(ws: Workspace, goal_id: int, data: GoalInput,
                based_on: int | None = None) -> GoalView:
    """Also how a goal ends: status achieved or abandoned."""
    return GOALS.update(ws, goal_id, data, based_on)


def list_goals(ws: Workspace, client_id: int) -> list[GoalView]:
    return GOALS.list(ws, client_id)


def add_milestone(ws: Workspace, goal_id: int, data: MilestoneInput) -> GoalView:
    """A milestone moves the goal's progress; reaching 100 % marks it achieved."""
    require_case_worker(ws, "goal.milestone")
    values = clean(MILESTONE_SPEC, data)
    with ws.session() as session:
        goal = session.get(AutonomyGoal, goal_id) if isinstance(goal_id, int) else None
        if goal is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no such goal."))
        client = client_in_reach(session, ws, goal.client_id, "goal.milestone")
        v.not_before("reached_on", values["reached_on"], "set_on", goal.set_on)
        goal.milestones.append(GoalMilestone(**values))
        latest = max(goal.milestones, key=lambda m: (m.reached_on, m.id or 1 << 62))
        goal.progress = latest.progress
        if goal.progress == 100 and goal.status in (GoalStatus.PLANNED, GoalStatus.IN_PROGRESS):
            goal.status = GoalStatus.ACHIEVED
        elif goal.progress > 0 and goal.status == GoalStatus.PLANNED:
            goal.status = GoalStatus.IN_PROGRESS
        session.flush()
        audit.record(session, ws.actor, "goal.milestone", client_code=client.case_code,
                     target=f"autonomy_goals#{goal.id}")
        touch(client)
        return _view(goal, {})


def goal_progress_overview(ws: Workspace) -> dict[GoalDomain, tuple[int, int]]:
    """For the dashboard chart: per domain, (goals achieved, goals open) in the visible open
    files."""
    from shelter_desk.domain.vocabulary import ClientStatus
    from shelter_desk.models.clients import Client
    from shelter_desk.services.guard import visible_clients

    with ws.session() as session:
        rows = session.execute(
            select(AutonomyGoal.domain, AutonomyGoal.status, func.count())
            .join(Client, Client.id == AutonomyGoal.client_id)
            .where(visible_clients(ws), Client.status != ClientStatus.CLOSED, live(AutonomyGoal))
            .group_by(AutonomyGoal.domain, AutonomyGoal.status)
        ).all()
    out = {d: (0, 0) for d in GoalDomain}
    for domain, status, count in rows:
        achieved, open_ = out[domain]
        if status == GoalStatus.ACHIEVED:
            achieved += count
        elif status in (GoalStatus.PLANNED, GoalStatus.IN_PROGRESS):
            open_ += count
        out[domain] = (achieved, open_)
    return out
