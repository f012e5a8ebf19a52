"""Each active client's phase and deadlines, kept (services/status.py), so the client list and
the dashboard read plain columns instead of recomputing every rule for every client.

Derived data: rebuilt from the records in the same transaction as every change to them, and
again on the first read after `stale_on` (a document expiring, a consent review moving on).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from shelter_desk.models.base import Base
from shelter_desk.models.sealed import SealedText


class ClientState(Base):
    __tablename__ = "client_states"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True)
    phase: Mapped[str] = mapped_column(String(32))
    computed_on: Mapped[date] = mapped_column(Date)
    # The first day on which the rules could give another answer without any record changing.
    stale_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    # The next deadline (overdue first), as the client list shows it.
    next_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    next_kind: Mapped[str | None] = mapped_column(String(32), nullable=True)
    next_detail: Mapped[str | None] = mapped_column(
        SealedText("client_states.next_detail"), nullable=True)
    next_rule: Mapped[str | None] = mapped_column(Text, nullable=True)
    next_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    next_record: Mapped[str | None] = mapped_column(String(64), nullable=True)


class ClientDeadline(Base):
    __tablename__ = "client_deadlines"
    __table_args__ = (Index("ix_client_deadlines_due", "due", "until"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    due: Mapped[date] = mapped_column(Date)
    until: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(32))
    # Labels, court names, and a case plan's action (free text): sealed on a server.
    detail: Mapped[str] = mapped_column(SealedText("client_deadlines.detail"))
    rule: Mapped[str] = mapped_column(Text)
    record: Mapped[str | None] = mapped_column(String(64), nullable=True)
