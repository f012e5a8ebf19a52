"""Writes say what changed (services/changes.py): the change set a write returns, and the kinds
of record that move a client's status kept in step with services/status.py."""

from __future__ import annotations

from shelter_desk.domain.vocabulary import ConsentPurpose
from shelter_desk.models.case_plan import PlanAction
from shelter_desk.models.corrections import RecordVoid
from shelter_desk.models.followup import ConditionCheck, ConsentEvent
from shelter_desk.models.justice import JudicialCase, ResidenceDocument
from shelter_desk.models.reminders import ReminderAction
from shelter_desk.services import clients, consent, counselling, overview, status, voiding
from shelter_desk.services.changes import (
    ALL_CLIENTS,
    STATUS_KINDS,
    VOIDED_KIND,
    Changes,
    Kind,
    voided,
)
from shelter_desk.services.workspace import Workspace
from tests.builders import client_input, consent_input, new_client, session_input

# The records services/status.py watches, as kinds of change (a void is of any kind).
WATCHED = {ResidenceDocument: Kind.DOCUMENTS, JudicialCase: Kind.JUDICIAL,
           ConditionCheck: Kind.CONDITIONS, ConsentEvent: Kind.CONSENT, PlanAction: Kind.PLAN,
           ReminderAction: Kind.REMINDERS, RecordVoid: None}


def test_the_kinds_that_move_status_are_those_status_watches() -> None:
    assert set(status._BY_CLIENT) == set(WATCHED), "a record status.py watches has no kind"
    # The client row and court dates are watched outside _BY_CLIENT.
    watched = {k for k in WATCHED.values() if k is not None} | {Kind.CLIENT, Kind.JUDICIAL}
    assert watched == STATUS_KINDS


def test_every_voidable_kind_has_a_change_kind() -> None:
    assert set(VOIDED_KIND) == set(voiding.KINDS)
    assert voided(3, "session") == Changes.of(3, Kind.SESSIONS)
    assert voided(3, "consent").status


def test_a_write_returns_what_it_changed(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    saved = counselling.add_session(counsellor1, c.id, session_input())
    assert saved.changes == Changes(c.id, frozenset({Kind.SESSIONS}), status=False)
    granted = consent.record(counsellor1, c.id, consent_input(ConsentPurpose.SHARE_POLICE))
    assert granted.changes == Changes(c.id, frozenset({Kind.CONSENT}), status=True)
    updated = clients.update_client(counsellor1, c.id, client_input(first_names="Ana"))
    assert updated.changes == Changes.of(c.id, Kind.CLIENT) and updated.changes.status
    assert not saved.changes.concerns(c.id + 1)
    assert (saved.changes | granted.changes) == Changes(
        c.id, frozenset({Kind.SESSIONS, Kind.CONSENT}), status=True)
    assert Changes.anything().concerns(c.id) and Changes.anything().client_id == ALL_CLIENTS
    referral = clients.file_details(counsellor1, c.id).referrals[0]
    assert referral.changes == Changes.of(c.id, Kind.CLIENT)


def test_the_overview_is_one_transaction_with_everything(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    counselling.add_session(counsellor1, c.id, session_input())
    consent.record(counsellor1, c.id, consent_input(ConsentPurpose.SHARE_POLICE))
    opened: list[int] = []
    real = counsellor1.session

    def counted():  # type: ignore[no-untyped-def]
        opened.append(1)
        return real()

    counsellor1.session = counted  # type: ignore[method-assign]
    try:
        found = overview.load(counsellor1, c.id)
    finally:
        counsellor1.session = real  # type: ignore[method-assign]
    assert len(opened) == 1
    assert found.sessions == counselling.tally(counsellor1, c.id)
    assert found.sessions.count == 1
    assert ConsentPurpose.SHARE_POLICE in [e.purpose for e in found.consent]
    assert found.file.summary.id == c.id
    assert found.counsellors is None  # a counsellor assigns no one
