"""Personal fields sealed on the workstation before they reach a server.

On the shelter's server (PostgreSQL) every column that names or describes a person is stored as
AES-256-GCM ciphertext under a key derived from the shelter's data key; the server never sees
the plaintext, and its administrator cannot read it from the disk, a dump or a backup. On the
embedded store the whole file is encrypted by SQLCipher, so these columns hold plain values there.

The column types below do the sealing, so models and services read and write plain values on
both backends. The cipher is attached to the server engine's dialect (`attach_cipher`); a server
engine without one refuses to send a personal field at all rather than send it in clear.
"""

from __future__ import annotations

import hmac
import secrets
from datetime import date
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Date, Engine, LargeBinary, String, Text, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeEngine

_VERSION = b"\x01"  # the first byte of every sealed value: the format, for a later change
_NONCE = 12
_ATTR = "shelter_desk_cipher"
KEY_BYTES = 32


class SealedValueDamaged(RuntimeError):
    """A sealed value that does not open: changed on the server, or sealed under another key."""


class UnsealedField(RuntimeError):
    """A personal field was about to reach a server without its cipher: refused."""


def _subkey(data_key: bytes, purpose: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=f"shelter_desk/{purpose}/v1".encode()).derive(data_key)


class FieldCipher:
    """The keys derived from the data key: one seals fields, one makes blind-index tokens."""

    def __init__(self, data_key: bytes) -> None:
        if len(data_key) != KEY_BYTES:
            raise ValueError("the data key has 256 bits")
        self._aead = AESGCM(_subkey(data_key, "fields"))
        self._index_key = _subkey(data_key, "name-index")

    def seal(self, label: str, plaintext: bytes) -> bytes:
        nonce = secrets.token_bytes(_NONCE)
        return _VERSION + nonce + self._aead.encrypt(nonce, plaintext, label.encode())

    def open(self, label: str, sealed: bytes) -> bytes:
        if len(sealed) < 1 + _NONCE + 16 or sealed[:1] != _VERSION:
            raise SealedValueDamaged(f"a sealed {label} value is malformed")
        try:
            return self._aead.decrypt(sealed[1:1 + _NONCE], sealed[1 + _NONCE:], label.encode())
        except InvalidTag:
            raise SealedValueDamaged(f"a sealed {label} value does not open") from None

    def index_token(self, text: str) -> bytes:
        return hmac.new(self._index_key, text.encode(), "sha256").digest()


def attach_cipher(engine: Engine, cipher: FieldCipher | None) -> None:
    """Give a server engine the cipher its personal columns are sealed with (None: take it
    back, at logout)."""
    setattr(engine.dialect, _ATTR, cipher)


def _cipher(dialect: Dialect) -> FieldCipher | None:
    if dialect.name == "sqlite":
        return None  # SQLCipher encrypts the whole file
    cipher = getattr(dialect, _ATTR, None)
    if cipher is None:
        raise UnsealedField("a personal field would reach the server unsealed")
    return cipher  # type: ignore[no-any-return]


class _Sealed(TypeDecorator[Any]):
    """A value sealed on a server, plain on SQLCipher. `label` names the column: it is bound
    into the ciphertext, so a value moved into another column does not open there."""

    impl = LargeBinary
    cache_ok = True

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label

    def plain_type(self) -> TypeEngine[Any]:
        raise NotImplementedError

    def encode(self, value: Any) -> bytes:
        raise NotImplementedError

    def decode(self, raw: bytes) -> Any:
        raise NotImplementedError

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(self.plain_type())
        return dialect.type_descriptor(LargeBinary())

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        cipher = _cipher(dialect)
        if value is None or cipher is None:
            return value
        return cipher.seal(self.label, self.encode(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        cipher = _cipher(dialect)
        if value is None or cipher is None:
            return value
        return self.decode(cipher.open(self.label, bytes(value)))


class SealedText(_Sealed):
    """Names, notes, evidence: text (String(length) on SQLCipher, Text when no length)."""

    cache_ok = True

    def __init__(self, label: str, length: int | None = None) -> None:
        super().__init__(label)
        self.length = length

    def plain_type(self) -> TypeEngine[Any]:
        return String(self.length) if self.length else Text()

    def encode(self, value: Any) -> bytes:
        return str(value).encode("utf-8")

    def decode(self, raw: bytes) -> str:
        return raw.decode("utf-8")


class SealedDate(_Sealed):
    """A date that identifies a person (a birth date)."""

    cache_ok = True

    def plain_type(self) -> TypeEngine[Any]:
        return Date()

    def encode(self, value: Any) -> bytes:
        if not isinstance(value, date):
            raise TypeError("a date is expected")
        return value.isoformat().encode("ascii")

    def decode(self, raw: bytes) -> date:
        return date.fromisoformat(raw.decode("ascii"))


class SealedBytes(_Sealed):
    """Bytes that must not reach the server readable (the demo signing key)."""

    cache_ok = True

    def plain_type(self) -> TypeEngine[Any]:
        return LargeBinary()

    def encode(self, value: Any) -> bytes:
        return bytes(value)

    def decode(self, raw: bytes) -> bytes:
        return raw
