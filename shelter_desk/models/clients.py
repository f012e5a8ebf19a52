"""The client and who may see their file."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shelter_desk.domain.vocabulary import BirthDatePrecision, ClientStatus, Gender, ResidenceTrack
from shelter_desk.models.base import Base, UTCDateTime, Versioned, enum_column
from shelter_desk.models.sealed import SealedDate, SealedText


class Client(Versioned, Base):
    __tablename__ = "clients"
    __table_args__ = (Index("ix_clients_status_counsellor", "status", "counsellor_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The pseudonym used everywhere it can be (lists, reports without identity consent, audit).
    case_code: Mapped[str] = mapped_column(String(32), unique=True)
    first_names: Mapped[str] = mapped_column(SealedText("clients.first_names", 120))
    last_name: Mapped[str] = mapped_column(SealedText("clients.last_name", 120))
    birth_date: Mapped[date | None] = mapped_column(SealedDate("clients.birth_date"), nullable=True)
    birth_date_precision: Mapped[BirthDatePrecision] = mapped_column(
        enum_column(BirthDatePrecision)
    )
    gender: Mapped[Gender] = mapped_column(enum_column(Gender))
    nationality: Mapped[str] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    languages: Mapped[list[str]] = mapped_column(JSON)  # ISO 639-1, first = preferred
    is_minor: Mapped[bool] = mapped_column(Boolean, default=False)
    guardian_name: Mapped[str | None] = mapped_column(
        SealedText("clients.guardian_name", 120), nullable=True)
    guardian_contact: Mapped[str | None] = mapped_column(
        SealedText("clients.guardian_contact", 200), nullable=True)
    residence_track: Mapped[ResidenceTrack] = mapped_column(enum_column(ResidenceTrack))
    intake_date: Mapped[date] = mapped_column(Date)
    counsellor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    status: Mapped[ClientStatus] = mapped_column(enum_column(ClientStatus))
    # Names and aliases folded (NFKD, no accents, casefold) for accent-insensitive search. On a
    # server it is sealed like the names, and searched through the blind index (name_tokens).
    search_key: Mapped[str] = mapped_column(SealedText("clients.search_key"))
    synthetic: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    aliases: Mapped[list[ClientAlias]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="ClientAlias.id"
    )


class ClientAlias(Base):
    """Other names: aliases, other spellings, the name in the client's own script."""

    __tablename__ = "client_aliases"
    # A save that lost a race to another desk may find the aliases it replaces gone already;
    # the client's own version check then refuses that save and rolls it back.
    __mapper_args__ = {"confirm_deleted_rows": False}  # noqa: RUF012 (read by SQLAlchemy)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(SealedText("client_aliases.alias", 120))

    client: Mapped[Client] = relationship(back_populates="aliases")


class AccessGrant(Versioned, Base):
    """A director lets a counsellor other than the assigned one work on a client's file, until
    a day or until revoked (services/access_grants.py)."""

    __tablename__ = "access_grants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    granted_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    granted_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reason: Mapped[str | None] = mapped_column(
        SealedText("access_grants.reason"), nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # The last day the colleague may work on the file (Brussels date); None: until revoked.
    until: Mapped[date | None] = mapped_column(Date, nullable=True)
