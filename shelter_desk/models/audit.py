"""The audit trail: append-only and hash-chained. Metadata only, never case content."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from shelter_desk.models.base import Base, UTCDateTime
from shelter_desk.models.sealed import SealedText


class AuditEntry(Base):
    __tablename__ = "audit_log"

    # seq is the chain position; it is part of the hashed content, so a reorder is detectable.
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(48))
    client_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    target: Mapped[str | None] = mapped_column(String(120), nullable=True)
    # Typed by people (why a user was removed, why a file was exported): sealed on a server.
    reason: Mapped[str | None] = mapped_column(SealedText("audit_log.reason"), nullable=True)
    recipient: Mapped[str | None] = mapped_column(
        SealedText("audit_log.recipient", 120), nullable=True)
    outcome: Mapped[str] = mapped_column(String(16), default="ok")
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)


class AuditSeal(Base):
    """The chain's length and head at one moment, signed (CMS) with the shelter's signing key.

    Any member of staff holds the database key and could rewrite the chain and its hashes; they
    cannot sign. So every entry up to a seal's length is fixed by that seal (services/seals.py).
    """

    __tablename__ = "audit_seals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    length: Mapped[int] = mapped_column(Integer)
    head: Mapped[str] = mapped_column(String(64))
    sealed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sealed_by: Mapped[str] = mapped_column(String(32))
    occasion: Mapped[str] = mapped_column(String(16))  # seal | report | export
    signer: Mapped[str] = mapped_column(String(300))
    # The trust root the signer chained to when sealing; `check` names a seal made under an
    # earlier identity and, with --trust, requires the root given there.
    root_pem: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)  # detached CMS (DER) over the payload
