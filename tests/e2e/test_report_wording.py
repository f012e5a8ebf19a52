"""What a report says of a client must be true of that client, in nl, fr and en (review of
issue 9): an intake client is not said to be in the programme, no sentence has a hole where a
date should be, and a time on the night the clocks go back says which of the two it is."""

from __future__ import annotations

import io
import json
import re
import subprocess
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from shelter_desk.domain.vocabulary import HearingType, JudicialOffice, JudicialStage
from shelter_desk.services import clients, counselling, judicial, reporting, setup, signing
from shelter_desk.services.workspace import Workspace
from tests.builders import (
    AGO,
    TODAY,
    client_input,
    consent_input,
    exploitation_input,
    referral_input,
    session_input,
)
from tests.conftest import CHEAP_KDF
from tests.e2e.cli import run_here

PW = "the report tells the truth 2026"
LANGUAGES = ("nl", "fr", "en")


@dataclass
class Shelter:
    data: Path
    intake: int  # still in intake: programme-support consent, nothing else
    one_session: int  # admitted, one counselling session


def _login(data: Path) -> Workspace:
    return setup.login(data, "director", PW, kdf=CHEAP_KDF)


@pytest.fixture(scope="module")
def shelter(tmp_path_factory: pytest.TempPathFactory) -> Shelter:
    data = tmp_path_factory.mktemp("wording") / "data"
    ws, _ = setup.initialise(data, shelter="Sürya", username="director",
                             display_name="Test Director", password=PW, kdf=CHEAP_KDF)
    with ws:
        signing.demo_identity(ws)
        waiting = clients.intake(ws, client_input(first_names="Julie"), referral_input(),
                                 exploitation_input(), [consent_input()])
        assert waiting.status.value == "intake"
        admitted = clients.intake(ws, client_input(first_names="Mariam"),
                                  referral_input(outcome="admitted"), exploitation_input(),
                                  [consent_input()])
        counselling.add_session(ws, admitted.id, session_input())
    return Shelter(data, waiting.id, admitted.id)


@pytest.fixture
def ws(shelter: Shelter) -> Iterator[Workspace]:
    workspace = _login(shelter.data)
    yield workspace
    workspace.close()


def _text(pdf: bytes, tmp_path: Path, *, layout: bool = True) -> str:
    """The PDF's words, one space apart (sentences wrap). Without `layout`, in reading order:
    a table cell's lines together."""
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", *(["-layout"] if layout else []), str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


NOT_ADMITTED = {"nl": "Intake (nog niet tot het programma toegelaten)",
                "fr": "Accueil (la personne n'est pas encore admise dans le programme)",
                "en": "Intake (not yet admitted to the programme)"}
IN_PROGRAMME_SINCE = {"nl": "In het programma sinds", "fr": "Dans le programme depuis",
                      "en": "In the programme since"}
INTAKE_DATE = {"nl": "Datum van de intake", "fr": "Date d'accueil", "en": "Intake date"}
NO_SESSION = {"nl": "Er is nog geen begeleidingsgesprek opgenomen.",
              "fr": "Aucun entretien d'accompagnement n'est encore enregistré.",
              "en": "No counselling session is recorded yet."}
NO_ISSUE = {"nl": "Er werd geen aandachtspunt of schending vastgesteld.",
            "fr": "Aucun point d'attention ni aucun manquement n'a été constaté.",
            "en": "No concern or breach was recorded."}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_intake_client_is_not_said_to_be_in_the_programme(
        ws: Workspace, shelter: Shelter, tmp_path: Path, lang: str) -> None:
    text = _text(reporting.signed_report(ws, shelter.intake, lang).pdf, tmp_path)
    text = text.replace("\u2019", "'")
    assert NOT_ADMITTED[lang] in text
    assert IN_PROGRAMME_SINCE[lang] not in text
    assert f"{INTAKE_DATE[lang]} {AGO:%d/%m/%Y}" in text
    assert NO_SESSION[lang] in text
    assert NO_ISSUE[lang] in text
    # a placeholder left empty shows as a space before a full stop or comma ("since .")
    assert not re.search(r"\s[.,]", text), re.findall(r".{30}\s[.,].{10}", text)
    if lang == "nl":
        assert not re.search(r"\bzorg\b", text, re.I)


@pytest.mark.parametrize(("lang", "line"), [
    ("nl", "Eén begeleidingsgesprek, op {date}."),
    ("fr", "Un entretien d'accompagnement, le {date}."),
    ("en", "One counselling session, on {date}."),
])
def test_one_session_is_one_session(ws: Workspace, shelter: Shelter, tmp_path: Path,
                                    lang: str, line: str) -> None:
    text = _text(reporting.make_report(ws, shelter.one_session, lang).pdf, tmp_path)
    held = session_input().held_on
    assert line.format(date=f"{held:%d/%m/%Y}") in text.replace("\u2019", "'")
    assert NOT_ADMITTED[lang] not in text.replace("\u2019", "'")


# -- the nights the clocks change -----------------------------------------------------------
def _last_sunday(year: int, month: int) -> date:
    day = date(year, month, 31)
    return day - timedelta(days=(day.weekday() + 1) % 7)


