"""Promises 4 and 5 of security.md: nothing lost, damage detected, backups that restore,
and a removed user's key opens nothing."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from shelter_desk.domain.roles import Role
from shelter_desk.services import audit, maintenance, setup, users
from shelter_desk.services.errors import PermissionDenied
from shelter_desk.services.workspace import Workspace
from shelter_desk.store import atomic, migrate
from shelter_desk.store.database import Store, check_integrity
from shelter_desk.store.errors import (
    DatabaseDamaged,
    DatabaseMissing,
    DiskFull,
    MigrationFailed,
    StoreError,
    WrongCredentials,
)
from shelter_desk.store.keyslots import SlotFile, new_database_key
from shelter_desk.store.sqlcipher import KeyRejected, connect
from tests.conftest import CHEAP_KDF, DIRECTOR, DIRECTOR_PASSWORD, snapshot

REPO = Path(__file__).resolve().parents[2]
ADMIN2 = ("admin2", "second admin passphrase")


def _flip_bit(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x10
    path.write_bytes(bytes(data))


def _grow(ws: Workspace, n: int = 60) -> None:
    with ws.session() as session:
        for i in range(n):
            audit.record(session, ws.actor, "test.fill", reason=f"entry {i} " + "y" * 300)


def _key_of(ws: Workspace) -> bytes:
    return ws.store._key


# -- damage ---------------------------------------------------------------------------------
@pytest.mark.parametrize("page", [0, 3])
def test_one_flipped_bit_is_detected_and_nothing_is_opened(
    director_ws: Workspace, data_dir: Path, page: int
) -> None:
    _grow(director_ws)
    director_ws.close()
    db = data_dir / "shelter.db"
    assert db.stat().st_size > 4 * 4096
    _flip_bit(db, page * 4096 + 1500)
    before = snapshot(data_dir)
    with pytest.raises(DatabaseDamaged, match="shelter-desk restore"):
        setup.login(data_dir, DIRECTOR, DIRECTOR_PASSWORD, kdf=CHEAP_KDF)
    assert snapshot(data_dir) == before


def test_integrity_check_passes_on_an_intact_file(director_ws: Workspace) -> None:
    _grow(director_ws)
    result = maintenance.check(director_ws)
    assert result.ok and result.database_problems == () and result.audit.ok


# -- temp files -----------------------------------------------------------------------------
def _run_sort(tmp_path: Path, mode: str) -> tuple[int, int, int]:
    db = tmp_path / f"{mode}.db"
    key = new_database_key()
    connect(db, key, create=True).close()
    tmpdir = tmp_path / f"sqlite-tmp-{mode}"
    tmpdir.mkdir()
    env = {**os.environ, "SQLITE_TMPDIR": str(tmpdir)}
    out = subprocess.run(
        [sys.executable, "-m", "tests.helpers.sort_probe", str(db), key.hex(), mode],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout.split()
    return int(out[0]), int(out[1]), int(out[2])


def test_a_large_sort_writes_no_temp_file(tmp_path: Path) -> None:
    rows, temp_store, temp_files = _run_sort(tmp_path, "store")
    assert rows == 200000 and temp_store == 2
    assert temp_files == 0


def test_the_temp_file_probe_sees_files_when_temp_store_is_file(tmp_path: Path) -> None:
    # Proves the test above can fail: the same sort with temp_store=FILE opens temp files.
    rows, temp_store, temp_files = _run_sort(tmp_path, "file")
    assert rows == 200000 and temp_store == 1
    assert temp_files > 0


# -- users and rekey ------------------------------------------------------------------------
def test_removing_a_user_rekeys_in_wal_mode(director_ws: Workspace, data_dir: Path) -> None:
    users.add_user(
        director_ws, "leaving", "Leaving Counsellor", [Role.COUNSELLOR], "harbour clouds 4417"
    )
    old_key = _key_of(director_ws)
    old_slots = (data_dir / "keyslots.json").read_bytes()
    users.remove_user(director_ws, "leaving", reason="left the shelter")
    new_key = _key_of(director_ws)
    assert new_key != old_key
    db = data_dir / "shelter.db"
    with pytest.raises(KeyRejected):
        connect(db, old_key)
    conn = connect(db, new_key)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    # The removed user's copy of the old slot file still unwraps the *old* key, which opens nothing.
    stale = SlotFile.from_bytes(old_slots).unwrap("leaving", "harbour clouds 4417")
    assert stale == [old_key]
    with pytest.raises(KeyRejected):
        connect(db, stale[0])
    # And the current slot file has no slot for them.
    with pytest.raises(WrongCredentials):
        setup.login(data_dir, "leaving", "harbour clouds 4417", kdf=CHEAP_KDF)
    # Everyone else still gets in, with every record.
    director_ws.close()
    again = setup.login(data_dir, DIRECTOR, DIRECTOR_PASSWORD, kdf=CHEAP_KDF)
    with again.session() as session:
        assert (
            session.execute(text("SELECT active FROM users WHERE username='leaving'")).scalar() == 0
        )
        assert audit.verify(session).ok
    again.close()


def test_an_interrupted_rekey_is_finished_at_the_next_login(
    director_ws: Workspace, data_dir: Path
) -> None:
    # Phase 1 done (slots hold [new, old]) but the database was never rekeyed: a crash.
    old_key = _key_of(director_ws)
    new_key = new_database_key()
    slots = director_ws.store.slots.resealed_all([new_key, old_key])
    director_ws.close()
    slots.save(data_dir / "keyslots.json")
    ws = setup.login(data_dir, DIRECTOR, DIRECTOR_PASSWORD, kdf=CHEAP_KDF)
    assert _key_of(ws) == new_key
    assert SlotFile.load(data_dir / "keyslots.json").unwrap(DIRECTOR, DIRECTOR_PASSWORD) == [
        new_key
    ]
    ws.close()
    with pytest.raises(KeyRejected):
        connect(data_dir / "shelter.db", old_key)


def test_removed_user_cannot_log_in_even_if_their_slot_remains(
    director_ws: Workspace, data_dir: Path
) -> None:
    users.add_user(director_ws, "gone", "Gone", [Role.COUNSELLOR], "maple window 9931")
    slots_with_gone = (data_dir / "keyslots.json").read_bytes()
    with director_ws.session() as session:
        session.execute(text("UPDATE users SET active = 0 WHERE username = 'gone'"))
    director_ws.close()
    (data_dir / "keyslots.json").write_bytes(slots_with_gone)
    with pytest.raises(WrongCredentials):
        setup.login(data_dir, "gone", "maple window 9931", kdf=CHEAP_KDF)


# -- crashes --------------------------------------------------------------------------------
def test_sigkill_during_writes_loses_no_acknowledged_commit(
    director_ws: Workspace, data_dir: Path
) -> None:
    director_ws.close()
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.writer_process", str(data_dir)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    acknowledged: list[int] = []
    for line in proc.stdout:
        acknowledged.append(int(line))
        if len(acknowledged) >= 150:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    ws = setup.login(data_dir, DIRECTOR, DIRECTOR_PASSWORD, kdf=CHEAP_KDF)
    try:
        assert ws.store.integrity_problems() == []
        with ws.session() as session:
            present = set(session.execute(text("SELECT seq FROM audit_log")).scalars())
            assert audit.verify(session).ok
        assert set(acknowledged) <= present
    finally:
        ws.close()


class _FullDisk:
    """A file that accepts `room` bytes and then fails like a full disk."""

    def __init__(self, real: object, room: int) -> None:
        self._real = real
        self._room = room

    def write(self, data: bytes) -> int:
        if len(data) > self._room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self._room -= len(data)
        return self._real.write(data)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self._real, name)

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self._real.__exit__(*exc)  # type: ignore[attr-defined]


def _fill_disk_after(monkeypatch: pytest.MonkeyPatch, room: int) -> None:
    real_fdopen = os.fdopen
    monkeypatch.setattr(
        atomic.os,
        "fdopen",
        lambda fd, mode="r", *a, **k: _FullDisk(real_fdopen(fd, mode, *a, **k), room),
    )


def test_full_disk_while_saving_the_slot_file_keeps_the_old_one(
    director_ws: Workspace, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = (data_dir / "keyslots.json").read_bytes()
    _fill_disk_after(monkeypatch, 300)
    with pytest.raises(DiskFull, match="disk is full"):
        users.add_user(
            director_ws, "newbie", "New Counsellor", [Role.COUNSELLOR], "new counsellor pw 1"
        )
    monkeypatch.undo()
    assert (data_dir / "keyslots.json").read_bytes() == before
    assert not [p for p in data_dir.iterdir() if p.name.endswith(".tmp")]
    # The account was not half-made: no row without a slot, and the name is free.
    with director_ws.session() as session:
        assert (
            session.execute(text("SELECT count(*) FROM users WHERE username='newbie'")).scalar()
            == 0
        )
    users.add_user(
        director_ws, "newbie", "New Counsellor", [Role.COUNSELLOR], "new counsellor pw 1"
    )


def test_full_disk_while_writing_a_backup_keeps_the_previous_backup(
    director_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "backups" / "shelter.sdbackup"
    out.parent.mkdir()
    maintenance.make_backup(director_ws, out)
    previous = out.read_bytes()
    _grow(director_ws)
    _fill_disk_after(monkeypatch, 8192)
    with pytest.raises(DiskFull, match="disk is full"):
        maintenance.make_backup(director_ws, out)
    monkeypatch.undo()
    assert out.read_bytes() == previous
    assert sorted(p.name for p in out.parent.iterdir()) == ["shelter.sdbackup"]


# -- backups --------------------------------------------------------------------------------
def _dump(ws: Workspace) -> dict[str, list[tuple[object, ...]]]:
    with ws.store.connection() as conn:
        tables = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
            )
        ]
        return {
            t: [tuple(r) for r in conn.exec_driver_sql(f'SELECT * FROM "{t}" ORDER BY 1')]
            for t in tables
        }


def test_backup_delete_restore_gives_identical_data(
    director_ws: Workspace, data_dir: Path, tmp_path: Path
) -> None:
    users.add_user(director_ws, ADMIN2[0], "Second Admin", [Role.ADMINISTRATOR], ADMIN2[1])
    _grow(director_ws, 40)
    out = tmp_path / "shelter.sdbackup"
    info = maintenance.make_backup(director_ws, out)
    assert info.size_bytes > 0 and out.stat().st_mode & 0o077 == 0
    assert out.read_bytes().count(b"SQLite format 3") == 0
    expected = _dump(director_ws)
    with director_ws.session() as session:
        head = audit.anchor(session)
    director_ws.close()
    shutil.rmtree(data_dir)

    previous = maintenance.restore(data_dir, out, username=ADMIN2[0], secret=ADMIN2[1])
    assert previous is None
    ws = setup.login(data_dir, DIRECTOR, DIRECTOR_PASSWORD, kdf=CHEAP_KDF)
    try:
        restored = _dump(ws)
        # Logging in to compare appended one audit entry; everything before it is identical.
        assert restored["audit_log"][: head.length] == expected["audit_log"]
        restored["audit_log"], expected["audit_log"] = [], []
        assert restored == expected
        with ws.session() as session:
            assert audit.verify(session, head).ok
        assert ws.store.integrity_problems() == []
    finally:
        ws.close()


def test_restore_over_a_damaged_database_keeps_it_aside(
    director_ws: Workspace, data_dir: Path, tmp_path: Path, recovery_code: str
) -> None:
    out = tmp_path / "shelter.sdbackup"
    maintenance.make_backup(director_ws, out)
    director_ws.close()
    _flip_bit(data_dir / "shelter.db", 4096 + 200)
    previous = maintenance.restore(data_dir, out, username=None, secret=recovery_code)
    assert previous is not None and previous.exists()
    setup.login(data_dir, DIRECTOR, DIRECTOR_PASSWORD, kdf=CHEAP_KDF).close()


def test_a_restore_cut_short_at_the_last_step_leaves_the_old_database_in_place(
    director_ws: Workspace, data_dir: Path, tmp_path: Path, recovery_code: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "shelter.sdbackup"
    maintenance.make_backup(director_ws, out)
    _grow(director_ws, 5)  # newer than the backup: what a crash must not take away
    with director_ws.session() as session:
        expected = audit.anchor(session).length
    director_ws.close()
    real_replace = os.replace

    def power_cut(src: object, dst: object) -> None:
        if Path(str(dst)) == data_dir / "shelter.db":
            raise OSError(errno.EIO, "power cut")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(OSError):
        maintenance.restore(data_dir, out, username=None, secret=recovery_code)
    monkeypatch.setattr(os, "replace", real_replace)
    assert (data_dir / "shelter.db").exists()
    copies = sorted((data_dir / "safety-copies").glob("*-before-restore.db"))
    assert len(copies) == 1 and copies[0].stat().st_mode & 0o077 == 0
    # Nothing left over that a later open could mistake for the database.
    assert not list(data_dir.glob(".restore-*"))
    # Same database key in the backup, so the old database still opens, with everything
    # written after the backup was made.
    ws = setup.login(data_dir, DIRECTOR, DIRECTOR_PASSWORD, kdf=CHEAP_KDF)
    try:
        with ws.session() as session:
            assert audit.anchor(session).length > expected
    finally:
        ws.close()


def test_restore_needs_an_administrator_of_the_backup(
    director_ws: Workspace, data_dir: Path, tmp_path: Path
) -> None:
    users.add_user(director_ws, "counsellor1", "C One", [Role.COUNSELLOR], "counsellor one pw")
    out = tmp_path / "shelter.sdbackup"
    maintenance.make_backup(director_ws, out)
    director_ws.close()
    before = snapshot(data_dir)
    with pytest.raises(PermissionDenied):
        maintenance.restore(data_dir, out, username="counsellor1", secret="counsellor one pw")
    with pytest.raises(WrongCredentials):
        maintenance.restore(data_dir, out, username=DIRECTOR, secret="wrong password here")
    assert snapshot(data_dir) == before


def test_a_damaged_backup_is_refused_before_anything_changes(
    director_ws: Workspace, data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "shelter.sdbackup"
    maintenance.make_backup(director_ws, out)
    director_ws.close()
    raw = bytearray(out.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    out.write_bytes(bytes(raw))
    before = snapshot(data_dir)
    with pytest.raises(Exception, match="damaged"):
        maintenance.restore(data_dir, out, username=DIRECTOR, secret=DIRECTOR_PASSWORD)
    assert snapshot(data_dir) == before


def test_backups_are_not_kept_in_the_data_folder(director_ws: Workspace, data_dir: Path) -> None:
    with pytest.raises(StoreError, match="outside the data folder"):
        maintenance.make_backup(director_ws, data_dir / "b.sdbackup")


# -- migrations -----------------------------------------------------------------------------
def test_migrations_are_applied_on_open_after_a_safety_copy(
    director_ws: Workspace, data_dir: Path
) -> None:
    key = _key_of(director_ws)
    director_ws.close()
    previous = migrate.previous_revision()
    engine_store = Store.open(data_dir, DIRECTOR, DIRECTOR_PASSWORD)
    with engine_store.connection() as conn:
        conn.exec_driver_sql(f"UPDATE alembic_version SET version_num = '{previous}'")
    engine_store.close()
    # At an older revision, the store migrates to head, after taking a copy. The newer schema
    # is there already, so the upgrade fails (proving it ran): said as the store's own error,
    # naming the copy, and rolled back.
    with pytest.raises(MigrationFailed, match="duplicate column") as failed:
        Store.open(data_dir, DIRECTOR, DIRECTOR_PASSWORD)
    copies = list((data_dir / "safety-copies").glob("*.db"))
    assert len(copies) == 1 and f"before-migration-{previous}-to-" in copies[0].name
    assert str(copies[0]) in str(failed.value)
    assert check_integrity(copies[0], key) == []
    conn = connect(data_dir / "shelter.db", key)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == previous
    finally:
        conn.close()


def test_a_database_without_a_schema_is_refused_not_rebuilt(
    director_ws: Workspace, data_dir: Path
) -> None:
    with director_ws.store.connection() as conn:
        conn.exec_driver_sql("DELETE FROM alembic_version")
    director_ws.close()
    before = snapshot(data_dir)
    with pytest.raises(DatabaseMissing, match="not a shelter_desk database"):
        Store.open(data_dir, DIRECTOR, DIRECTOR_PASSWORD)
    assert snapshot(data_dir) == before


def test_a_new_database_is_at_the_head_revision(director_ws: Workspace) -> None:
    assert director_ws.store.schema_revision() == migrate.head_revision()


def test_models_and_migrations_agree(director_ws: Workspace) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from shelter_desk.models import Base

    with director_ws.store.connection() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_migration_scripts_ship_inside_the_package() -> None:
    assert (migrate.MIGRATIONS_DIR / "env.py").is_file()
    assert migrate.MIGRATIONS_DIR.is_relative_to(Path(migrate.__file__).parent)
    assert list((migrate.MIGRATIONS_DIR / "versions").glob("0001_*.py"))


# -- kept connections and another program's changes ----------------------------------------
def test_a_kept_connection_follows_a_rekey_made_by_another_program(
    director_ws: Workspace, data_dir: Path
) -> None:
    """Connections are kept between transactions: one whose key no longer opens the file
    (another program removed a user and re-encrypted it) is replaced, not used."""
    users.add_user(director_ws, ADMIN2[0], "Second Admin", [Role.ADMINISTRATOR], ADMIN2[1])
    users.add_user(director_ws, "leaving", "Leaving", [Role.COUNSELLOR], "harbour clouds 4417")
    _grow(director_ws, 5)  # a kept connection, keyed with today's key
    assert director_ws.store.engine.pool.checkedin() >= 1  # type: ignore[attr-defined]
    other = setup.login(data_dir, ADMIN2[0], ADMIN2[1], kdf=CHEAP_KDF)  # another desk
    users.remove_user(other, "leaving", reason="left")
    other.close()
    _grow(director_ws, 3)  # writes through a new connection with the new key
    director_ws.close()
    again = setup.login(data_dir, DIRECTOR, DIRECTOR_PASSWORD, kdf=CHEAP_KDF)
    with again.session() as session:
        fills = session.execute(text(
            "SELECT count(*) FROM audit_log WHERE action = 'test.fill'")).scalar()
    again.close()
    assert fills == 8


def test_a_kept_connection_never_writes_to_a_file_a_restore_replaced(
    director_ws: Workspace, data_dir: Path, tmp_path: Path
) -> None:
    """A restore puts a new file where the database was; a kept connection still holds the
    old, unlinked one. It must not be used: what is written after the restore lands in the
    restored database (opened anew, with the key its slots give), not in the old file."""
    users.add_user(director_ws, ADMIN2[0], "Second Admin", [Role.ADMINISTRATOR], ADMIN2[1])
    backup = tmp_path / "b.sdbackup"
    maintenance.make_backup(director_ws, backup)
    _grow(director_ws, 2)
    assert director_ws.store.engine.pool.checkedin() >= 1  # type: ignore[attr-defined]
    other = setup.login(data_dir, ADMIN2[0], ADMIN2[1], kdf=CHEAP_KDF)
    other.close()
    maintenance.restore(data_dir, backup, username=ADMIN2[0], secret=ADMIN2[1])
    _grow(director_ws, 1)
    director_ws.close()
    again = setup.login(data_dir, DIRECTOR, DIRECTOR_PASSWORD, kdf=CHEAP_KDF)
    with again.session() as session:
        fills = session.execute(text(
            "SELECT count(*) FROM audit_log WHERE action = 'test.fill'")).scalar()
    again.close()
    assert fills == 1  # the backup's state, and the one entry written after the restore


def test_the_known_head_is_the_scripts_head() -> None:
    """Opening compares the database with migrate.HEAD, without Alembic: a new script must
    move HEAD too, or a database one revision behind would open unmigrated."""
    assert migrate.head_revision() == migrate.HEAD


def test_opening_a_database_at_head_loads_no_alembic(data_dir: Path) -> None:
    """Alembic, Mako and Pygments cost 10 MiB and 0.1 s at every login: loaded only when
    there is something to migrate (a real program, since this one has Alembic loaded)."""
    probe = ("import sys; from shelter_desk.services import setup; "
             "from shelter_desk.store.keyslots import KdfParams; "
             f"ws = setup.login({str(data_dir)!r}, {DIRECTOR!r}, {DIRECTOR_PASSWORD!r}, "
             "kdf=KdfParams(time_cost=1, memory_cost=8 * 1024, parallelism=1)); "
             "assert ws.store.schema_revision() is not None; ws.close(); "
             "print(sorted(m for m in sys.modules if m.split('.')[0] in "
             "('alembic', 'mako', 'pygments')))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"

