"""The one row that describes this installation: which shelter, since when."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from shelter_desk.models.base import Base, UTCDateTime, Versioned


class Installation(Versioned, Base):
    __tablename__ = "installation"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shelter_name: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Idle minutes before the program locks itself (security.md promise 3).
    idle_lock_minutes: Mapped[int] = mapped_column(Integer, default=5)
    # Where reports are signed (the signature's /Location), as typed; reports name it in
    # their language when it is a Belgian judicial seat (domain/judiciary.py).
    city: Mapped[str | None] = mapped_column(String(80), nullable=True)
    # An RFC 3161 timestamp authority: signatures become PAdES B-T (and B-LT) with it.
    tsa_url: Mapped[str | None] = mapped_column(String(500), nullable=True)
    tsa_root_pem: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
