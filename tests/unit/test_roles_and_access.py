"""Who sees which client file, enforced in the services; every denial audited."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from shelter_desk.models.audit import AuditEntry
from shelter_desk.services import (
    access_grants,
    clients,
    clock,
    consent,
    counselling,
    deadlines,
    goals,
    judicial,
)
from shelter_desk.services.errors import PermissionDenied, ValidationError
from shelter_desk.services.workspace import Workspace
from tests.builders import TODAY, new_client, session_input


def _denials(ws: Workspace) -> list[tuple[str, str | None, str | None]]:
    with ws.session() as s:
        return [
            tuple(r)
            for r in s.execute(  # through the model: the reason is sealed on a server
                select(AuditEntry.actor, AuditEntry.client_code, AuditEntry.reason)
                .where(AuditEntry.action == "denied").order_by(AuditEntry.seq))
        ]


def test_a_counsellor_sees_only_their_clients(
    counsellor1: Workspace, counsellor2: Workspace
) -> None:
    mine = new_client(counsellor1)
    theirs = new_client(
        counsellor2, first_names="Blessing", last_name="Okafor", nationality="NG", languages=["en"]
    )
    assert [c.id for c in clients.list_clients(counsellor1)] == [mine.id]
    assert [c.id for c in clients.list_clients(counsellor2)] == [theirs.id]
    for attempt in (
        lambda: clients.open_client_file(counsellor1, theirs.id),
        lambda: counselling.add_session(counsellor1, theirs.id, session_input()),
        lambda: counselling.list_sessions(counsellor1, theirs.id),
        lambda: consent.current_state(counsellor1, theirs.id),
        lambda: goals.list_goals(counsellor1, theirs.id),
        lambda: judicial.list_court_dates(counsellor1, theirs.id),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    denials = _denials(counsellor1)
    assert len(denials) == 6
    assert {d[0] for d in denials} == {"counsellor1"}
    assert {d[1] for d in denials} == {theirs.case_code}
    assert deadlines.upcoming(counsellor1, client_id=theirs.id) == []


def test_the_director_sees_everyone_and_can_grant_access(
    director: Workspace, counsellor1: Workspace, counsellor2: Workspace
) -> None:
    theirs = new_client(counsellor2)
    assert [c.id for c in clients.list_clients(director)] == [theirs.id]
    access_grants.grant(director, theirs.id, "counsellor1", "Holiday cover (synthetic)")
    assert [c.id for c in clients.list_clients(counsellor1)] == [theirs.id]
    counselling.add_session(counsellor1, theirs.id, session_input())
    assert clients.open_client_file(director, theirs.id).access_granted_to == ("counsellor1",)
    access_grants.revoke(director, theirs.id, "counsellor1")
    assert clients.list_clients(counsellor1) == []


def test_only_a_director_grants_access_or_reassigns(
    counsellor1: Workspace, counsellor2: Workspace
) -> None:
    mine = new_client(counsellor1)
    with pytest.raises(PermissionDenied):
        access_grants.grant(counsellor1, mine.id, "counsellor2", None)
    from tests.builders import client_input

    with pytest.raises(PermissionDenied):
        clients.update_client(counsellor1, mine.id, client_input(counsellor="counsellor2"))
    assert [d[2] for d in _denials(counsellor1)] == ["access.grant", "client.assign"]


def test_a_director_reassigns_a_client(
    director: Workspace, counsellor1: Workspace, counsellor2: Workspace
) -> None:
    from tests.builders import client_input

    c = new_client(counsellor1)
    clients.update_client(director, c.id, client_input(counsellor="counsellor2"))
    assert clients.list_clients(counsellor1) == []
    assert [x.id for x in clients.list_clients(counsellor2)] == [c.id]


def test_an_administrator_sees_no_client_files(
    admin_only: Workspace, counsellor1: Workspace
) -> None:
    c = new_client(counsellor1)
    for attempt in (
        lambda: clients.list_clients(admin_only),
        lambda: clients.open_client_file(admin_only, c.id),
        lambda: deadlines.upcoming(admin_only),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    assert len(_denials(counsellor1)) == 3


def test_a_file_opened_for_a_period_closes_by_itself_after_its_last_day(
    director: Workspace, counsellor1: Workspace, counsellor2: Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    theirs = new_client(counsellor2)
    last = TODAY + timedelta(days=13)
    g = access_grants.grant(director, theirs.id, "counsellor1", "Leave cover (synthetic)", last)
    assert (g.username, g.until, g.reason) == ("counsellor1", last, "Leave cover (synthetic)")
    assert [x.username for x in access_grants.grants(director, theirs.id)] == ["counsellor1"]
    monkeypatch.setattr(clock, "today", lambda: last)
    assert [c.id for c in clients.list_clients(counsellor1)] == [theirs.id]  # its last day
    monkeypatch.setattr(clock, "today", lambda: last + timedelta(days=1))
    assert clients.list_clients(counsellor1) == []
    with pytest.raises(PermissionDenied):
        counselling.add_session(counsellor1, theirs.id, session_input())
    assert access_grants.grants(director, theirs.id) == []
    assert clients.open_client_file(director, theirs.id).access_granted_to == ()


def test_a_grant_names_a_colleague_and_a_day_to_come(
    director: Workspace, counsellor1: Workspace, counsellor2: Workspace,
) -> None:
    theirs = new_client(counsellor2)
    for who, until, field in (("counsellor2", None, "counsellor"),  # already theirs
                              ("director", None, "counsellor"),  # not a counsellor
                              ("nobody", None, "counsellor"),
                              ("counsellor1", TODAY - timedelta(days=1), "until"),
                              ("counsellor1", TODAY + timedelta(days=400), "until")):
        with pytest.raises(ValidationError) as e:
            access_grants.grant(director, theirs.id, who, None, until)
        assert e.value.field == field, (who, until)
    assert access_grants.grants(director, theirs.id) == []
    # A new period replaces the one in force: one line per colleague, the latest period.
    access_grants.grant(director, theirs.id, "counsellor1", None, TODAY)
    access_grants.grant(director, theirs.id, "counsellor1", "longer", TODAY + timedelta(days=30))
    [g] = access_grants.grants(director, theirs.id)
    assert (g.until, g.reason) == (TODAY + timedelta(days=30), "longer")
    with director.session() as s:
        steps = s.execute(select(AuditEntry.action, AuditEntry.target)
                          .where(AuditEntry.action.like("access.%"))
                          .order_by(AuditEntry.seq)).all()
    assert [tuple(x) for x in steps] == [("access.grant", "counsellor1")] * 2
    access_grants.revoke(director, theirs.id, "counsellor1")
    assert access_grants.grants(director, theirs.id) == []
    with pytest.raises(PermissionDenied):
        access_grants.grants(counsellor2, theirs.id)
