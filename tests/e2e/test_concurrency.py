"""Two programs on one data folder, as they meet in a shelter: a `passwd` left at its prompt while
an administrator removes someone, two administrators adding accounts at the same moment, a
nightly backup while the app is in use. Real processes, real files; afterwards every account
that should open does, and so does the recovery code."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text

from shelter_desk.models.audit import AuditEntry
from shelter_desk.services import audit, setup
from shelter_desk.store.database import Store
from shelter_desk.store.errors import WrongCredentials
from shelter_desk.store.keyslots import SlotFile
from tests.conftest import ADMIN, CHEAP_KDF, COUNSELLOR1, COUNSELLOR2, DIRECTOR, DIRECTOR_PASSWORD
from tests.e2e.cli import REPO, run

pytestmark = pytest.mark.slow

NEW_PASSWORD = "lantern orchard 5521 tide"


def _spawn(data_dir: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "shelter_desk", "--data-dir", str(data_dir), *args],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=REPO, env={**os.environ, **(env or {})},
    )


def _logins(data_dir: Path, actor: str) -> int:
    """How many logins of `actor` the audit trail holds (read without logging in ourselves)."""
    store = Store.open(data_dir, DIRECTOR, DIRECTOR_PASSWORD)
    try:
        with store.session() as session:
            return len(session.scalars(select(AuditEntry.seq).where(
                AuditEntry.actor == actor, AuditEntry.action == audit.Action.LOGIN)).all())
    finally:
        store.close()


def _wait_for_login(data_dir: Path, actor: str, count: int, proc: subprocess.Popen[str]) -> None:
    """Until the program has logged in (and so read the slot file) and waits at its prompt."""
    for _ in range(600):
        if _logins(data_dir, actor) >= count:
            return
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.1)
    raise AssertionError(f"{actor} never logged in")


def _finish(proc: subprocess.Popen[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = proc.communicate(stdin, timeout=300)
    assert "Traceback" not in err, err
    return proc.returncode, out, err


def _all_open(data_dir: Path, code: str, accounts: list[tuple[str, str]]) -> None:
    for name, password in accounts:
        setup.login(data_dir, name, password, kdf=CHEAP_KDF).close()
    ws = setup.login_with_recovery(data_dir, code, kdf=CHEAP_KDF)
    with ws, ws.session() as session:
        assert audit.verify(session).ok


def test_passwd_at_its_prompt_while_users_remove_rekeys(team: tuple[Path, str]) -> None:
    data, code = team
    passwd = _spawn(data, "passwd", "--user", COUNSELLOR1[0], "--password-stdin")
    assert passwd.stdin is not None
    passwd.stdin.write(COUNSELLOR1[1] + "\n")
    passwd.stdin.flush()
    _wait_for_login(data, COUNSELLOR1[0], 1, passwd)
    # Logged in with the slot file and key of that moment; now an administrator removes someone.
    removed = run(data, "users", "remove", COUNSELLOR2[0], "--user", ADMIN[0], "--password-stdin",
                  stdin=ADMIN[1] + "\n")
    assert removed.code == 0, removed.err
    status, _, err = _finish(passwd, NEW_PASSWORD + "\n")
    assert status == 0, err
    _all_open(data, code, [(DIRECTOR, DIRECTOR_PASSWORD), (COUNSELLOR1[0], NEW_PASSWORD), ADMIN])
    with pytest.raises(WrongCredentials):
        setup.login(data, COUNSELLOR1[0], COUNSELLOR1[1], kdf=CHEAP_KDF)
    with pytest.raises(WrongCredentials):
        setup.login(data, *COUNSELLOR2, kdf=CHEAP_KDF)


def test_two_users_add_at_the_same_moment(team: tuple[Path, str]) -> None:
    data, code = team
    first = _spawn(data, "users", "add", "newcomer1", "--user", DIRECTOR, "--password-stdin")
    second = _spawn(data, "users", "add", "newcomer2", "--user", ADMIN[0], "--password-stdin")
    for proc, password in ((first, DIRECTOR_PASSWORD), (second, ADMIN[1])):
        assert proc.stdin is not None
        proc.stdin.write(password + "\n")
        proc.stdin.flush()
    _wait_for_login(data, DIRECTOR, 1, first)
    _wait_for_login(data, ADMIN[0], 1, second)
    # Both have read the same slot file; both now add their account.
    results = [_finish(first, "first newcomer pw 7781\n"),
               _finish(second, "second newcomer pw 9912\n")]
    for status, out, err in results:
        assert status == 0 and "Added" in out, err
    _all_open(data, code, [
        (DIRECTOR, DIRECTOR_PASSWORD), COUNSELLOR1, COUNSELLOR2, ADMIN,
        ("newcomer1", "first newcomer pw 7781"), ("newcomer2", "second newcomer pw 9912"),
    ])
    assert SlotFile.load(data / "keyslots.json").generation == 6  # init, 3 adds, these 2


def _hold_lock(data: Path, operation: str) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.lock_holder", str(data), operation],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=REPO,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


def test_a_second_program_waits_a_bounded_time_then_names_who_holds_the_folder(
    team: tuple[Path, str],
) -> None:
    data, _ = team
    slots_before = (data / "keyslots.json").read_bytes()
    holder = _hold_lock(data, "backup")
    try:
        r = run(data, "users", "add", "late", "--user", DIRECTOR, "--password-stdin",
                stdin=f"{DIRECTOR_PASSWORD}\nkestrel arrival pw 4410\n",
                env={"SHELTER_DESK_LOCK_WAIT": "1"})
        assert r.code == 8, r.err
        assert "Another program is using the database (backup, since " in r.err
        assert "damaged" not in r.err
        assert (data / "keyslots.json").read_bytes() == slots_before
        # Within the wait, the same command just waits for the backup to finish.
        waiting = _spawn(data, "users", "add", "late", "--user", DIRECTOR, "--password-stdin")
        assert waiting.stdin is not None
        waiting.stdin.write(f"{DIRECTOR_PASSWORD}\nkestrel arrival pw 4410\n")
        waiting.stdin.flush()
        _wait_for_login(data, DIRECTOR, 2, waiting)
        assert waiting.poll() is None
    finally:
        holder.communicate("")
    status, out, err = _finish(waiting)
    assert status == 0 and "Added late" in out, err


def test_the_app_at_work_while_a_nightly_backup_runs(team: tuple[Path, str],
                                                      tmp_path: Path) -> None:
    data, code = team
    ws = setup.login(data, DIRECTOR, DIRECTOR_PASSWORD, kdf=CHEAP_KDF)
    with ws.session() as session:  # enough pages that the export takes a while
        for i in range(400):
            audit.record(session, ws.actor, "test.fill", reason=f"{i} " + "z" * 900)
    out = tmp_path / "backups" / "nightly.sdbackup"
    out.parent.mkdir()
    backup = _spawn(data, "backup", "--out", str(out), "--user", ADMIN[0], "--password-stdin")
    assert backup.stdin is not None
    backup.stdin.write(ADMIN[1] + "\n")
    backup.stdin.close()
    written = 0
    while True:  # the app's services keep writing while the backup runs
        running = backup.poll() is None
        with ws.session() as session:
            audit.record(session, ws.actor, "test.during-backup", reason=str(written))
        written += 1
        if not running:
            break
    assert backup.wait(timeout=300) == 0, backup.stderr.read() if backup.stderr else ""
    with ws.session() as session:
        assert session.execute(text(
            "SELECT count(*) FROM audit_log WHERE action = 'test.during-backup'")).scalar() \
            == written
        assert audit.verify(session).ok
    ws.close()
    restored = tmp_path / "restored"
    r = run(restored, "restore", str(out), "--recovery", "--password-stdin", stdin=code + "\n")
    assert r.code == 0, r.err
    _all_open(restored, code, [(DIRECTOR, DIRECTOR_PASSWORD), ADMIN])


def test_a_writer_waits_for_another_writer_instead_of_failing(team: tuple[Path, str]) -> None:
    data, _ = team
    holder = setup.login(data, DIRECTOR, DIRECTOR_PASSWORD, kdf=CHEAP_KDF)
    other = setup.login(data, ADMIN[0], ADMIN[1], kdf=CHEAP_KDF)
    started = threading.Event()
    outcome: list[object] = []

    def write_meanwhile() -> None:
        started.set()
        try:
            audit.record_alone(other, "test.second-writer")
            outcome.append("ok")
        except Exception as exc:
            outcome.append(exc)

    with holder.session() as session:
        audit.record(session, holder.actor, "test.first-writer")  # holds the write lock
        thread = threading.Thread(target=write_meanwhile)
        thread.start()
        started.wait()
        time.sleep(0.5)  # the second writer now waits on SQLite's busy timeout
    thread.join(timeout=60)
    assert outcome == ["ok"]
    holder.close()
    other.close()
