"""Reminders staff can act on: each deadline of the dashboard (services/deadlines.py) can be
marked done (saying what was done), snoozed to a day (saying why), handed to a colleague who
works on the file, or reopened. Every step is kept (models/reminders.py, append-only) and
audited; the client's history shows them.

A reminder's state is its latest done / snoozed / reopened step; whose it is, the latest
hand-over, else the client's counsellor. Done for an action of the case plan marks the action
itself done: its reminder would come back otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from shelter_desk.domain.roles import Role
from shelter_desk.domain.vocabulary import ActionStatus, DeadlineKind, ReminderStep
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.base import utcnow
from shelter_desk.models.case_plan import PlanAction
from shelter_desk.models.clients import AccessGrant, Client
from shelter_desk.models.reminders import ReminderAction
from shelter_desk.models.status import ClientDeadline
from shelter_desk.models.users import User, UserRole
from shelter_desk.services import audit, clock, deadlines, status
from shelter_desk.services import validation as v
from shelter_desk.services.changes import ALL_CLIENTS, Kind, Recorded
from shelter_desk.services.errors import NotFound, ValidationError
from shelter_desk.services.guard import client_in_reach, require_case_worker, visible_clients
from shelter_desk.services.records import touch
from shelter_desk.services.voids import is_voided
from shelter_desk.services.workspace import Workspace

NOTE_MAX = 2000
LONGEST_SNOOZE = timedelta(days=366)
NO_LONGER_DUE = QT_TRANSLATE_NOOP(
    "errors", "This reminder is no longer due: the file changed since the list was shown.")
NOT_AFTER_TODAY = QT_TRANSLATE_NOOP("validation", "must be after today")
NOT_ON_THE_FILE = QT_TRANSLATE_NOOP(
    "validation", "must be a counsellor or director who works on this file")
AUDIT_ACTIONS = {
    ReminderStep.DONE: "reminder.done",
    ReminderStep.SNOOZED: "reminder.snooze",
    ReminderStep.ASSIGNED: "reminder.assign",
    ReminderStep.REOPENED: "reminder.reopen",
}
_STATE_STEPS = (ReminderStep.DONE, ReminderStep.SNOOZED, ReminderStep.REOPENED)

Key = tuple[int, str, str, date]  # client, kind, record ("" for a rule's own), due


def key_of(d: deadlines.Deadline) -> Key:
    return (d.client_id, d.kind.value, d.record or "", d.due)


@dataclass(frozen=True)
class ReminderState(Recorded):
    """What was last done about one reminder (None fields: nothing of that kind yet)."""

    KIND = Kind.REMINDERS
    ALSO = (Kind.PLAN,)  # a done reminder of an agreed action marks the action done

    step: ReminderStep | None  # the latest done / snoozed / reopened
    note: str | None  # what was done, or why it waits
    snoozed_until: date | None
    by: str  # who took that step
    at: datetime | None
    assignee_id: int | None  # the latest hand-over
    assignee: str
    client_id: int = ALL_CLIENTS

    def handled(self, today: date) -> bool:
        """Done, or snoozed to a day still to come: off the list until then."""
        return self.step == ReminderStep.DONE or (
            self.step == ReminderStep.SNOOZED and self.snoozed_until is not None
            and self.snoozed_until > today)


@dataclass(frozen=True)
class Reminder:
    deadline: deadlines.Deadline
    counsellor_id: int | None  # the client's counsellor
    state: ReminderState | None

    @property
    def responsible_id(self) -> int | None:
        """Whose it is: the colleague it was handed to, else the client's counsellor."""
        if self.state is not None and self.state.assignee_id is not None:
            return self.state.assignee_id
        return self.counsellor_id

    def handled(self, today: date) -> bool:
        return self.state is not None and self.state.handled(today)


@dataclass(frozen=True)
class Reminders:
    today: date
    items: list[Reminder]  # ordered as deadlines are (due, case code, kind, record)
    staff: dict[int, str]  # user id -> full name, of everyone a reminder names
    names: dict[int, str] = field(default_factory=dict)  # client id -> name, of the items
    # What a long list left out (see `load`): none of it is in `items`.
    left_out: tuple[LeftOut, ...] = ()

    @property
    def total(self) -> int:
        """How many reminders there are, those left out included."""
        return len(self.items) + sum(m.count for m in self.left_out)


@dataclass(frozen=True)
class LeftOut:
    """Reminders a long list did not load, counted: the oldest overdue ones or the farthest
    ones, of one kind and one client's counsellor. Staff took no step about any of them (those
    are always loaded), so each is open and is its counsellor's."""

    kind: DeadlineKind
    counsellor_id: int | None
    overdue: bool
    count: int


# Above this many clients, one read of the reminders due in the keys' days and a filter in
# Python beat lists of ids in IN (...) clauses (the dashboard asks for every visible client).
_BY_ID_LIMIT = 500


