"""Two workstations on one server at the same time: two processes, run as two operating-system
users (when the tests run as root, as CI does), logged in as two members of staff, on the same
client. Both write sessions at once; one saves the client's file, the other saves the copy it
read before that and is refused ("Changed by ... — reload"), reloads and saves; nothing is
lost, and the audit chain is one chain."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from shelter_desk.services import access_grants, audit, clients, counselling
from shelter_desk.services.workspace import Workspace
from tests.builders import new_client
from tests.conftest import COUNSELLOR1, COUNSELLOR2
from tests.e2e.cli import REPO
from tests.helpers.workstation import SESSIONS

pytestmark = pytest.mark.slow

# Two unprivileged accounts every Debian system has.
OS_USERS = ("nobody", "daemon")
SYSTEM_PYTHON = Path("/usr/bin/python3")


def _interpreter() -> list[str]:
    """The interpreter another OS user can run. The tests' own may sit in a private folder
    (pyenv under /root): then the distribution's python3 of the same version runs, with this
    virtual environment's packages on its path."""
    if os.geteuid() != 0:
        return [sys.executable]
    probe = subprocess.run(["runuser", "-u", OS_USERS[0], "--", sys.executable, "-c", ""],
                           capture_output=True, check=False)
    if probe.returncode == 0:
        return [sys.executable]
    return [str(SYSTEM_PYTHON)]


@pytest.fixture
def backend() -> str:
    return "postgresql"


@pytest.fixture
def desks(team_dir: Path) -> Iterator[list[tuple[Path, list[str]]]]:
    """A data folder per workstation (server.json and the CA only), each owned by its OS
    user, and the command prefix that runs a program as that user."""
    shared = Path(tempfile.mkdtemp(prefix="shelter-desks-"))
    shared.chmod(0o777)
    out: list[tuple[Path, list[str]]] = []
    for name in OS_USERS:
        folder = shared / name
        shutil.copytree(team_dir, folder)
        prefix: list[str] = []
        if os.geteuid() == 0:
            account = pwd.getpwnam(name)
            for path in (folder, *folder.iterdir()):
                os.chown(path, account.pw_uid, account.pw_gid)
            prefix = ["runuser", "-u", name, "--"]
        out.append((folder, prefix))
    (shared / "signals").mkdir()
    (shared / "signals").chmod(0o777)
    yield out
    shutil.rmtree(shared, ignore_errors=True)


def _start(folder: Path, prefix: list[str], who: tuple[str, str], client: int,
           role: str) -> subprocess.Popen[str]:
    site = next(p for p in sys.path if p.endswith("site-packages") and sys.prefix in p)
    env = {**os.environ, "HOME": str(folder), "PYTHONDONTWRITEBYTECODE": "1",
           "XDG_CONFIG_HOME": str(folder), "PYTHONPATH": os.pathsep.join([str(REPO), site])}
    python = _interpreter() if prefix else [sys.executable]
    return subprocess.Popen(
        [*prefix, *python, "-m", "tests.helpers.workstation", str(folder), who[0], who[1],
         str(client), str(folder.parent / "signals"), role],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, env=env)


def test_two_workstations_two_os_users_two_accounts_one_client(
    desks: list[tuple[Path, list[str]]], director: Workspace, counsellor1: Workspace,
) -> None:
    c = new_client(counsellor1)
    access_grants.grant(director, c.id, COUNSELLOR2[0], "shared case")
    (first_dir, first_as), (second_dir, second_as) = desks
    first = _start(first_dir, first_as, COUNSELLOR1, c.id, "first")
    second = _start(second_dir, second_as, COUNSELLOR2, c.id, "second")
    signals = first_dir.parent / "signals"
    try:
        for proc, name in ((first, "ready-first"), (second, "ready-second")):
            while not (signals / name).exists():
                assert proc.poll() is None, proc.communicate()
                time.sleep(0.05)
        (signals / "go").touch()
        out1, err1 = first.communicate(timeout=240)
        out2, err2 = second.communicate(timeout=240)
    finally:
        for proc in (first, second):
            if proc.poll() is None:
                proc.kill()
    assert first.returncode == 0, err1
    assert second.returncode == 0, err2
    facts1 = dict(line.split(" ", 1) for line in out1.splitlines() if " " in line)
    facts2 = dict(line.split(" ", 1) for line in out2.splitlines() if " " in line)
    # Two OS users (as root), two staff accounts, each their own database role.
    if os.geteuid() == 0:
        assert {facts1["os-user"], facts2["os-user"]} == {
            str(pwd.getpwnam(n).pw_uid) for n in OS_USERS}
    assert facts1["db-user"] == f"sdteam:{COUNSELLOR1[0]}"
    assert facts2["db-user"] == f"sdteam:{COUNSELLOR2[0]}"
    # The stale save was refused with who and when, and made after a reload.
    assert "saved" in out1.split()
    assert facts2["refused"].startswith("Changed by Counsellor One at ")
    assert facts2["refused"].endswith(" — reload.")
    assert "saved-after-reload" in out2.split()
    # Nothing lost: the first save's name, the second's contact, every session; one chain.
    final = clients.file_details(director, c.id)
    assert final.summary.last_name == "Saved-First"
    assert final.guardian_contact == "+32 3 555 01 01"
    notes = [s.confidential_notes for s in counselling.list_sessions(director, c.id)]
    assert notes.count(f"by {COUNSELLOR1[0]}") == SESSIONS
    assert notes.count(f"by {COUNSELLOR2[0]}") == SESSIONS
    with director.session() as session:
        report = audit.verify(session)
    assert report.ok, report.problems
