"""What falls due, and when: the pure rules over plain facts (`ClientFacts`) for court dates,
residence documents (domain/residence.py), appeal and compensation deadlines, monthly condition
checks, programme reviews, consent reviews and the open actions of the case plan. Each deadline
names the rule it came from (domain/rules.py) and what it is about as data (`subject`), which
the UI words. services/deadlines.py loads the facts; services/status.py keeps the answers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from shelter_desk.domain import residence, rules
from shelter_desk.domain.vocabulary import (
    ClientStatus,
    Condition,
    ConsentPurpose,
    DeadlineKind,
    DocumentStatus,
    DocumentType,
    HearingOutcome,
)

FOREVER = date.max
CONSENT_REVIEW_GRACE = timedelta(days=60)
ACTIVE = (ClientStatus.INTAKE, ClientStatus.IN_PROGRAMME)


@dataclass(frozen=True)
class Deadline:
    due: date
    kind: DeadlineKind
    client_id: int
    case_code: str
    # What exactly, as data the UI and reports translate (ui/deadline_text.py): the code of a
    # document type, of conditions or of consent purposes; the court or the action as typed
    # (and who does it); the months after intake of a review; nothing for a compensation claim.
    subject: tuple[str, ...]
    rule: str  # the rule's citation (translatable)
    until: date  # after this day it no longer needs attention
    record: str | None = None  # "table#id" of the record it comes from

    def overdue(self, today: date) -> bool:
        return self.due < today


# How a subject is kept in one (sealed) column of client_states / client_deadlines: the unit
# separator cannot be typed into a court's name or an action (services/validation.py).
_SUBJECT_SEPARATOR = "\x1f"


def pack_subject(subject: tuple[str, ...]) -> str:
    return _SUBJECT_SEPARATOR.join(subject)


def unpack_subject(kept: str | None) -> tuple[str, ...]:
    return tuple(kept.split(_SUBJECT_SEPARATOR)) if kept else ()


@dataclass
class DocFact:
    id: int
    doc_type: DocumentType
    status: DocumentStatus
    issued_on: date | None
    expires_on: date | None
    extends_id: int | None


@dataclass
class HearingFact:
    id: int
    court: str
    on_date: date
    outcome: HearingOutcome


@dataclass
class CaseFact:
    id: int
    final_decision_on: date | None
    hearings: list[HearingFact] = field(default_factory=list)


@dataclass
class ClientFacts:
    id: int
    case_code: str
    status: ClientStatus
    intake_date: date
    documents: list[DocFact] = field(default_factory=list)
    cases: list[CaseFact] = field(default_factory=list)
    last_checks: dict[Condition, date] = field(default_factory=dict)
    consent_granted_since: dict[ConsentPurpose, date] = field(default_factory=dict)
    # breaches reported to no prosecutor and with no reason recorded: (check id, condition, day)
    unreported_breaches: list[tuple[int, Condition, date]] = field(default_factory=list)
    plan: list[PlanFact] = field(default_factory=list)  # the open actions of the case plan


@dataclass
class PlanFact:
    id: int
    due_on: date
    action: str  # its first line
    owner: str  # who does it (full name)


# -- the rules --------------------------------------------------------------------------------
def document_deadlines(c: ClientFacts) -> list[Deadline]:
    """The reminders of the latest issued document (older ones were replaced), as its rule in
    domain/residence.py gives them; once the next one is asked for, only its expiry."""
    doc = residence.latest_issued(c.documents)
    if doc is None:
        return []
    requested_next = any(d.status == DocumentStatus.REQUESTED and d.id != doc.id
                         for d in c.documents)
    return [Deadline(r.due, r.kind, c.id, c.case_code, (doc.doc_type.value,), r.citation, r.until,
                     f"residence_documents#{doc.id}")
            for r in residence.document_deadlines(doc, requested_next)]


def judicial_deadlines(c: ClientFacts) -> list[Deadline]:
    out: list[Deadline] = []
    for case in c.cases:
        for h in case.hearings:
            rec = f"court_dates#{h.id}"
            if h.outcome in (HearingOutcome.SCHEDULED, HearingOutcome.POSTPONED):
                out.append(Deadline(h.on_date, DeadlineKind.COURT_DATE, c.id, c.case_code,
                                    (h.court,), rules.RULE_COURT, h.on_date, rec))
            if h.outcome == HearingOutcome.JUDGMENT:
                due = h.on_date + timedelta(days=rules.APPEAL_DAYS)
                out.append(Deadline(due, DeadlineKind.APPEAL, c.id, c.case_code, (h.court,),
                                    rules.RULE_APPEAL, due, rec))
        if case.final_decision_on is not None:
            due = rules.add_years(case.final_decision_on, rules.COMPENSATION_CLAIM_YEARS)
            out.append(Deadline(due, DeadlineKind.COMPENSATION_CLAIM, c.id, c.case_code, (),
                                rules.RULE_COMPENSATION, due, f"judicial_cases#{case.id}"))
    return out


def condition_deadlines(c: ClientFacts) -> list[Deadline]:
    """One item per client: the three conditions are checked together; its subject names the
    ones that fall due first."""
    if c.status != ClientStatus.IN_PROGRAMME:
        return []
    due_dates = {
        condition: rules.add_months(c.last_checks.get(condition, c.intake_date),
                                    rules.CONDITION_CHECK_EVERY_MONTHS)
        for condition in Condition
    }
    due = min(due_dates.values())
    subject = tuple(cond.value for cond, d in due_dates.items() if d == due)
    return [Deadline(due, DeadlineKind.CONDITION_CHECK, c.id, c.case_code, subject,
                     rules.RULE_CONDITION_CHECK, FOREVER)]


def breach_deadlines(c: ClientFacts) -> list[Deadline]:
    """A breach stays on the list until the prosecutor is notified or the reason not to is
    recorded on the check."""
    return [Deadline(day, DeadlineKind.BREACH_TO_NOTIFY, c.id, c.case_code, (condition.value,),
                     rules.RULE_BREACH_NOTICE, FOREVER, f"condition_checks#{check_id}")
            for check_id, condition, day in c.unreported_breaches]


def review_deadlines(c: ClientFacts, today: date) -> list[Deadline]:
    if c.status != ClientStatus.IN_PROGRAMME:
        return []
    out = []
    for months in rules.PROGRAMME_REVIEW_MONTHS:
        due = rules.add_months(c.intake_date, months)
        out.append(Deadline(due, DeadlineKind.PROGRAMME_REVIEW, c.id, c.case_code,
                            (str(months),), rules.RULE_REVIEW, due + timedelta(days=30)))
    # One review per client and date: consents given together are reviewed together.
    by_due: dict[date, list[ConsentPurpose]] = defaultdict(list)
    for purpose, since in c.consent_granted_since.items():
        by_due[next_anniversary(since, rules.CONSENT_REVIEW_MONTHS, today,
                                CONSENT_REVIEW_GRACE)].append(purpose)
    for due, purposes in sorted(by_due.items()):
        subject = tuple(p.value for p in ConsentPurpose if p in purposes)
        out.append(Deadline(due, DeadlineKind.CONSENT_REVIEW, c.id, c.case_code, subject,
                            rules.RULE_CONSENT_REVIEW, due + CONSENT_REVIEW_GRACE))
    return out


def next_anniversary(since: date, every_months: int, today: date, grace: timedelta) -> date:
    """The first review date (since + k * every_months, k >= 1) still open today: a review
    stays on the list for `grace` after its date, until a new grant restarts the count."""
    k = 1
    due = rules.add_months(since, every_months)
    while due + grace < today:
        k += 1
        due = rules.add_months(since, every_months * k)
    return due


def plan_deadlines(c: ClientFacts) -> list[Deadline]:
    """An open action of the case plan stays on the list until it is marked done."""
    return [Deadline(p.due_on, DeadlineKind.PLAN_ACTION, c.id, c.case_code,
                     (p.action, p.owner) if p.owner else (p.action,), rules.RULE_PLAN,
                     FOREVER, f"plan_actions#{p.id}")
            for p in c.plan]


def all_deadlines(c: ClientFacts, today: date) -> list[Deadline]:
    if c.status not in ACTIVE:
        return []
    return [*document_deadlines(c), *judicial_deadlines(c), *condition_deadlines(c),
            *breach_deadlines(c), *review_deadlines(c, today), *plan_deadlines(c)]


def order(d: Deadline) -> tuple[date, str, str, str]:
    """The order of every list of deadlines: by day, case code and kind, then the record
    (two plan actions of one client on one day come in the same order every time)."""
    return (d.due, d.case_code, d.kind.value, d.record or "")


def needing_attention(items: Iterable[Deadline], today: date, horizon_days: int) -> list[Deadline]:
    """Due by the horizon and still relevant today (overdue items stay until their `until`)."""
    end = today + timedelta(days=horizon_days)
    return sorted((d for d in items if d.due <= end and today <= d.until),
                  key=order)
