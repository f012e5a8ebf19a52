"""`access list|grant|revoke` from the command line: a director opens a file to a colleague
until a day, the colleague then sees it, and it is closed again; a counsellor is refused."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from shelter_desk.services import clock
from tests.e2e.cli import run_here

PW = "demo passphrase 2026 access"


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("access") / "data"
    r = run_here(data, "demo", "--clients", "8", "--password-stdin", stdin=PW + "\n")
    assert r.code == 0, r.err
    return data


def _as(data: Path, user: str, *args: str) -> tuple[int, list[list[str]], str]:
    r = run_here(data, *args, "--user", user, "--password-stdin", stdin=PW + "\n")
    return r.code, [line.split("\t") for line in r.out.splitlines() if line], r.err


def _codes(data: Path, user: str) -> set[str]:
    status, rows, err = _as(data, user, "clients", "list", "--status", "in_programme")
    assert status == 0, err
    return {r[0] for r in rows}


def test_grant_until_a_day_list_and_revoke(demo_dir: Path) -> None:
    code = sorted(_codes(demo_dir, "counsellor1") - _codes(demo_dir, "counsellor2"))[0]
    last = (clock.today() + timedelta(days=10)).isoformat()
    status, _, err = _as(demo_dir, "director", "access", "grant", code, "--to", "counsellor2",
                         "--until", last, "--reason", "Leave cover (synthetic)")
    assert status == 0, err
    assert code in _codes(demo_dir, "counsellor2")
    status, rows, err = _as(demo_dir, "director", "access", "list", code)
    assert status == 0, err
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("counsellor2", last, "Leave cover (synthetic)")]
    # A counsellor may not open files to others (exit status 5).
    assert _as(demo_dir, "counsellor1", "access", "grant", code, "--to", "counsellor2")[0] == 5
    # A last day gone by is refused with the reason, and nothing changes.
    status, _, err = _as(demo_dir, "director", "access", "grant", code, "--to", "counsellor2",
                         "--until", (clock.today() - timedelta(days=1)).isoformat())
    assert status != 0 and "before today" in err
    status, _, err = _as(demo_dir, "director", "access", "revoke", code, "--to", "counsellor2")
    assert status == 0, err
    assert code not in _codes(demo_dir, "counsellor2")
    assert _as(demo_dir, "director", "access", "list", code)[1] == []
