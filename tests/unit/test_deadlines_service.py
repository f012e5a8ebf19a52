"""Deadlines computed from what counsellors record, for one client or the whole caseload."""

from __future__ import annotations

from datetime import timedelta

from shelter_desk.domain.rules import add_months
from shelter_desk.domain.vocabulary import (
    ConsentPurpose,
    DeadlineKind,
    DocumentStatus,
    DocumentType,
    HearingType,
    JudicialOffice,
    JudicialStage,
)
from shelter_desk.services import consent, deadlines, judicial, residence
from shelter_desk.services.workspace import Workspace
from tests.builders import TODAY, consent_input, new_client


def test_recorded_facts_become_deadlines(counsellor1: Workspace, director: Workspace) -> None:
    c = new_client(counsellor1)
    case = judicial.open_case(
        counsellor1,
        c.id,
        judicial.CaseInput(
            JudicialOffice.LABOUR_AUDITOR,
            "Gent",
            JudicialStage.FIRST_INSTANCE,
            TODAY - timedelta(days=300),
        ),
    )
    judicial.add_court_date(
        counsellor1,
        case.id,
        judicial.CourtDateInput(
            "Arbeidsrechtbank Gent", TODAY + timedelta(days=6), HearingType.PLEADINGS
        ),
    )
    issued = TODAY - timedelta(days=25)
    residence.add_document(
        counsellor1,
        c.id,
        residence.DocumentInput(DocumentType.ANNEX_15, DocumentStatus.ISSUED, issued_on=issued),
    )
    granted = TODAY - timedelta(days=360)
    consent.record(counsellor1, c.id, consent_input(ConsentPurpose.SHARE_POLICE, given_on=granted))

    items = deadlines.upcoming(counsellor1, client_id=c.id)
    got = {(d.kind, d.due) for d in items}
    assert (DeadlineKind.COURT_DATE, TODAY + timedelta(days=6)) in got
    assert (DeadlineKind.DOCUMENT_REMINDER, issued + timedelta(days=30)) in got
    assert (DeadlineKind.DOCUMENT_REMINDER, issued + timedelta(days=40)) not in got  # day 15 ahead
    assert (DeadlineKind.CONSENT_REVIEW, add_months(granted, 12)) in got
    assert all(d.case_code == c.case_code for d in items)
    # The director's caseload view holds the same items; the month view finds the hearing.
    assert {(d.kind, d.due) for d in deadlines.upcoming(director)} >= got
    month = deadlines.between(director, TODAY, TODAY + timedelta(days=31))
    assert any(
        d.kind == DeadlineKind.COURT_DATE and d.subject == ("Arbeidsrechtbank Gent",) for d in month
    )
