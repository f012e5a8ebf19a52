"""`demo` and `clients list` as the shelter's IT contact uses them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.e2e.cli import run_here

PW = "demo passphrase 2026 e2e"


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("demo") / "data"
    r = run_here(data, "demo", "--clients", "120", "--password-stdin", stdin=PW + "\n")
    assert r.code == 0, r.err
    assert "120 SYNTHETIC clients" in r.out
    return data


def _list(data: Path, user: str, *args: str) -> list[list[str]]:
    r = run_here(data, "clients", "list", "--user", user, "--password-stdin", *args,
                 stdin=PW + "\n")
    assert r.code == 0, r.err
    return [line.split("\t") for line in r.out.splitlines()]


def test_demo_accounts_and_roles(demo_dir: Path) -> None:
    director = _list(demo_dir, "director")
    c1 = _list(demo_dir, "counsellor1")
    c2 = _list(demo_dir, "counsellor2")
    assert len(director) == 120
    assert len(c1) + len(c2) == 120 and c1 and c2
    assert {row[0] for row in c1}.isdisjoint({row[0] for row in c2})
    r = run_here(demo_dir, "clients", "list", "--user", "admin", "--password-stdin",
                 stdin=PW + "\n")
    assert r.code == 5


def test_list_prints_no_names_unless_asked(demo_dir: Path) -> None:
    plain = _list(demo_dir, "director")
    assert all(len(row) == 3 for row in plain)
    assert all(row[0].startswith("PAG-") for row in plain)
    assert {row[1] for row in plain} <= {"intake", "in_programme", "closed"}
    named = _list(demo_dir, "director", "--names")
    assert all(len(row) == 4 and row[3].strip() for row in named)


def test_search_across_scripts_and_accents(demo_dir: Path) -> None:
    named = _list(demo_dir, "director", "--names")
    latin = next(row for row in named if any(ch in row[3] for ch in "ăîșțâ"))
    plain_query = latin[3].split()[-1].translate(str.maketrans("ăîșțâ", "aista"))
    hits = _list(demo_dir, "director", "--search", plain_query.upper())
    assert latin[0] in [h[0] for h in hits]
    cyr = _list(demo_dir, "director", "--search", "ИВАНОВА") + _list(
        demo_dir, "director", "--search", "шевченко"
    )
    arabic = _list(demo_dir, "director", "--search", "فاطمة") + _list(
        demo_dir, "director", "--search", "خليل"
    )
    assert cyr or arabic, "the demo holds names in Cyrillic or Arabic script"


def test_demo_is_encrypted_and_passes_check(demo_dir: Path) -> None:
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(demo_dir / "shelter.db").execute("SELECT 1 FROM clients").fetchall()
    r = run_here(demo_dir, "check", "--user", "director", "--password-stdin", stdin=PW + "\n")
    assert r.code == 0 and "Audit trail: ok" in r.out


def test_demo_refuses_an_existing_folder_and_silly_sizes(demo_dir: Path, tmp_path: Path) -> None:
    assert run_here(demo_dir, "demo", "--password-stdin", stdin=PW + "\n").code == 1
    assert run_here(tmp_path / "x", "demo", "--clients", "0").code == 1
    assert run_here(tmp_path / "y", "demo", "--clients", "50001").code == 1
