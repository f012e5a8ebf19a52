"""`records list` and `records void` as the shelter's IT contact uses them: numbers, days and
categories only (never a note), and a void that names its file, its reason and its author."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli import run_here

PW = "demo passphrase 2026 records"


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("records") / "data"
    r = run_here(data, "demo", "--clients", "30", "--password-stdin", stdin=PW + "\n")
    assert r.code == 0, r.err
    return data


def _as(data: Path, user: str, *args: str) -> tuple[int, list[list[str]], str]:
    r = run_here(data, *args, "--user", user, "--password-stdin", stdin=PW + "\n")
    return r.code, [line.split("\t") for line in r.out.splitlines() if line], r.err


def _client_of(data: Path, user: str) -> str:
    _, rows, _ = _as(data, user, "clients", "list", "--status", "in_programme")
    return rows[0][0]


def test_list_shows_what_tells_records_apart_and_no_content(demo_dir: Path) -> None:
    code = _client_of(demo_dir, "counsellor1")
    status, rows, err = _as(demo_dir, "counsellor1", "records", "list", code)
    assert status == 0, err
    assert {r[0] for r in rows} >= {"session", "consent", "plan-action"}
    assert all(r[1].isdigit() and len(r) in (4, 5) for r in rows)
    assert not any("Synthetic demo note" in "\t".join(r) for r in rows)
    status, sessions, _ = _as(demo_dir, "counsellor1", "records", "list", code, "--kind",
                              "session")
    assert {r[0] for r in sessions} == {"session"}
    # Another counsellor's client: refused, and the refusal is audited (exit status 5).
    assert _as(demo_dir, "counsellor2", "records", "list", code)[0] == 5


def test_void_needs_the_right_file_and_a_reason_and_shows_in_the_list(demo_dir: Path) -> None:
    code = _client_of(demo_dir, "counsellor1")
    other = _client_of(demo_dir, "counsellor2")
    _, sessions, _ = _as(demo_dir, "director", "records", "list", code, "--kind", "session")
    live = [r for r in sessions if len(r) == 4]
    number = live[-1][1]
    # The number in another client's file: nothing is voided.
    status, _, err = _as(demo_dir, "director", "records", "void", other, "session", number,
                         "--reason", "wrong file")
    assert status != 0 and err
    r = run_here(demo_dir, "records", "void", code, "session", number, "--user", "director",
                 "--password-stdin", stdin=PW + "\n")
    assert r.code == 2 and "--reason" in r.err  # argparse: the reason is required
    status, _, err = _as(demo_dir, "director", "records", "void", code, "session", number,
                         "--reason", "   ")
    assert status != 0 and "Reason" in err
    status, out, err = _as(demo_dir, "director", "records", "void", code, "session", number,
                           "--reason", "Entered in the wrong file")
    assert status == 0, err
    assert out == [[f"Voided session number {number} in {code}."]]
    status, voided, _ = _as(demo_dir, "director", "records", "list", code, "--voided")
    assert any(v[1] == number and v[4].startswith("voided") for v in voided)
    status, _, err = _as(demo_dir, "director", "records", "void", code, "session", number,
                         "--reason", "again")
    assert status != 0 and "voided already" in err
