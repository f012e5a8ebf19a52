"""How records are corrected without being rewritten silently. Both tables are append-only.

- A void: a record entered in the wrong file or with wrong facts is voided, with the reason,
  by its author or a director. It stays in its tab and the history, struck through, and counts
  nowhere else (services/voiding.py).
- A revision: every save that changes a field keeps the values it replaced, so the history
  shows what a field said before it was corrected (services/revisions.py).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from shelter_desk.models.base import Base, UTCDateTime
from shelter_desk.models.sealed import SealedText


class RecordVoid(Base):
    __tablename__ = "record_voids"
    __table_args__ = (UniqueConstraint("table_name", "record_id",
                                       name="uq_record_voids_record"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int] = mapped_column(Integer)
    voided_at: Mapped[datetime] = mapped_column(UTCDateTime())
    voided_by: Mapped[str] = mapped_column(String(32))  # user name, as in the audit trail
    reason: Mapped[str] = mapped_column(SealedText("record_voids.reason"))


class RecordRevision(Base):
    __tablename__ = "record_revisions"
    __table_args__ = (Index("ix_record_revisions_record", "table_name", "record_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)  # the record's version after this save
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    changed_by: Mapped[str] = mapped_column(String(32))
    # The audit entry of the save (its "who did what"), written in the same transaction.
    audit_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # JSON {field: [before, after]}: case content, so sealed on a server.
    changes: Mapped[str] = mapped_column(SealedText("record_revisions.changes"))
