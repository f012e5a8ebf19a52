"""Appointments (planned sessions and accompaniments): through the services, on both backends.
The night the clocks change in Brussels, another counsellor's client, one step from a planned
session to a recorded one, and a cancellation's reason."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select, text

from shelter_desk.domain.vocabulary import AppointmentKind, AppointmentStatus, SessionKind
from shelter_desk.models.appointments import Appointment
from shelter_desk.models.audit import AuditEntry
from shelter_desk.models.followup import CounsellingSession
from shelter_desk.services import (
    access_grants,
    appointments,
    case_plan,
    counselling,
    history,
    voiding,
)
from shelter_desk.services.concurrency import StaleRecord
from shelter_desk.services.errors import (
    NotFound,
    PermissionDenied,
    ValidationError,
    ValidationErrors,
)
from shelter_desk.services.revisions import RecordVoided
from shelter_desk.services.workspace import Workspace
from tests.builders import TODAY, new_client

SPRING_FORWARD = date(2027, 3, 28)  # Europe/Brussels: 02:00 -> 03:00
FALL_BACK = date(2027, 10, 31)  # Europe/Brussels: 03:00 -> 02:00


def _user(ws: Workspace, name: str) -> int:
    return next(uid for uid, shown in case_plan.owners(ws) if shown == name)


def _plan(ws: Workspace, **over: object) -> appointments.AppointmentInput:
    base = appointments.AppointmentInput(
        day=TODAY + timedelta(days=6), start_time=time(10, 0), duration_minutes=60,
        kind=AppointmentKind.COUNSELLING, place="Shelter, room 2",
        with_user_id=_user(ws, "Counsellor One"), note="Bring the letter from the CPAS")
    return replace(base, **over)  # type: ignore[arg-type]


def _fields(exc: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    errors = exc.value.errors if isinstance(exc.value, ValidationErrors) else [exc.value]
    return {e.field for e in errors}


def _stored(ws: Workspace, appointment_id: int) -> datetime:
    with ws.session() as session:
        row = session.get(Appointment, appointment_id)
        assert row is not None
        return row.starts_at


def _sessions(ws: Workspace, client_id: int) -> int:
    with ws.session() as session:
        return int(session.scalar(select(func.count(CounsellingSession.id)).where(
            CounsellingSession.client_id == client_id)) or 0)


def test_the_night_the_clocks_go_forward(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    with pytest.raises(ValidationError) as exc:  # 02:30 does not exist that night
        appointments.add(counsellor1, c.id, _plan(counsellor1, day=SPRING_FORWARD,
                                                   start_time=time(2, 30)))
    assert _fields(exc) == {"start_time"}
    assert appointments.list_for_client(counsellor1, c.id) == []
    same_day = appointments.add(counsellor1, c.id, _plan(counsellor1, day=SPRING_FORWARD,
                                                         start_time=time(10, 0)))
    after = appointments.add(counsellor1, c.id, _plan(
        counsellor1, day=SPRING_FORWARD + timedelta(days=1), start_time=time(10, 0)))
    early = appointments.add(counsellor1, c.id, _plan(counsellor1, day=SPRING_FORWARD,
                                                      start_time=time(3, 0)))
    for row, day, at in ((same_day, SPRING_FORWARD, time(10, 0)),
                         (after, SPRING_FORWARD + timedelta(days=1), time(10, 0)),
                         (early, SPRING_FORWARD, time(3, 0))):
        assert row.starts_at == datetime.combine(day, at)
        assert _stored(counsellor1, row.id) == datetime.combine(day, at)  # the wall clock
    # The calendar's day holds the day's appointments, in order, and no other.
    that_day = appointments.between(counsellor1, SPRING_FORWARD, SPRING_FORWARD)
    assert [(a.id, a.start_time) for a in that_day] == [(early.id, time(3, 0)),
                                                        (same_day.id, time(10, 0))]
    assert [a.case_code for a in that_day] == [c.case_code, c.case_code]
    next_day = appointments.between(counsellor1, SPRING_FORWARD + timedelta(days=1),
                                    SPRING_FORWARD + timedelta(days=1))
    assert [a.id for a in next_day] == [after.id]


def test_the_night_the_clocks_go_back_keeps_the_wall_clock(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    twice = appointments.add(counsellor1, c.id, _plan(counsellor1, day=FALL_BACK,
                                                      start_time=time(2, 30)))
    assert twice.starts_at == datetime(2027, 10, 31, 2, 30)
    moved = appointments.update(counsellor1, twice.id, _plan(
        counsellor1, day=FALL_BACK + timedelta(days=1), start_time=time(10, 0)),
        based_on=twice.version)
    assert _stored(counsellor1, moved.id) == datetime(2027, 11, 1, 10, 0)
    assert moved.version == twice.version + 1  # type: ignore[operator]


def test_exists_in_brussels() -> None:
    assert not appointments.exists_in_brussels(datetime(2027, 3, 28, 2, 0))
    assert not appointments.exists_in_brussels(datetime(2027, 3, 28, 2, 59))
    assert appointments.exists_in_brussels(datetime(2027, 3, 28, 1, 59))
    assert appointments.exists_in_brussels(datetime(2027, 3, 28, 3, 0))
    assert appointments.exists_in_brussels(datetime(2027, 10, 31, 2, 30))


def test_another_counsellors_client_is_refused(
        counsellor1: Workspace, counsellor2: Workspace, director: Workspace,
        admin_only: Workspace) -> None:
    c = new_client(counsellor1)
    planned = appointments.add(counsellor1, c.id, _plan(counsellor1))
    past = appointments.add(counsellor1, c.id, _plan(counsellor1, day=TODAY - timedelta(days=1)))
    for outsider in (counsellor2, admin_only):
        with pytest.raises(PermissionDenied):
            appointments.add(outsider, c.id, _plan(counsellor1))
        with pytest.raises(PermissionDenied):
            appointments.list_for_client(outsider, c.id)
        # By the record's number: on a server the row itself is out of sight (not found).
        with pytest.raises((PermissionDenied, NotFound)):
            appointments.cancel(outsider, planned.id, "not mine to cancel")
        with pytest.raises((PermissionDenied, NotFound)):
            appointments.update(outsider, planned.id, _plan(counsellor1))
        with pytest.raises((PermissionDenied, NotFound)):
            appointments.record_as_session(outsider, past.id)
    assert appointments.between(counsellor2, TODAY - timedelta(days=7),
                                TODAY + timedelta(days=7)) == []
    with pytest.raises(PermissionDenied):
        appointments.between(admin_only, TODAY, TODAY)
    assert _sessions(director, c.id) == 0
    assert [a.status for a in appointments.list_for_client(counsellor1, c.id)] == [
        AppointmentStatus.PLANNED, AppointmentStatus.PLANNED]
    # The director sees every file; a colleague once access is granted.
    assert {a.id for a in appointments.between(director, TODAY - timedelta(days=7),
                                               TODAY + timedelta(days=7))} == {planned.id,
                                                                                 past.id}
    access_grants.grant(director, c.id, "counsellor2", "covers the holidays")
    assert len(appointments.between(counsellor2, TODAY - 7 * timedelta(days=1),
                                    TODAY + timedelta(days=7))) == 2


def test_recorded_as_session_in_one_step(counsellor1: Workspace, director: Workspace) -> None:
    c = new_client(counsellor1)
    when = TODAY - timedelta(days=1)
    planned = appointments.add(director, c.id, _plan(
        director, day=when, start_time=time(14, 15), duration_minutes=90,
        kind=AppointmentKind.HEARING))
    assert planned.status == AppointmentStatus.PLANNED
    # Past and not recorded: shown as planned, to record or cancel, not silently held.
    assert planned.past_and_open(appointments.wall_clock_now())
    suggested = appointments.session_from(planned)
    assert (suggested.held_on, suggested.start_time, suggested.duration_minutes,
            suggested.kind) == (when, time(14, 15), 90, SessionKind.LEGAL_ACCOMPANIMENT)
    before = _sessions(counsellor1, c.id)
    held, session = appointments.record_as_session(
        director, planned.id, replace(suggested, client_asked_questions=True),
        based_on=planned.version)
    assert _sessions(counsellor1, c.id) == before + 1
    assert held.status == AppointmentStatus.HELD and held.session_id == session.id
    assert not held.past_and_open(appointments.wall_clock_now())
    # The session is the counsellor's the appointment was with, on its day and time.
    assert (session.held_on, session.start_time, session.duration_minutes, session.counsellor,
            session.client_asked_questions) == (when, time(14, 15), 90, "Counsellor One", True)
    assert [s.id for s in counselling.list_sessions(counsellor1, c.id)] == [session.id]
    # Once held, it is not recorded again, moved or cancelled.
    with pytest.raises(appointments.NotPlanned):
        appointments.record_as_session(director, planned.id)
    with pytest.raises(appointments.NotPlanned):
        appointments.update(director, planned.id, _plan(director), based_on=held.version)
    with pytest.raises(appointments.NotPlanned):
        appointments.cancel(director, planned.id, "changed my mind")
    assert _sessions(counsellor1, c.id) == before + 1
    with director.session() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(
            AuditEntry.client_code == c.case_code, AuditEntry.action.in_(
                ("session.add", "appointment.held")))))
    assert sorted(actions) == ["appointment.held", "session.add"]


def test_a_session_that_does_not_validate_changes_nothing(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    ahead = appointments.add(counsellor1, c.id, _plan(counsellor1))  # next week
    with pytest.raises(ValidationError) as exc:  # not held yet: the session would be future
        appointments.record_as_session(counsellor1, ahead.id)
    assert _fields(exc) == {"held_on"}
    past = appointments.add(counsellor1, c.id, _plan(counsellor1, day=TODAY - timedelta(days=2)))
    bad = replace(appointments.session_from(past), duration_minutes=0)
    with pytest.raises(ValidationError):
        appointments.record_as_session(counsellor1, past.id, bad)
    assert _sessions(counsellor1, c.id) == 0
    assert {a.status for a in appointments.list_for_client(counsellor1, c.id)} == {
        AppointmentStatus.PLANNED}


def test_cancel_needs_a_reason(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    planned = appointments.add(counsellor1, c.id, _plan(counsellor1))
    for empty in ("", "   ", None):
        with pytest.raises(ValidationError) as exc:
            appointments.cancel(counsellor1, planned.id, empty)  # type: ignore[arg-type]
        assert _fields(exc) == {"cancel_reason"}
    assert appointments.list_for_client(counsellor1, c.id)[0].status == AppointmentStatus.PLANNED
    gone = appointments.cancel(counsellor1, planned.id, "The hearing was postponed",
                               based_on=planned.version)
    assert (gone.status, gone.cancel_reason) == (AppointmentStatus.CANCELLED,
                                                 "The hearing was postponed")
    assert not gone.past_and_open(datetime(2100, 1, 1))
    with pytest.raises(appointments.NotPlanned):
        appointments.record_as_session(counsellor1, planned.id)
    day = planned.day
    assert [a.id for a in appointments.between(counsellor1, day, day)] == [planned.id]
    assert appointments.between(counsellor1, day, day, cancelled=False) == []
    lines = history.client_history(counsellor1, c.id)
    cancelled = next(line for line in lines if line.action == "appointment.cancel")
    assert cancelled.record is not None and cancelled.record.kind == "appointment"
    assert cancelled.record.label == AppointmentKind.COUNSELLING
    assert any(ch.field == "status" and ch.after == AppointmentStatus.CANCELLED
               for ch in cancelled.changes)


def test_typing_instead_of_choosing_is_refused(counsellor1: Workspace, director: Workspace,
                                              admin_only: Workspace) -> None:
    c = new_client(counsellor1)
    admin_id = admin_only.actor.user_id
    cases: list[tuple[dict[str, object], str]] = [
        ({"kind": "court"}, "kind"),
        ({"start_time": "10:00"}, "start_time"),
        ({"start_time": None}, "start_time"),
        ({"day": datetime(2027, 1, 5, 10, 0)}, "day"),
        ({"day": TODAY + timedelta(days=3 * 366)}, "day"),
        ({"duration_minutes": 0}, "duration_minutes"),
        ({"duration_minutes": "60"}, "duration_minutes"),
        ({"place": "  "}, "place"),
        ({"with_user_id": None}, "with_user_id"),
        ({"with_user_id": admin_id}, "with_user_id"),  # not a counsellor
    ]
    for over, field in cases:
        with pytest.raises(ValidationError) as exc:
            appointments.add(counsellor1, c.id, _plan(counsellor1, **over))
        assert field in _fields(exc), over
    assert appointments.list_for_client(director, c.id) == []


def test_voided_appointments_leave_the_calendar(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    planned = appointments.add(counsellor1, c.id, _plan(counsellor1))
    voiding.void_record(counsellor1, "appointment", planned.id, "Wrong file (synthetic test)")
    assert appointments.between(counsellor1, planned.day, planned.day) == []
    listed = appointments.list_for_client(counsellor1, c.id)
    assert [a.id for a in listed] == [planned.id] and listed[0].void is not None
    assert not listed[0].past_and_open(datetime(2100, 1, 1))
    with pytest.raises(RecordVoided):
        appointments.cancel(counsellor1, planned.id, "too late")
    assert [r.kind for r in voiding.records_of(counsellor1, c.id, "appointment")] == [
        "appointment"]


@pytest.mark.server_only
def test_on_a_server_sealed_and_out_of_other_counsellors_reach(
        counsellor1: Workspace, counsellor2: Workspace) -> None:
    c = new_client(counsellor1)
    planned = appointments.add(counsellor1, c.id, _plan(
        counsellor1, place="PLACE-SENTINEL Palais de Justice", note="NOTE-SENTINEL"))
    appointments.update(counsellor1, planned.id, _plan(counsellor1, place="PLACE-SENTINEL-2"),
                        based_on=planned.version)
    appointments.cancel(counsellor1, planned.id, "REASON-SENTINEL")
    with counsellor1.store.connection() as conn:
        raw = conn.execute(text("SELECT place, note, cancel_reason FROM appointments")).one()
        kept = conn.execute(text("SELECT changes FROM record_revisions")).all()
    for value in (*raw, *(k[0] for k in kept)):
        assert isinstance(value, bytes | memoryview)
        assert b"SENTINEL" not in bytes(value)
    # Hand-written SQL from another counsellor's login: no row, nothing changed.
    with counsellor2.store.connection() as conn:
        assert conn.execute(text("SELECT count(*) FROM appointments")).scalar() == 0
        changed = conn.execute(text("UPDATE appointments SET duration_minutes = 5")).rowcount
    assert changed == 0


def test_a_stale_copy_records_nothing(counsellor1: Workspace, director: Workspace) -> None:
    """The tab showed version 1; a colleague moved the appointment since: recording it from the
    old copy is refused, and no session is left behind."""
    c = new_client(counsellor1)
    shown = appointments.add(counsellor1, c.id, _plan(counsellor1, day=TODAY - timedelta(days=1)))
    appointments.update(director, shown.id, _plan(
        director, day=TODAY - timedelta(days=1), start_time=time(15, 0)),
        based_on=shown.version)
    with pytest.raises(StaleRecord):
        appointments.record_as_session(counsellor1, shown.id, based_on=shown.version)
    with pytest.raises(StaleRecord):
        appointments.cancel(counsellor1, shown.id, "moved", based_on=shown.version)
    assert _sessions(director, c.id) == 0
    now = appointments.list_for_client(counsellor1, c.id)[0]
    assert now.status == AppointmentStatus.PLANNED and now.start_time == time(15, 0)
    held, _ = appointments.record_as_session(counsellor1, now.id, based_on=now.version)
    assert held.status == AppointmentStatus.HELD and _sessions(director, c.id) == 1
