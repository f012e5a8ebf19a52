"""Deadlines carry codes and typed text; the screens word them (ui/deadline_text.py)."""

from __future__ import annotations

from datetime import date

import pytest

from shelter_desk.domain.deadlines import Deadline, pack_subject, unpack_subject
from shelter_desk.domain.vocabulary import Condition, ConsentPurpose, DeadlineKind, DocumentType
from shelter_desk.ui.deadline_text import subject_text
from shelter_desk.ui.privacy import MASK

D = date(2026, 12, 2)


def _d(kind: DeadlineKind, subject: tuple[str, ...]) -> Deadline:
    return Deadline(D, kind, 1, "PAY-2026-0001", subject, "rule", D)


@pytest.mark.parametrize(("kind", "subject", "text"), [
    (DeadlineKind.DOCUMENT_EXPIRY, (DocumentType.A_CARD.value,), DocumentType.A_CARD.label),
    (DeadlineKind.CONDITION_CHECK, tuple(c.value for c in Condition), "All three conditions"),
    (DeadlineKind.CONDITION_CHECK, (Condition.NO_CONTACT.value,), Condition.NO_CONTACT.label),
    (DeadlineKind.BREACH_TO_NOTIFY, (Condition.COOPERATION.value,), Condition.COOPERATION.label),
    (DeadlineKind.CONSENT_REVIEW,
     (ConsentPurpose.SHARE_POLICE.value, ConsentPurpose.SHARE_PROSECUTOR.value),
     f"{ConsentPurpose.SHARE_POLICE.label}, {ConsentPurpose.SHARE_PROSECUTOR.label}"),
    (DeadlineKind.PROGRAMME_REVIEW, ("24",), "24 months after intake"),
    (DeadlineKind.COURT_DATE, ("Tribunal de première instance de Liège, 2, 3",),
     "Tribunal de première instance de Liège, 2, 3"),
    (DeadlineKind.PLAN_ACTION, ("Call the CPAS", "Counsellor Two"),
     "Call the CPAS (Counsellor Two)"),
    (DeadlineKind.PLAN_ACTION, ("Call the CPAS",), "Call the CPAS"),
    (DeadlineKind.COMPENSATION_CLAIM, (), ""),
    # A code this version does not know (a newer version's file) is shown, not dropped.
    (DeadlineKind.DOCUMENT_EXPIRY, ("e_card",), "e_card"),
])
def test_every_kind_is_worded(kind: DeadlineKind, subject: tuple[str, ...], text: str) -> None:
    assert subject_text(_d(kind, subject)) == text


@pytest.mark.parametrize("subject", [
    (), ("",), ("Tribunal, Gent",), ("Call, then write", "Owner, Two"), ("a", "", "c")])
def test_a_subject_is_kept_and_read_back_as_it_was(subject: tuple[str, ...]) -> None:
    # A comma in a court's name or an action no longer splits it (the old ", "-joined label).
    kept = unpack_subject(pack_subject(subject))
    assert kept == subject or (subject == ("",) and kept == ())


def test_privacy_masks_a_typed_action_and_keeps_who_does_it() -> None:
    d = _d(DeadlineKind.PLAN_ACTION, ("Accompany Elena Stanescu to the hospital", "Counsellor One"))
    assert subject_text(d, privacy=True) == f"{MASK} (Counsellor One)"
    assert "Elena" not in subject_text(_d(DeadlineKind.PLAN_ACTION, (d.subject[0],)), True)
    # Codes and courts are no one's name: shown as ever.
    court = _d(DeadlineKind.COURT_DATE, ("Arbeidsrechtbank Gent",))
    assert subject_text(court, privacy=True) == "Arbeidsrechtbank Gent"


def test_an_action_holding_a_placeholder_stays_as_typed() -> None:
    d = _d(DeadlineKind.PLAN_ACTION, ("Ask about %2 and %1 in the letter", "Counsellor Two"))
    assert subject_text(d) == "Ask about %2 and %1 in the letter (Counsellor Two)"
