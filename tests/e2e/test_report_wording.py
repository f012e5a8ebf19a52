"""What a report says of a client must be true of that client, in nl, fr and en (review of
issue 9): an intake client is not said to be in the programme, no sentence has a hole where a
date should be, and a time on the night the clocks go back says which of the two it is."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from shelter_desk.services import clients, counselling, reporting, setup, signing
from shelter_desk.services.workspace import Workspace
from tests.builders import (
    AGO,
    consent_input,
    client_input,
    exploitation_input,
    referral_input,
    session_input,
)
from tests.conftest import CHEAP_KDF

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


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
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
