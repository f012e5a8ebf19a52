"""What a progress report shows: plain, frozen data built by the services (which check roles
and consent) and rendered by the builder. Nothing here knows about the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from shelter_desk.domain import wall_clock
from shelter_desk.domain.vocabulary import (
    Condition,
    ConditionStatus,
    ConsentPurpose,
    DocumentType,
    GoalDomain,
    GoalStatus,
    HearingOutcome,
    HearingType,
    JudicialOffice,
    JudicialStage,
    Phase,
    SessionKind,
    Standing,
)

REPORT_LANGUAGES = ("nl", "fr", "en")


@dataclass(frozen=True)
class Identity:
    """Only present when the client consented to sharing with the prosecutor/labour auditor."""

    first_names: str
    last_name: str
    aliases: tuple[str, ...]
    birth_date: date | None
    birth_year_only: bool
    nationality: str  # ISO 3166 alpha-2
    languages: tuple[str, ...]


@dataclass(frozen=True)
class ConditionCheckLine:
    checked_on: date
    status: ConditionStatus
    evidence: str | None
    notified_prosecutor: bool


@dataclass(frozen=True)
class ConditionSection:
    condition: Condition
    latest: ConditionStatus | None
    latest_on: date | None
    checks: int
    issues: tuple[ConditionCheckLine, ...]  # concerns and breaches, dated, with evidence


@dataclass(frozen=True)
class Attendance:
    total: int
    since: date | None
    by_kind: tuple[tuple[SessionKind, int], ...]
    recent_dates: tuple[date, ...]  # the last sessions, newest first
    client_stopped: int


@dataclass(frozen=True)
class Hearing:
    on_date: date
    at_time: time | None  # Belgian wall-clock time, as on the summons
    court: str
    hearing_type: HearingType
    attendance_required: bool
    attended: bool | None
    outcome: HearingOutcome
    # The instant the time means (UTC): on the night the clocks go back, 02:30 happens twice
    # and only this says which. None without a time (or from data made before it was kept).
    at_utc: datetime | None = None

    def instant(self) -> datetime | None:
        """The UTC instant of the hearing's time (the first of two 02:30s if none is kept)."""
        if self.at_time is None:
            return None
        return self.at_utc or wall_clock.instant(self.on_date, self.at_time)

    def clock_change(self) -> wall_clock.ClockChange | None:
        """Before or after the change, when the time happens twice that night."""
        moment = self.instant()
        return wall_clock.change_of(moment) if moment is not None else None


@dataclass(frozen=True)
class JudicialSummary:
    office: JudicialOffice
    district: str
    stage: JudicialStage
    pv_number: str | None
    case_number: str | None
    standing: Standing


@dataclass(frozen=True)
class Goal:
    domain: GoalDomain
    description: str
    status: GoalStatus
    progress: int
    target_date: date | None


@dataclass(frozen=True)
class ConsentLine:
    """A purpose's state from the ledger. Granted: `given_on` started the current consent and
    `renewed_on` is its latest renewal (None if never renewed). Not granted: `since` is the
    withdrawal (None if never given) and `given_on` what it ended."""

    purpose: ConsentPurpose
    granted: bool
    since: date | None
    given_on: date | None = None
    renewed_on: date | None = None


@dataclass(frozen=True)
class ReportData:
    language: str
    shelter: str
    city: str  # where the shelter signs: the signature's /Location
    case_code: str
    generated_at: datetime
    author: str
    intake_date: date
    period_end: date
    phase: Phase
    document: DocumentType | None
    document_issued: date | None
    document_expires: date | None
    identity: Identity | None
    conditions: tuple[ConditionSection, ...]
    attendance: Attendance
    judicial: tuple[JudicialSummary, ...]
    hearings: tuple[Hearing, ...]
    goals: tuple[Goal, ...]
    consent: tuple[ConsentLine, ...]
    basis: ConsentPurpose  # the consent the report itself rests on
    identity_basis: ConsentPurpose
    audit_length: int
    audit_head: str
    synthetic: bool

    def consent_for(self, purpose: ConsentPurpose) -> ConsentLine | None:
        return next((c for c in self.consent if c.purpose == purpose), None)
