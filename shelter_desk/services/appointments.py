"""Appointments: counselling sessions planned and accompaniments (to a hearing, the Immigration
Office, a doctor, the lawyer). They are on the calendar, on the dashboard (today's) and in the
client's file; a planned counselling session is recorded as a session in one step.

Times are Brussels wall-clock times (models/appointments.py): a planned 10:00 stays 10:00
across a change of the clocks. A time the clocks skip (02:30 on the last Sunday of March) does
not exist and is refused; a time they repeat (02:30 on the last Sunday of October) is kept as
the wall clock reads it.

An appointment stays "planned" until it is recorded as held or cancelled (with the reason): a
past one still planned is shown as such, never taken as held. Only a planned appointment is
edited; a held one lives on as its session, a cancelled one as it was cancelled. One entered in
the wrong file is voided like any record (services/voiding.py).

Who may do what is as for sessions: the counsellors and directors who work on the file.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from shelter_desk.domain import wall_clock
from shelter_desk.domain.vocabulary import (
    AppointmentKind,
    AppointmentStatus,
    SessionKind,
    SessionPlace,
)
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.appointments import Appointment
from shelter_desk.models.clients import Client
from shelter_desk.models.users import User, UserRole
from shelter_desk.services import audit, case_plan, clock, voids
from shelter_desk.services import validation as v
from shelter_desk.services.changes import Kind, Recorded
from shelter_desk.services.concurrency import require_basis
from shelter_desk.services.counselling import SESSIONS, SessionInput, SessionView
from shelter_desk.services.errors import NotFound, ServiceError, ValidationError
from shelter_desk.services.guard import (
    CASE_WORKERS,
    client_in_reach,
    require_case_worker,
    visible_clients,
)
from shelter_desk.services.records import Area, Problems, clean, touch, user_names
from shelter_desk.services.revisions import RecordVoided
from shelter_desk.services.voids import VoidMark
from shelter_desk.services.workspace import Workspace

NO_SUCH_TIME = QT_TRANSLATE_NOOP(
    "validation", "does not exist on that day: the clocks go forward from 02:00 to 03:00")
NOT_A_CASE_WORKER = case_plan.NOT_A_CASE_WORKER
LONGEST = 12 * 60  # minutes: a day at court
PLAN_AHEAD_DAYS = 366 * 2

# What a session recorded from an appointment starts as (the dialog shows it to be changed).
SESSION_KIND = {
    AppointmentKind.COUNSELLING: SessionKind.PSYCHOSOCIAL,
    AppointmentKind.HEARING: SessionKind.LEGAL_ACCOMPANIMENT,
    AppointmentKind.IMMIGRATION_OFFICE: SessionKind.ADMINISTRATIVE,
    AppointmentKind.MEDICAL: SessionKind.MEDICAL_ACCOMPANIMENT,
    AppointmentKind.LAWYER: SessionKind.LEGAL_ACCOMPANIMENT,
    AppointmentKind.OTHER: SessionKind.OTHER,
}
SESSION_PLACE = {
    AppointmentKind.COUNSELLING: SessionPlace.SHELTER,
    AppointmentKind.HEARING: SessionPlace.COURT,
    AppointmentKind.IMMIGRATION_OFFICE: SessionPlace.OTHER,
    AppointmentKind.MEDICAL: SessionPlace.HOSPITAL,
    AppointmentKind.LAWYER: SessionPlace.LAWYER,
    AppointmentKind.OTHER: SessionPlace.OTHER,
}


class NotPlanned(ServiceError):
    """Only a planned appointment is changed, cancelled or recorded as held."""

    def __init__(self, status: AppointmentStatus) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "This appointment was held: its session is in the "
                              "Sessions tab.") if status == AppointmentStatus.HELD
            else QT_TRANSLATE_NOOP("errors", "This appointment was cancelled: plan a new "
                                   "one instead."))


def wall_clock_now() -> datetime:
    """Now, as the clocks in Brussels read it (naive, like the appointments' times)."""
    return datetime.now(clock.BRUSSELS).replace(tzinfo=None, second=0, microsecond=0)


def exists_in_brussels(moment: datetime) -> bool:
    """False for a wall-clock time the clocks skip (the night they go forward). One they
    repeat (the night they go back) exists: a plan keeps the time as the clocks show it."""
    return wall_clock.kind(moment.date(), moment.time()) != wall_clock.WallTime.MISSING


@dataclass(frozen=True)
class AppointmentInput:
    day: date
    start_time: time | None
    duration_minutes: int
    kind: AppointmentKind | str
    place: str
    with_user_id: int | None
    note: str | None = None


@dataclass(frozen=True)
class AppointmentView(Recorded):
    KIND = Kind.APPOINTMENTS
    id: int
    client_id: int
    starts_at: datetime  # Brussels wall-clock time
    duration_minutes: int
    kind: AppointmentKind
    place: str
    note: str | None
    with_user_id: int
    with_user: str  # the counsellor's full name
    status: AppointmentStatus
    cancel_reason: str | None
    session_id: int | None
    author: str
    case_code: str = ""  # set in the lists across files (calendar, dashboard)
    version: int | None = None  # what an edit of this copy is based on
    void: VoidMark | None = None  # set when the record was voided

    @property
    def day(self) -> date:
        return self.starts_at.date()

    @property
    def start_time(self) -> time:
        return self.starts_at.time()

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    def past_and_open(self, now: datetime) -> bool:
        """Its time has passed and it is still only planned: to record or to cancel."""
        return (self.status == AppointmentStatus.PLANNED and self.void is None
                and self.starts_at <= now)


def _view(r: Appointment, names: dict[int, str]) -> AppointmentView:
    return AppointmentView(
        id=r.id, client_id=r.client_id, starts_at=r.starts_at,
        duration_minutes=r.duration_minutes, kind=r.kind, place=r.place, note=r.note,
        with_user_id=r.with_user_id, with_user=names.get(r.with_user_id, ""), status=r.status,
        cancel_reason=r.cancel_reason, session_id=r.session_id,
        author=names.get(r.author_id, ""), version=r.version)


def _start(field: str, value: object, today: date) -> time:
    found = v.a_time(field, value)
    if found is None:
        raise ValidationError(field, v.REQUIRED)
    return found


def _with(field: str, value: object, today: date) -> int:
    if value is None or value == "":
        raise ValidationError(field, v.REQUIRED)
    return v.integer(field, value, low=1, high=2**62)


def _cross(values: dict[str, Any]) -> None:
    """The day and the time make the wall-clock moment, which must exist in Brussels."""
    day, start = values.get("day"), values.get("start_time")
    if not isinstance(day, date) or not isinstance(start, time):
        return  # reported on their own
    moment = datetime.combine(day, start)
    if not exists_in_brussels(moment):
        problems = Problems()
        problems.add("start_time", NO_SUCH_TIME)
        problems.raise_any()
    del values["day"], values["start_time"]
    values["starts_at"] = moment


def _editable(row: Appointment) -> None:
    if row.status != AppointmentStatus.PLANNED:
        raise NotPlanned(row.status)


APPOINTMENTS: Area[Appointment, AppointmentView] = Area(
    model=Appointment,
    action="appointment",
    spec={
        "day": v.c_date(max_future_days=PLAN_AHEAD_DAYS),
        "start_time": _start,
        "duration_minutes": v.c_int(5, LONGEST),
        "kind": v.c_choice(AppointmentKind),
        "place": v.c_text(200),
        "with_user_id": _with,
        "note": v.c_notes(2000),
    },
    to_view=_view,
    order=(Appointment.starts_at, Appointment.id),
    cross=_cross,
    actor_column="author_id",
    editable=_editable,
)


def _check_with(ws: Workspace, data: AppointmentInput) -> None:
    who = _with("with_user_id", data.with_user_id, clock.today())
    if who not in {uid for uid, _ in case_plan.owners(ws)}:
        raise ValidationError("with_user_id", NOT_A_CASE_WORKER)


def case_worker_id(ws: Workspace, username: str) -> int:
    """The id of the active counsellor or director with this user name (the command line's
    --with); else a refusal on the field."""
    require_case_worker(ws, "user.list")
    name = username.strip().casefold() if isinstance(username, str) else ""
    with ws.session() as session:
        found = session.scalar(
            select(User.id).join(UserRole)
            .where(User.username == name, User.active.is_(True),
                   UserRole.role.in_(CASE_WORKERS)).limit(1))
    if found is None:
        raise ValidationError("with_user_id", NOT_A_CASE_WORKER)
    return int(found)


def add(ws: Workspace, client_id: int, data: AppointmentInput) -> AppointmentView:
    """Plan one: it starts as planned."""
    require_case_worker(ws, "appointment.add")
    values = clean(APPOINTMENTS.spec, data, APPOINTMENTS.cross)
    _check_with(ws, data)
    with ws.session() as session:
        client = client_in_reach(session, ws, client_id, "appointment.add")
        row = APPOINTMENTS.insert(session, ws, client,
                                  {**values, "status": AppointmentStatus.PLANNED})
        return _view(row, user_names(session))


def update(ws: Workspace, appointment_id: int, data: AppointmentInput,
           based_on: int | None = None) -> AppointmentView:
    """Another time, place or counsellor; only while it is planned."""
    _check_with(ws, data)
    return APPOINTMENTS.update(ws, appointment_id, data, based_on)


def _planned(session: Any, ws: Workspace, appointment_id: object, action: str
             ) -> tuple[Appointment, Client]:
    if isinstance(appointment_id, bool) or not isinstance(appointment_id, int):
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no such record."))
    row = session.get(Appointment, appointment_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no such record."))
    client = client_in_reach(session, ws, row.client_id, action)
    return row, client


def cancel(ws: Workspace, appointment_id: int, reason: str,
           based_on: int | None = None) -> AppointmentView:
    """Called off, with the reason (required): it stays in the file, marked cancelled."""
    require_case_worker(ws, "appointment.cancel")
    why = v.required_text("cancel_reason", reason, max_len=2000, multiline=True)
    with ws.session() as session:
        row, client = _planned(session, ws, appointment_id, "appointment.cancel")
        require_basis(session, row, based_on)
        _editable(row)
        row.status = AppointmentStatus.CANCELLED
        row.cancel_reason = why
        session.flush()
        audit.record(session, ws.actor, "appointment.cancel", client_code=client.case_code,
                     target=f"appointments#{row.id}")
        touch(client)
        return _view(row, user_names(session))


def session_from(row: AppointmentView) -> SessionInput:
    """The counselling session an appointment becomes, as the dialog first shows it."""
    return SessionInput(
        held_on=row.day, start_time=row.start_time, duration_minutes=row.duration_minutes,
        kind=SESSION_KIND[row.kind], place=SESSION_PLACE[row.kind])


def record_as_session(ws: Workspace, appointment_id: int, data: SessionInput | None = None,
                      based_on: int | None = None) -> tuple[AppointmentView, SessionView]:
    """The planned appointment, held: its counselling session is recorded (from `data`, the
    session dialog's values; else as `session_from` makes it) with the counsellor the
    appointment was with, and the appointment marked held and tied to it, in one transaction:
    both or neither."""
    require_case_worker(ws, "appointment.held")
    with ws.session() as session:
        row, client = _planned(session, ws, appointment_id, "appointment.held")
        require_basis(session, row, based_on)
        _editable(row)
        if voids.is_voided(session, Appointment.__tablename__, row.id):
            raise RecordVoided()
        names = user_names(session)
        values = clean(SESSIONS.spec, data or session_from(_view(row, names)), SESSIONS.cross)
        held = SESSIONS.insert(session, ws, client, values, counsellor_id=row.with_user_id)
        row.status = AppointmentStatus.HELD
        row.session_id = held.id
        session.flush()
        audit.record(session, ws.actor, "appointment.held", client_code=client.case_code,
                     target=f"appointments#{row.id}")
        return _view(row, names), SESSIONS.to_view(held, names)


def list_for_client(ws: Workspace, client_id: int) -> list[AppointmentView]:
    """All of the client's appointments, voided ones marked."""
    return APPOINTMENTS.list(ws, client_id)


def between(ws: Workspace, first: date, last: date, *, client_id: int | None = None,
            cancelled: bool = True) -> list[AppointmentView]:
    """The appointments from `first` to `last` (whole days, Brussels time) in every file the
    actor sees (or in one client's), by time; voided ones left out, cancelled ones too unless
    `cancelled`."""
    require_case_worker(ws, "appointment.list")
    if not isinstance(first, date) or not isinstance(last, date):
        raise ValidationError("day", v.NOT_DATE)
    if last < first:
        raise ValidationError("day", v.BEFORE_OTHER, other=first.isoformat())
    start = datetime.combine(first, time())
    end = datetime.combine(last + timedelta(days=1), time())
    with ws.session() as session:
        query = (select(Appointment, Client.case_code)
                 .join(Client, Client.id == Appointment.client_id)
                 .where(visible_clients(ws), voids.live(Appointment),
                        Appointment.starts_at >= start, Appointment.starts_at < end)
                 .order_by(Appointment.starts_at, Appointment.id))
        if client_id is not None:
            client = client_in_reach(session, ws, client_id, "appointment.list")
            query = query.where(Appointment.client_id == client.id)
        if not cancelled:
            query = query.where(Appointment.status != AppointmentStatus.CANCELLED)
        names = user_names(session)
        return [_with_code(_view(r, names), code) for r, code in session.execute(query)]


def _with_code(view: AppointmentView, code: str) -> AppointmentView:
    return replace(view, case_code=code)


def today(ws: Workspace) -> list[AppointmentView]:
    """Today's appointments in the files the actor sees (for the dashboard), not cancelled."""
    day = clock.today()
    return between(ws, day, day, cancelled=False)
