"""Counselling sessions, with the Control record of the four Cs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy.orm import Session

from shelter_desk.domain.vocabulary import SessionKind, SessionPlace
from shelter_desk.models.followup import CounsellingSession
from shelter_desk.services import validation as v
from shelter_desk.services.changes import Kind, Recorded
from shelter_desk.services.guard import client_in_reach, require_case_worker
from shelter_desk.services.records import Area
from shelter_desk.services.voids import VoidMark
from shelter_desk.services.workspace import Workspace


@dataclass(frozen=True)
class SessionInput:
    held_on: date
    duration_minutes: int
    kind: SessionKind | str
    place: SessionPlace | str
    start_time: time | None = None
    interpreter_language: str | None = None
    support_person_present: bool = False
    client_stopped: bool = False
    client_asked_questions: bool = False
    confidential_notes: str | None = None


@dataclass(frozen=True)
class SessionView(Recorded):
    KIND = Kind.SESSIONS
    id: int
    client_id: int
    held_on: date
    start_time: time | None
    duration_minutes: int
    counsellor: str
    kind: SessionKind
    place: SessionPlace
    interpreter_language: str | None
    support_person_present: bool
    client_stopped: bool
    client_asked_questions: bool
    confidential_notes: str | None
    version: int | None = None  # what an edit of this copy is based on
    void: VoidMark | None = None  # set when the record was voided


def _view(r: CounsellingSession, names: dict[int, str]) -> SessionView:
    return SessionView(
        id=r.id, client_id=r.client_id, held_on=r.held_on, start_time=r.start_time,
        duration_minutes=r.duration_minutes, counsellor=names.get(r.counsellor_id, ""),
        kind=r.kind, place=r.place, interpreter_language=r.interpreter_language,
        support_person_present=r.support_person_present, client_stopped=r.client_stopped,
        client_asked_questions=r.client_asked_questions, confidential_notes=r.confidential_notes,
        version=r.version,
    )


SESSIONS: Area[CounsellingSession, SessionView] = Area(
    model=CounsellingSession,
    action="session",
    spec={
        "held_on": v.c_date(past_only=True),
        "duration_minutes": v.c_int(5, 600),
        "kind": v.c_choice(SessionKind),
        "place": v.c_choice(SessionPlace),
        "start_time": v.c_time(),
        "interpreter_language": v.c_language(required=False),
        "support_person_present": v.c_flag(),
        "client_stopped": v.c_flag(),
        "client_asked_questions": v.c_flag(),
        "confidential_notes": v.c_notes(),
    },
    to_view=_view,
    order=(CounsellingSession.held_on, CounsellingSession.start_time, CounsellingSession.id),
    actor_column="counsellor_id",
)


def add_session(ws: Workspace, client_id: int, data: SessionInput) -> SessionView:
    return SESSIONS.add(ws, client_id, data)


def update_session(ws: Workspace, session_id: int, data: SessionInput,
                   based_on: int | None = None) -> SessionView:
    return SESSIONS.update(ws, session_id, data, based_on)


def list_sessions(ws: Workspace, client_id: int) -> list[SessionView]:
    return SESSIONS.list(ws, client_id)


@dataclass(frozen=True)
class SessionTally:
    """What the overview shows of the sessions: how many, and the day of the first (voided
    ones left out)."""

    count: int
    first_on: date | None


def tally_in(session: Session, client_id: int) -> SessionTally:
    """`tally` in a transaction already open, for a client already in reach."""
    live = [s for s in SESSIONS.rows(session, client_id, {}) if s.void is None]
    return SessionTally(len(live), min((s.held_on for s in live), default=None))


def tally(ws: Workspace, client_id: int) -> SessionTally:
    require_case_worker(ws, "session.list")
    with ws.session() as session:
        client = client_in_reach(session, ws, client_id, "session.list")
        return tally_in(session, client.id)
