"""Residence documents as data (domain/residence.py): every type has its rule, a new type is a
rule in the table and nothing else, and the one "which document counts" answer."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from shelter_desk.domain import deadlines, residence
from shelter_desk.domain.deadlines import ClientFacts, DocFact
from shelter_desk.domain.labelled import LabelledEnum, labels
from shelter_desk.domain.rules import Validity, add_months
from shelter_desk.domain.vocabulary import (
    ClientStatus,
    DeadlineKind,
    DocumentStatus,
    DocumentType,
    Phase,
)
from shelter_desk.ui.deadline_text import subject_text

D = date(2026, 3, 2)


@labels({"humanitarian_visa": "Humanitarian visa (test)"})
class NewType(LabelledEnum):
    HUMANITARIAN_VISA = "humanitarian_visa"


def _facts(*docs: DocFact) -> ClientFacts:
    return ClientFacts(1, "PAY-2026-0001", ClientStatus.IN_PROGRAMME, D - timedelta(days=90),
                       documents=list(docs))


def _doc(doc_id: int, doc_type: object, issued: date | None,
         status: DocumentStatus = DocumentStatus.ISSUED, expires: date | None = None) -> DocFact:
    return DocFact(doc_id, doc_type, status, issued, expires, None)  # type: ignore[arg-type]


def test_every_document_type_has_its_rule_and_a_missing_one_fails_at_import() -> None:
    assert set(residence.RULES) == set(DocumentType)
    partial = {t: r for t, r in residence.RULES.items() if t != DocumentType.A_CARD}
    with pytest.raises(RuntimeError, match="a_card"):
        residence.check_complete(partial)


def test_a_new_type_is_a_rule_in_the_table_and_nothing_else(
        monkeypatch: pytest.MonkeyPatch) -> None:
    rule = residence.DocumentRule(Validity(months=12), Phase.B_CARD, "Humanitarian visa: a year",
                                  renewal_notice_days=60)
    monkeypatch.setitem(residence.RULES, NewType.HUMANITARIAN_VISA, rule)  # type: ignore[arg-type]
    visa = _doc(7, NewType.HUMANITARIAN_VISA, D)
    end = add_months(D, 12)
    items = deadlines.document_deadlines(_facts(visa))
    assert [(i.due, i.kind, i.subject, i.rule, i.until) for i in items] == [
        (end - timedelta(days=60), DeadlineKind.DOCUMENT_RENEWAL, ("humanitarian_visa",),
         "Humanitarian visa: a year", end),
        (end, DeadlineKind.DOCUMENT_EXPIRY, ("humanitarian_visa",),
         "Humanitarian visa: a year", end + residence.EXPIRY_GRACE)]
    # Every screen words it with the type's own label, found through the rule table.
    assert {subject_text(i) for i in items} == {"Humanitarian visa (test)"}
    assert residence.phase_of(ClientStatus.IN_PROGRAMME,
                              NewType.HUMANITARIAN_VISA) == Phase.B_CARD  # type: ignore[arg-type]
    assert residence.expiry(NewType.HUMANITARIAN_VISA, D) == end  # type: ignore[arg-type]
    assert residence.in_force([visa], D + timedelta(days=10)) is visa


def test_which_document_counts() -> None:
    annex = _doc(1, DocumentType.ANNEX_15, D - timedelta(days=60), expires=D - timedelta(days=15))
    ai = _doc(2, DocumentType.ATTESTATION_IMMATRICULATION, D - timedelta(days=10))
    later = _doc(3, DocumentType.A_CARD, D + timedelta(days=5))  # issued on a day to come
    asked = _doc(4, DocumentType.A_CARD, None, DocumentStatus.REQUESTED)
    docs = [annex, ai, later, asked]
    assert residence.in_force(docs, D) is ai
    assert residence.in_force(docs, D + timedelta(days=5)) is later
    assert residence.in_force([annex], D) is None  # expired
    assert residence.latest_issued(docs) is later
    assert residence.latest_issued([asked]) is None
    # the same day twice: the later record wins, every time
    twin = _doc(5, DocumentType.ATTESTATION_IMMATRICULATION, D - timedelta(days=10))
    assert residence.in_force([twin, ai], D) is twin
    assert residence.phase_of(ClientStatus.INTAKE, DocumentType.A_CARD) == Phase.INTAKE
    assert residence.phase_of(ClientStatus.CLOSED, DocumentType.A_CARD) == Phase.CLOSED
    assert residence.phase_of(ClientStatus.IN_PROGRAMME, None) == Phase.IN_PROGRAMME


def test_once_the_next_document_is_asked_for_only_the_expiry_remains() -> None:
    card = _doc(1, DocumentType.A_CARD, D)
    asked = _doc(2, DocumentType.B_CARD, None, DocumentStatus.REQUESTED)
    kinds = [i.kind for i in deadlines.document_deadlines(_facts(card, asked))]
    assert kinds == [DeadlineKind.DOCUMENT_EXPIRY]
    assert deadlines.document_deadlines(_facts(_doc(3, DocumentType.B_CARD, D))) == []


def test_the_form_explains_the_validity_from_the_table() -> None:
    from shelter_desk.ui.record_kinds.residence_documents import validity_summary

    text = validity_summary()
    for doc_type in DocumentType:
        assert doc_type.label in text
    assert "45 days" in text and "6 months" in text and "unlimited" in text
