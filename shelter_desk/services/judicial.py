"""The judicial case, the victim's standing, and court dates."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelter_desk.domain.vocabulary import (
    HearingOutcome,
    HearingType,
    JudicialOffice,
    JudicialStage,
    Standing,
)
from shelter_desk.domain.wall_clock import ClockChange, WallTime, change_of, instant, kind
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.justice import CourtDate, JudicialCase
from shelter_desk.services import audit, voids
from shelter_desk.services import validation as v
from shelter_desk.services.changes import Kind, Recorded
from shelter_desk.services.concurrency import require_basis
from shelter_desk.services.errors import NotFound, ValidationError
from shelter_desk.services.guard import client_in_reach, require_case_worker
from shelter_desk.services.records import Area, clean, touch, with_voids
from shelter_desk.services.voids import VoidMark
from shelter_desk.services.workspace import Workspace


@dataclass(frozen=True)
class CaseInput:
    office: JudicialOffice | str
    district: str
    stage: JudicialStage | str
    opened_on: date
    standing: Standing | str = Standing.COMPLAINANT
    standing_since: date | None = None
    reference_magistrate: str | None = None
    pv_number: str | None = None
    case_number: str | None = None
    final_decision_on: date | None = None
    lawyer: str | None = None
    legal_aid: bool = False
    notes: str | None = None


@dataclass(frozen=True)
class CaseView(Recorded):
    KIND = Kind.JUDICIAL
    id: int
    client_id: int
    office: JudicialOffice
    district: str
    stage: JudicialStage
    opened_on: date
    standing: Standing
    standing_since: date | None
    reference_magistrate: str | None
    pv_number: str | None
    case_number: str | None
    final_decision_on: date | None
    lawyer: str | None
    legal_aid: bool
    notes: str | None
    version: int | None = None  # what an edit of this copy is based on
    void: VoidMark | None = None  # set when the record was voided


@dataclass(frozen=True)
class CourtDateInput:
    court: str
    on_date: date
    hearing_type: HearingType | str
    at_time: time | None = None
    attendance_required: bool = False
    counsellor_accompanies: bool = False
    interpreter_arranged: bool = False
    outcome: HearingOutcome | str = HearingOutcome.SCHEDULED
    client_attended: bool | None = None
    notes: str | None = None
    # Only on the night the clocks go back, when the time happens twice: which one.
    clock_change: ClockChange | str | None = None


@dataclass(frozen=True)
class CourtDateView(Recorded):
    KIND = Kind.JUDICIAL
    id: int
    case_id: int
    client_id: int
    court: str
    on_date: date
    at_time: time | None
    hearing_type: HearingType
    attendance_required: bool
    counsellor_accompanies: bool
    interpreter_arranged: bool
    outcome: HearingOutcome
    client_attended: bool | None
    notes: str | None
    at_utc: datetime | None = None  # the instant (None without a time)
    clock_change: ClockChange | None = None  # set when the wall time happens twice
    version: int | None = None  # what an edit of this copy is based on
    void: VoidMark | None = None  # set when the record was voided


def _case_view(r: JudicialCase, names: dict[int, str]) -> CaseView:
    return CaseView(
        id=r.id, client_id=r.client_id, office=r.office, district=r.district, stage=r.stage,
        opened_on=r.opened_on, standing=r.standing, standing_since=r.standing_since,
        reference_magistrate=r.reference_magistrate, pv_number=r.pv_number,
        case_number=r.case_number, final_decision_on=r.final_decision_on, lawyer=r.lawyer,
        legal_aid=r.legal_aid, notes=r.notes, version=r.version,
    )


def court_view(r: CourtDate, client_id: int) -> CourtDateView:
    return CourtDateView(
        id=r.id, case_id=r.case_id, client_id=client_id, court=r.court, on_date=r.on_date,
        at_time=r.at_time, hearing_type=r.hearing_type, attendance_required=r.attendance_required,
        counsellor_accompanies=r.counsellor_accompanies,
        interpreter_arranged=r.interpreter_arranged, outcome=r.outcome,
        client_attended=r.client_attended, notes=r.notes, at_utc=r.at_utc,
        clock_change=change_of(r.at_utc) if r.at_utc else None, version=r.version,
    )


def _case_cross(values: dict[str, object]) -> None:
    v.not_before("final_decision_on", values["final_decision_on"], "opened_on",  # type: ignore[arg-type]
                 values["opened_on"])  # type: ignore[arg-type]


CASES: Area[JudicialCase, CaseView] = Area(
    model=JudicialCase,
    action="judicial",
    spec={
        "office": v.c_choice(JudicialOffice),
        "district": v.c_text(80),
        "stage": v.c_choice(JudicialStage),
        "opened_on": v.c_date(past_only=True),
        "standing": v.c_choice(Standing),
        "standing_since": v.c_opt_date(past_only=True),
        "reference_magistrate": v.c_opt_text(120),
        "pv_number": v.c_opt_text(60),
        "case_number": v.c_opt_text(60),
        "final_decision_on": v.c_opt_date(past_only=True),
        "lawyer": v.c_opt_text(120),
        "legal_aid": v.c_flag(),
        "notes": v.c_notes(),
    },
    to_view=_case_view,
    order=(JudicialCase.opened_on, JudicialCase.id),
    cross=_case_cross,
)

COURT_SPEC = {
    "court": v.c_text(120),
    "on_date": v.c_date(max_future_days=366 * 5),
    "hearing_type": v.c_choice(HearingType),
    "at_time": v.c_time(),
    "attendance_required": v.c_flag(),
    "counsellor_accompanies": v.c_flag(),
    "interpreter_arranged": v.c_flag(),
    "outcome": v.c_choice(HearingOutcome),
    "client_attended": v.c_opt_flag(),
    "notes": v.c_notes(5000),
    "clock_change": lambda f, value, t: _clock_change(f, value),
}


def _clock_change(field: str, value: object) -> ClockChange | None:
    if value is None or isinstance(value, ClockChange):
        return value
    try:
        return ClockChange(str(value))
    except ValueError:
        raise ValidationError(field, v.NOT_CHOICE) from None

NO_SUCH_TIME = QT_TRANSLATE_NOOP(
    "validation", "does not exist on {date} in Belgium: the clocks go forward an hour that "
    "night (from 02:00 to 03:00). Check the time on the summons")
TWICE = QT_TRANSLATE_NOOP(
    "validation", "{time} happens twice on {date}: the clocks go back an hour that night. Say "
    "whether the hearing is before the change (summer time) or after it (winter time)")


def court_cross(values: dict[str, object]) -> None:
    """The wall time must exist, and name one instant (values gets "at_utc")."""
    on, at = values["on_date"], values["at_time"]
    change = values.get("clock_change")
    values["at_utc"] = None
    if not isinstance(on, date) or not isinstance(at, time):
        values["clock_change"] = None
        return
    found = kind(on, at)
    if found == WallTime.MISSING:
        raise ValidationError("at_time", NO_SUCH_TIME, date=on.isoformat())
    if found == WallTime.TWICE and change is None:
        raise ValidationError("clock_change", TWICE, time=at.strftime("%H:%M"),
                              date=on.isoformat())
    if found == WallTime.ONCE:
        change = None
    values["clock_change"] = change
    values["at_utc"] = instant(on, at, change if isinstance(change, ClockChange) else None)


def _court_values(data: CourtDateInput) -> dict[str, object]:
    values = clean(COURT_SPEC, data, court_cross)
    values.pop("clock_change")  # kept as the instant (at_utc)
    return values


def open_case(ws: Workspace, client_id: int, data: CaseInput) -> CaseView:
    return CASES.add(ws, client_id, data)


def update_case(ws: Workspace, case_id: int, data: CaseInput,
                based_on: int | None = None) -> CaseView:
    """Also how a case ends: stage final (with its date) or dismissed."""
    return CASES.update(ws, case_id, data, based_on)


def list_cases(ws: Workspace, client_id: int) -> list[CaseView]:
    return CASES.list(ws, client_id)


def _case(session: Session, case_id: object) -> JudicialCase:
    if isinstance(case_id, bool) or not isinstance(case_id, int):
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no such judicial case."))
    case = session.get(JudicialCase, case_id)
    if case is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no such judicial case."))
    return case


def add_court_date(ws: Workspace, case_id: int, data: CourtDateInput) -> CourtDateView:
    require_case_worker(ws, "court_date.add")
    values = _court_values(data)
    with ws.session() as session:
        case = _case(session, case_id)
        client = client_in_reach(session, ws, case.client_id, "court_date.add")
        row = CourtDate(case_id=case.id, **values)
        session.add(row)
        session.flush()
        audit.record(session, ws.actor, "court_date.add", client_code=client.case_code,
                     target=f"court_dates#{row.id}")
        touch(client)
        return court_view(row, client.id)


def update_court_date(ws: Workspace, court_date_id: int, data: CourtDateInput,
                      based_on: int | None = None) -> CourtDateView:
    require_case_worker(ws, "court_date.update")
    values = _court_values(data)
    with ws.session() as session:
        row = session.get(CourtDate, court_date_id) if isinstance(court_date_id, int) else None
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no such court date."))
        case = _case(session, row.case_id)
        client = client_in_reach(session, ws, case.client_id, "court_date.update")
        require_basis(session, row, based_on)
        for name, value in values.items():
            setattr(row, name, value)
        session.flush()
        audit.record(session, ws.actor, "court_date.update", client_code=client.case_code,
                     target=f"court_dates#{row.id}")
        touch(client)
        return court_view(row, client.id)


def list_court_dates(ws: Workspace, client_id: int) -> list[CourtDateView]:
    """Every court date of every case of the client, in date order."""
    require_case_worker(ws, "court_date.list")
    with ws.session() as session:
        client = client_in_reach(session, ws, client_id, "court_date.list")
        return court_dates(session, client.id)


def court_dates(session: Session, client_id: int) -> list[CourtDateView]:
    """`list_court_dates` in a transaction already open, for a client already in reach."""
    rows = session.scalars(
        select(CourtDate).join(JudicialCase, JudicialCase.id == CourtDate.case_id)
        .where(JudicialCase.client_id == client_id)
        .order_by(CourtDate.on_date, CourtDate.at_utc, CourtDate.at_time, CourtDate.id)
    ).all()
    views = with_voids(session, client_id, CourtDate.__tablename__,
                       [court_view(r, client_id) for r in rows])
    # The hearings of a voided case go with it.
    cases = voids.marks(session, client_id, JudicialCase.__tablename__)
    return [replace(h, void=cases[(JudicialCase.__tablename__, h.case_id)])
            if h.void is None and (JudicialCase.__tablename__, h.case_id) in cases else h
            for h in views]
