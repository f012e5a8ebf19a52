"""What staff did about a reminder: done (with what was done), snoozed to a day (with why),
handed to a colleague, or reopened. Append-only: a reminder's state is its latest step, and
every step stays, so who handled a court date's reminder, and how, can be told later.

A reminder is a deadline the rules compute (services/deadlines.py), named by its client, kind,
record and due day: when the facts move its day (a document's expiry corrected), it is a new
reminder and shows again."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from shelter_desk.domain.vocabulary import DeadlineKind, ReminderStep
from shelter_desk.models.base import Base, UTCDateTime, enum_column
from shelter_desk.models.sealed import SealedText


class ReminderAction(Base):
    __tablename__ = "reminder_actions"
    __table_args__ = (Index("ix_reminder_actions_due", "due"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # a DeadlineKind
    record: Mapped[str] = mapped_column(String(64))  # "table#id", or "" for a rule's own
    due: Mapped[date] = mapped_column(Date)
    step: Mapped[ReminderStep] = mapped_column(enum_column(ReminderStep))
    # What was done, or why it waits: case content, so sealed on a server.
    note: Mapped[str | None] = mapped_column(SealedText("reminder_actions.note"), nullable=True)
    snoozed_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())

    @property
    def deadline_kind(self) -> DeadlineKind:
        return DeadlineKind(self.kind)
