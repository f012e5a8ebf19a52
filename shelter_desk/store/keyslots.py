"""Key slots: the database key wrapped once per user (Argon2id + AES-256-GCM), like LUKS slots.

See KeySlot for the two layers (password-sealed key pair, key-sealed envelope).

The slot file is JSON beside the database. It names users but holds no role, no personal data and
never the key in clear. Each slot keeps its own KDF parameters, so tests can use cheap ones and
old slots stay readable when the defaults grow.

A slot's payload is one 32-byte key, or two while a rekey is in flight ([new, old]): whichever
opens the database is the right one, so a crash between rewriting the slots and rekeying the
database never locks anybody out.
"""

from __future__ import annotations

import base64
import json
import secrets
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from argon2.low_level import Type, hash_secret_raw

from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.store.atomic import atomic_write_bytes
from shelter_desk.store.errors import InvalidKey, KeySlotFileDamaged, WrongCredentials

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

# cryptography is imported where a slot is sealed or opened, not with this module: the login
# window reads the slot file's names and KDF costs before the password, and importing
# cryptography then cost it about 20 ms (issue 13). The password's check loads it on its thread.

KEY_BYTES = 32
FORMAT = "shelter_desk-keyslots"
VERSION = 1
RECOVERY_SLOT = "#recovery"
SlotKind = Literal["user", "recovery"]

# Crockford base32 without I, L, O, U: easy to read aloud and to type back from paper.
_RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 8
RECOVERY_GROUP_LEN = 5  # 40 symbols x 5 bits = 200 bits


# What a slot may ask of Argon2id (docs/security.md). Checked before anything is derived, so a
# slot file edited to t=64 and 4 GiB is refused as damaged instead of running for minutes.
KDF_MEMORY_KIB = (8 * 1024, 2 * 1024 * 1024)  # 8 MiB .. 2 GiB
KDF_TIME_COST = (1, 10)
KDF_PARALLELISM = (1, 16)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters. memory_cost in KiB."""

    time_cost: int
    memory_cost: int
    parallelism: int

    def __post_init__(self) -> None:
        for value, (low, high), what in (
            (self.time_cost, KDF_TIME_COST, "time cost"),
            (self.memory_cost, KDF_MEMORY_KIB, "memory cost"),
            (self.parallelism, KDF_PARALLELISM, "parallelism"),
        ):
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise KeySlotFileDamaged(f"Argon2 {what} {value!r} outside {low}-{high}")


# RFC 9106's second recommended option; well above OWASP's Argon2id minimum (19 MiB, t=2, p=1)
# because a stolen laptop allows an unlimited offline attack on the slot file.
DEFAULT_KDF = KdfParams(time_cost=3, memory_cost=64 * 1024, parallelism=4)


def derive_kek(secret: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=secret.encode("utf-8"),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def normalise_username(name: str) -> str:
    return unicodedata.normalize("NFC", name).strip().casefold()


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def check_key(key: bytes) -> bytes:
    """Refuse anything but a full-length random key: an empty key means a plaintext database."""
    if not isinstance(key, bytes | bytearray) or len(key) != KEY_BYTES or not any(key):
        raise InvalidKey(QT_TRANSLATE_NOOP("errors",
            "A database key must be 32 random bytes; an empty key is refused."))
    return bytes(key)


def new_recovery_code() -> str:
    symbols = "".join(
        secrets.choice(_RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN)
    )
    return "-".join(
        symbols[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(symbols), RECOVERY_GROUP_LEN)
    )


def normalise_recovery_code(code: str) -> str:
    """Accept the code as typed from paper: any case, spaces or dashes, O for 0, I/L for 1."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans("OIL", "011"))
    return cleaned


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise KeySlotFileDamaged("field is not text")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except ValueError as exc:
        raise KeySlotFileDamaged("field is not base64") from exc


