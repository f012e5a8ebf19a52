"""The phase and deadlines kept per client (services/status.py) say what the rules say: over a
whole synthetic caseload on many days, after every kind of change, and after an upgrade."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from shelter_desk import demo
from shelter_desk.domain import residence as document_rules
from shelter_desk.domain.vocabulary import (
    ClientStatus,
    Condition,
    ConditionStatus,
    ConsentPurpose,
    DeadlineKind,
    DocumentStatus,
    DocumentType,
    HearingType,
    JudicialOffice,
    JudicialStage,
    Phase,
)
from shelter_desk.models.justice import ResidenceDocument
from shelter_desk.models.status import ClientDeadline, ClientState
from shelter_desk.services import (
    clients,
    clock,
    conditions,
    consent,
    deadlines,
    judicial,
    residence,
    status,
)
from shelter_desk.services.workspace import Workspace
from tests.builders import TODAY, consent_input, new_client

HORIZON = status.NEXT_HORIZON.days


def _pure(ws: Workspace, day: date) -> dict[int, tuple[Phase, deadlines.Deadline | None,
                                                      list[deadlines.Deadline]]]:
    """What the rules say on `day`, computed from the records alone."""
    with ws.session() as session:
        facts = deadlines.load_facts(session, ws)
    out = {}
    for cid, f in facts.items():
        items = deadlines.all_deadlines(f, day)
        pending = deadlines.needing_attention(items, day, HORIZON)
        doc = document_rules.in_force(f.documents, day)
        phase = document_rules.phase_of(f.status, doc.doc_type if doc else None)
        out[cid] = (phase, pending[0] if pending else None, items)
    return out


@pytest.fixture
def day(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[date]]:
    """The program's today, as the test moves it."""
    today = [clock.today()]
    monkeypatch.setattr(clock, "today", lambda: today[0])
    yield today


@pytest.mark.slow
def test_kept_rows_say_what_the_rules_say_over_a_whole_caseload_on_many_days(
    director: Workspace, day: list[date],
) -> None:
    demo.populate(director, 120, seed=7)
    start = day[0]
    # Forward, far forward, back again (a clock put right), across the night clocks change.
    for offset in (0, 1, 45, 200, 400, 1500, -30, 0, 3):
        day[0] = start + timedelta(days=offset)
        pure = _pure(director, day[0])
        listed = {c.id: c for c in clients.list_clients(director)}
        active = {cid: c for cid, c in listed.items() if c.status != ClientStatus.CLOSED}
        assert set(pure) == {cid for cid, c in active.items()}
        for cid, (phase, nxt, _) in pure.items():
            assert (listed[cid].phase, listed[cid].next_deadline) == (phase, nxt), cid
        for c in listed.values():
            if c.status == ClientStatus.CLOSED:
                assert (c.phase, c.next_deadline) == (Phase.CLOSED, None)
        for horizon in (0, 14, 90):
            expected = deadlines.needing_attention(
                (d for _, _, items in pure.values() for d in items), day[0], horizon)
            assert deadlines.upcoming(director, horizon_days=horizon) == expected
        phases = Counter(p.value for p, _, _ in pure.values())
        assert clients.caseload(director)["phase"] == dict(phases)