def states(session: Session, keys: Iterable[Key]) -> dict[Key, ReminderState]:
    """The state of each of these reminders that has any step."""
    wanted = set(keys)
    if not wanted:
        return {}
    clients = sorted({k[0] for k in wanted})
    days = [k[3] for k in wanted]
    names = dict(session.execute(select(User.id, User.display_name)).all())
    query = select(ReminderAction.client_id, ReminderAction.kind, ReminderAction.record,
                   ReminderAction.due, ReminderAction.step, ReminderAction.note,
                   ReminderAction.snoozed_until, ReminderAction.assignee_id,
                   ReminderAction.by_id, ReminderAction.at).where(
        ReminderAction.due >= min(days), ReminderAction.due <= max(days))
    if len(clients) <= _BY_ID_LIMIT:
        query = query.where(ReminderAction.client_id.in_(clients))
    steps: dict[Key, list[Any]] = {}
    for row in session.connection().execute(query.order_by(ReminderAction.id)).all():
        k = (row.client_id, row.kind, row.record, row.due)
        if k in wanted:
            steps.setdefault(k, []).append(row)
    out: dict[Key, ReminderState] = {}
    for k, rows in steps.items():
        last = next((r for r in reversed(rows) if r.step in _STATE_STEPS), None)
        handed = next((r for r in reversed(rows) if r.step == ReminderStep.ASSIGNED), None)
        assignee = handed.assignee_id if handed is not None else None
        out[k] = ReminderState(
            step=last.step if last else None, note=last.note if last else None,
            snoozed_until=last.snoozed_until if last else None,
            by=names.get(last.by_id, "") if last else "",
            at=last.at if last else None,
            assignee_id=assignee, assignee=names.get(assignee, "") if assignee else "",
            client_id=k[0])
    return out


def load(ws: Workspace, *, today: date | None = None, horizon_days: int = 14,
         limit: int | None = None) -> Reminders:
    """The dashboard's reminders: every deadline due by the horizon (overdue included), each
    with its state, done and snoozed ones too (the list chooses what to show), and the names
    of their clients. One query reads the deadlines with their clients' counsellors and names
    (services/status.py keeps the deadlines).

    With a `limit`, a long list loads about that many of the overdue ones (the latest) and of
    those after today (the soonest), whole days each, today's all, and every one staff took a
    step about; the others are counted in `left_out`, by kind and counsellor."""
    require_case_worker(ws, "deadlines.list")
    day = today or clock.today()
    end = day + timedelta(days=horizon_days)
    visible = visible_clients(ws)
    with ws.session() as session:
        status.refresh_stale(session, day)
        window = None if limit is None else status.attention_window(
            session, visible, end, day, limit)
        if window == (date.min, end):
            window = None  # nothing to leave out
        rows = status.kept_attention(session, visible, end, day, window)
        left = () if window is None else tuple(
            LeftOut(*counts) for counts in status.left_out(session, visible, end, day, window))
        keys = [key_of(d) for d, _, _ in rows]
        found = states(session, keys)
        staff = dict(session.execute(select(User.id, User.display_name)).all())
    reminders = [Reminder(d, counsellor, found.get(k))
                 for (d, counsellor, _), k in zip(rows, keys, strict=True)]
    names = {d.client_id: name for d, _, name in rows}
    named = {r.responsible_id for r in reminders} | {r.counsellor_id for r in reminders} \
        | {m.counsellor_id for m in left}
    return Reminders(day, reminders, {u: staff[u] for u in named if u in staff}, names, left)


def colleagues(ws: Workspace, client_id: int) -> list[tuple[int, str]]:
    """Who a reminder of this client may be handed to: active counsellors and directors who
    work on the file (directors, its counsellor, those it was opened to), by name."""
    require_case_worker(ws, "reminder.assign")
    with ws.session() as session:
        client = client_in_reach(session, ws, client_id, "reminder.assign")
        return _colleagues(session, client)


def _colleagues(session: Session, client: Client) -> list[tuple[int, str]]:
    granted = select(AccessGrant.user_id).where(
        and_(AccessGrant.client_id == client.id, AccessGrant.revoked_at.is_(None)))
    directors = select(UserRole.user_id).where(UserRole.role == Role.DIRECTOR)
    counsellors = select(UserRole.user_id).where(UserRole.role == Role.COUNSELLOR)
    rows = session.execute(
        select(User.id, User.display_name)
        .where(User.active.is_(True),
               User.id.in_(directors)
               | (User.id.in_(counsellors)
                  & ((User.id == client.counsellor_id) | User.id.in_(granted))))
        .order_by(User.display_name)).all()
    return list(rows)


def mark_done(ws: Workspace, d: deadlines.Deadline, note: str) -> ReminderState:
    """Done, with what was done. An action of the case plan is marked done as well."""
    text = v.required_text("note", note, max_len=NOTE_MAX, multiline=True)
    return _step(ws, d, ReminderStep.DONE, note=text)