@dataclass(frozen=True)
class Sealed:
    """AES-256-GCM ciphertext with its nonce."""

    nonce: bytes
    ciphertext: bytes

    def to_json(self) -> dict[str, str]:
        return {"nonce": _b64(self.nonce), "ciphertext": _b64(self.ciphertext)}

    @classmethod
    def from_json(cls, data: Any) -> Sealed:
        return cls(nonce=_unb64(data["nonce"]), ciphertext=_unb64(data["ciphertext"]))


@dataclass(frozen=True)
class KeySlot:
    """One person's (or the recovery code's) way into the database.

    Two layers, so that an administrator can re-seal a new database key for every remaining
    slot without knowing anybody's password:
    - `private_key`: the slot's X25519 private key, sealed with a key derived by Argon2id from
      the password (this is what the password unlocks, and what a wrong password fails on);
    - `envelope`: the database key(s) sealed to the slot's public key (ephemeral X25519,
      HKDF-SHA256, AES-256-GCM), which anyone holding the database key can rewrite.
    """

    name: str
    kind: SlotKind
    kdf: KdfParams
    salt: bytes
    private_key: Sealed
    public_key: bytes
    ephemeral_public: bytes
    envelope: Sealed

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "kdf": {
                "algorithm": "argon2id",
                "time_cost": self.kdf.time_cost,
                "memory_cost": self.kdf.memory_cost,
                "parallelism": self.kdf.parallelism,
                "salt": _b64(self.salt),
            },
            "cipher": "x25519-hkdf-sha256-aes-256-gcm",
            "private_key": self.private_key.to_json(),
            "public_key": _b64(self.public_key),
            "ephemeral_public": _b64(self.ephemeral_public),
            "envelope": self.envelope.to_json(),
        }

    @classmethod
    def from_json(cls, data: Any) -> KeySlot:
        try:
            kdf = data["kdf"]
            if kdf["algorithm"] != "argon2id" or data["cipher"] != "x25519-hkdf-sha256-aes-256-gcm":
                raise KeySlotFileDamaged("unknown algorithm")
            kind = data["kind"]
            if kind not in ("user", "recovery"):
                raise KeySlotFileDamaged("unknown slot kind")
            name = data["name"]
            if not isinstance(name, str) or not name:
                raise KeySlotFileDamaged("slot without a name")
            params = KdfParams(
                time_cost=int(kdf["time_cost"]),
                memory_cost=int(kdf["memory_cost"]),
                parallelism=int(kdf["parallelism"]),
            )
            return cls(
                name=name,
                kind=kind,
                kdf=params,
                salt=_unb64(kdf["salt"]),
                private_key=Sealed.from_json(data["private_key"]),
                public_key=_unb64(data["public_key"]),
                ephemeral_public=_unb64(data["ephemeral_public"]),
                envelope=Sealed.from_json(data["envelope"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise KeySlotFileDamaged("slot entry malformed") from exc


def _aad(database_id: str, kind: str, name: str, layer: str) -> bytes:
    # Binds each ciphertext to its database, slot and layer: a slot copied under another name
    # or into another installation's file does not open.
    return f"{FORMAT}/v{VERSION}|{database_id}|{kind}|{name}|{layer}".encode()


def _seal(key: bytes, plaintext: bytes, aad: bytes) -> Sealed:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    return Sealed(nonce=nonce, ciphertext=AESGCM(key).encrypt(nonce, plaintext, aad))


def _envelope_key(shared: bytes, ephemeral_public: bytes, public_key: bytes, aad: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=ephemeral_public + public_key, info=aad
    ).derive(shared)


def _raw_public(key: X25519PublicKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def seal_envelope(
    database_id: str, name: str, kind: SlotKind, public_key: bytes, keys: list[bytes]
) -> tuple[bytes, Sealed]:
    """Seal the database key(s) to a slot's public key. Needs no password."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

    payload = b"".join(check_key(k) for k in keys)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    aad = _aad(database_id, kind, name, "envelope")
    key = _envelope_key(shared, ephemeral_public, public_key, aad)
    return ephemeral_public, _seal(key, payload, aad)


def _seal_private_key(
    database_id: str, name: str, kind: SlotKind, secret: str, private: X25519PrivateKey,
    kdf: KdfParams,
) -> tuple[bytes, Sealed]:
    if not secret:
        raise InvalidKey(
            QT_TRANSLATE_NOOP("errors", "An empty password or recovery code is refused."),
        )
    from cryptography.hazmat.primitives import serialization

    salt = secrets.token_bytes(16)
    raw = private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    kek = derive_kek(secret, salt, kdf)
    return salt, _seal(kek, raw, _aad(database_id, kind, name, "private-key"))


def new_slot(
    database_id: str, name: str, kind: SlotKind, secret: str, keys: list[bytes], kdf: KdfParams
) -> KeySlot:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    private = X25519PrivateKey.generate()
    public = _raw_public(private.public_key())
    salt, sealed_private = _seal_private_key(database_id, name, kind, secret, private, kdf)
    ephemeral_public, envelope = seal_envelope(database_id, name, kind, public, keys)
    return KeySlot(
        name=name, kind=kind, kdf=kdf, salt=salt, private_key=sealed_private,
        public_key=public, ephemeral_public=ephemeral_public, envelope=envelope,
    )


def _open_private_key(database_id: str, slot: KeySlot, secret: str) -> X25519PrivateKey:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = derive_kek(secret, slot.salt, slot.kdf)
    aad = _aad(database_id, slot.kind, slot.name, "private-key")
    try:
        raw = AESGCM(kek).decrypt(slot.private_key.nonce, slot.private_key.ciphertext, aad)
    except InvalidTag:
        raise WrongCredentials() from None
    return X25519PrivateKey.from_private_bytes(raw)


def unwrap_keys(database_id: str, slot: KeySlot, secret: str) -> list[bytes]:
    return open_envelope(database_id, slot, _open_private_key(database_id, slot, secret))


def open_slot(database_id: str, slot: KeySlot, secret: str) -> tuple[X25519PrivateKey, list[bytes]]:
    """The slot's private key (to follow later rekeys without the password) and its keys."""
    private = _open_private_key(database_id, slot, secret)
    return private, open_envelope(database_id, slot, private)


def open_envelope(database_id: str, slot: KeySlot, private: X25519PrivateKey) -> list[bytes]:
    """The database key(s) sealed in `slot`, opened with its private key (no password, no
    Argon2): how a logged-in program follows a rekey made by another one."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if _raw_public(private.public_key()) != slot.public_key:
        raise KeySlotFileDamaged("slot key pair does not match")
    aad = _aad(database_id, slot.kind, slot.name, "envelope")
    shared = private.exchange(X25519PublicKey.from_public_bytes(slot.ephemeral_public))
    key = _envelope_key(shared, slot.ephemeral_public, slot.public_key, aad)
    try:
        payload = AESGCM(key).decrypt(slot.envelope.nonce, slot.envelope.ciphertext, aad)
    except InvalidTag:
        raise KeySlotFileDamaged("sealed database key does not open") from None
    if not payload or len(payload) % KEY_BYTES:
        raise KeySlotFileDamaged("sealed key has the wrong length")
    return [payload[i : i + KEY_BYTES] for i in range(0, len(payload), KEY_BYTES)]


def resealed(database_id: str, slot: KeySlot, keys: list[bytes]) -> KeySlot:
    """The same slot (same password) holding other database key(s)."""
    ephemeral_public, envelope = seal_envelope(
        database_id, slot.name, slot.kind, slot.public_key, keys
    )
    return replace(slot, ephemeral_public=ephemeral_public, envelope=envelope)


def with_new_secret(
    database_id: str, slot: KeySlot, old_secret: str | None, new_secret: str, kdf: KdfParams,
    keys: list[bytes],
) -> KeySlot:
    """A slot whose password is `new_secret`. With the old secret the key pair is kept;
    without it (an administrator's reset) a fresh slot is made from the database key."""
    if old_secret is None:
        return new_slot(database_id, slot.name, slot.kind, new_secret, keys, kdf)
    private = _open_private_key(database_id, slot, old_secret)
    salt, sealed_private = _seal_private_key(
        database_id, slot.name, slot.kind, new_secret, private, kdf
    )
    return replace(slot, kdf=kdf, salt=salt, private_key=sealed_private)


@dataclass(frozen=True)
class SlotFile:
    """`generation` counts the writes: each one is a read-modify-write of the file on disk
    under the data folder's lock, and a write whose generation is not newer than the disk's is
    refused (store/database.py), so no program puts back the copy it read at login."""

    database_id: str
    slots: tuple[KeySlot, ...] = field(default_factory=tuple)
    generation: int = 0

    @classmethod
    def new(cls) -> SlotFile:
        return cls(database_id=secrets.token_hex(16))

    # -- lookup -------------------------------------------------------------------------------
    def find(self, name: str) -> KeySlot | None:
        for slot in self.slots:
            if slot.name == name:
                return slot
        return None

    def user_names(self) -> list[str]:
        return sorted(s.name for s in self.slots if s.kind == "user")

    def unwrap(self, name: str, secret: str) -> list[bytes]:
        return self.open(name, secret)[1]

    def open(self, name: str, secret: str) -> tuple[X25519PrivateKey, list[bytes]]:
        slot = self.find(name)
        if slot is None:
            # Same work as a real attempt, so timing does not tell which user names exist.
            derive_kek(secret, b"\0" * 16, DEFAULT_KDF)
            raise WrongCredentials()
        return open_slot(self.database_id, slot, secret)

    def next_generation(self, on_disk: SlotFile | None) -> SlotFile:
        """This content as the write that follows `on_disk` (None: no file yet)."""
        base = max(self.generation, on_disk.generation if on_disk else 0)
        return replace(self, generation=base + 1)

    # -- changes (each returns a new SlotFile) --------------------------------------------------
    def with_slot(self, slot: KeySlot) -> SlotFile:
        others = tuple(s for s in self.slots if s.name != slot.name)
        return replace(self, slots=(*others, slot))

    def without_slot(self, name: str) -> SlotFile:
        return replace(self, slots=tuple(s for s in self.slots if s.name != name))

    def resealed_all(self, keys: list[bytes]) -> SlotFile:
        """Every slot holding `keys` instead of what it held (the rekey step)."""
        return replace(self, slots=tuple(resealed(self.database_id, s, keys) for s in self.slots))

    # -- disk ---------------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "database_id": self.database_id,
            "generation": self.generation,
            "slots": [s.to_json() for s in sorted(self.slots, key=lambda s: s.name)],
        }
        return json.dumps(doc, indent=2, sort_keys=True).encode("utf-8") + b"\n"

    @classmethod
    def from_bytes(cls, data: bytes) -> SlotFile:
        try:
            doc = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise KeySlotFileDamaged("not valid JSON") from exc
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise KeySlotFileDamaged("not a shelter_desk key-slot file")
        if doc.get("version") != VERSION:
            raise KeySlotFileDamaged(f"unsupported version {doc.get('version')!r}")
        database_id = doc.get("database_id")
        raw_slots = doc.get("slots")
        if not isinstance(database_id, str) or not isinstance(raw_slots, list):
            raise KeySlotFileDamaged("missing fields")
        generation = doc.get("generation", 0)  # files from before the counter: 0
        if isinstance(generation, bool) or not isinstance(generation, int) or generation < 0:
            raise KeySlotFileDamaged("generation is not a count")
        slots = tuple(KeySlot.from_json(s) for s in raw_slots)
        if len({s.name for s in slots}) != len(slots):
            raise KeySlotFileDamaged("duplicate slot names")
        return cls(database_id=database_id, slots=slots, generation=generation)

    @classmethod
    def load(cls, path: Path) -> SlotFile:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise
        except OSError as exc:
            raise KeySlotFileDamaged(exc.strerror or "unreadable") from exc
        return cls.from_bytes(data)

    def save(self, path: Path) -> None:
        atomic_write_bytes(path, self.to_bytes())
