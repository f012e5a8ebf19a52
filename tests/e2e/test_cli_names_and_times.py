"""The command line with names in every script and times on the nights the clocks change: it
asks which 02:30 is meant, refuses one that does not exist, seals the audit history with the
shelter's PKCS#12, and never crashes on a name the terminal cannot show."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from shelter_desk.domain.vocabulary import JudicialOffice, JudicialStage
from shelter_desk.services import judicial, setup
from tests.builders import AGO, new_client
from tests.conftest import CHEAP_KDF, DIRECTOR, DIRECTOR_PASSWORD
from tests.e2e.cli import run, run_here
from tests.e2e.pki import make_pki

pytestmark = pytest.mark.slow
AUTUMN = date(2027, 10, 31)
SPRING = date(2027, 3, 28)
LOGIN = ("--user", DIRECTOR, "--password-stdin")


@pytest.fixture
def shelter(tmp_path: Path) -> tuple[Path, str]:
    root = tmp_path / "data"
    ws, _ = setup.initialise(root, shelter="Sürya", username=DIRECTOR, display_name="Director",
                             password=DIRECTOR_PASSWORD, kdf=CHEAP_KDF)
    with ws:
        c = new_client(ws, first_names="ሰምሃር", last_name="ተስፋይ", nationality="ER",
                       languages=["ti"], aliases=["Semhar Tesfay"])
        judicial.open_case(ws, c.id, judicial.CaseInput(
            office=JudicialOffice.PROSECUTOR, district="Liège",
            stage=JudicialStage.FIRST_INSTANCE, opened_on=AGO))
    return root, c.case_code


def _add(data: Path, code: str, when: str, *extra: str, stdin: str = "") -> object:
    return run_here(data, "court-dates", "add", code, "--court", "Tribunal de Liège", "--date",
               AUTUMN.isoformat() if when == "autumn" else SPRING.isoformat(),
               "--time", "02:30", "--hearing", "pleadings", *extra, *LOGIN,
               stdin=DIRECTOR_PASSWORD + "\n" + stdin)


def test_an_ambiguous_time_is_asked_about_and_stored_as_answered(shelter: tuple[Path, str]) -> None:
    data, code = shelter
    r = _add(data, code, "autumn", stdin="after\n")
    assert r.code == 0, r.err
    assert "happens twice" in r.err and "UTC+2" in r.err and "UTC+1" in r.err
    r = _add(data, code, "autumn", "--clock-change", "before")
    assert r.code == 0 and "happens twice" not in r.err, r.err
    r = run_here(data, "court-dates", "list", code, *LOGIN, stdin=DIRECTOR_PASSWORD + "\n")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert [ln.split("\t")[0] for ln in lines] == ["2027-10-31 02:30 (before)",
                                                    "2027-10-31 02:30 (after)"]


def test_an_unanswered_question_saves_nothing(shelter: tuple[Path, str]) -> None:
    data, code = shelter
    r = _add(data, code, "autumn")
    assert r.code == 1 and "No answer: nothing was saved" in r.err
    r = run_here(data, "court-dates", "list", code, *LOGIN, stdin=DIRECTOR_PASSWORD + "\n")
    assert r.out == ""


def test_a_time_that_does_not_exist_is_refused(shelter: tuple[Path, str]) -> None:
    data, code = shelter
    r = _add(data, code, "spring")
    assert r.code == 1 and "clocks go forward" in r.err, r.err


def test_names_the_terminal_cannot_encode_come_out_replaced(shelter: tuple[Path, str]) -> None:
    data, code = shelter
    # A process: its stdout's encoding is what is tested (ASCII here, UTF-8 below).
    r = run(data, "clients", "list", "--names", *LOGIN, stdin=DIRECTOR_PASSWORD + "\n",
            env={"PYTHONIOENCODING": "ascii"})
    assert r.code == 0, r.err
    assert code in r.out and "?" in r.out
    r = run(data, "clients", "list", "--names", *LOGIN, stdin=DIRECTOR_PASSWORD + "\n")
    assert "ሰምሃር ተስፋይ" in r.out


def test_audit_seal_asks_the_pkcs12_passphrase_and_check_verifies_it(
    shelter: tuple[Path, str], tmp_path: Path,
) -> None:
    data, _ = shelter
    pki = make_pki()
    p12 = tmp_path / "shelter.p12"
    p12.write_bytes(pki.pkcs12("p12 passphrase 99"))
    root = tmp_path / "root.pem"
    root.write_bytes(pki.root_pem)
    r = run_here(data, "signing", "import-p12", str(p12), *LOGIN,
            stdin=f"{DIRECTOR_PASSWORD}\np12 passphrase 99\n")
    assert r.code == 0, r.err
    r = run_here(data, "audit", "seal", *LOGIN, stdin=f"{DIRECTOR_PASSWORD}\nwrong passphrase\n")
    assert r.code == 3, r.err
    r = run_here(data, "audit", "seal", *LOGIN, stdin=f"{DIRECTOR_PASSWORD}\np12 passphrase 99\n")
    assert r.code == 0 and "Sealed the audit history" in r.out, r.err
    r = run_here(data, "check", "--trust", str(root), *LOGIN, stdin=DIRECTOR_PASSWORD + "\n")
    assert r.code == 0 and "Seals: ok (1 seals" in r.out, r.out + r.err
    other = tmp_path / "other.pem"
    other.write_bytes(make_pki().root_pem)
    r = run_here(data, "check", "--trust", str(other), *LOGIN, stdin=DIRECTOR_PASSWORD + "\n")
    assert r.code == 4 and "not signed by a trusted signing identity" in r.out
    r = run_here(data, "audit", "seals", *LOGIN, stdin=DIRECTOR_PASSWORD + "\n")
    assert r.code == 0 and len(r.out.splitlines()) == 1


def test_check_says_when_nothing_is_sealed_yet(shelter: tuple[Path, str]) -> None:
    data, _ = shelter
    r = run_here(data, "check", *LOGIN, stdin=DIRECTOR_PASSWORD + "\n")
    assert r.code == 0 and "Seals: none yet" in r.out