def test_every_kind_of_change_is_kept_in_its_own_transaction(
    counsellor1: Workspace, director: Workspace,
) -> None:
    c = new_client(counsellor1)  # admitted at intake
    assert _listed(director, c.id).phase == Phase.IN_PROGRAMME
    assert _listed(director, c.id).next_deadline is not None

    residence.add_document(counsellor1, c.id, residence.DocumentInput(
        DocumentType.ANNEX_15, DocumentStatus.ISSUED, issued_on=TODAY - timedelta(days=3)))
    row = _listed(director, c.id)
    assert row.phase == Phase.REFLECTION_PERIOD

    case = judicial.open_case(counsellor1, c.id, judicial.CaseInput(
        JudicialOffice.LABOUR_AUDITOR, "Gent", JudicialStage.FIRST_INSTANCE,
        TODAY - timedelta(days=30)))
    hearing_day = TODAY + timedelta(days=2)
    judicial.add_court_date(counsellor1, case.id, judicial.CourtDateInput(
        "Arbeidsrechtbank Gent", hearing_day, HearingType.PLEADINGS))
    assert (DeadlineKind.COURT_DATE, hearing_day) in {
        (d.kind, d.due) for d in deadlines.upcoming(director, client_id=c.id)}

    conditions.record_check(counsellor1, c.id, conditions.CheckInput(
        Condition.NO_CONTACT, TODAY, ConditionStatus.BREACH, evidence="seen with the recruiter",
        assessment="contact resumed"))
    assert any(d.kind == DeadlineKind.BREACH_TO_NOTIFY
               for d in deadlines.upcoming(director, client_id=c.id))

    consent.record(counsellor1, c.id, consent_input(ConsentPurpose.SHARE_POLICE,
                                                    given_on=TODAY - timedelta(days=364)))
    assert any(d.kind == DeadlineKind.CONSENT_REVIEW
               for d in deadlines.upcoming(director, client_id=c.id))

    clients.end_programme(counsellor1, c.id, clients.EndInput(TODAY, "autonomy"))
    row = _listed(director, c.id)
    assert (row.phase, row.next_deadline) == (Phase.CLOSED, None)
    assert deadlines.upcoming(director, client_id=c.id) == []


def test_a_change_rolled_back_leaves_the_kept_rows_as_they_were(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    before = _kept(counsellor1, c.id)
    with pytest.raises(RuntimeError), counsellor1.session() as session:
        session.add(ResidenceDocument(client_id=c.id, doc_type=DocumentType.B_CARD,
                                      status=DocumentStatus.ISSUED,
                                      issued_on=TODAY - timedelta(days=1)))
        status.settle(session)  # the kept rows are rebuilt inside the transaction...
        assert _phase_in(session, c.id) == Phase.B_CARD.value
        raise RuntimeError("...which then fails")
    assert _kept(counsellor1, c.id) == before


def test_a_database_without_kept_rows_fills_them_on_the_first_read(
    counsellor1: Workspace, director: Workspace,
) -> None:
    c = new_client(counsellor1)
    expected = _listed(director, c.id)
    with director.session() as session:  # as after the upgrade to schema 0008
        session.execute(delete(ClientDeadline))
        session.execute(delete(ClientState))
    assert _kept(director, c.id) == ([], [])
    assert _listed(director, c.id) == expected
    assert _kept(director, c.id)[0]


def test_a_change_made_in_another_workspace_is_read_at_once(
    counsellor1: Workspace, director: Workspace,
) -> None:
    """Two logins on the same installation (two desks, or two programs on one)."""
    c = new_client(counsellor1)
    assert _listed(director, c.id).phase == Phase.IN_PROGRAMME
    residence.add_document(counsellor1, c.id, residence.DocumentInput(
        DocumentType.A_CARD, DocumentStatus.ISSUED, issued_on=TODAY - timedelta(days=1)))
    assert _listed(director, c.id).phase == Phase.A_CARD


def _listed(ws: Workspace, client_id: int) -> clients.ClientSummary:
    return next(c for c in clients.list_clients(ws) if c.id == client_id)


def _phase_in(session: Session, client_id: int) -> str | None:
    return session.scalar(select(ClientState.phase).where(ClientState.client_id == client_id))


def _kept(ws: Workspace, client_id: int) -> tuple[list[tuple[object, ...]], list[object]]:
    with ws.session() as session:
        state = [tuple(r) for r in session.execute(
            select(ClientState.phase, ClientState.next_due, ClientState.next_kind)
            .where(ClientState.client_id == client_id))]
        rows = sorted(session.execute(
            select(ClientDeadline.due, ClientDeadline.kind)
            .where(ClientDeadline.client_id == client_id)).all())
    return state, rows


def test_a_test_on_the_server_is_marked_slow(backend: str, request: pytest.FixtureRequest) -> None:
    """`make unit` leaves out what needs a PostgreSQL cluster (tests/conftest.py marks it)."""
    assert (request.node.get_closest_marker("slow") is not None) == (backend == "postgresql")
