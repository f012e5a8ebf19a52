"""The case plan (actions agreed with the client, each with an owner and a due date) and case
notes (what happened outside counselling sessions: a call, a meeting with the lawyer, a team
decision). Case notes are confidential like session notes: they never leave the file."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from shelter_desk.domain.vocabulary import ActionStatus, NoteKind
from shelter_desk.models.base import Base, Versioned, enum_column
from shelter_desk.models.sealed import SealedText


class PlanAction(Versioned, Base):
    __tablename__ = "plan_actions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(SealedText("plan_actions.action"))
    agreed_on: Mapped[date] = mapped_column(Date)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"))  # who does it
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(enum_column(ActionStatus))
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))  # who recorded it


class CaseNote(Versioned, Base):
    __tablename__ = "case_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    noted_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[NoteKind] = mapped_column(enum_column(NoteKind))
    text: Mapped[str] = mapped_column(SealedText("case_notes.text"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
