"""The case plan and case notes.

- Plan actions: what was agreed with the client, who does it (a counsellor or director), by
  when; open actions are deadlines on the dashboard until they are marked done.
- Case notes: what happened outside counselling sessions (a phone call, a meeting with the
  lawyer, a team decision). Confidential like session notes: shown in the file, never in a
  report, an export or a printout.

Who may do what is as for sessions: whoever works on the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from shelter_desk.domain.vocabulary import ActionStatus, NoteKind
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.case_plan import CaseNote, PlanAction
from shelter_desk.models.users import User, UserRole
from shelter_desk.services import clock
from shelter_desk.services import validation as v
from shelter_desk.services.changes import Kind, Recorded
from shelter_desk.services.errors import ValidationError
from shelter_desk.services.guard import CASE_WORKERS, require_case_worker
from shelter_desk.services.records import Area, Problems
from shelter_desk.services.voids import VoidMark
from shelter_desk.services.workspace import Workspace

DONE_DATE_NEEDED = QT_TRANSLATE_NOOP("validation", "is required once the action is done")
NOT_A_CASE_WORKER = QT_TRANSLATE_NOOP("validation", "must be a counsellor or a director")


@dataclass(frozen=True)
class PlanActionInput:
    action: str
    agreed_on: date
    owner_id: int
    due_on: date
    status: ActionStatus | str = ActionStatus.OPEN
    done_on: date | None = None


@dataclass(frozen=True)
class PlanActionView(Recorded):
    KIND = Kind.PLAN
    id: int
    client_id: int
    action: str
    agreed_on: date
    owner_id: int
    owner: str
    due_on: date
    status: ActionStatus
    done_on: date | None
    author: str
    version: int | None = None  # what an edit of this copy is based on
    void: VoidMark | None = None  # set when the record was voided

    def overdue(self, today: date) -> bool:
        return self.status == ActionStatus.OPEN and self.void is None and self.due_on < today


@dataclass(frozen=True)
class CaseNoteInput:
    noted_on: date
    kind: NoteKind | str
    text: str


@dataclass(frozen=True)
class CaseNoteView(Recorded):
    KIND = Kind.NOTES
    id: int
    client_id: int
    noted_on: date
    kind: NoteKind
    text: str
    author: str
    version: int | None = None
    void: VoidMark | None = None


def _action_view(r: PlanAction, names: dict[int, str]) -> PlanActionView:
    return PlanActionView(
        id=r.id, client_id=r.client_id, action=r.action, agreed_on=r.agreed_on,
        owner_id=r.owner_id, owner=names.get(r.owner_id, ""), due_on=r.due_on, status=r.status,
        done_on=r.done_on, author=names.get(r.author_id, ""), version=r.version)


def _action_cross(values: dict[str, object]) -> None:
    problems = Problems()
    with problems.check():
        v.not_before("due_on", values["due_on"], "agreed_on", values["agreed_on"])  # type: ignore[arg-type]
    if values["status"] == ActionStatus.DONE:
        if values["done_on"] is None:
            problems.add("done_on", DONE_DATE_NEEDED)
        else:
            with problems.check():
                v.not_before("done_on", values["done_on"], "agreed_on",  # type: ignore[arg-type]
                             values["agreed_on"])  # type: ignore[arg-type]
    else:
        values["done_on"] = None  # an open action is not done on any day
    problems.raise_any()


def _owner(field: str, value: object, today: date) -> int:
    if value is None or value == "":
        raise ValidationError(field, v.REQUIRED)
    return v.integer(field, value, low=1, high=2**62)


PLAN: Area[PlanAction, PlanActionView] = Area(
    model=PlanAction,
    action="plan",
    spec={
        "action": v.c_required_notes(2000),
        "agreed_on": v.c_date(past_only=True),
        "owner_id": _owner,
        "due_on": v.c_date(max_future_days=366 * 3),
        "status": v.c_choice(ActionStatus),
        "done_on": v.c_opt_date(past_only=True),
    },
    to_view=_action_view,
    order=(PlanAction.due_on, PlanAction.id),
    cross=_action_cross,
    actor_column="author_id",
)


def _note_view(r: CaseNote, names: dict[int, str]) -> CaseNoteView:
    return CaseNoteView(id=r.id, client_id=r.client_id, noted_on=r.noted_on, kind=r.kind,
                        text=r.text, author=names.get(r.author_id, ""), version=r.version)


NOTES: Area[CaseNote, CaseNoteView] = Area(
    model=CaseNote,
    action="case_note",
    spec={
        "noted_on": v.c_date(past_only=True),
        "kind": v.c_choice(NoteKind),
        "text": v.c_required_notes(20000),
    },
    to_view=_note_view,
    order=(CaseNote.noted_on, CaseNote.id),
    actor_column="author_id",
)


def owners(ws: Workspace) -> list[tuple[int, str]]:
    """(user id, full name) of the active counsellors and directors: who may own an action."""
    require_case_worker(ws, "user.list")
    with ws.session() as session:
        rows = session.execute(
            select(User.id, User.display_name).join(UserRole)
            .where(User.active.is_(True), UserRole.role.in_(CASE_WORKERS))
            .distinct().order_by(User.display_name)).all()
        return [(r[0], r[1]) for r in rows]


def _check_owner(ws: Workspace, data: PlanActionInput) -> None:
    owner = _owner("owner_id", data.owner_id, clock.today())
    if owner not in {uid for uid, _ in owners(ws)}:
        raise ValidationError("owner_id", NOT_A_CASE_WORKER)


def add_action(ws: Workspace, client_id: int, data: PlanActionInput) -> PlanActionView:
    _check_owner(ws, data)
    return PLAN.add(ws, client_id, data)


def update_action(ws: Workspace, action_id: int, data: PlanActionInput,
                  based_on: int | None = None) -> PlanActionView:
    """Also how an action is handed to a colleague (another owner) or marked done."""
    _check_owner(ws, data)
    return PLAN.update(ws, action_id, data, based_on)


def mark_done(ws: Workspace, row: PlanActionView, done_on: date | None = None
              ) -> PlanActionView:
    """The action as it is, done today (or on `done_on`)."""
    return update_action(ws, row.id, PlanActionInput(
        action=row.action, agreed_on=row.agreed_on, owner_id=row.owner_id, due_on=row.due_on,
        status=ActionStatus.DONE, done_on=done_on or clock.today()), based_on=row.version)


def list_actions(ws: Workspace, client_id: int) -> list[PlanActionView]:
    return PLAN.list(ws, client_id)


def add_note(ws: Workspace, client_id: int, data: CaseNoteInput) -> CaseNoteView:
    return NOTES.add(ws, client_id, data)


def update_note(ws: Workspace, note_id: int, data: CaseNoteInput,
                based_on: int | None = None) -> CaseNoteView:
    return NOTES.update(ws, note_id, data, based_on)


def list_notes(ws: Workspace, client_id: int) -> list[CaseNoteView]:
    return NOTES.list(ws, client_id)


