"""How the client came in: the referral, the exploitation, and how the programme ended."""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from shelter_desk.domain.vocabulary import (
    DetectionBasis,
    EndReason,
    ReferralOutcome,
    ReferringService,
    Sector,
)
from shelter_desk.models.base import Base, Versioned, enum_column
from shelter_desk.models.sealed import SealedText


class Referral(Versioned, Base):
    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    referred_on: Mapped[date] = mapped_column(Date)
    service: Mapped[ReferringService] = mapped_column(enum_column(ReferringService))
    service_detail: Mapped[str | None] = mapped_column(
        SealedText("referrals.service_detail", 200), nullable=True)
    detection_basis: Mapped[DetectionBasis] = mapped_column(enum_column(DetectionBasis))
    indicators: Mapped[str | None] = mapped_column(
        SealedText("referrals.indicators"), nullable=True)
    leaflet_language: Mapped[str | None] = mapped_column(String(3), nullable=True)
    outcome: Mapped[ReferralOutcome] = mapped_column(enum_column(ReferralOutcome))


class Exploitation(Versioned, Base):
    __tablename__ = "exploitations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    forms: Mapped[list[str]] = mapped_column(JSON)  # ExploitationForm values, at least one
    sector: Mapped[Sector | None] = mapped_column(enum_column(Sector), nullable=True)
    loverboy_method: Mapped[bool] = mapped_column(Boolean, default=False)
    countries: Mapped[list[str]] = mapped_column(JSON)  # ISO 3166-1 alpha-2
    period_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    period_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    description: Mapped[str | None] = mapped_column(  # the exploiters: confidential
        SealedText("exploitations.description"), nullable=True)


class ProgrammeEnd(Versioned, Base):
    __tablename__ = "programme_ends"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), unique=True
    )
    ended_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[EndReason] = mapped_column(enum_column(EndReason))
    note: Mapped[str | None] = mapped_column(SealedText("programme_ends.note"), nullable=True)
