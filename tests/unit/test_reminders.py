"""Reminders staff act on (services/reminders.py): done with what was done, snoozed to a day
with why, handed to a colleague who works on the file, reopened; on both backends. Attacked:
a made-up reminder, one gone since it was shown, a hand-over to someone off the file, another
counsellor's client, a snooze into the past or the far future, a blank note."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from shelter_desk.domain.vocabulary import (
    ActionStatus,
    DeadlineKind,
    DocumentStatus,
    DocumentType,
    ReminderStep,
)
from shelter_desk.models.audit import AuditEntry
from shelter_desk.services import (
    access_grants,
    case_plan,
    clock,
    deadlines,
    history,
    reminders,
    residence,
)
from shelter_desk.services.changes import Kind
from shelter_desk.services.errors import NotFound, PermissionDenied, ValidationError
from shelter_desk.services.workspace import Workspace
from tests.builders import TODAY, new_client


def _staff(ws: Workspace, name: str) -> int:
    return next(uid for uid, shown in case_plan.owners(ws) if shown == name)


def _plan(ws: Workspace, client_id: int, days: int = 3) -> case_plan.PlanActionView:
    return case_plan.add_action(ws, client_id, case_plan.PlanActionInput(
        action="Call the lawyer about the hearing\nsecond line",
        agreed_on=TODAY - timedelta(days=60),
        owner_id=_staff(ws, "Counsellor One"), due_on=TODAY + timedelta(days=days)))


def _document(ws: Workspace, client_id: int) -> None:
    # An A card that expires in a month: the time to ask for its renewal has come.
    residence.add_document(ws, client_id, residence.DocumentInput(
        doc_type=DocumentType.A_CARD, status=DocumentStatus.ISSUED,
        requested_on=TODAY - timedelta(days=160), issued_on=TODAY - timedelta(days=150),
        expires_on=TODAY + timedelta(days=30)))


def _find(ws: Workspace, client_id: int, kind: DeadlineKind) -> reminders.Reminder:
    return next(r for r in reminders.load(ws).items
                if r.deadline.client_id == client_id and r.deadline.kind == kind)


def _shown(ws: Workspace, today: date | None = None) -> list[deadlines.Deadline]:
    loaded = reminders.load(ws, today=today)
    return [r.deadline for r in loaded.items if not r.handled(loaded.today)]


def test_done_with_what_was_done_takes_it_off_and_keeps_the_note(
        counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    _document(counsellor1, c.id)
    item = _find(counsellor1, c.id, DeadlineKind.DOCUMENT_RENEWAL)
    assert item.state is None and item.responsible_id == _staff(counsellor1, "Counsellor One")
    with pytest.raises(ValidationError):
        reminders.mark_done(counsellor1, item.deadline, "   ")
    state = reminders.mark_done(counsellor1, item.deadline, "Renewal asked at the commune")
    assert state.step == ReminderStep.DONE and state.note == "Renewal asked at the commune"
    assert state.by == "Counsellor One"
    assert state.changes.client_id == c.id and state.changes.touches(Kind.REMINDERS)
    assert state.changes.status  # the client's next deadline may have moved
    assert item.deadline not in _shown(counsellor1)
    again = _find(counsellor1, c.id, DeadlineKind.DOCUMENT_RENEWAL)  # still listed, as done
    assert again.handled(TODAY) and again.state == state
    reopened = reminders.reopen(counsellor1, item.deadline)
    assert reopened.step == ReminderStep.REOPENED and item.deadline in _shown(counsellor1)


def test_done_on_an_agreed_action_marks_the_action_done(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    action = _plan(counsellor1, c.id)
    item = _find(counsellor1, c.id, DeadlineKind.PLAN_ACTION)
    reminders.mark_done(counsellor1, item.deadline, "Lawyer called")
    [kept] = case_plan.list_actions(counsellor1, c.id)
    assert kept.status == ActionStatus.DONE and kept.done_on == TODAY
    assert kept.version == (action.version or 0) + 1
    assert not [r for r in reminders.load(counsellor1).items
                if r.deadline.client_id == c.id and r.deadline.kind == DeadlineKind.PLAN_ACTION]
    # done twice (a second window still showing it): refused, nothing written
    with pytest.raises(NotFound):
        reminders.mark_done(counsellor1, item.deadline, "Lawyer called again")


def test_snooze_hides_it_until_the_day_and_says_why(
        counsellor1: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    c = new_client(counsellor1)
    _plan(counsellor1, c.id, days=-2)  # overdue
    item = _find(counsellor1, c.id, DeadlineKind.PLAN_ACTION)
    for bad in (TODAY, TODAY - timedelta(days=1), TODAY + timedelta(days=400)):
        with pytest.raises(ValidationError) as caught:
            reminders.snooze(counsellor1, item.deadline, bad, "Lawyer on holiday")
        assert caught.value.field == "snoozed_until"
    with pytest.raises(ValidationError):
        reminders.snooze(counsellor1, item.deadline, TODAY + timedelta(days=7), "")
    until = TODAY + timedelta(days=7)
    state = reminders.snooze(counsellor1, item.deadline, until, "Lawyer on holiday")
    assert state.snoozed_until == until and state.note == "Lawyer on holiday"
    assert item.deadline not in _shown(counsellor1)
    assert item.deadline not in _shown(counsellor1, until - timedelta(days=1))
    # on the day itself it is back, still overdue since its own day
    monkeypatch.setattr(clock, "today", lambda: until)
    assert item.deadline in _shown(counsellor1, until)


def test_hand_over_to_a_colleague_on_the_file_only(
        director: Workspace, counsellor1: Workspace, counsellor2: Workspace) -> None:

    c = new_client(counsellor1)
    _document(counsellor1, c.id)
    item = _find(counsellor1, c.id, DeadlineKind.DOCUMENT_RENEWAL)
    two = _staff(counsellor1, "Counsellor Two")
    names = [n for _, n in reminders.colleagues(counsellor1, c.id)]
    assert "Counsellor One" in names and "Counsellor Two" not in names  # not on the file
    assert any("Director" in n for n in names)
    with pytest.raises(ValidationError) as caught:
        reminders.assign(counsellor1, item.deadline, two)
    assert caught.value.field == "assignee"
    for nonsense in (True, "2", None, 999999):
        with pytest.raises(ValidationError):
            reminders.assign(counsellor1, item.deadline, nonsense)  # type: ignore[arg-type]
    access_grants.grant(director, c.id, "counsellor2", "covers during leave")
    state = reminders.assign(counsellor1, item.deadline, two, "You see her on Monday")
    assert state.assignee_id == two and state.assignee == "Counsellor Two"
    assert state.step is None  # handed over, still to do
    mine = _find(counsellor2, c.id, DeadlineKind.DOCUMENT_RENEWAL)
    assert mine.responsible_id == two and not mine.handled(TODAY)
    # done by the colleague: the hand-over stays on record
    done = reminders.mark_done(counsellor2, item.deadline, "Asked for the renewal")
    assert done.step == ReminderStep.DONE and done.assignee == "Counsellor Two"
    steps = reminders.history(counsellor1, item.deadline)
    assert [(s.step, by, to) for s, by, to in steps] == [
        (ReminderStep.ASSIGNED, "Counsellor One", "Counsellor Two"),
        (ReminderStep.DONE, "Counsellor Two", "")]


def test_another_counsellors_client_is_refused_and_audited(
        counsellor1: Workspace, counsellor2: Workspace) -> None:
    c = new_client(counsellor1)
    _plan(counsellor1, c.id)
    item = _find(counsellor1, c.id, DeadlineKind.PLAN_ACTION)
    for act in (lambda: reminders.mark_done(counsellor2, item.deadline, "x"),
                lambda: reminders.reopen(counsellor2, item.deadline),
                lambda: reminders.colleagues(counsellor2, c.id)):
        with pytest.raises(PermissionDenied):
            act()
    assert item.deadline not in _shown(counsellor2)


def test_a_made_up_or_moved_reminder_is_refused(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    action = _plan(counsellor1, c.id)
    item = _find(counsellor1, c.id, DeadlineKind.PLAN_ACTION).deadline
    forged: list[deadlines.Deadline] = [
        deadlines.Deadline(item.due + timedelta(days=1), item.kind, c.id, c.case_code,
                           item.subject, item.rule, item.until, item.record),
        deadlines.Deadline(item.due, DeadlineKind.COURT_DATE, c.id, c.case_code, (), "",
                           item.until, None),
    ]
    for d in forged:
        with pytest.raises(NotFound):
            reminders.snooze(counsellor1, d, TODAY + timedelta(days=3), "why")
    # the action's day moved since the list was shown: the old reminder is gone
    case_plan.update_action(counsellor1, action.id, case_plan.PlanActionInput(
        action=action.action, agreed_on=action.agreed_on, owner_id=action.owner_id,
        due_on=action.due_on + timedelta(days=10)), based_on=action.version)
    with pytest.raises(NotFound):
        reminders.mark_done(counsellor1, item, "done")


def test_steps_are_append_only_audited_and_in_the_history(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    _document(counsellor1, c.id)
    item = _find(counsellor1, c.id, DeadlineKind.DOCUMENT_RENEWAL).deadline
    until = TODAY + timedelta(days=5)
    reminders.snooze(counsellor1, item, until, "REMINDER-SENTINEL waiting for the passport")
    with counsellor1.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "reminder.snooze")).one()
        assert entry.client_code == c.case_code and entry.target.startswith("reminder_actions#")
        assert "SENTINEL" not in str(vars(entry))  # the reason stays in the file
    line = next(h for h in history.client_history(counsellor1, c.id)
                if h.action == "reminder.snooze")
    assert line.reason == "REMINDER-SENTINEL waiting for the passport"
    assert line.record is not None and line.record.kind == "reminder"
    assert line.record.label == DeadlineKind.DOCUMENT_RENEWAL and line.record.on == item.due
    assert [(ch.field, ch.after) for ch in line.changes] == [("snoozed_until", until)]
    for statement in ("UPDATE reminder_actions SET note = NULL",
                      "DELETE FROM reminder_actions"):
        with pytest.raises(Exception, match=r"append-only|may not make it"), \
                counsellor1.session() as s:
            s.execute(text(statement))


def test_the_director_sees_whose_each_reminder_is(
        director: Workspace, counsellor1: Workspace, counsellor2: Workspace) -> None:
    one, two = new_client(counsellor1), new_client(counsellor2)
    _plan(counsellor1, one.id)
    _document(counsellor2, two.id)
    loaded = reminders.load(director)
    whose: Callable[[int], set[str]] = lambda cid: {  # noqa: E731
        loaded.staff[r.responsible_id] for r in loaded.items
        if r.deadline.client_id == cid and r.responsible_id}
    assert whose(one.id) == {"Counsellor One"} and whose(two.id) == {"Counsellor Two"}


def test_the_client_list_agrees_with_the_dashboard(
        counsellor1: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    from shelter_desk.services import clients

    c = new_client(counsellor1)
    _plan(counsellor1, c.id, days=-30)

    def nxt() -> deadlines.Deadline | None:
        [row] = [r for r in clients.list_clients(counsellor1) if r.id == c.id]
        return row.next_deadline

    first = nxt()
    assert first is not None and first.due < TODAY  # overdue: it also counts for the filter
    until = TODAY + timedelta(days=3)
    reminders.snooze(counsellor1, first, until, "Waiting for the lawyer")
    later = nxt()
    assert later is None or reminders.key_of(later) != reminders.key_of(first)
    monkeypatch.setattr(clock, "today", lambda: until)  # the day it comes back
    back = nxt()
    assert back is not None and reminders.key_of(back) == reminders.key_of(first)
    reminders.mark_done(counsellor1, back, "Lawyer answered")
    gone = nxt()
    assert gone is None or reminders.key_of(gone) != reminders.key_of(first)


def test_a_whole_caseload_is_read_in_one_pass_with_the_same_answers(
        director: Workspace, counsellor1: Workspace, counsellor2: Workspace,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Past a few hundred clients the dashboard reads every reminder step, counsellor and name
    in one pass instead of lists of ids; the answers are the same, and no more is shown."""
    from shelter_desk.models.intake import Exploitation
    from shelter_desk.services import clients

    one, two = new_client(counsellor1), new_client(counsellor2)
    new_client(counsellor1)  # a third, whose name nobody asks for
    _plan(counsellor1, one.id, days=-2)
    _document(counsellor1, one.id)
    _document(counsellor2, two.id)
    snoozed = _find(counsellor1, one.id, DeadlineKind.PLAN_ACTION)
    reminders.snooze(counsellor1, snoozed.deadline, TODAY + timedelta(days=5), "Lawyer away")
    handed = _find(director, two.id, DeadlineKind.DOCUMENT_RENEWAL)
    reminders.assign(director, handed.deadline, _staff(director, "Counsellor Two"), "yours")

    def read(ws: Workspace) -> tuple[reminders.Reminders, dict[int, str]]:
        loaded = reminders.load(ws)
        return loaded, clients.names(ws, [one.id, two.id])

    by_id = {ws.actor.username: read(ws) for ws in (director, counsellor1)}
    monkeypatch.setattr(reminders, "_BY_ID_LIMIT", 0)
    monkeypatch.setattr(clients, "NAMES_BY_ID", 0)
    for ws in (director, counsellor1):
        loaded, names = read(ws)
        assert (loaded, names) == by_id[ws.actor.username]
        states = {r.deadline.client_id: r.state for r in loaded.items if r.state}
        if ws is director:
            assert set(names) == {one.id, two.id}
            assert states[two.id] is not None and states[two.id].assignee == "Counsellor Two"
        else:
            assert set(names) == {one.id}  # another counsellor's client stays out of reach
            assert two.id not in {r.deadline.client_id for r in loaded.items}
        assert states[one.id] is not None and states[one.id].note == "Lawyer away"
    # The charts' forms of exploitation, counted per distinct list, as the records say.
    with director.session() as s:
        rows = s.scalars(select(Exploitation.forms)).all()
    expected: dict[str, int] = {}
    for forms in rows:
        for f in forms:
            expected[f] = expected.get(f, 0) + 1
    assert clients.caseload(director)["form"] == expected
