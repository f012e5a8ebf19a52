"""The programme's follow-up: sessions, consent ledger, condition checks, goals, notifications."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shelter_desk.domain.vocabulary import (
    Condition,
    ConditionStatus,
    ConsentEventKind,
    ConsentForm,
    ConsentPurpose,
    GoalDomain,
    GoalStatus,
    NotificationReason,
    NotificationRecipient,
    SessionKind,
    SessionPlace,
)
from shelter_desk.models.base import Base, UTCDateTime, Versioned, enum_column
from shelter_desk.models.sealed import SealedText


class CounsellingSession(Versioned, Base):
    __tablename__ = "counselling_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time, nullable=True)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    counsellor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[SessionKind] = mapped_column(enum_column(SessionKind))
    place: Mapped[SessionPlace] = mapped_column(enum_column(SessionPlace))
    interpreter_language: Mapped[str | None] = mapped_column(String(3), nullable=True)
    # The Control record (four Cs): the client's control over the interview.
    support_person_present: Mapped[bool] = mapped_column(Boolean, default=False)
    client_stopped: Mapped[bool] = mapped_column(Boolean, default=False)
    client_asked_questions: Mapped[bool] = mapped_column(Boolean, default=False)
    confidential_notes: Mapped[str | None] = mapped_column(
        SealedText("counselling_sessions.confidential_notes"), nullable=True)


class ConsentEvent(Base):
    """One grant or withdrawal. The ledger is append-only: corrections are new events."""

    __tablename__ = "consent_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[ConsentPurpose] = mapped_column(enum_column(ConsentPurpose))
    kind: Mapped[ConsentEventKind] = mapped_column(enum_column(ConsentEventKind))
    given_on: Mapped[date] = mapped_column(Date)
    form: Mapped[ConsentForm] = mapped_column(enum_column(ConsentForm))
    language: Mapped[str] = mapped_column(String(3))
    interpreter: Mapped[bool] = mapped_column(Boolean, default=False)
    witness: Mapped[str | None] = mapped_column(
        SealedText("consent_events.witness", 120), nullable=True)
    document_reference: Mapped[str | None] = mapped_column(
        SealedText("consent_events.document_reference", 120), nullable=True)
    counsellor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str | None] = mapped_column(SealedText("consent_events.note"), nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ConditionCheck(Versioned, Base):
    __tablename__ = "condition_checks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    condition: Mapped[Condition] = mapped_column(enum_column(Condition))
    checked_on: Mapped[date] = mapped_column(Date)
    status: Mapped[ConditionStatus] = mapped_column(enum_column(ConditionStatus))
    evidence: Mapped[str | None] = mapped_column(
        SealedText("condition_checks.evidence"), nullable=True)
    assessment: Mapped[str | None] = mapped_column(
        SealedText("condition_checks.assessment"), nullable=True)
    notified_prosecutor: Mapped[bool] = mapped_column(Boolean, default=False)
    notified_immigration_office: Mapped[bool] = mapped_column(Boolean, default=False)
    # A breach the prosecutor was not told of, and why (else it stays on the dashboard).
    not_notified_reason: Mapped[str | None] = mapped_column(
        SealedText("condition_checks.not_notified_reason"), nullable=True)
    counsellor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class AutonomyGoal(Versioned, Base):
    __tablename__ = "autonomy_goals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    domain: Mapped[GoalDomain] = mapped_column(enum_column(GoalDomain))
    description: Mapped[str] = mapped_column(SealedText("autonomy_goals.description"))
    set_on: Mapped[date] = mapped_column(Date)
    target_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[GoalStatus] = mapped_column(enum_column(GoalStatus))
    progress: Mapped[int] = mapped_column(Integer, default=0)  # percent

    milestones: Mapped[list[GoalMilestone]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", order_by="GoalMilestone.reached_on"
    )


class GoalMilestone(Versioned, Base):
    __tablename__ = "goal_milestones"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    goal_id: Mapped[int] = mapped_column(
        ForeignKey("autonomy_goals.id", ondelete="CASCADE"), index=True
    )
    reached_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(SealedText("goal_milestones.description"))
    progress: Mapped[int] = mapped_column(Integer)  # the goal's percent after this milestone

    goal: Mapped[AutonomyGoal] = relationship(back_populates="milestones")


class Notification(Versioned, Base):
    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    sent_on: Mapped[date] = mapped_column(Date)
    recipient: Mapped[NotificationRecipient] = mapped_column(enum_column(NotificationRecipient))
    reason: Mapped[NotificationReason] = mapped_column(enum_column(NotificationReason))
    reference: Mapped[str | None] = mapped_column(
        SealedText("notifications.reference", 120), nullable=True)
    note: Mapped[str | None] = mapped_column(SealedText("notifications.note"), nullable=True)
    counsellor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
