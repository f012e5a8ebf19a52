"""Raw SQLCipher 4 connections with every security setting applied and then asserted.

A connection whose settings do not read back as required is closed and never handed out:
a plaintext temp file or a missing foreign key check is a bug we want to hear about at once.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.store.atomic import create_private_file
from shelter_desk.store.errors import InsecureConfiguration, UnsupportedCipher
from shelter_desk.store.faults import SQLITE_NOTADB, sqlite_code, truthful
from shelter_desk.store.keyslots import check_key

REQUIRED_CIPHER_MAJOR = "4."
# How long a connection waits for another program's write (or rekey) before saying it is busy.
BUSY_TIMEOUT_MS = 15000
SQLCIPHER_PAGE_SIZE = "4096"
SQLCIPHER_HMAC = "HMAC_SHA512"

# sqlite3 authorizer action codes (sqlite3.h)
_SQLITE_PRAGMA = 19
_SQLITE_ATTACH = 24
_SQLITE_DETACH = 25
_SQLITE_OK = 0
_SQLITE_DENY = 1

# Pragmas nobody may change on a live connection: they carry the encryption and the guarantees.
_GUARDED_PRAGMAS = frozenset(
    {
        "key", "hexkey", "textkey", "rekey", "hexrekey", "textrekey",
        "temp_store", "temp_store_directory", "secure_delete", "journal_mode", "synchronous",
        "foreign_keys", "cipher_compatibility", "cipher_page_size", "cipher_plaintext_header_size",
        "cipher_salt", "cipher_use_hmac", "cipher_memory_security", "writable_schema",
    }
)


class KeyRejected(Exception):
    """The key does not open this file (wrong key, or page 1 damaged: SQLCipher cannot tell)."""


def key_pragma_value(key: bytes) -> str:
    # A raw key in x'..' form: SQLCipher uses it as is and runs no KDF of its own.
    return f"\"x'{check_key(key).hex()}'\""


def _guard(action: int, arg1: str | None, arg2: str | None, *_: object) -> int:
    """Authorizer for everyday connections: no ATTACH (an ATTACH with an empty key would write
    a plaintext copy) and no change to the pragmas that carry the encryption and guarantees.
    Maintenance connections (backup, rekey) are opened without it, by the store alone."""
    if action in (_SQLITE_ATTACH, _SQLITE_DETACH):
        return _SQLITE_DENY
    if action == _SQLITE_PRAGMA and arg1 and arg1.lower() in _GUARDED_PRAGMAS:
        return _SQLITE_DENY if arg2 is not None else _SQLITE_OK
    return _SQLITE_OK


def _one(conn: sqlcipher.Connection, sql: str) -> Any:
    row = conn.execute(sql).fetchone()
    return None if row is None else row[0]


def assert_security_settings(conn: sqlcipher.Connection) -> None:
    """Read back every setting that the promises of security.md rest on."""
    checks: dict[str, tuple[Any, Any]] = {
        "temp_store": (_one(conn, "PRAGMA temp_store"), 2),
        "secure_delete": (_one(conn, "PRAGMA secure_delete"), 1),
        "foreign_keys": (_one(conn, "PRAGMA foreign_keys"), 1),
        "journal_mode": (str(_one(conn, "PRAGMA journal_mode")).lower(), "wal"),
        "synchronous": (_one(conn, "PRAGMA synchronous"), 2),
        "cipher_page_size": (str(_one(conn, "PRAGMA cipher_page_size")), SQLCIPHER_PAGE_SIZE),
        "cipher_hmac_algorithm": (_one(conn, "PRAGMA cipher_hmac_algorithm"), SQLCIPHER_HMAC),
        "cipher_plaintext_header_size": (
            str(_one(conn, "PRAGMA cipher_plaintext_header_size")), "0"
        ),
    }
    wrong = sorted(name for name, (got, want) in checks.items() if got != want)
    if wrong:
        raise InsecureConfiguration(QT_TRANSLATE_NOOP("errors",
            "The database connection is missing required security settings: {settings}"),
            settings=", ".join(wrong))


def cipher_version(conn: sqlcipher.Connection) -> str:
    return str(_one(conn, "PRAGMA cipher_version") or "")


def connect(
    path: Path, key: bytes, *, maintenance: bool = False, create: bool = False
) -> sqlcipher.Connection:
    """Open `path` with the raw 256-bit `key`; raise KeyRejected if the key does not open it.

    The file must exist unless `create` (only a new database and export targets are created):
    SQLite would otherwise make an empty database wherever it is pointed. `maintenance`
    connections may ATTACH and rekey; only the store's own backup and rekey code asks for one.
    Disk trouble comes out as DataFolderReadOnly, DiskFull or DatabaseBusy, never as a
    rejected key (which the caller would call damage)."""
    pragma_key = key_pragma_value(key)
    folder = Path(path).parent
    target = str(path) if create else Path(path).absolute().as_uri() + "?mode=rw"
    with truthful(folder):
        conn = sqlcipher.connect(target, isolation_level=None, check_same_thread=False,
                                 uri=not create)
    try:
        with truthful(folder):
            # First: a reader must wait for a writer (or a rekey) instead of failing at once.
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA cipher_log_level = NONE")
            version = cipher_version(conn)
            if not version.startswith(REQUIRED_CIPHER_MAJOR):
                raise UnsupportedCipher(QT_TRANSLATE_NOOP("errors",
                    "SQLCipher 4 is required; this installation has {version}."),
                    version=version or "no SQLCipher")
            conn.execute(f"PRAGMA key = {pragma_key}")
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher.DatabaseError as exc:
                if sqlite_code(exc) == SQLITE_NOTADB:
                    raise KeyRejected() from exc
                raise
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            assert_security_settings(conn)
        if not maintenance:
            conn.set_authorizer(_guard)
    except BaseException:
        with contextlib.suppress(Exception):
            conn.close()
        raise
    return conn


def integrity_problems(conn: sqlcipher.Connection) -> list[str]:
    """Every page's HMAC (SQLCipher) and the b-tree structure (SQLite). Empty means sound."""
    try:
        problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        if problems:
            return problems  # quick_check would only trip over the same pages
        quick = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlcipher.DatabaseError as exc:
        return [f"unreadable: {exc}"]
    return [] if quick == ["ok"] else quick


def export_to(conn: sqlcipher.Connection, target: Path, key: bytes) -> None:
    """Write an encrypted copy of the whole database to `target` with `key` (never empty)."""
    pragma_key = key_pragma_value(key)
    create_private_file(target)  # refuses to overwrite: O_EXCL
    conn.execute(f"ATTACH DATABASE ? AS export_target KEY {pragma_key}", (str(target),))
    try:
        conn.execute("SELECT sqlcipher_export('export_target')")
        version = _one(conn, "PRAGMA main.user_version")
        conn.execute(f"PRAGMA export_target.user_version = {int(version or 0)}")
    finally:
        conn.execute("DETACH DATABASE export_target")
    with target.open("rb") as fh:
        plaintext = fh.read(16) == b"SQLite format 3\x00"
    if plaintext:
        target.unlink()
        raise InsecureConfiguration(QT_TRANSLATE_NOOP("errors",
            "An export came out unencrypted; it was not kept."))


def rekey(conn: sqlcipher.Connection, new_key: bytes) -> None:
    """Re-encrypt every page with `new_key` (a maintenance connection, in WAL mode)."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute(f"PRAGMA rekey = {key_pragma_value(new_key)}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
