"""The foundation's command line, end to end on real encrypted files: in this process with the
tests' cheap Argon2 (run_here), and a few calls of the real program (run)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.e2e.cli import recovery_code_from, run, run_here

PW = "kettle sunrise 4471 dune"
PW2 = "second window 8823 lake"


@pytest.fixture
def installed(tmp_path: Path) -> tuple[Path, str]:
    data = tmp_path / "data"
    r = run_here(
        data,
        "init",
        "--shelter",
        "Sürya",
        "--user",
        "Director",
        "--password-stdin",
        stdin=PW + "\n",
    )
    assert r.code == 0, r.err
    return data, recovery_code_from(r.out)


def test_init_prints_a_recovery_code_and_makes_an_encrypted_database(
    installed: tuple[Path, str],
) -> None:
    data, code = installed
    assert len(code.replace("-", "")) == 40
    assert sorted(p.name for p in data.iterdir()) == ["keyslots.json", "shelter.db", "shelter.lock"]
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(data / "shelter.db").execute("SELECT * FROM sqlite_master").fetchall()


def test_check_passes_then_fails_on_damage(installed: tuple[Path, str]) -> None:
    data, _ = installed
    r = run_here(data, "check", "--user", "director", "--password-stdin", stdin=PW + "\n")
    assert r.code == 0 and "Database integrity: ok" in r.out and "Audit trail: ok" in r.out
    raw = bytearray((data / "shelter.db").read_bytes())
    raw[4096 + 77] ^= 0x01
    (data / "shelter.db").write_bytes(bytes(raw))
    r = run_here(data, "check", "--user", "director", "--password-stdin", stdin=PW + "\n")
    assert r.code == 4
    assert "damaged" in r.err and "shelter-desk restore" in r.err
    assert len(r.err.strip().splitlines()) == 1


def test_check_against_an_anchor(installed: tuple[Path, str]) -> None:
    data, _ = installed
    r = run_here(
        data,
        "check",
        "--user",
        "director",
        "--password-stdin",
        "--anchor",
        "999:" + "0" * 64,
        stdin=PW + "\n",
    )
    assert r.code == 4 and "removed from the end" in r.out


def test_wrong_password_is_one_generic_line(installed: tuple[Path, str]) -> None:
    data, _ = installed
    for user, runner in (("director", run_here), ("nobody", run)):
        # Smoke (run): the real program reads the password from stdin, and exits 3 after the
        # real-cost decoy derivation for a user name that does not exist.
        r = runner(data, "check", "--user", user, "--password-stdin", stdin="wrong password\n")
        assert r.code == 3
        assert r.err.strip() == "shelter-desk: The user name or password is not correct."


def test_accounts_from_the_command_line(installed: tuple[Path, str]) -> None:
    data, _ = installed
    r = run_here(
        data,
        "users",
        "add",
        "counsellor1",
        "--role",
        "counsellor",
        "--display-name",
        "Counsellor One",
        "--user",
        "director",
        "--password-stdin",
        stdin=f"{PW}\n{PW2}\n",
    )
    assert r.code == 0, r.err
    r = run_here(data, "users", "list", "--user", "director", "--password-stdin", stdin=PW + "\n")
    assert r.code == 0
    assert (
        "counsellor1" in r.out and "Counsellor One" in r.out and "director,administrator" in r.out
    )
    # A counsellor may not list or add accounts: exit 5, one line.
    r = run_here(data, "users", "list", "--user", "counsellor1", "--password-stdin",
                 stdin=PW2 + "\n")
    assert r.code == 5 and "not allowed" in r.err
    # Own password change, then the old one no longer works.
    r = run_here(
        data,
        "passwd",
        "--user",
        "counsellor1",
        "--password-stdin",
        stdin=f"{PW2}\nbrand new passphrase 55\n",
    )
    assert r.code == 0, r.err
    assert (
        run_here(data, "check", "--user", "counsellor1", "--password-stdin",
                 stdin=PW2 + "\n").code == 3
    )
    # Removal re-encrypts; the removed user is out.
    old_slots = (data / "keyslots.json").read_bytes()
    r = run_here(
        data,
        "users",
        "remove",
        "counsellor1",
        "--reason",
        "left",
        "--user",
        "director",
        "--password-stdin",
        stdin=PW + "\n",
    )
    assert r.code == 0 and "re-encrypted" in r.out
    assert (data / "keyslots.json").read_bytes() != old_slots
    assert (
        run_here(
            data,
            "check",
            "--user",
            "counsellor1",
            "--password-stdin",
            stdin="brand new passphrase 55\n",
        ).code
        == 3
    )
    r = run_here(
        data, "users", "list", "--all", "--user", "director", "--password-stdin", stdin=PW + "\n"
    )
    assert "removed" in r.out


def test_validation_errors_name_the_field(installed: tuple[Path, str]) -> None:
    data, _ = installed
    r = run_here(
        data, "users", "add", "x", "--user", "director", "--password-stdin", stdin=f"{PW}\nshort\n"
    )
    assert r.code == 1 and r.err.startswith("shelter-desk: User name:")


def test_backup_and_restore_with_the_recovery_code(
    installed: tuple[Path, str], tmp_path: Path
) -> None:
    data, code = installed
    out = tmp_path / "backup.sdbackup"
    r = run_here(
        data, "backup", "--out", str(out), "--user", "director", "--password-stdin", stdin=PW + "\n"
    )
    assert r.code == 0, r.err
    assert out.exists() and b"SQLite format 3" not in out.read_bytes()
    (data / "shelter.db").unlink()
    r = run_here(data, "check", "--user", "director", "--password-stdin", stdin=PW + "\n")
    assert r.code == 4 and "restore" in r.err
    r = run_here(data, "restore", str(out), "--recovery", "--password-stdin", stdin=code + "\n")
    assert r.code == 0, r.err
    r = run_here(data, "check", "--user", "director", "--password-stdin", stdin=PW + "\n")
    assert r.code == 0, r.out + r.err


def test_restore_of_a_missing_or_foreign_file_is_a_clear_error(
    installed: tuple[Path, str], tmp_path: Path
) -> None:
    data, _ = installed
    r = run_here(
        data,
        "restore",
        str(tmp_path / "nope.sdbackup"),
        "--user",
        "director",
        "--password-stdin",
        stdin=PW + "\n",
    )
    assert r.code == 1 and "No such backup file" in r.err
    foreign = tmp_path / "foreign.zip"
    foreign.write_bytes(b"PK\x05\x06" + b"\0" * 18)
    r = run_here(
        data, "restore", str(foreign), "--user", "director", "--password-stdin", stdin=PW + "\n"
    )
    assert r.code == 1 and "not a shelter_desk backup" in r.err


def test_recovery_code_renewal(installed: tuple[Path, str]) -> None:
    data, code = installed
    r = run_here(data, "recovery-code", "--recovery", "--password-stdin", stdin=code + "\n")
    assert r.code == 0 and "NEW RECOVERY CODE" in r.out
    assert run_here(data, "check", "--recovery", "--password-stdin", stdin=code + "\n").code == 3


def test_init_twice_and_missing_user_are_clear_errors(installed: tuple[Path, str]) -> None:
    data, _ = installed
    r = run_here(
        data, "init", "--shelter", "Payoke", "--user", "x2", "--password-stdin", stdin=PW + "\n"
    )
    assert r.code == 1 and "already exists" in r.err
    r = run_here(data, "check", "--password-stdin", stdin=PW + "\n")
    assert r.code == 1 and "--user" in r.err


def test_passwords_are_never_taken_from_arguments(tmp_path: Path) -> None:
    r = run(tmp_path, "check", "--user", "director", "--password", "x")  # smoke: real argv, exit 2
    assert r.code == 2 and "unrecognized arguments" in r.err


def test_no_data_folder_says_how_to_start(tmp_path: Path) -> None:
    # Smoke: the real program starts and exits 4 on a fresh machine.
    r = run(tmp_path / "empty", "check", "--user", "director", "--password-stdin", stdin=PW + "\n")
    assert r.code == 4 and "shelter-desk init" in r.err
    assert not (tmp_path / "empty").exists()
