"""What the command line says when the files are not what they should be: a missing, empty or
foreign database (refused, the folder byte-identical), a read-only data folder, a full disk,
absurd Argon2 parameters. Never "damaged" for what is not damage, never exit 70."""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from shelter_desk.services import audit, setup, users
from shelter_desk.store.errors import DiskFull, WrongCredentials
from tests.conftest import ADMIN, CHEAP_KDF, COUNSELLOR1, COUNSELLOR2, DIRECTOR, DIRECTOR_PASSWORD
from tests.e2e.cli import run, run_here

pytestmark = pytest.mark.slow


def folder_hash(folder: Path) -> dict[str, str]:
    """Every file and folder under `folder`: name, mode and SHA-256 of the content."""
    out: dict[str, str] = {}
    for p in sorted(folder.rglob("*")):
        st = p.lstat()
        digest = hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
        out[str(p.relative_to(folder))] = f"{st.st_mode:o} {digest}"
    return out


def _plaintext_sqlite(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


DAMAGE = {
    "missing": lambda db: db.unlink(),
    "empty": lambda db: db.write_bytes(b""),
    "random bytes": lambda db: db.write_bytes(bytes(range(256)) * 64),
    "plaintext sqlite": _plaintext_sqlite,
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
@pytest.mark.parametrize("how", ["password", "recovery"])
def test_a_missing_empty_or_foreign_database_is_refused_and_nothing_is_created(
    team: tuple[Path, str], damage: str, how: str,
) -> None:
    data, code = team
    DAMAGE[damage](data / "shelter.db")
    before = folder_hash(data)
    login = (["--user", DIRECTOR], DIRECTOR_PASSWORD) if how == "password" else (
        ["--recovery"], code)
    for command in (["check"], ["users", "list"], ["backup", "--out", str(data.parent / "b")]):
        r = run_here(data, *command, *login[0], "--password-stdin", stdin=login[1] + "\n")
        assert r.code == 4, (command, r.err)
        assert "shelter-desk restore" in r.err
        assert folder_hash(data) == before, command
    assert not (data.parent / "b").exists()


def test_a_missing_slot_file_is_refused_with_exit_4(team: tuple[Path, str]) -> None:
    data, _ = team
    (data / "keyslots.json").unlink()
    before = folder_hash(data)
    r = run_here(data, "check", "--user", DIRECTOR, "--password-stdin",
                 stdin=DIRECTOR_PASSWORD + "\n")
    assert r.code == 4 and "key-slot file is missing" in r.err
    assert folder_hash(data) == before


@pytest.mark.parametrize(("field", "value"), [
    ("time_cost", 64), ("time_cost", 11), ("memory_cost", 4 * 1024 * 1024),
    ("memory_cost", 8191), ("parallelism", 17), ("time_cost", 0),
])
def test_argon2_parameters_outside_the_bounds_are_refused_before_deriving(
    team: tuple[Path, str], field: str, value: int,
) -> None:
    data, _ = team
    doc = json.loads((data / "keyslots.json").read_text())
    for slot in doc["slots"]:
        slot["kdf"][field] = value
    (data / "keyslots.json").write_text(json.dumps(doc))
    before = folder_hash(data)
    r = run_here(data, "check", "--user", DIRECTOR, "--password-stdin",
                 stdin=DIRECTOR_PASSWORD + "\n")
    assert r.code == 4 and "key-slot file is damaged" in r.err and "Argon2" in r.err
    assert folder_hash(data) == before


# -- a read-only data folder ------------------------------------------------------------------
@contextlib.contextmanager
def _mounted(*args: str, target: Path) -> Iterator[None]:
    target.mkdir(exist_ok=True)
    done = subprocess.run(["mount", *args, str(target)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"the kernel refused the mount ({' '.join(args)}): {done.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(target)], check=False)


@contextlib.contextmanager
def read_only_view(folder: Path) -> Iterator[Path]:
    """`folder` seen through a read-only bind mount (root ignores chmod, so a mount it is)."""
    view = folder.with_name(folder.name + "-ro")
    with _mounted("--bind", "-o", "ro", str(folder), target=view):
        probe = view / ".probe"
        try:
            probe.write_bytes(b"x")
        except OSError:
            yield view
            return
        probe.unlink()
        pytest.skip("the read-only bind mount came out writable on this kernel")


def test_a_read_only_data_folder_is_said_to_be_read_only(team: tuple[Path, str],
                                                         tmp_path: Path) -> None:
    data, _ = team
    before = folder_hash(data)
    with read_only_view(data) as view:
        for command, stdin in (
            (["check"], DIRECTOR_PASSWORD + "\n"),
            (["users", "add", "newbie"], f"{DIRECTOR_PASSWORD}\nnew counsellor pw 1\n"),
            (["users", "remove", COUNSELLOR2[0]], DIRECTOR_PASSWORD + "\n"),
            (["backup", "--out", str(tmp_path / "b.sdbackup")], DIRECTOR_PASSWORD + "\n"),
        ):
            r = run_here(view, *command, "--user", DIRECTOR, "--password-stdin", stdin=stdin)
            assert r.code == 6, (command, r.code, r.err)
            assert "cannot be written (it is read-only" in r.err, r.err
            assert "damaged" not in r.err
    assert folder_hash(data) == before
    r = run_here(data, "check", "--user", DIRECTOR, "--password-stdin",
                 stdin=DIRECTOR_PASSWORD + "\n")
    assert r.code == 0, r.err


# -- a full disk ------------------------------------------------------------------------------
@contextlib.contextmanager
def small_disk(tmp_path: Path, megabytes: int) -> Iterator[Path]:
    disk = tmp_path / "small-disk"
    with _mounted("-t", "tmpfs", "-o", f"size={megabytes}m,mode=0700", "tmpfs", target=disk):
        yield disk


def _fill(disk: Path, leave: int) -> Path:
    """Fill the disk until `leave` bytes are free."""
    filler = disk / "filler"
    free = shutil.disk_usage(disk).free
    with filler.open("wb") as fh:
        fh.write(b"\0" * max(0, free - leave))
    return filler


def test_a_full_disk_is_said_to_be_full_and_loses_nothing(team: tuple[Path, str],
                                                          tmp_path: Path) -> None:
    data, code = team
    ws = setup.login(data, DIRECTOR, DIRECTOR_PASSWORD, kdf=CHEAP_KDF)
    with ws, ws.session() as session:  # a database larger than the room left on the disk
        for i in range(1500):
            audit.record(session, ws.actor, "test.fill", reason=f"{i} " + "f" * 900)
    with small_disk(tmp_path, 24) as disk:
        live = disk / "data"
        shutil.copytree(data, live)
        filler = _fill(disk, 400 * 1024)
        # Removing a user re-encrypts every page: there is no room for that.
        # A process that fails on a full disk: what it leaves once it has exited is the point.
        r = run(live, "users", "remove", COUNSELLOR2[0], "--user", DIRECTOR, "--password-stdin",
                stdin=DIRECTOR_PASSWORD + "\n")
        assert r.code == 7, r.err
        assert "The disk is full" in r.err and "damaged" not in r.err
        r = run(live, "backup", "--out", str(disk / "b.sdbackup"), "--user", DIRECTOR,  # as above
                "--password-stdin", stdin=DIRECTOR_PASSWORD + "\n")
        assert r.code == 7 and "The disk is full" in r.err, r.err
        filler.unlink()
        # Refused before anything changed: with room again, everyone opens, the account is
        # still there; now the removal goes through and every remaining key opens.
        for name, password in ((DIRECTOR, DIRECTOR_PASSWORD), COUNSELLOR1, COUNSELLOR2, ADMIN):
            r = run_here(live, "check", "--user", name, "--password-stdin", stdin=password + "\n")
            assert r.code == 0, (name, r.err)
        r = run_here(live, "users", "remove", COUNSELLOR2[0], "--user", DIRECTOR,
                     "--password-stdin",
                stdin=DIRECTOR_PASSWORD + "\n")
        assert r.code == 0, r.err
        for name, password in ((DIRECTOR, DIRECTOR_PASSWORD), COUNSELLOR1, ADMIN):
            r = run_here(live, "check", "--user", name, "--password-stdin", stdin=password + "\n")
            assert r.code == 0, (name, r.err)
        r = run_here(live, "check", "--recovery", "--password-stdin", stdin=code + "\n")
        assert r.code == 0, r.err
        r = run_here(live, "check", "--user", COUNSELLOR2[0], "--password-stdin",
                stdin=COUNSELLOR2[1] + "\n")
        assert r.code == 3


def test_a_rekey_that_fails_midway_on_a_full_disk_loses_nobody(team: tuple[Path, str],
                                                               tmp_path: Path) -> None:
    """Past the room check, the disk fills while the pages are rewritten (another program
    wrote meanwhile): SQLCipher rolls the rekey back; every key still opens."""
    data, code = team
    ws = setup.login(data, DIRECTOR, DIRECTOR_PASSWORD, kdf=CHEAP_KDF)
    with ws, ws.session() as session:
        for i in range(1500):
            audit.record(session, ws.actor, "test.fill", reason=f"{i} " + "f" * 900)
    with small_disk(tmp_path, 24) as disk:
        live = disk / "data"
        shutil.copytree(data, live)
        ws = setup.login(live, DIRECTOR, DIRECTOR_PASSWORD, kdf=CHEAP_KDF)
        with ws:
            ws.store.check_room_for_rekey = lambda: None  # type: ignore[method-assign]
            filler = _fill(disk, 400 * 1024)
            with pytest.raises(DiskFull):
                users.remove_user(ws, COUNSELLOR2[0])
        filler.unlink()
        for name, password in ((DIRECTOR, DIRECTOR_PASSWORD), COUNSELLOR1, ADMIN):
            setup.login(live, name, password, kdf=CHEAP_KDF).close()
        setup.login_with_recovery(live, code, kdf=CHEAP_KDF).close()
        with pytest.raises(WrongCredentials):  # deactivated, its slot gone
            setup.login(live, *COUNSELLOR2, kdf=CHEAP_KDF)
        slots = json.loads((live / "keyslots.json").read_text())
        assert all(len(s["envelope"]) for s in slots["slots"])