def snooze(ws: Workspace, d: deadlines.Deadline, until: date, reason: str) -> ReminderState:
    """Off the list until `until` (after today, within a year), with why."""
    today = clock.today()
    day = v.a_date("snoozed_until", until, today=today,
                   max_future_days=LONGEST_SNOOZE.days)
    assert day is not None
    if day <= today:
        raise ValidationError("snoozed_until", NOT_AFTER_TODAY)
    text = v.required_text("reason", reason, max_len=NOTE_MAX, multiline=True)
    return _step(ws, d, ReminderStep.SNOOZED, note=text, snoozed_until=day)


def assign(ws: Workspace, d: deadlines.Deadline, user_id: int, note: str | None = None
           ) -> ReminderState:
    """Hand to a colleague who works on the file (see `colleagues`)."""
    text = v.text("note", note, max_len=NOTE_MAX, required=False, multiline=True)
    if isinstance(user_id, bool) or not isinstance(user_id, int):
        raise ValidationError("assignee", NOT_ON_THE_FILE)
    return _step(ws, d, ReminderStep.ASSIGNED, note=text or None, assignee_id=user_id)


def reopen(ws: Workspace, d: deadlines.Deadline) -> ReminderState:
    """Back on the list (a done or snoozed reminder)."""
    return _step(ws, d, ReminderStep.REOPENED)


def history(ws: Workspace, d: deadlines.Deadline) -> list[tuple[ReminderAction, str, str]]:
    """Every step taken about this reminder, oldest first: (step, by whom, handed to whom)."""
    require_case_worker(ws, "reminder.list")
    with ws.session() as session:
        client_in_reach(session, ws, d.client_id, "reminder.list")
        names = dict(session.execute(select(User.id, User.display_name)).all())
        client, kind, record, due = key_of(d)
        rows = session.scalars(select(ReminderAction).where(
            ReminderAction.client_id == client, ReminderAction.kind == kind,
            ReminderAction.record == record, ReminderAction.due == due)
            .order_by(ReminderAction.id)).all()
        return [(r, names.get(r.by_id, ""), names.get(r.assignee_id, "") if r.assignee_id
                 else "") for r in rows]


# -- writing ---------------------------------------------------------------------------------
def _step(ws: Workspace, d: deadlines.Deadline, step: ReminderStep, *, note: str | None = None,
          snoozed_until: date | None = None, assignee_id: int | None = None) -> ReminderState:
    action = AUDIT_ACTIONS[step]
    require_case_worker(ws, action)
    with ws.session() as session:
        client = client_in_reach(session, ws, d.client_id, action)
        _still_due(session, d)
        if assignee_id is not None and assignee_id not in dict(_colleagues(session, client)):
            raise ValidationError("assignee", NOT_ON_THE_FILE)
        if step == ReminderStep.DONE and d.kind == DeadlineKind.PLAN_ACTION:
            _plan_action_done(session, ws, client, d)
        client_id, kind, record, due = key_of(d)
        row = ReminderAction(
            client_id=client_id, kind=kind, record=record, due=due, step=step, note=note,
            snoozed_until=snoozed_until, assignee_id=assignee_id, by_id=ws.actor.user_id,
            at=utcnow())
        session.add(row)
        session.flush()
        audit.record(session, ws.actor, action, client_code=client.case_code,
                     target=f"reminder_actions#{row.id}")
        return states(session, [key_of(d)])[key_of(d)]


def _still_due(session: Session, d: deadlines.Deadline) -> None:
    """The reminder is one the rules give today: not made up, not gone since it was shown."""
    status.refresh_stale(session)
    found = session.scalar(select(ClientDeadline.id).where(
        ClientDeadline.client_id == d.client_id, ClientDeadline.kind == d.kind.value,
        ClientDeadline.due == d.due,
        ClientDeadline.record == d.record if d.record else ClientDeadline.record.is_(None))
        .limit(1))
    if found is None:
        raise NotFound(NO_LONGER_DUE)


def _plan_action_done(session: Session, ws: Workspace, client: Client,
                      d: deadlines.Deadline) -> None:
    """The agreed action itself, done today, in the same transaction as the step."""
    table, _, raw = (d.record or "").partition("#")
    action = session.get(PlanAction, int(raw)) if table == PlanAction.__tablename__ \
        and raw.isdigit() else None
    if action is None or action.client_id != client.id or action.status != ActionStatus.OPEN \
            or is_voided(session, PlanAction.__tablename__, action.id):
        raise NotFound(NO_LONGER_DUE)
    action.status = ActionStatus.DONE
    action.done_on = clock.today()
    session.flush()
    audit.record(session, ws.actor, "plan.update", client_code=client.case_code,
                 target=f"plan_actions#{action.id}")
    touch(client)
