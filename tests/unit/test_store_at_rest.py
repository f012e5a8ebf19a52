"""Promise 1 and 2 of security.md: encrypted at rest, only people with a key slot get in."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import text

from shelter_desk.domain.roles import Role
from shelter_desk.services import audit, setup, users
from shelter_desk.services.workspace import Workspace
from shelter_desk.store.database import Store
from shelter_desk.store.engine import make_engine
from shelter_desk.store.errors import InvalidKey, NotInitialised, WrongCredentials
from shelter_desk.store.sqlcipher import connect
from tests.conftest import CHEAP_KDF, DIRECTOR, DIRECTOR_PASSWORD, snapshot

SENTINEL = "Zx-SENTINEL-Ľudmila-Абрамова-سلمى-7Q"


def _all_bytes(folder: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for p in folder.rglob("*") if p.is_file()]


def _leaks(folder: Path, needle: str) -> list[str]:
    forms = {
        needle.encode("utf-8"),
        needle.encode("utf-16-le"),
        needle.encode("utf-16-be"),
        b"SENTINEL",
    }
    return [str(p) for p, data in _all_bytes(folder) if any(f in data for f in forms)]


def test_database_has_no_plaintext_header(data_dir: Path) -> None:
    header = (data_dir / "shelter.db").read_bytes()[:16]
    assert header != b"SQLite format 3\x00"
    assert b"SQLite" not in header


def test_standard_sqlite_cannot_read_the_file(data_dir: Path) -> None:
    conn = sqlite3.connect(data_dir / "shelter.db")
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_sentinel_written_through_the_store_is_in_no_file(
    director_ws: Workspace, data_dir: Path
) -> None:
    # A reader held open keeps the WAL from being checkpointed away: its pages are checked too.
    reader = connect(data_dir / "shelter.db", director_ws.store._key)
    try:
        reader.execute("BEGIN")  # deferred: a read transaction, no write lock
        reader.execute("SELECT count(*) FROM users").fetchone()
        users.add_user(director_ws, "sentinel", SENTINEL, [Role.COUNSELLOR], "a long test password")
        with director_ws.session() as session:
            audit.record(
                session, director_ws.actor, "test.sentinel", reason=SENTINEL, target=SENTINEL[:60]
            )
        assert (data_dir / "shelter.db-wal").stat().st_size > 0
        assert _leaks(data_dir, SENTINEL) == []
    finally:
        reader.close()
    with director_ws.session() as session:
        assert (
            session.execute(
                text("SELECT count(*) FROM users WHERE display_name = :n"), {"n": SENTINEL}
            ).scalar()
            == 1
        )
    director_ws.close()
    assert _leaks(data_dir, SENTINEL) == []


def test_the_leak_detector_finds_a_plaintext_copy(tmp_path: Path) -> None:
    # The check above must be able to fail: a plain SQLite file with the sentinel is caught.
    conn = sqlite3.connect(tmp_path / "plain.db")
    conn.execute("CREATE TABLE t(x)")
    conn.execute("INSERT INTO t VALUES (?)", (SENTINEL,))
    conn.commit()
    conn.close()
    assert _leaks(tmp_path, SENTINEL)


def test_wrong_password_changes_nothing_on_disk(data_dir: Path) -> None:
    before = snapshot(data_dir)
    with pytest.raises(WrongCredentials) as exc:
        setup.login(data_dir, DIRECTOR, DIRECTOR_PASSWORD + "x", kdf=CHEAP_KDF)
    assert str(exc.value) == "The user name or password is not correct."
    with pytest.raises(WrongCredentials):
        setup.login(data_dir, "nobody", DIRECTOR_PASSWORD, kdf=CHEAP_KDF)
    with pytest.raises(WrongCredentials):
        setup.login_with_recovery(data_dir, "AAAAA-BBBBB", kdf=CHEAP_KDF)
    assert snapshot(data_dir) == before


def test_right_password_opens_and_sees_the_pinned_cipher(director_ws: Workspace) -> None:
    with director_ws.store.connection() as conn:
        version = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
        assert str(version).startswith("4.")
        assert conn.exec_driver_sql("PRAGMA cipher_page_size").scalar() == "4096"


def test_recovery_code_opens_as_administrator(data_dir: Path, recovery_code: str) -> None:
    ws = setup.login_with_recovery(data_dir, recovery_code.lower(), kdf=CHEAP_KDF)
    try:
        assert ws.actor.via_recovery
        assert ws.actor.has(Role.ADMINISTRATOR) and not ws.actor.has(Role.DIRECTOR)
    finally:
        ws.close()


def test_empty_key_is_refused_everywhere(data_dir: Path) -> None:
    for bad in (b"", b"\0" * 32):
        with pytest.raises(InvalidKey):
            connect(data_dir / "shelter.db", bad)
        with pytest.raises(InvalidKey):
            make_engine(data_dir / "shelter.db", lambda bad=bad: bad)  # type: ignore[misc]


def test_everyday_connections_cannot_attach_a_plaintext_copy(
    director_ws: Workspace, data_dir: Path
) -> None:
    # ATTACH ... KEY '' followed by sqlcipher_export writes a plaintext copy; forbid ATTACH.
    target = data_dir.parent / "plain.db"
    with pytest.raises(Exception, match="not authorized"), director_ws.store.connection() as conn:
        conn.exec_driver_sql(f"ATTACH DATABASE '{target}' AS plain KEY ''")
    assert not target.exists()


@pytest.mark.parametrize(
    "statement",
    [
        "PRAGMA temp_store = FILE",
        "PRAGMA secure_delete = OFF",
        "PRAGMA journal_mode = DELETE",
        "PRAGMA synchronous = OFF",
        "PRAGMA foreign_keys = OFF",
        "PRAGMA rekey = 'x'",
        "PRAGMA key = ''",
    ],
)
def test_security_pragmas_cannot_be_changed_on_a_live_connection(
    director_ws: Workspace, statement: str
) -> None:
    with pytest.raises(Exception, match="not authorized"), director_ws.store.connection() as conn:
        conn.exec_driver_sql(statement)


def test_every_connection_reports_the_required_pragmas(director_ws: Workspace) -> None:
    import threading

    def check() -> None:
        with director_ws.store.connection() as conn:
            got = {
                name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("temp_store", "secure_delete", "foreign_keys", "synchronous")
            }
            assert got == {"temp_store": 2, "secure_delete": 1, "foreign_keys": 1, "synchronous": 2}
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"

    for _ in range(3):  # kept connections, and ones opened on other threads
        check()
        worker = threading.Thread(target=check)
        worker.start()
        worker.join()


def test_no_connection_outlives_the_store(director_ws: Workspace) -> None:
    """Connections are kept between transactions while logged in (their key and pragmas set
    once), and every one is closed with the store: none holds the key after a lock."""
    with director_ws.store.connection() as conn:
        conn.exec_driver_sql("SELECT 1")
    pool = director_ws.store.engine.pool
    assert pool.checkedin() >= 1  # type: ignore[attr-defined]
    director_ws.close()
    assert pool.checkedin() == 0 and pool.checkedout() == 0  # type: ignore[attr-defined]


def test_a_missing_data_folder_says_how_to_start(tmp_path: Path) -> None:
    with pytest.raises(NotInitialised, match="shelter-desk init"):
        Store.open(tmp_path / "nothing", DIRECTOR, DIRECTOR_PASSWORD)


def test_data_folder_and_files_are_owner_only(data_dir: Path) -> None:
    for p in [data_dir, *data_dir.iterdir()]:
        assert p.stat().st_mode & 0o077 == 0, p


def test_raw_sqlcipher_with_a_wrong_key_fails(data_dir: Path) -> None:
    conn = sqlcipher.connect(str(data_dir / "shelter.db"))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA key = \"x'" + "11" * 32 + "'\"")
    with pytest.raises(sqlcipher.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()
