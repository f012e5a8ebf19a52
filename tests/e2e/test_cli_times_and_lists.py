"""What the command line shows people (review H, I): times in Brussels time with the zone
said, whatever the computer's own zone; a verification that says when the signer was not
pinned; columns that stay in line with long and non-Latin names; help for every option."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from shelter_desk.cli.table import columns, width
from shelter_desk.domain.roles import Role
from shelter_desk.domain.wall_clock import shown
from shelter_desk.services import seals, setup, users
from shelter_desk.store.errors import DatabaseBusy
from tests.conftest import CHEAP_KDF
from tests.e2e.cli import run_here
from tests.e2e.conftest import Documents, signed_documents

PW = "times and columns 2026"
LOGIN = ("--user", "director", "--password-stdin")


@dataclass
class Setting(Documents):
    sealed_at: datetime


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Setting:
    documents = signed_documents(tmp_path_factory.mktemp("times"), PW, "en")
    ws = setup.login(documents.data, "director", PW, kdf=CHEAP_KDF)
    with ws:
        sealed = seals.seal(ws, None)
        for name, display in (
                ("mcvdb", "Marie-Christine Vanderstraeten-Van den Broeck, directrice"),
                ("semhar", "ሰምሃር ተስፋይ"), ("wang", "王小明"), ("zoe", "Zoë")):
            users.add_user(ws, name, display, [Role.COUNSELLOR], PW)
    return Setting(**vars(documents), sealed_at=sealed.sealed_at)


@pytest.fixture
def far_away(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's own zone far from Brussels (a server in UTC, a laptop abroad)."""
    monkeypatch.setenv("TZ", "America/Sao_Paulo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _brussels(moment: datetime) -> str:
    text = shown(moment)
    assert re.search(r" CES?T$", text), text
    return text


def test_check_gives_the_newest_seal_in_brussels_time(setting: Setting, far_away: None) -> None:
    r = run_here(setting.data, "check", *LOGIN, stdin=PW + "\n")
    assert r.code == 0, r.out + r.err
    [line] = [ln for ln in r.out.splitlines() if ln.startswith("Seals:")]
    assert f"of {_brussels(setting.sealed_at)} by" in line
    assert setting.sealed_at.astimezone().strftime("%H:%M") not in line  # São Paulo's clock


def test_audit_seals_lists_brussels_time(setting: Setting, far_away: None) -> None:
    r = run_here(setting.data, "audit", "seals", *LOGIN, stdin=PW + "\n")
    assert r.code == 0, r.err
    fields = r.out.splitlines()[-1].split("\t")  # the newest (reports and exports seal too)
    assert fields[1] == _brussels(setting.sealed_at)
    assert not re.search(r"\d\d-\d\dT\d\d:", r.out)  # no ISO UTC left


def test_verify_times_are_brussels_time(setting: Setting, far_away: None) -> None:
    r = run_here(Path("/nonexistent"), "verify", str(setting.report), "--trust",
                 str(setting.root))
    [line] = [ln for ln in r.out.splitlines() if ln.startswith("Signed at:")]
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d CES?T \(the signer's own clock\)", line)


def test_a_busy_database_says_since_when_in_brussels_time(far_away: None) -> None:
    since = datetime(2026, 12, 1, 21, 14, tzinfo=UTC)  # 22:14 in Brussels, 18:14 in São Paulo
    message = str(DatabaseBusy("backup", since))
    assert "since 2026-12-01 22:14 CET)" in message, message
    today = datetime.now(UTC).replace(microsecond=0)
    assert f"since {shown(today, seconds=False)[11:]})" in str(DatabaseBusy("backup", today))


@pytest.mark.parametrize("command", ["verify", "verify-export"])
def test_an_unpinned_signer_is_said(setting: Setting, command: str) -> None:
    document = setting.report if command == "verify" else setting.case_file
    r = run_here(Path("/nonexistent"), command, str(document), "--trust", str(setting.root))
    assert r.code == 0 and "RESULT: VALID" in r.out, r.out + r.err
    note = "  note: the signer was not pinned: compare the fingerprint above"
    assert sum(1 for ln in r.out.splitlines() if ln.startswith(note)) == 1
    fingerprint = re.search(r"SHA-256 ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})", r.out)
    assert fingerprint is not None
    r = run_here(Path("/nonexistent"), command, str(document), "--trust", str(setting.root),
                 "--signer", fingerprint.group(1))
    assert r.code == 0 and "not pinned" not in r.out


def test_users_list_keeps_its_columns_in_line(setting: Setting) -> None:
    r = run_here(setting.data, "users", "list", *LOGIN, stdin=PW + "\n")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    header = lines[0]

    def at(line: str, place: int) -> str:
        """What the terminal shows from column `place` on."""
        for n in range(len(line) + 1):
            if width(line[:n]) == place:
                return line[n:]
        raise AssertionError((line, place))

    assert len(lines) == 6
    for column, values in (("NAME", r"\S"), ("ROLES", r"(counsellor|director)\b"),
                           ("STATE", r"(active|removed|no key)$")):
        place = width(header[: header.index(column)])
        for line in lines[1:]:
            assert re.match(values, at(line, place)), (column, line)
            assert at(line, place - 1).startswith(" "), (column, line)


def test_columns_count_wide_and_combining_characters() -> None:
    assert width("王小明") == 6 and width("Zoë") == 3 and width("Zoe\u0308") == 3
    assert width("Ana\u200cbel") == 6  # a joiner takes no place
    lines = columns([("a", "王小明", "x"), ("bb", "Zoe\u0308", "y")])
    assert [width(ln[: ln.index(c)]) for ln, c in zip(lines, "xy", strict=True)] == [12, 12]


def test_every_clients_list_option_has_help() -> None:
    r = run_here(Path("/nonexistent"), "clients", "list", "--help")
    assert r.code == 0
    block = r.out[r.out.index("--status"):]
    assert "only clients in intake" in " ".join(block.split())
    for option in ("--search", "--names", "--status", "--counsellor"):
        assert re.search(rf"{option}\b[^\n]*\n?\s+\S", r.out), option
