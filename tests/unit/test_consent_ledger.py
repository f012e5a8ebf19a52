"""Consent: dated events per purpose, state derived from the ledger, and the gate."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from shelter_desk.domain.vocabulary import ConsentEventKind, ConsentForm, ConsentPurpose
from shelter_desk.models.audit import AuditEntry
from shelter_desk.models.clients import Client
from shelter_desk.services import consent, reporting
from shelter_desk.services.errors import ConsentMissing, ValidationError
from shelter_desk.services.workspace import Workspace
from tests.builders import AGO, TODAY, consent_input, new_client

PROSECUTOR = ConsentPurpose.SHARE_PROSECUTOR


def test_state_is_derived_from_grants_and_withdrawals(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    state = consent.current_state(counsellor1, c.id)
    assert state[ConsentPurpose.PROGRAMME_SUPPORT].granted
    assert not state[PROSECUTOR].granted and state[PROSECUTOR].since is None
    consent.record(counsellor1, c.id, consent_input(PROSECUTOR))
    assert consent.current_state(counsellor1, c.id)[PROSECUTOR].granted
    consent.record(
        counsellor1, c.id, consent_input(PROSECUTOR, ConsentEventKind.WITHDRAWAL, given_on=TODAY)
    )
    state = consent.current_state(counsellor1, c.id)[PROSECUTOR]
    assert not state.granted and state.since == TODAY
    assert [e.kind for e in consent.ledger(counsellor1, c.id) if e.purpose == PROSECUTOR] == [
        ConsentEventKind.GRANT,
        ConsentEventKind.WITHDRAWAL,
    ]


def _gate(ws: Workspace, client_id: int, purpose: ConsentPurpose) -> None:
    """The gate reports and case files pass (services/reporting.py)."""
    with ws.session() as s:
        client = s.get(Client, client_id)
        assert client is not None
        consent.check_consent(s, client, purpose)


def test_withdrawal_blocks_the_report_and_the_refusal_is_audited(
    counsellor1: Workspace, director: Workspace,
) -> None:
    c = new_client(counsellor1)
    consent.record(counsellor1, c.id, consent_input(PROSECUTOR))
    reporting.report_data(director, c.id, "en", identity="include")  # granted: passes
    consent.record(
        counsellor1,
        c.id,
        consent_input(PROSECUTOR, ConsentEventKind.WITHDRAWAL, given_on=TODAY - timedelta(days=1)),
    )
    with pytest.raises(ConsentMissing) as exc:
        reporting.report_data(director, c.id, "en", identity="include")
    assert exc.value.withdrawn_on == (TODAY - timedelta(days=1)).isoformat()
    assert c.case_code in str(exc.value) and "withdrawn" in str(exc.value)
    with director.session() as s:
        row = s.execute(  # through the model: the reason is sealed on a server
            select(AuditEntry.action, AuditEntry.client_code, AuditEntry.reason)
            .order_by(AuditEntry.seq.desc()).limit(1)).one()
    assert tuple(row) == ("denied", c.case_code, f"report: no consent for {PROSECUTOR.label}")


def test_never_given_consent_is_refused_with_its_reason(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    with pytest.raises(ConsentMissing, match="never given"):
        _gate(counsellor1, c.id, ConsentPurpose.SHARE_IMMIGRATION_OFFICE)


def test_a_later_grant_restores_consent(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    consent.record(counsellor1, c.id, consent_input(PROSECUTOR, given_on=AGO))
    consent.record(
        counsellor1,
        c.id,
        consent_input(PROSECUTOR, ConsentEventKind.WITHDRAWAL, given_on=AGO + timedelta(days=10)),
    )
    consent.record(counsellor1, c.id, consent_input(PROSECUTOR, given_on=TODAY))
    _gate(counsellor1, c.id, PROSECUTOR)


def test_withdrawing_what_was_never_granted_is_refused(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    with pytest.raises(ValidationError) as e:
        consent.record(
            counsellor1,
            c.id,
            consent_input(ConsentPurpose.SHARE_POLICE, ConsentEventKind.WITHDRAWAL),
        )
    assert e.value.field == "kind"


def test_oral_consent_needs_a_witness(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    with pytest.raises(ValidationError) as e:
        consent.record(counsellor1, c.id, consent_input(form=ConsentForm.ORAL_WITH_WITNESS))
    assert e.value.field == "witness"
    ok = consent.record(
        counsellor1,
        c.id,
        consent_input(form=ConsentForm.ORAL_WITH_WITNESS, witness="Colleague M. (synthetic)"),
    )
    assert ok.witness == "Colleague M. (synthetic)"


def test_the_ledger_cannot_be_edited_in_place(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    # SQLCipher's trigger says so; on a server, staff hold no UPDATE on the ledger at all.
    with pytest.raises(Exception, match=r"append-only|server refused"), \
            counsellor1.store.connection() as conn:
        conn.exec_driver_sql(f"UPDATE consent_events SET kind='withdrawal' WHERE client_id={c.id}")


def test_same_day_events_are_ordered_as_recorded(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    consent.record(counsellor1, c.id, consent_input(PROSECUTOR, given_on=TODAY))
    consent.record(
        counsellor1, c.id, consent_input(PROSECUTOR, ConsentEventKind.WITHDRAWAL, given_on=TODAY)
    )
    assert not consent.current_state(counsellor1, c.id)[PROSECUTOR].granted
