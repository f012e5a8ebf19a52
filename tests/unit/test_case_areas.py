"""Every area of domain.md's "What is recorded": create, edit, list and (where it makes sense)
end, through the services."""

from __future__ import annotations

from dataclasses import replace
from datetime import time, timedelta

import pytest
from sqlalchemy import select, text

from shelter_desk.domain.rules import add_months
from shelter_desk.domain.vocabulary import (
    ClientStatus,
    Condition,
    ConditionStatus,
    DocumentStatus,
    DocumentType,
    EndReason,
    ExploitationForm,
    GoalDomain,
    GoalStatus,
    HearingOutcome,
    HearingType,
    JudicialOffice,
    JudicialStage,
    NotificationReason,
    NotificationRecipient,
    Phase,
    ReferralOutcome,
    ResidenceTrack,
    Sector,
    Standing,
)
from shelter_desk.models.audit import AuditEntry
from shelter_desk.services import (
    clients,
    conditions,
    counselling,
    goals,
    judicial,
    notifications,
    residence,
)
from shelter_desk.services.errors import ValidationError
from shelter_desk.services.workspace import Workspace
from tests.builders import (
    AGO,
    TODAY,
    client_input,
    exploitation_input,
    new_client,
    referral_input,
    session_input,
)


def _audit_actions(ws: Workspace) -> list[str]:
    with ws.session() as s:
        return list(s.execute(text("SELECT action FROM audit_log ORDER BY seq")).scalars())