AUTUMN = _last_sunday(TODAY.year + 1, 10)  # 02:00-02:59 happens twice
SPRING = _last_sunday(TODAY.year + 1, 3)  # 02:00-02:59 does not exist
UTC_OF = {  # (date, time, clock change) -> the instant it means
    "autumn-before": (AUTUMN, time(2, 30), "before",
                      datetime.combine(AUTUMN, time(0, 30), tzinfo=UTC)),
    "autumn-after": (AUTUMN, time(2, 30), "after",
                     datetime.combine(AUTUMN, time(1, 30), tzinfo=UTC)),
    "autumn-early": (AUTUMN, time(1, 30), None,  # ends in the repeated hour
                     datetime.combine(AUTUMN - timedelta(days=1), time(23, 30), tzinfo=UTC)),
    "spring-early": (SPRING, time(1, 30), None,  # ends after the lost hour
                     datetime.combine(SPRING, time(0, 30), tzinfo=UTC)),
    "spring-late": (SPRING, time(3, 0), None, datetime.combine(SPRING, time(1, 0), tzinfo=UTC)),
}


@pytest.fixture(scope="module")
def night_hearings(shelter: Shelter) -> str:
    """A client with a hearing at every awkward time; the 'after' one added as the reviewer
    did, with the command line."""
    ws = _login(shelter.data)
    with ws:
        client = clients.intake(ws, client_input(first_names="Noor"),
                                referral_input(outcome="admitted"), exploitation_input(),
                                [consent_input()])
        case = judicial.open_case(ws, client.id, judicial.CaseInput(
            office=JudicialOffice.PROSECUTOR, district="Antwerpen",
            stage=JudicialStage.FIRST_INSTANCE, opened_on=AGO))
        for name, (on, at, change, _) in UTC_OF.items():
            if name != "autumn-after":
                judicial.add_court_date(ws, case.id, judicial.CourtDateInput(
                    court="Correctionele rechtbank Antwerpen, afdeling Mechelen", on_date=on,
                    at_time=at, hearing_type=HearingType.PLEADINGS, clock_change=change))
    r = run_here(shelter.data, "court-dates", "add", client.case_code, "--court",
                 "Correctionele rechtbank Antwerpen, afdeling Mechelen", "--date",
                 AUTUMN.isoformat(), "--time", "02:30", "--hearing", "pleadings",
                 "--clock-change", "after", "--user", "director", "--password-stdin",
                 stdin=PW + "\n")
    assert r.code == 0, r.err
    return client.case_code


def _export(shelter: Shelter, code: str, lang: str) -> dict[str, bytes]:
    ws = _login(shelter.data)
    with ws:
        made = reporting.export_case_file(ws, reporting.find_client(ws, code), lang)
    with zipfile.ZipFile(io.BytesIO(made.archive)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def test_the_calendar_names_each_instant_unambiguously(shelter: Shelter,
                                                       night_hearings: str) -> None:
    from icalendar import Calendar

    ics = _export(shelter, night_hearings, "nl")["court-dates.ics"]
    raw = ics.decode()
    # the repeated hour is written in UTC, so no calendar program can take the other 02:30
    assert f"DTSTART:{AUTUMN:%Y%m%d}T003000Z" in raw
    assert f"DTSTART:{AUTUMN:%Y%m%d}T013000Z" in raw
    assert f"DTSTART;TZID=Europe/Brussels:{AUTUMN:%Y%m%d}T023000" not in raw
    starts = []
    for event in Calendar.from_ical(ics).walk("VEVENT"):
        start, end = event["DTSTART"].dt, event["DTEND"].dt
        assert start.tzinfo is not None and end.tzinfo is not None
        starts.append(start.astimezone(UTC))
        assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=2)  # real time
    assert sorted(starts) == sorted(moment for *_, moment in UTC_OF.values())


@pytest.mark.parametrize(("lang", "before", "after"), [
    ("nl", "02:30 (zomertijd, vóór de klok werd teruggezet)",
     "02:30 (wintertijd, nadat de klok werd teruggezet)"),
    ("fr", "02:30 (heure d'été, avant le recul de l'heure)",
     "02:30 (heure d'hiver, après le recul de l'heure)"),
    ("en", "02:30 (summer time, before the clocks went back)",
     "02:30 (winter time, after the clocks went back)"),
])
def test_report_and_case_json_say_which_0230(shelter: Shelter, night_hearings: str,
                                            tmp_path: Path, lang: str, before: str,
                                            after: str) -> None:
    files = _export(shelter, night_hearings, lang)
    text = _text(files["progress-report.pdf"], tmp_path, layout=False).replace("\u2019", "'")
    day = f"{AUTUMN:%d/%m/%Y}"
    assert f"{day} {before}" in text and f"{day} {after}" in text
    assert text.index(before) < text.index(after)  # in time order
    assert f"{AUTUMN:%d/%m/%Y} 01:30 (" not in text  # a time that happens once says nothing
    dates = json.loads(files["case.json"])["court_dates"]
    found = {(d["time"], d["at_utc"], d["utc_offset"], d["clock_change"]) for d in dates}
    assert ("02:30", f"{AUTUMN}T00:30:00Z", "+02:00", "before") in found
    assert ("02:30", f"{AUTUMN}T01:30:00Z", "+01:00", "after") in found
    assert ("03:00", f"{SPRING}T01:00:00Z", "+02:00", None) in found
