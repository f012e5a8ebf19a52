"""The shelter's signing identity, kept inside the encrypted database (one row)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from shelter_desk.models.base import Base, UTCDateTime, Versioned
from shelter_desk.models.sealed import SealedBytes


class SigningIdentity(Versioned, Base):
    __tablename__ = "signing_identity"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # pkcs12 | pkcs11 | demo
    subject: Mapped[str] = mapped_column(String(300))
    certificate_pem: Mapped[bytes] = mapped_column(LargeBinary)
    chain_pem: Mapped[bytes] = mapped_column(LargeBinary)
    root_pem: Mapped[bytes] = mapped_column(LargeBinary)
    # pkcs12: the file as imported, still protected by its passphrase (asked at signing time)
    pkcs12_data: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    # demo: the generated key (the database's encryption is its only protection: demo only)
    demo_key_pem: Mapped[bytes | None] = mapped_column(
        SealedBytes("signing_identity.demo_key_pem"), nullable=True)
    pkcs11_module: Mapped[str | None] = mapped_column(String(500), nullable=True)
    pkcs11_token_label: Mapped[str | None] = mapped_column(String(120), nullable=True)
    pkcs11_key_label: Mapped[str | None] = mapped_column(String(120), nullable=True)
    pkcs11_cert_label: Mapped[str | None] = mapped_column(String(120), nullable=True)
    set_up_at: Mapped[datetime] = mapped_column(UTCDateTime())
    set_up_by: Mapped[str] = mapped_column(String(32))
