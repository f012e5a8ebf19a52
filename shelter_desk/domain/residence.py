"""Residence documents as data: one `DocumentRule` per document type says everything the program
does with it (validity, reminders, the phase it puts a client in, who may hold it, how often it
may be extended, the citation the deadline list and reports show). Adding a document type is
a rule here, its migration and the catalogues; a type without a rule fails at import.

Also the one answer to "which document counts": `in_force` (the phase, reports, the overview)
and `latest_issued` (its reminders, which go on until it expires and a month after)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol, TypeVar

from shelter_desk.domain import rules
from shelter_desk.domain.rules import Validity
from shelter_desk.domain.vocabulary import (
    ClientStatus,
    DeadlineKind,
    DocumentStatus,
    DocumentType,
    Phase,
)

EXPIRY_GRACE = timedelta(days=30)  # an expired document stays on the list this long


@dataclass(frozen=True)
class DocumentRule:
    validity: Validity  # Validity() for none (the B card)
    phase: Phase  # the phase a client holding it (in force) is in
    citation: str  # translatable, "rules" context
    # Reminders on these days after issue (the annex 15's reflection period).
    reminder_days_after_issue: tuple[int, ...] = ()
    # The next document is asked for this many days before expiry.
    renewal_notice_days: int | None = None
    minors_only: bool = False
    max_extensions: int | None = None  # None: as many as the office grants


# Law of 15 December 1980, art. 61/2-61/5; circular of 23 December 2016.
RULES: dict[DocumentType, DocumentRule] = {
    DocumentType.ANNEX_15: DocumentRule(
        Validity(days=45), Phase.REFLECTION_PERIOD, rules.RULE_ANNEX_15,
        reminder_days_after_issue=rules.ANNEX_15_REMINDER_DAYS),
    DocumentType.MINOR_DOCUMENT: DocumentRule(
        Validity(months=3), Phase.MINOR_DOCUMENT, rules.RULE_MINOR,
        renewal_notice_days=rules.THREE_MONTH_NOTICE_DAYS, minors_only=True),
    DocumentType.ATTESTATION_IMMATRICULATION: DocumentRule(
        Validity(months=3), Phase.ATTESTATION, rules.RULE_AI,
        renewal_notice_days=rules.THREE_MONTH_NOTICE_DAYS,
        max_extensions=rules.AI_MAX_EXTENSIONS),
    DocumentType.A_CARD: DocumentRule(
        Validity(months=6), Phase.A_CARD, rules.RULE_A_CARD,
        renewal_notice_days=rules.A_CARD_RENEWAL_NOTICE_DAYS),
    DocumentType.B_CARD: DocumentRule(Validity(), Phase.B_CARD, rules.RULE_B_CARD),
}


def check_complete(table: Mapping[DocumentType, DocumentRule]) -> None:
    missing = sorted(t.value for t in DocumentType if t not in table)
    if missing:
        raise RuntimeError(f"residence document types without a rule: {', '.join(missing)}")


check_complete(RULES)


def rule_for(doc_type: DocumentType) -> DocumentRule:
    return RULES[doc_type]


def type_of(code: str) -> DocumentType | None:
    """The document type a kept code names (deadlines keep codes, the UI words them), from
    the rule table: a type added there is known everywhere."""
    return next((t for t in RULES if t.value == code), None)


def expiry(doc_type: DocumentType, issued: date | None) -> date | None:
    """The day the law's validity ends (None: not issued, or unlimited)."""
    return None if issued is None else RULES[doc_type].validity.expiry(issued)


class Document(Protocol):
    """What the rules read of a document, whichever layer holds it."""

    @property
    def id(self) -> int: ...
    @property
    def doc_type(self) -> DocumentType: ...
    @property
    def status(self) -> DocumentStatus: ...
    @property
    def issued_on(self) -> date | None: ...
    @property
    def expires_on(self) -> date | None: ...


D = TypeVar("D", bound=Document)


def _issued(docs: Iterable[D]) -> list[D]:
    return [d for d in docs if d.status == DocumentStatus.ISSUED and d.issued_on is not None]


def _newest(docs: list[D]) -> D | None:
    return max(docs, key=lambda d: (d.issued_on or date.min, d.id)) if docs else None


def in_force(docs: Iterable[D], today: date) -> D | None:
    """The document valid today: issued by today, not expired (the latest issued if
    several). What the phase, the overview and the reports name."""
    return _newest([d for d in _issued(docs) if d.issued_on is not None
                    and d.issued_on <= today
                    and (d.expires_on is None or d.expires_on >= today)])


def latest_issued(docs: Iterable[D]) -> D | None:
    """The latest document issued, in force or not: the one whose reminders run."""
    return _newest(_issued(docs))


def phase_of(status: ClientStatus, current: DocumentType | None) -> Phase:
    if status == ClientStatus.CLOSED:
        return Phase.CLOSED
    if status == ClientStatus.INTAKE:
        return Phase.INTAKE
    return RULES[current].phase if current is not None else Phase.IN_PROGRAMME


@dataclass(frozen=True)
class DocumentDeadline:
    due: date
    kind: DeadlineKind
    citation: str
    until: date  # after this day it needs no attention


def document_deadlines(doc: Document, next_requested: bool) -> list[DocumentDeadline]:
    """The reminders of a document: on the rule's days after issue, the request of the next
    one before expiry (none once it is asked for: `next_requested`), and the expiry itself."""
    if doc.issued_on is None:
        return []
    rule = RULES[doc.doc_type]
    end = doc.expires_on or rule.validity.expiry(doc.issued_on)
    if end is None:  # unlimited
        return []
    out: list[DocumentDeadline] = []
    if not next_requested:
        out += [DocumentDeadline(doc.issued_on + timedelta(days=day),
                                 DeadlineKind.DOCUMENT_REMINDER, rule.citation, end)
                for day in rule.reminder_days_after_issue]
        if rule.renewal_notice_days is not None:
            out.append(DocumentDeadline(end - timedelta(days=rule.renewal_notice_days),
                                        DeadlineKind.DOCUMENT_RENEWAL, rule.citation, end))
    out.append(DocumentDeadline(end, DeadlineKind.DOCUMENT_EXPIRY, rule.citation,
                                end + EXPIRY_GRACE))
    return out
