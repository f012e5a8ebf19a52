"""Demo data a court clerk would not question (issue 9): hearings on court days, court stages in
their legal order and at the court each stage sits in, phases that agree with the documents
held. Checked over a whole synthetic caseload through the services, as the app reads it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from shelter_desk.demo.generator import create_demo
from shelter_desk.domain.courts import recognise
from shelter_desk.domain.judiciary import is_court_day, public_holidays
from shelter_desk.domain.vocabulary import (
    ClientStatus,
    DocumentStatus,
    HearingOutcome,
    HearingType,
    JudicialStage,
    Phase,
    ResidenceTrack,
)
from shelter_desk.services import clients, judicial, residence, setup
from shelter_desk.services.clock import today
from shelter_desk.services.workspace import Workspace
from tests.conftest import CHEAP_KDF

PW = "a believable demo 2026"
# Where each stage sits, from the court's name; the order is the law's.
RANK = {"council_chamber": 1, "correctional": 2, "appeal": 3}
KIND_SITS_AT = {HearingType.COUNCIL_CHAMBER: 1, HearingType.INTRODUCTORY: 2,
                HearingType.PLEADINGS: 2, HearingType.APPEAL: 3}
STAGE_RANK = {JudicialStage.INQUIRY: 0, JudicialStage.JUDICIAL_INVESTIGATION: 0,
              JudicialStage.COUNCIL_CHAMBER: 1, JudicialStage.FIRST_INSTANCE: 2,
              JudicialStage.APPEAL: 3, JudicialStage.FINAL: 3, JudicialStage.DISMISSED: 0}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    data = tmp_path_factory.mktemp("demo") / "data"
    create_demo(data, clients=250, password=PW, kdf=CHEAP_KDF, seed=9)
    ws = setup.login(Path(data), "director", PW, kdf=CHEAP_KDF)
    yield ws
    ws.close()


def _court_rank(court: str) -> int:
    recognised = recognise(court)
    assert recognised is not None, court  # every demo court is a real one
    return RANK[recognised.kind]


def test_belgian_public_holidays() -> None:
    assert public_holidays(2026) == frozenset({
        date(2026, 1, 1), date(2026, 4, 6), date(2026, 5, 1), date(2026, 5, 14),
        date(2026, 5, 25), date(2026, 7, 21), date(2026, 8, 15), date(2026, 11, 1),
        date(2026, 11, 11), date(2026, 12, 25)})
    assert not is_court_day(date(2026, 11, 11))  # Armistice, a Wednesday
    assert not is_court_day(date(2026, 11, 14))  # a Saturday
    assert is_court_day(date(2026, 11, 12))


def test_hearings_fall_on_court_days_in_the_laws_order(demo: Workspace) -> None:
    seen = 0
    for c in clients.list_clients(demo):
        cases = judicial.list_cases(demo, c.id)
        hearings = sorted(judicial.list_court_dates(demo, c.id), key=lambda h: h.on_date)
        for h in hearings:
            assert is_court_day(h.on_date), (c.case_code, h.on_date)
            where = KIND_SITS_AT.get(h.hearing_type)
            assert where is None or _court_rank(h.court) == where, (c.case_code, h)
        past = [h for h in hearings if h.outcome != HearingOutcome.SCHEDULED]
        ranks = [_court_rank(h.court) for h in past]
        assert ranks == sorted(ranks), (c.case_code, [(h.on_date, h.court) for h in past])
        for case in cases:
            if past:
                assert STAGE_RANK[case.stage] >= max(ranks), (c.case_code, case.stage)
            if case.stage == JudicialStage.DISMISSED:
                assert not hearings, c.case_code
        upcoming = [h for h in hearings if h.outcome == HearingOutcome.SCHEDULED]
        for h in upcoming:
            assert h.on_date >= today()
            assert not past or _court_rank(h.court) >= max(ranks), c.case_code
        seen += len(hearings)
    assert seen > 100  # the demo has court dates to show


def test_phases_agree_with_the_documents_held(demo: Workspace) -> None:
    day = today()
    for c in clients.list_clients(demo):
        docs = residence.list_documents(demo, c.id)
        issued = [d for d in docs if d.status == DocumentStatus.ISSUED]
        current = residence.current_document(docs, day)
        view = clients.file_details(demo, c.id)
        if view.residence_track != ResidenceTrack.THIRD_COUNTRY:
            assert not docs, (c.case_code, "EU and Belgian citizens hold none of these")
            continue
        if c.status == ClientStatus.INTAKE:
            assert not issued, (c.case_code, "an issued document before admission")
            assert c.phase == Phase.INTAKE
        elif c.status == ClientStatus.IN_PROGRAMME:
            pending = [d for d in docs if d.status == DocumentStatus.REQUESTED]
            assert current is not None or pending, (c.case_code, "in the programme unprotected")
            if current is not None:
                assert c.phase.value == {"annex_15": "reflection_period",
                                         "attestation_immatriculation": "attestation",
                                         "a_card": "a_card", "b_card": "b_card",
                                         "minor_document": "minor_document"}[
                    current.doc_type.value], c.case_code


def test_appointments_lie_ahead_in_office_hours_with_the_clients_counsellor(
        demo: Workspace) -> None:
    from shelter_desk.domain.vocabulary import AppointmentStatus, ClientStatus
    from shelter_desk.services import appointments

    day = today()
    found = appointments.between(demo, day, day + timedelta(days=30))
    assert found, "the demo plans no appointment"
    by_id = {c.id: c for c in clients.list_clients(demo)}
    for a in found:
        assert a.status == AppointmentStatus.PLANNED
        assert a.starts_at.date() >= day and a.starts_at.weekday() < 5
        assert 9 <= a.starts_at.hour <= 16
        client = by_id[a.client_id]
        assert client.status == ClientStatus.IN_PROGRAMME
        assert a.with_user == client.counsellor
