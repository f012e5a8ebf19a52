"""The case plan, case notes, voiding a record and keeping what a correction replaced: through
the services, on both backends."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, time, timedelta

import pytest
from sqlalchemy import select, text

from shelter_desk.domain.vocabulary import (
    ActionStatus,
    Condition,
    ConditionStatus,
    ConsentPurpose,
    DeadlineKind,
    DocumentStatus,
    DocumentType,
    GoalDomain,
    HearingType,
    JudicialOffice,
    JudicialStage,
    NoteKind,
)
from shelter_desk.models.audit import AuditEntry
from shelter_desk.models.corrections import RecordRevision
from shelter_desk.reports import casefile
from shelter_desk.services import (
    access_grants,
    case_plan,
    clients,
    conditions,
    consent,
    counselling,
    deadlines,
    goals,
    history,
    judicial,
    reporting,
    residence,
    voiding,
)
from shelter_desk.services.changes import Changes, Kind
from shelter_desk.services.errors import (
    ConsentMissing,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from shelter_desk.services.revisions import RecordVoided
from shelter_desk.services.workspace import Workspace
from tests.builders import (
    AGO,
    TODAY,
    client_input,
    consent_input,
    new_client,
    referral_input,
    session_input,
)

NOTE = "CASE-NOTE-SENTINEL: the lawyer says the hearing moves"
WHY = "Entered in the wrong file (synthetic test)"


def _owner(ws: Workspace, name: str) -> int:
    return next(uid for uid, shown in case_plan.owners(ws) if shown == name)


def _action(ws: Workspace, **over: object) -> case_plan.PlanActionInput:
    base = case_plan.PlanActionInput(
        action="Accompany to the CPAS for the living allowance\nBring the A card",
        agreed_on=TODAY - timedelta(days=2), owner_id=_owner(ws, "Counsellor One"),
        due_on=TODAY + timedelta(days=5))
    return replace(base, **over)  # type: ignore[arg-type]


def _plan_items(ws: Workspace, client_id: int) -> list[deadlines.Deadline]:
    return [d for d in deadlines.upcoming(ws, client_id=client_id)
            if d.kind == DeadlineKind.PLAN_ACTION]


# -- the case plan -----------------------------------------------------------------------------
def test_an_open_action_is_on_the_dashboard_until_it_is_done(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    owner = _owner(counsellor1, "Counsellor Two")
    added = case_plan.add_action(counsellor1, c.id, _action(counsellor1, owner_id=owner))
    assert added.status == ActionStatus.OPEN and added.owner == "Counsellor Two"
    assert added.author == "Counsellor One"
    [item] = _plan_items(counsellor1, c.id)
    assert item.record == f"plan_actions#{added.id}" and item.due == added.due_on
    # The first line of the action and its owner: what the dashboard shows.
    assert item.subject == ("Accompany to the CPAS for the living allowance", "Counsellor Two")
    done = case_plan.mark_done(counsellor1, added)
    assert done.status == ActionStatus.DONE and done.done_on == TODAY
    assert _plan_items(counsellor1, c.id) == []
    assert case_plan.list_actions(counsellor1, c.id) == [done]


def test_an_overdue_action_stays_overdue_and_counts_for_the_client_list(
        counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    conditions.record_checks(counsellor1, c.id, [
        conditions.CheckInput(x, TODAY, ConditionStatus.COMPLIED) for x in Condition])
    late = case_plan.add_action(counsellor1, c.id, _action(
        counsellor1, agreed_on=TODAY - timedelta(days=20), due_on=TODAY - timedelta(days=3)))
    [item] = _plan_items(counsellor1, c.id)
    assert item.overdue(TODAY) and late.overdue(TODAY)
    summary = clients.file_details(counsellor1, c.id).summary
    assert summary.next_deadline is not None
    assert summary.next_deadline.kind == DeadlineKind.PLAN_ACTION


def test_an_action_is_checked_before_it_is_saved(director: Workspace) -> None:
    c = new_client(director)
    with pytest.raises(ValidationError) as e:
        case_plan.add_action(director, c.id, _action(director, owner_id=99999))
    assert e.value.field == "owner_id"
    with director.session() as s:
        admin = s.execute(text("SELECT id FROM users WHERE username = 'admin'")).scalar_one()
    with pytest.raises(ValidationError) as e:  # an administrator is no case worker
        case_plan.add_action(director, c.id, _action(director, owner_id=admin))
    assert e.value.field == "owner_id"
    with pytest.raises(ValidationError) as e:
        case_plan.add_action(director, c.id, _action(director, status=ActionStatus.DONE))
    assert e.value.field == "done_on"
    with pytest.raises(ValidationError) as e:
        case_plan.add_action(director, c.id, _action(director, due_on=TODAY - timedelta(days=9)))
    assert e.value.field == "due_on"
    with pytest.raises(ValidationError) as e:
        case_plan.add_action(director, c.id, _action(director, action="   "))
    assert e.value.field == "action"
    # Open again: the day it was done goes.
    done = case_plan.add_action(director, c.id, _action(
        director, status=ActionStatus.DONE, done_on=TODAY))
    reopened = case_plan.update_action(director, done.id, _action(director, done_on=TODAY),
                                       based_on=done.version)
    assert reopened.status == ActionStatus.OPEN and reopened.done_on is None


def test_plan_and_notes_are_for_whoever_works_on_the_file(
        counsellor1: Workspace, counsellor2: Workspace, director: Workspace,
        admin_only: Workspace) -> None:
    c = new_client(counsellor1)
    note = case_plan.CaseNoteInput(TODAY, NoteKind.PHONE_CALL, "Called the lawyer.")
    for outsider in (counsellor2, admin_only):
        with pytest.raises(PermissionDenied):
            case_plan.add_note(outsider, c.id, note)
        with pytest.raises(PermissionDenied):
            case_plan.list_actions(outsider, c.id)
    assert case_plan.add_note(director, c.id, note).author == "Test Director"
    access_grants.grant(director, c.id, "counsellor2", "covers the holidays")
    assert [n.text for n in case_plan.list_notes(counsellor2, c.id)] == ["Called the lawyer."]


# -- case notes --------------------------------------------------------------------------------
def test_case_notes_stay_in_the_file(counsellor1: Workspace, director: Workspace) -> None:
    c = new_client(counsellor1, nationality="RO")
    consent.record(counsellor1, c.id, consent_input(ConsentPurpose.SHARE_PROSECUTOR))
    note = case_plan.add_note(counsellor1, c.id, case_plan.CaseNoteInput(
        TODAY - timedelta(days=1), NoteKind.LAWYER_MEETING, NOTE))
    fixed = case_plan.update_note(counsellor1, note.id, case_plan.CaseNoteInput(
        TODAY - timedelta(days=1), NoteKind.LAWYER_MEETING, NOTE + " (to 12 March)"),
        based_on=note.version)
    assert [n.text for n in case_plan.list_notes(counsellor1, c.id)] == [fixed.text]
    with counsellor1.session() as s:
        entries = s.scalars(select(AuditEntry)).all()
    assert not any("CASE-NOTE-SENTINEL" in str(vars(e)) for e in entries)
    # Neither the report nor anything readable in the export holds it.
    data = reporting.report_data(director, c.id, "en")
    exported = json.dumps(casefile.case_json(data), ensure_ascii=False)
    assert "CASE-NOTE-SENTINEL" not in repr(data) + exported
    lines = history.client_history(counsellor1, c.id)
    kinds = {(x.action, x.record.kind) for x in lines if x.record}
    assert {("case_note.add", "case_note"), ("case_note.update", "case_note")} <= kinds


# -- void ----------------------------------------------------------------------------------------
def test_a_void_needs_a_reason_and_the_author_or_a_director(
        counsellor1: Workspace, director: Workspace) -> None:
    c = new_client(counsellor1)
    mine = counselling.add_session(counsellor1, c.id, session_input())
    theirs = counselling.add_session(director, c.id, session_input(held_on=TODAY))
    for blank in ("", "   ", None):
        with pytest.raises(ValidationError) as e:
            voiding.void_record(counsellor1, "session", mine.id, blank)  # type: ignore[arg-type]
        assert e.value.field == "reason"
    with pytest.raises(PermissionDenied):
        voiding.void_record(counsellor1, "session", theirs.id, WHY)
    done = voiding.void_record(counsellor1, "session", mine.id, WHY)
    assert done.mark.reason == WHY and done.mark.by == "Counsellor One"
    # What the void changed: the sessions (a count) and no status.
    assert done.changes == Changes(c.id, frozenset({Kind.SESSIONS}), status=False)
    action = case_plan.add_action(counsellor1, c.id, _action(counsellor1))
    assert voiding.void_record(counsellor1, "plan-action", action.id, WHY).changes == Changes(
        c.id, frozenset({Kind.PLAN}), status=True)  # an open action set a deadline
    with pytest.raises(voiding.AlreadyVoided):
        voiding.void_record(director, "session", mine.id, WHY)
    voiding.void_record(director, "session", theirs.id, "Duplicate of another entry")
    listed = {s.id: s.void for s in counselling.list_sessions(counsellor1, c.id)}
    assert listed[mine.id] is not None and listed[mine.id].reason == WHY  # still listed
    assert listed[theirs.id] is not None and listed[theirs.id].by == "Test Director"
    # A voided record is not changed any more, by anyone.
    with pytest.raises(RecordVoided):
        counselling.update_session(director, mine.id, session_input(duration_minutes=45))
    with counsellor1.session() as s:
        denied = s.scalars(select(AuditEntry).where(AuditEntry.action == "denied")).all()
    assert [e.target for e in denied] == [f"counselling_sessions#{theirs.id}"]


def test_a_void_names_the_file_it_is_in(counsellor1: Workspace) -> None:
    a, b = new_client(counsellor1), new_client(counsellor1)
    s = counselling.add_session(counsellor1, a.id, session_input())
    with pytest.raises(NotFound):
        voiding.void_record(counsellor1, "session", s.id, WHY, case_code=b.case_code)
    with pytest.raises(NotFound):
        voiding.void_record(counsellor1, "session", s.id + 1000, WHY)
    with pytest.raises(ValidationError):
        voiding.void_record(counsellor1, "sessions; drop table", s.id, WHY)
    voiding.void_record(counsellor1, "session", s.id, WHY, case_code=f" {a.case_code} ")


def test_a_void_is_audited_without_its_reason_and_shown_in_the_history(
        counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    s = counselling.add_session(counsellor1, c.id, session_input())
    voiding.void_record(counsellor1, "session", s.id, WHY)
    with counsellor1.session() as db:
        entry = db.scalars(select(AuditEntry).where(AuditEntry.action == "record.void")).one()
        assert entry.target == f"counselling_sessions#{s.id}" and entry.reason is None
        assert entry.client_code == c.case_code
    lines = history.client_history(counsellor1, c.id)
    void_line = next(x for x in lines if x.action == "record.void")
    assert void_line.reason == WHY and void_line.void is None  # the void itself is not struck
    added = next(x for x in lines if x.action == "session.add")
    assert added.void is not None and added.void.reason == WHY


def test_voided_records_count_nowhere(counsellor1: Workspace, director: Workspace) -> None:
    c = new_client(counsellor1, nationality="NG")
    doc = residence.add_document(counsellor1, c.id, residence.DocumentInput(
        DocumentType.ANNEX_15, DocumentStatus.ISSUED, issued_on=TODAY - timedelta(days=31)))
    case = judicial.open_case(counsellor1, c.id, judicial.CaseInput(
        JudicialOffice.PROSECUTOR, "Antwerpen", JudicialStage.INQUIRY, AGO))
    hearing = judicial.add_court_date(counsellor1, case.id, judicial.CourtDateInput(
        "Rechtbank Antwerpen", TODAY + timedelta(days=4), HearingType.PLEADINGS,
        at_time=time(9, 0)))
    breach = conditions.record_check(counsellor1, c.id, conditions.CheckInput(
        Condition.NO_CONTACT, TODAY, ConditionStatus.BREACH, evidence="Messages seen."))
    action = case_plan.add_action(counsellor1, c.id, _action(counsellor1))
    goal = goals.add_goal(counsellor1, c.id, goals.GoalInput(
        GoalDomain.HOUSING, "Find a flat", TODAY - timedelta(days=9)))
    session = counselling.add_session(counsellor1, c.id, session_input())
    kinds = {d.kind for d in deadlines.upcoming(counsellor1, client_id=c.id)}
    assert {DeadlineKind.DOCUMENT_REMINDER, DeadlineKind.COURT_DATE,
            DeadlineKind.BREACH_TO_NOTIFY, DeadlineKind.PLAN_ACTION} <= kinds
    assert clients.file_details(counsellor1, c.id).summary.phase.value == "reflection_period"
    data = reporting.report_data(director, c.id, "en")
    assert data.attendance.total == 1 and len(data.goals) == 1 and len(data.hearings) == 1
    open_goals = goals.goal_progress_overview(counsellor1)[GoalDomain.HOUSING][1]

    for kind, rid in (("residence-document", doc.id), ("court-date", hearing.id),
                      ("condition-check", breach.id), ("plan-action", action.id),
                      ("goal", goal.id), ("session", session.id)):
        voiding.void_record(counsellor1 if kind != "goal" else director, kind, rid, WHY)

    records = {d.record for d in deadlines.upcoming(counsellor1, client_id=c.id)}
    assert not records & {f"residence_documents#{doc.id}", f"court_dates#{hearing.id}",
                          f"condition_checks#{breach.id}", f"plan_actions#{action.id}"}
    assert DeadlineKind.COURT_DATE not in {d.kind for d in deadlines.between(
        counsellor1, TODAY, TODAY + timedelta(days=30), client_id=c.id)}
    assert clients.file_details(counsellor1, c.id).summary.phase.value == "in_programme"
    assert conditions.latest_by_condition(counsellor1, c.id)[Condition.NO_CONTACT] is None
    assert goals.goal_progress_overview(counsellor1)[GoalDomain.HOUSING][1] == open_goals - 1
    data = reporting.report_data(director, c.id, "en")
    assert data.attendance.total == 0 and data.goals == () and data.hearings == ()
    assert all(section.checks == 0 for section in data.conditions)
    assert casefile.court_calendar(data) is None
    assert WHY not in repr(data) + json.dumps(casefile.case_json(data), ensure_ascii=False)


def test_a_voided_case_takes_its_hearings_with_it(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    case = judicial.open_case(counsellor1, c.id, judicial.CaseInput(
        JudicialOffice.PROSECUTOR, "Gent", JudicialStage.INQUIRY, AGO))
    judicial.add_court_date(counsellor1, case.id, judicial.CourtDateInput(
        "Rechtbank Gent", TODAY + timedelta(days=3), HearingType.PLEADINGS))
    voiding.void_record(counsellor1, "judicial-case", case.id, WHY)
    assert not [d for d in deadlines.upcoming(counsellor1, client_id=c.id)
                if d.kind == DeadlineKind.COURT_DATE]
    [hearing] = judicial.list_court_dates(counsellor1, c.id)
    assert hearing.void is not None and hearing.void.reason == WHY


def test_a_voided_consent_decides_nothing(counsellor1: Workspace, director: Workspace) -> None:
    c = clients.intake(counsellor1, client_input(), referral_input(outcome="admitted"), None, [])
    grant = consent.record(counsellor1, c.id, consent_input())
    assert consent.current_state(counsellor1, c.id)[ConsentPurpose.PROGRAMME_SUPPORT].granted
    voiding.void_record(counsellor1, "consent", grant.id, "Signed by another client")
    assert not consent.current_state(counsellor1, c.id)[
        ConsentPurpose.PROGRAMME_SUPPORT].granted
    with pytest.raises(ConsentMissing):
        reporting.report_data(director, c.id, "en")
    [listed] = consent.ledger(counsellor1, c.id)
    assert listed.void is not None  # the ledger keeps it, marked


def test_voids_and_kept_values_cannot_be_changed(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    s = counselling.add_session(counsellor1, c.id, session_input())
    counselling.update_session(counsellor1, s.id, session_input(duration_minutes=45))
    voiding.void_record(counsellor1, "session", s.id, WHY)
    for statement in ("UPDATE record_voids SET record_id = record_id + 1",
                      "DELETE FROM record_voids",
                      "UPDATE record_revisions SET version = 9",
                      "DELETE FROM record_revisions"):
        with pytest.raises(Exception, match=r"append-only|may not make it"), \
                counsellor1.session() as db:
            db.execute(text(statement))
    assert counselling.list_sessions(counsellor1, c.id)[0].void is not None


# -- corrections keep the previous value ---------------------------------------------------------
def test_every_correction_keeps_what_it_replaced(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    s = counselling.add_session(counsellor1, c.id, session_input())
    counselling.update_session(counsellor1, s.id, session_input(
        duration_minutes=45, confidential_notes="Rewritten note"), based_on=s.version)
    clients.update_client(counsellor1, c.id, client_input(
        last_name="Stanescu-Popa", birth_date=date(1996, 4, 3)))
    f = clients.open_client_file(counsellor1, c.id)
    clients.update_referral(counsellor1, f.referrals[0].id, replace(
        referral_input(outcome="admitted"), service_detail="Vice unit"))
    check = conditions.record_check(counsellor1, c.id, conditions.CheckInput(
        Condition.COOPERATION, TODAY, ConditionStatus.COMPLIED))
    conditions.update_check(counsellor1, check.id, conditions.CheckInput(
        Condition.COOPERATION, TODAY, ConditionStatus.CONCERN, evidence="Missed the hearing."))
    goal = goals.add_goal(counsellor1, c.id, goals.GoalInput(
        GoalDomain.EDUCATION_LANGUAGE, "Dutch A2", TODAY - timedelta(days=30)))
    goals.add_milestone(counsellor1, goal.id, goals.MilestoneInput(TODAY, "A1 passed", 50))
    case = judicial.open_case(counsellor1, c.id, judicial.CaseInput(
        JudicialOffice.PROSECUTOR, "Antwerpen", JudicialStage.INQUIRY, AGO))
    hearing = judicial.add_court_date(counsellor1, case.id, judicial.CourtDateInput(
        "Rechtbank Antwerpen", TODAY + timedelta(days=4), HearingType.PLEADINGS))
    judicial.update_court_date(counsellor1, hearing.id, judicial.CourtDateInput(
        "Hof van beroep Antwerpen", TODAY + timedelta(days=6), HearingType.PLEADINGS))
    action = case_plan.add_action(counsellor1, c.id, _action(counsellor1))
    case_plan.mark_done(counsellor1, action)

    lines = history.client_history(counsellor1, c.id)
    changed = {(x.action, ch.field): (ch.before, ch.after) for x in lines for ch in x.changes}
    assert changed[("session.update", "duration_minutes")] == (60, 45)
    assert changed[("session.update", "confidential_notes")] == (
        "CONFIDENTIAL-NOTE-SENTINEL", "Rewritten note")
    assert changed[("client.update", "last_name")] == ("Stănescu", "Stanescu-Popa")
    # A sealed date reads back as a date too (on a server it is ciphertext in the column).
    assert changed[("client.update", "birth_date")] == (date(1996, 4, 2), date(1996, 4, 3))
    assert changed[("referral.update", "service_detail")][1] == "Vice unit"
    assert changed[("condition.update", "status")] == (ConditionStatus.COMPLIED,
                                                       ConditionStatus.CONCERN)
    assert changed[("goal.milestone", "progress")] == (0, 50)
    assert changed[("court_date.update", "on_date")] == (TODAY + timedelta(days=4),
                                                         TODAY + timedelta(days=6))
    assert changed[("court_date.update", "court")][0] == "Rechtbank Antwerpen"
    assert changed[("plan.update", "status")] == (ActionStatus.OPEN, ActionStatus.DONE)
    assert changed[("plan.update", "done_on")] == (None, TODAY)
    # Each kept value is tied to the audit entry of its save; none is left loose.
    with counsellor1.session() as db:
        loose = db.scalars(select(RecordRevision).where(RecordRevision.audit_seq.is_(None)))
        assert list(loose) == []


def test_a_save_that_changes_nothing_keeps_nothing(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    s = counselling.add_session(counsellor1, c.id, session_input())
    counselling.update_session(counsellor1, s.id, session_input(), based_on=s.version)
    with counsellor1.session() as db:
        assert db.execute(text("SELECT count(*) FROM record_revisions")).scalar() == 0
