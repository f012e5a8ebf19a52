"""Each deadline rule, with dates around its boundaries (pure rules on plain facts)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from shelter_desk.domain import deadlines as dl
from shelter_desk.domain import rules
from shelter_desk.domain.deadlines import CaseFact, ClientFacts, DocFact, HearingFact
from shelter_desk.domain.rules import add_months
from shelter_desk.domain.vocabulary import (
    ClientStatus,
    Condition,
    ConsentPurpose,
    DeadlineKind,
    DocumentStatus,
    DocumentType,
    HearingOutcome,
)

D = date(2026, 3, 10)


def facts(**over: object) -> ClientFacts:
    f = ClientFacts(
        id=1, case_code="PAY-2026-0001", status=ClientStatus.IN_PROGRAMME, intake_date=D
    )
    for k, v in over.items():
        setattr(f, k, v)
    return f


def doc(t: DocumentType, issued: date, i: int = 1, expires: date | None = None) -> DocFact:
    return DocFact(i, t, DocumentStatus.ISSUED, issued, expires, None)


def kinds(items: list[dl.Deadline]) -> list[tuple[date, DeadlineKind]]:
    return sorted((d.due, d.kind) for d in items)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 3, 10), 24, date(2028, 3, 10)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
    ],
)
def test_calendar_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_annex_15_reminders_on_day_30_and_40_and_expiry_on_day_45() -> None:
    items = dl.document_deadlines(facts(documents=[doc(DocumentType.ANNEX_15, D)]))
    assert kinds(items) == [
        (D + timedelta(days=30), DeadlineKind.DOCUMENT_REMINDER),
        (D + timedelta(days=40), DeadlineKind.DOCUMENT_REMINDER),
        (D + timedelta(days=45), DeadlineKind.DOCUMENT_EXPIRY),
    ]
    assert all(i.rule == rules.RULE_ANNEX_15 for i in items)


@pytest.mark.parametrize(
    ("today", "shown"),
    [
        (D + timedelta(days=15), []),  # day 15: 14-day window ends on day 29
        (D + timedelta(days=16), [30]),  # day 30 enters the window
        (D + timedelta(days=31), [30, 40, 45]),  # day 30 overdue but still relevant until expiry
        (D + timedelta(days=45), [30, 40, 45]),
        (D + timedelta(days=46), [45]),  # reminders end with the document; expiry shown 30 days
        (D + timedelta(days=75), [45]),
        (D + timedelta(days=76), []),
    ],
)
def test_annex_15_window(today: date, shown: list[int]) -> None:
    items = dl.needing_attention(
        dl.all_deadlines(facts(documents=[doc(DocumentType.ANNEX_15, D)]), today), today, 14
    )
    assert [
        (i.due - D).days
        for i in items
        if i.kind != DeadlineKind.CONDITION_CHECK and i.kind != DeadlineKind.PROGRAMME_REVIEW
    ] == shown


def test_attestation_three_months_with_notice_30_days_before() -> None:
    items = dl.document_deadlines(
        facts(documents=[doc(DocumentType.ATTESTATION_IMMATRICULATION, D)])
    )
    expiry = add_months(D, 3)
    assert kinds(items) == [
        (expiry - timedelta(days=30), DeadlineKind.DOCUMENT_RENEWAL),
        (expiry, DeadlineKind.DOCUMENT_EXPIRY),
    ]


def test_a_card_renewal_45_days_before_six_month_expiry() -> None:
    items = dl.document_deadlines(facts(documents=[doc(DocumentType.A_CARD, D)]))
    expiry = add_months(D, 6)
    assert kinds(items) == [
        (expiry - timedelta(days=45), DeadlineKind.DOCUMENT_RENEWAL),
        (expiry, DeadlineKind.DOCUMENT_EXPIRY),
    ]


def test_minor_document_three_months() -> None:
    items = dl.document_deadlines(facts(documents=[doc(DocumentType.MINOR_DOCUMENT, D)]))
    assert kinds(items)[-1] == (add_months(D, 3), DeadlineKind.DOCUMENT_EXPIRY)


def test_b_card_has_no_deadline_and_only_the_latest_document_counts() -> None:
    assert dl.document_deadlines(facts(documents=[doc(DocumentType.B_CARD, D)])) == []
    items = dl.document_deadlines(
        facts(
            documents=[
                doc(DocumentType.ANNEX_15, D, 1),
                doc(DocumentType.ATTESTATION_IMMATRICULATION, D + timedelta(days=40), 2),
            ]
        )
    )
    assert {i.record for i in items} == {"residence_documents#2"}


def test_an_explicit_expiry_date_wins() -> None:
    items = dl.document_deadlines(
        facts(documents=[doc(DocumentType.A_CARD, D, expires=D + timedelta(days=100))])
    )
    assert kinds(items)[-1] == (D + timedelta(days=100), DeadlineKind.DOCUMENT_EXPIRY)


def test_a_pending_request_for_the_next_document_silences_the_reminders() -> None:
    pending = DocFact(2, DocumentType.A_CARD, DocumentStatus.REQUESTED, None, None, None)
    items = dl.document_deadlines(facts(documents=[doc(DocumentType.A_CARD, D), pending]))
    assert kinds(items) == [(add_months(D, 6), DeadlineKind.DOCUMENT_EXPIRY)]


def test_requested_documents_make_no_deadline() -> None:
    pending = DocFact(1, DocumentType.A_CARD, DocumentStatus.REQUESTED, None, None, None)
    assert dl.document_deadlines(facts(documents=[pending])) == []


def test_court_dates_appeal_30_days_after_judgment_and_compensation_3_years() -> None:
    judgment = D + timedelta(days=5)
    case = CaseFact(
        7,
        final_decision_on=date(2026, 6, 30),
        hearings=[
            HearingFact(1, "Correctionele rechtbank Antwerpen", D, HearingOutcome.SCHEDULED),
            HearingFact(2, "Correctionele rechtbank Antwerpen", judgment, HearingOutcome.JUDGMENT),
            HearingFact(3, "Correctionele rechtbank Antwerpen", D, HearingOutcome.HELD),
        ],
    )
    items = dl.judicial_deadlines(facts(cases=[case]))
    assert kinds(items) == [
        (D, DeadlineKind.COURT_DATE),
        (judgment + timedelta(days=30), DeadlineKind.APPEAL),
        (date(2029, 6, 30), DeadlineKind.COMPENSATION_CLAIM),
    ]
    appeal = next(i for i in items if i.kind == DeadlineKind.APPEAL)
    day_30, day_31 = judgment + timedelta(days=30), judgment + timedelta(days=31)
    assert dl.needing_attention([appeal], day_30, 14) == [appeal]
    assert dl.needing_attention([appeal], day_31, 14) == []


def test_condition_checks_due_a_month_after_the_last_one() -> None:
    last = date(2026, 1, 31)
    f = facts(
        last_checks={
            Condition.NO_CONTACT: last,
            Condition.COUNSELLING: last,
            Condition.COOPERATION: date(2026, 2, 10),
        }
    )
    [item] = dl.condition_deadlines(f)
    assert item.due == date(2026, 2, 28)
    assert item.subject == (Condition.NO_CONTACT.value, Condition.COUNSELLING.value)
    # overdue checks stay on the list however old
    assert dl.needing_attention([item], date(2027, 1, 1), 14) == [item]


def test_never_checked_means_due_a_month_after_intake_and_only_in_programme() -> None:
    [item] = dl.condition_deadlines(facts())
    assert item.due == add_months(D, 1)
    assert dl.condition_deadlines(facts(status=ClientStatus.INTAKE)) == []


def test_programme_reviews_at_24_and_36_months() -> None:
    items = [i for i in dl.review_deadlines(facts(), D) if i.kind == DeadlineKind.PROGRAMME_REVIEW]
    assert [i.due for i in items] == [add_months(D, 24), add_months(D, 36)]


def test_consent_review_every_12_months_until_renewed() -> None:
    since = date(2024, 5, 1)
    f = facts(consent_granted_since={ConsentPurpose.SHARE_PROSECUTOR: since})

    def due_on(today: date) -> date:
        [i] = [i for i in dl.review_deadlines(f, today) if i.kind == DeadlineKind.CONSENT_REVIEW]
        return i.due

    assert due_on(date(2025, 1, 1)) == date(2025, 5, 1)
    assert due_on(date(2025, 6, 30)) == date(2025, 5, 1)  # within the 60-day grace
    assert due_on(date(2025, 7, 1)) == date(2026, 5, 1)  # grace over: next anniversary


def test_consents_given_together_are_reviewed_together() -> None:
    since = date(2024, 5, 1)
    f = facts(consent_granted_since={ConsentPurpose.SHARE_PROSECUTOR: since,
                                     ConsentPurpose.PROGRAMME_SUPPORT: since,
                                     ConsentPurpose.SHARE_POLICE: date(2024, 6, 1)})
    reviews = [i for i in dl.review_deadlines(f, date(2025, 1, 1))
               if i.kind == DeadlineKind.CONSENT_REVIEW]
    assert [(i.due, i.subject) for i in reviews] == [
        (date(2025, 5, 1), (ConsentPurpose.PROGRAMME_SUPPORT.value,
                            ConsentPurpose.SHARE_PROSECUTOR.value)),
        (date(2025, 6, 1), (ConsentPurpose.SHARE_POLICE.value,))]


def test_closed_clients_have_no_deadlines() -> None:
    f = facts(status=ClientStatus.CLOSED, documents=[doc(DocumentType.A_CARD, D)])
    assert dl.all_deadlines(f, D) == []
