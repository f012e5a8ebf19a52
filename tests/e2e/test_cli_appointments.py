"""`appointments add` and `appointments list` from the command line: the Brussels wall-clock
time as planned (also across the night the clocks go forward), no place or note printed, and
another counsellor's client refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli import run_here

PW = "demo passphrase 2026 appointments"


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("appointments") / "data"
    r = run_here(data, "demo", "--clients", "12", "--password-stdin", stdin=PW + "\n")
    assert r.code == 0, r.err
    return data


def _as(data: Path, user: str, *args: str) -> tuple[int, list[list[str]], str]:
    r = run_here(data, *args, "--user", user, "--password-stdin", stdin=PW + "\n")
    return r.code, [line.split("\t") for line in r.out.splitlines() if line], r.err


def _client_of(data: Path, user: str) -> str:
    _, rows, _ = _as(data, user, "clients", "list", "--status", "in_programme")
    return rows[0][0]


def test_add_and_list_across_the_clock_change(demo_dir: Path) -> None:
    code = _client_of(demo_dir, "counsellor1")
    base = ("appointments", "add", code, "--kind", "hearing", "--place",
            "PLACE-SENTINEL Palais de Justice", "--note", "NOTE-SENTINEL")
    status, _, err = _as(demo_dir, "counsellor1", *base, "--date", "2027-03-28",
                         "--time", "02:30")
    assert status != 0 and "clocks" in err  # that time does not exist that night
    for day in ("2027-03-28", "2027-03-29"):
        status, _, err = _as(demo_dir, "counsellor1", *base, "--date", day, "--time", "10:00",
                             "--minutes", "90")
        assert status == 0, err
    status, rows, err = _as(demo_dir, "counsellor1", "appointments", "list", "--from",
                            "2027-03-27", "--to", "2027-03-30", "--client", code)
    assert status == 0, err
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in rows] == [
        ("2027-03-28 10:00", "90", "hearing", code, "planned"),
        ("2027-03-29 10:00", "90", "hearing", code, "planned")]
    assert not any("SENTINEL" in "\t".join(r) for r in rows)
    # Every file one sees, the default: this client's are among them.
    status, rows, _ = _as(demo_dir, "director", "appointments", "list", "--from", "2027-03-28",
                         "--to", "2027-03-28")
    assert status == 0 and any(r[3] == code and r[0] == "2027-03-28 10:00" for r in rows)
    # Another counsellor's client: refused (exit status 5), and not in their list.
    assert _as(demo_dir, "counsellor2", "appointments", "list", "--client", code)[0] == 5
    assert _as(demo_dir, "counsellor2", *base, "--date", "2027-03-30", "--time", "09:00")[0] == 5
    _, theirs, _ = _as(demo_dir, "counsellor2", "appointments", "list", "--from", "2027-03-28",
                       "--to", "2027-03-29")
    assert not any(r[3] == code for r in theirs)
    # --with names a counsellor or a director; not an administrator.
    status, _, err = _as(demo_dir, "director", *base, "--date", "2027-04-02", "--time",
                         "09:00", "--with", "nobody-here")
    assert status != 0 and err
