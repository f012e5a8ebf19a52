"""Appointments: counselling sessions planned and accompaniments (a hearing, the Immigration
Office, a doctor, the lawyer), on the calendar, the dashboard and in the file.

`starts_at` is the wall-clock time in Brussels, stored without a zone: a session planned at
10:00 stays at 10:00 whatever the clocks do between now and then (a UTC instant would move
by an hour across the change to or from summer time)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from shelter_desk.domain.vocabulary import AppointmentKind, AppointmentStatus
from shelter_desk.models.base import Base, Versioned, enum_column
from shelter_desk.models.sealed import SealedText


class Appointment(Versioned, Base):
    __tablename__ = "appointments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    # Brussels wall-clock time, naive on purpose (see the module's docstring).
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=False), index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    kind: Mapped[AppointmentKind] = mapped_column(enum_column(AppointmentKind))
    place: Mapped[str] = mapped_column(SealedText("appointments.place"))
    note: Mapped[str | None] = mapped_column(SealedText("appointments.note"), nullable=True)
    with_user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))  # the counsellor
    status: Mapped[AppointmentStatus] = mapped_column(enum_column(AppointmentStatus))
    cancel_reason: Mapped[str | None] = mapped_column(
        SealedText("appointments.cancel_reason"), nullable=True)
    # The counselling session that recorded it, once held.
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("counselling_sessions.id"), nullable=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))  # who planned it