# -- client, referral, exploitation, programme ------------------------------------------------
def test_intake_creates_client_referral_exploitation_and_consent(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    assert c.case_code == f"PAY-{AGO.year}-0001"
    assert c.status == ClientStatus.IN_PROGRAMME and c.counsellor == "Counsellor One"
    f = clients.open_client_file(counsellor1, c.id)
    assert f.aliases == ("Lena", "Елена Стэнеску")
    assert f.languages == ("ro", "fr")
    assert f.referrals[0].outcome == ReferralOutcome.ADMITTED
    assert f.exploitations[0].forms == (ExploitationForm.SEXUAL,)
    assert f.exploitations[0].loverboy_method
    assert new_client(counsellor1).case_code == f"PAY-{AGO.year}-0002"
    assert "client.intake" in _audit_actions(counsellor1)


def test_client_and_intake_records_can_be_edited(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    updated = clients.update_client(
        counsellor1, c.id, client_input(last_name="Stanescu-Popa", aliases=["Lena P."])
    )
    assert updated.last_name == "Stanescu-Popa"
    f = clients.open_client_file(counsellor1, c.id)
    assert f.aliases == ("Lena P.",)
    ref = clients.update_referral(
        counsellor1,
        f.referrals[0].id,
        referral_input(outcome="admitted", service_detail="Local police Antwerpen, vice unit"),
    )
    assert ref.service_detail == "Local police Antwerpen, vice unit"
    exp = clients.save_exploitation(
        counsellor1,
        c.id,
        exploitation_input(
            forms=[ExploitationForm.LABOUR], sector=Sector.CAR_WASH, loverboy_method=False
        ),
        f.exploitations[0].id,
    )
    assert exp.sector == Sector.CAR_WASH
    second = clients.save_exploitation(
        counsellor1, c.id, exploitation_input(forms=[ExploitationForm.BEGGING], countries=["IT"])
    )
    assert second.id != exp.id
    assert len(clients.open_client_file(counsellor1, c.id).exploitations) == 2


def test_sector_only_with_labour_and_guardian_for_minors(counsellor1: Workspace) -> None:
    with pytest.raises(ValidationError) as e:
        clients.save_exploitation(
            counsellor1, new_client(counsellor1).id, exploitation_input(sector=Sector.CLEANING)
        )
    assert e.value.field == "sector"
    with pytest.raises(ValidationError) as e:
        new_client(counsellor1, is_minor=True, birth_date=TODAY - timedelta(days=16 * 365))
    assert e.value.field == "guardian_name"


def test_admit_and_end_the_programme(counsellor1: Workspace) -> None:
    c = clients.intake(
        counsellor1,
        client_input(intake_date=TODAY - timedelta(days=5)),
        referral_input(referred_on=TODAY - timedelta(days=6)),
    )
    assert c.status == ClientStatus.INTAKE and c.phase == Phase.INTAKE
    assert clients.admit(counsellor1, c.id).status == ClientStatus.IN_PROGRAMME
    with pytest.raises(ValidationError):
        clients.admit(counsellor1, c.id)
    ended = clients.end_programme(
        counsellor1,
        c.id,
        clients.EndInput(
            ended_on=TODAY, reason=EndReason.VOLUNTARY_RETURN, note="Return organised with IOM."
        ),
    )
    assert ended.status == ClientStatus.CLOSED and ended.phase == Phase.CLOSED
    f = clients.open_client_file(counsellor1, c.id)
    assert f.programme_end is not None and f.programme_end.reason == EndReason.VOLUNTARY_RETURN
    with pytest.raises(ValidationError):
        clients.end_programme(counsellor1, c.id, clients.EndInput(TODAY, EndReason.OTHER))


def test_opening_a_file_is_audited_without_content(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    clients.open_client_file(counsellor1, c.id)
    with counsellor1.session() as s:
        row = s.execute(
            text(
                "SELECT actor, client_code, target, reason FROM audit_log "
                "WHERE action = 'client.open'"
            )
        ).one()
    assert tuple(row) == ("counsellor1", c.case_code, None, None)


# -- sessions -------------------------------------------------------------------------------
def test_sessions_with_the_control_record(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    s1 = counselling.add_session(counsellor1, c.id, session_input())
    s2 = counselling.add_session(
        counsellor1,
        c.id,
        session_input(
            held_on=TODAY - timedelta(days=10), client_stopped=True, support_person_present=True
        ),
    )
    listed = counselling.list_sessions(counsellor1, c.id)
    assert [s.id for s in listed] == [s2.id, s1.id]  # in date order
    assert listed[0].client_stopped and listed[0].support_person_present
    assert listed[1].counsellor == "Counsellor One"
    edited = counselling.update_session(counsellor1, s1.id, session_input(duration_minutes=90))
    assert edited.duration_minutes == 90
    with pytest.raises(ValidationError) as e:
        counselling.add_session(counsellor1, c.id, session_input(held_on=TODAY + timedelta(1)))
    assert e.value.field == "held_on" and e.value.message == "is in the future"


# -- conditions -----------------------------------------------------------------------------
def test_condition_checks_and_a_breach_needs_evidence(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    ok = conditions.record_check(
        counsellor1,
        c.id,
        conditions.CheckInput(
            Condition.NO_CONTACT, TODAY - timedelta(days=40), ConditionStatus.COMPLIED
        ),
    )
    with pytest.raises(ValidationError) as e:
        conditions.record_check(
            counsellor1,
            c.id,
            conditions.CheckInput(Condition.NO_CONTACT, TODAY, ConditionStatus.BREACH),
        )
    assert e.value.field == "evidence"
    breach = conditions.record_check(
        counsellor1,
        c.id,
        conditions.CheckInput(
            Condition.NO_CONTACT,
            TODAY,
            ConditionStatus.BREACH,
            evidence="Phone messages with the exploiter seen by the client's consent.",
            notified_prosecutor=True,
        ),
    )
    latest = conditions.latest_by_condition(counsellor1, c.id)
    assert latest[Condition.NO_CONTACT] == breach
    assert latest[Condition.COOPERATION] is None
    assert [x.id for x in conditions.list_checks(counsellor1, c.id)] == [ok.id, breach.id]
    fixed = conditions.update_check(
        counsellor1,
        breach.id,
        replace(
            conditions.CheckInput(
                Condition.NO_CONTACT,
                TODAY,
                ConditionStatus.CONCERN,
                evidence="Reassessed: one message received, not answered.",
            )
        ),
    )
    assert fixed.status == ConditionStatus.CONCERN


# -- judicial -------------------------------------------------------------------------------
def test_judicial_case_court_dates_and_standing(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    case = judicial.open_case(
        counsellor1,
        c.id,
        judicial.CaseInput(
            office=JudicialOffice.PROSECUTOR,
            district="Antwerpen",
            stage=JudicialStage.INQUIRY,
            opened_on=AGO,
            pv_number="AN.55.L1.123456/26",
            standing=Standing.COMPLAINANT,
        ),
    )
    hearing = judicial.add_court_date(
        counsellor1,
        case.id,
        judicial.CourtDateInput(
            court="Rechtbank van eerste aanleg Antwerpen",
            on_date=TODAY + timedelta(days=9),
            at_time=time(9, 0),
            hearing_type=HearingType.PLEADINGS,
            attendance_required=True,
            counsellor_accompanies=True,
            interpreter_arranged=True,
        ),
    )
    assert judicial.list_court_dates(counsellor1, c.id) == [hearing]
    judged = judicial.update_court_date(
        counsellor1,
        hearing.id,
        replace(
            judicial.CourtDateInput(
                court=hearing.court, on_date=hearing.on_date, hearing_type=HearingType.JUDGMENT
            ),
            outcome=HearingOutcome.JUDGMENT,
            client_attended=True,
        ),
    )
    assert judged.outcome == HearingOutcome.JUDGMENT and judged.client_attended
    closed = judicial.update_case(
        counsellor1,
        case.id,
        judicial.CaseInput(
            office=JudicialOffice.PROSECUTOR,
            district="Antwerpen",
            stage=JudicialStage.FINAL,
            opened_on=AGO,
            final_decision_on=TODAY,
            standing=Standing.CIVIL_PARTY,
            standing_since=AGO + timedelta(days=30),
            lawyer="Mtr. Test (synthetic)",
            legal_aid=True,
        ),
    )
    assert closed.stage == JudicialStage.FINAL and closed.standing == Standing.CIVIL_PARTY
    with pytest.raises(ValidationError) as e:
        judicial.update_case(
            counsellor1,
            case.id,
            judicial.CaseInput(
                office=JudicialOffice.PROSECUTOR,
                district="Antwerpen",
                stage=JudicialStage.FINAL,
                opened_on=AGO,
                final_decision_on=AGO - timedelta(days=1),
            ),
        )
    assert e.value.field == "final_decision_on"


# -- residence ------------------------------------------------------------------------------
def test_residence_documents_expiry_extension_and_end(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    annex = residence.add_document(
        counsellor1,
        c.id,
        residence.DocumentInput(
            DocumentType.ANNEX_15, DocumentStatus.ISSUED, requested_on=AGO, issued_on=AGO
        ),
    )
    assert annex.expires_on == AGO + timedelta(days=45)
    ai_day = AGO + timedelta(days=40)
    ai = residence.add_document(
        counsellor1,
        c.id,
        residence.DocumentInput(
            DocumentType.ATTESTATION_IMMATRICULATION, DocumentStatus.ISSUED, issued_on=ai_day
        ),
    )
    assert ai.expires_on == add_months(ai_day, 3)
    ext = residence.add_document(
        counsellor1,
        c.id,
        residence.DocumentInput(
            DocumentType.ATTESTATION_IMMATRICULATION,
            DocumentStatus.ISSUED,
            issued_on=ai_day + timedelta(days=85),
            extends_id=ai.id,
        ),
    )
    with pytest.raises(ValidationError) as e:
        residence.add_document(
            counsellor1,
            c.id,
            residence.DocumentInput(
                DocumentType.ATTESTATION_IMMATRICULATION,
                DocumentStatus.ISSUED,
                issued_on=ai_day + timedelta(days=150),
                extends_id=ai.id,
            ),
        )
    assert e.value.field == "extends_id"
    with pytest.raises(ValidationError):
        residence.add_document(
            counsellor1,
            c.id,
            residence.DocumentInput(
                DocumentType.ATTESTATION_IMMATRICULATION,
                DocumentStatus.ISSUED,
                issued_on=ai_day + timedelta(days=150),
                extends_id=ext.id,
            ),
        )
    with pytest.raises(ValidationError) as e:
        residence.add_document(
            counsellor1, c.id, residence.DocumentInput(DocumentType.A_CARD, DocumentStatus.ISSUED)
        )
    assert e.value.field == "issued_on"
    ended = residence.update_document(
        counsellor1,
        ext.id,
        residence.DocumentInput(
            DocumentType.ATTESTATION_IMMATRICULATION,
            DocumentStatus.WITHDRAWN,
            issued_on=ext.issued_on,
            extends_id=ai.id,
        ),
    )
    assert ended.status == DocumentStatus.WITHDRAWN
    assert len(residence.list_documents(counsellor1, c.id)) == 3
    # The annex 15 and the first AI have expired; the extension was withdrawn: nothing is valid.
    assert residence.current_document(residence.list_documents(counsellor1, c.id), TODAY) is None


def test_documents_do_not_apply_to_eu_citizens_and_minor_documents_to_adults(
    counsellor1: Workspace,
) -> None:
    eu = new_client(counsellor1, residence_track=ResidenceTrack.EU)
    with pytest.raises(ValidationError) as e:
        residence.add_document(
            counsellor1,
            eu.id,
            residence.DocumentInput(
                DocumentType.ANNEX_15, DocumentStatus.REQUESTED, requested_on=TODAY
            ),
        )
    assert e.value.field == "doc_type"
    adult = new_client(counsellor1)
    with pytest.raises(ValidationError):
        residence.add_document(
            counsellor1,
            adult.id,
            residence.DocumentInput(
                DocumentType.MINOR_DOCUMENT, DocumentStatus.REQUESTED, requested_on=TODAY
            ),
        )


def test_phase_follows_the_current_document(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    residence.add_document(
        counsellor1,
        c.id,
        residence.DocumentInput(
            DocumentType.A_CARD, DocumentStatus.ISSUED, issued_on=TODAY - timedelta(days=10)
        ),
    )
    [row] = [r for r in clients.list_clients(counsellor1) if r.id == c.id]
    assert row.phase == Phase.A_CARD


# -- goals ----------------------------------------------------------------------------------
def test_goals_milestones_and_achievement(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    g = goals.add_goal(
        counsellor1,
        c.id,
        goals.GoalInput(
            GoalDomain.HOUSING,
            "Find an own flat in Antwerpen",
            AGO,
            target_date=TODAY + timedelta(days=90),
        ),
    )
    assert g.status == GoalStatus.PLANNED
    g = goals.add_milestone(
        counsellor1,
        g.id,
        goals.MilestoneInput(
            AGO + timedelta(days=30), "Registered with the social housing company", 40
        ),
    )
    assert g.progress == 40 and g.status == GoalStatus.IN_PROGRESS
    g = goals.add_milestone(counsellor1, g.id, goals.MilestoneInput(TODAY, "Lease signed", 100))
    assert g.progress == 100 and g.status == GoalStatus.ACHIEVED
    assert [m.progress for m in g.milestones] == [40, 100]
    other = goals.add_goal(
        counsellor1, c.id, goals.GoalInput(GoalDomain.WORK, "Declared work", AGO)
    )
    abandoned = goals.update_goal(
        counsellor1,
        other.id,
        goals.GoalInput(GoalDomain.WORK, "Declared work", AGO, status=GoalStatus.ABANDONED),
    )
    assert abandoned.status == GoalStatus.ABANDONED
    assert len(goals.list_goals(counsellor1, c.id)) == 2
    overview = goals.goal_progress_overview(counsellor1)
    assert overview[GoalDomain.HOUSING] == (1, 0)


# -- notifications --------------------------------------------------------------------------
def test_notifications_sent_to_authorities_are_audited_with_recipient(
    counsellor1: Workspace,
) -> None:
    c = new_client(counsellor1)
    n = notifications.add_notification(
        counsellor1,
        c.id,
        notifications.NotificationInput(
            TODAY,
            NotificationRecipient.IMMIGRATION_OFFICE,
            NotificationReason.DOCUMENT_REQUEST,
            reference="DVZ/OE 2026-123",
        ),
    )
    edited = notifications.update_notification(
        counsellor1,
        n.id,
        notifications.NotificationInput(
            TODAY, NotificationRecipient.IMMIGRATION_OFFICE, NotificationReason.PROGRESS_REPORT
        ),
    )
    assert edited.reason == NotificationReason.PROGRESS_REPORT
    assert notifications.list_notifications(counsellor1, c.id) == [edited]
    with counsellor1.session() as s:
        assert (
            s.execute(  # through the model: sealed on a server
                select(AuditEntry.recipient).where(AuditEntry.action == "notification.add")
            ).scalar()
            == "immigration_office"
        )


def test_confidential_notes_never_reach_the_audit_log(counsellor1: Workspace) -> None:
    c = new_client(counsellor1)
    counselling.add_session(counsellor1, c.id, session_input())
    with counsellor1.session() as s:
        rows = s.execute(select(AuditEntry.__table__)).all()
    assert not any("CONFIDENTIAL-NOTE-SENTINEL" in str(r) for r in rows)
    assert not any("Stănescu" in str(r) for r in rows)
