"""`clients list` with the client list's filters, as a script or a director uses it: each
option keeps the clients it names (checked against the full list, filtered here by hand), they
combine with --status/--counsellor/--search, and a wrong value is refused by name with exit 2
before any password is asked."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from shelter_desk.services import clients, clock, setup
from shelter_desk.services.clients import ClientSummary
from tests.e2e.cli import run_here

PW = "demo passphrase 2026 filters"
LOGIN = ("--user", "director", "--password-stdin")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[ClientSummary]]:
    data = tmp_path_factory.mktemp("filters") / "data"
    r = run_here(data, "demo", "--clients", "60", "--password-stdin", stdin=PW + "\n")
    assert r.code == 0, r.err
    with setup.login(data, "director", PW) as ws:
        every = clients.list_clients(ws)
    return data, every


def _codes(data: Path, *args: str) -> list[str]:
    r = run_here(data, "clients", "list", *args, *LOGIN, stdin=PW + "\n")
    assert r.code == 0, r.err
    return [line.split("\t")[0] for line in r.out.splitlines() if line]


def _expect(rows: list[ClientSummary], keep) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.case_code for r in rows if keep(r)]


def test_each_option_keeps_what_it_names(demo: tuple[Path, list[ClientSummary]]) -> None:
    data, every = demo
    today = clock.today()
    nationality = max({r.nationality for r in every},
                      key=lambda n: sum(r.nationality == n for r in every))
    phase = every[0].phase
    form = next(iter(every[0].forms))
    middle = sorted(r.intake_date for r in every)[len(every) // 2]
    checks = [
        (("--phase", phase.value), lambda r: r.phase == phase),
        (("--nationality", nationality.lower()), lambda r: r.nationality == nationality),
        (("--exploitation", form.value), lambda r: form in r.forms),
        (("--overdue",), lambda r: r.next_deadline is not None and r.next_deadline.due < today),
        (("--intake-from", middle.isoformat()), lambda r: r.intake_date >= middle),
        (("--intake-to", middle.isoformat()), lambda r: r.intake_date <= middle),
        (("--intake-from", middle.isoformat(), "--intake-to", middle.isoformat()),
         lambda r: r.intake_date == middle),
        (("--status", "in_programme", "--nationality", nationality, "--overdue"),
         lambda r: r.status.value == "in_programme" and r.nationality == nationality
         and r.next_deadline is not None and r.next_deadline.due < today),
        (("--counsellor", "counsellor1", "--exploitation", form.value),
         lambda r: form in r.forms and r.counsellor == every_counsellor1(every, data)),
    ]
    for args, keep in checks:
        expected = _expect(every, keep)
        assert _codes(data, *args) == expected, args
    # Something to find and something left out, or the checks above prove little.
    assert 0 < len(_expect(every, checks[1][1])) < len(every)
    assert 0 < len(_expect(every, checks[2][1])) < len(every)
    assert 0 < len(_expect(every, checks[4][1])) < len(every)


def every_counsellor1(every: list[ClientSummary], data: Path) -> str:
    with setup.login(data, "counsellor1", PW) as ws:
        return clients.list_clients(ws)[0].counsellor


def test_combined_with_search_and_names(demo: tuple[Path, list[ClientSummary]]) -> None:
    data, every = demo
    one = every[3]
    r = run_here(data, "clients", "list", "--search", one.last_name.upper(), "--nationality",
                 one.nationality, "--names", *LOGIN, stdin=PW + "\n")
    assert r.code == 0, r.err
    lines = [line.split("\t") for line in r.out.splitlines()]
    assert one.case_code in [line[0] for line in lines]
    assert all(line[3] for line in lines)
    other = next(n for n in ("NG", "RO", "AL", "VN", "CN") if n != one.nationality)
    assert one.case_code not in _codes(data, "--search", one.case_code, "--nationality", other)


@pytest.mark.parametrize(("args", "words"), [
    (("--nationality", "Nigeria"), "--nationality"),
    (("--nationality", "XX"), "--nationality"),
    (("--phase", "holiday"), "--phase"),
    (("--exploitation", "sex"), "--exploitation"),
    (("--intake-from", "31/12/2026"), "YYYY-MM-DD"),
    (("--intake-to", "2026-02-30"), "YYYY-MM-DD"),
    (("--intake-from", "2026-06-01", "--intake-to", "2026-05-31"), "Intake"),
    (("--overdue", "yes"), "unrecognized"),
])
def test_wrong_values_are_refused_before_the_password(
        demo: tuple[Path, list[ClientSummary]], args: tuple[str, ...], words: str) -> None:
    data, _ = demo
    r = run_here(data, "clients", "list", *args, *LOGIN, stdin="")  # no password given
    assert r.code == 2, (r.out, r.err)
    assert words in r.err
    assert r.out == ""


def test_the_day_after_the_period_is_left_out(demo: tuple[Path, list[ClientSummary]]) -> None:
    data, every = demo
    first = min(r.intake_date for r in every)
    before = first - timedelta(days=1)
    assert _codes(data, "--intake-to", before.isoformat()) == []
    assert _codes(data, "--intake-from", date.max.isoformat()) == []
