"""The judicial side and the residence documents that depend on it."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Time
from sqlalchemy.orm import Mapped, mapped_column

from shelter_desk.domain.vocabulary import (
    DocumentStatus,
    DocumentType,
    HearingOutcome,
    HearingType,
    JudicialOffice,
    JudicialStage,
    Standing,
)
from shelter_desk.models.base import Base, UTCDateTime, Versioned, enum_column
from shelter_desk.models.sealed import SealedText


class JudicialCase(Versioned, Base):
    __tablename__ = "judicial_cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    office: Mapped[JudicialOffice] = mapped_column(enum_column(JudicialOffice))
    district: Mapped[str] = mapped_column(String(80))  # e.g. Antwerpen, Bruxelles, Liège
    reference_magistrate: Mapped[str | None] = mapped_column(
        SealedText("judicial_cases.reference_magistrate", 120), nullable=True)
    pv_number: Mapped[str | None] = mapped_column(
        SealedText("judicial_cases.pv_number", 60), nullable=True)
    case_number: Mapped[str | None] = mapped_column(
        SealedText("judicial_cases.case_number", 60), nullable=True)
    stage: Mapped[JudicialStage] = mapped_column(enum_column(JudicialStage))
    opened_on: Mapped[date] = mapped_column(Date)
    final_decision_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    standing: Mapped[Standing] = mapped_column(enum_column(Standing))
    standing_since: Mapped[date | None] = mapped_column(Date, nullable=True)
    lawyer: Mapped[str | None] = mapped_column(
        SealedText("judicial_cases.lawyer", 120), nullable=True)
    legal_aid: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(SealedText("judicial_cases.notes"), nullable=True)


class CourtDate(Versioned, Base):
    __tablename__ = "court_dates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("judicial_cases.id", ondelete="CASCADE"), index=True
    )
    court: Mapped[str] = mapped_column(String(120))
    on_date: Mapped[date] = mapped_column(Date, index=True)
    at_time: Mapped[time | None] = mapped_column(Time, nullable=True)  # Belgian local time
    # The same moment as an instant: on the night the clocks go back, 02:30 happens twice and
    # only this says which (services/court_time.py).
    at_utc: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    hearing_type: Mapped[HearingType] = mapped_column(enum_column(HearingType))
    attendance_required: Mapped[bool] = mapped_column(Boolean, default=False)
    counsellor_accompanies: Mapped[bool] = mapped_column(Boolean, default=False)
    interpreter_arranged: Mapped[bool] = mapped_column(Boolean, default=False)
    outcome: Mapped[HearingOutcome] = mapped_column(enum_column(HearingOutcome))
    client_attended: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    notes: Mapped[str | None] = mapped_column(SealedText("court_dates.notes"), nullable=True)


class ResidenceDocument(Versioned, Base):
    __tablename__ = "residence_documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    doc_type: Mapped[DocumentType] = mapped_column(enum_column(DocumentType))
    status: Mapped[DocumentStatus] = mapped_column(enum_column(DocumentStatus))
    requested_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # An AI's one extension, an A card's renewal: the document this one extends.
    extends_id: Mapped[int | None] = mapped_column(
        ForeignKey("residence_documents.id"), nullable=True
    )
    reference: Mapped[str | None] = mapped_column(
        SealedText("residence_documents.reference", 60), nullable=True)
    notes: Mapped[str | None] = mapped_column(
        SealedText("residence_documents.notes"), nullable=True)
