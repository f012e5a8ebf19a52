"""Fixtures of the end-to-end tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from shelter_desk.services import reporting, setup, signing
from tests.builders import new_client
from tests.conftest import CHEAP_KDF, DIRECTOR, DIRECTOR_PASSWORD, add_team
from tests.server_backend import fresh_server


@pytest.fixture
def team(tmp_path: Path, backend: str, request: pytest.FixtureRequest
         ) -> Iterator[tuple[Path, str]]:
    """A fresh installation: a director (also administrator), two counsellors and an
    administrator; and its recovery code (which the session-wide templates do not keep)."""
    root = tmp_path / "data"
    if backend == "postgresql":
        yield from fresh_server(request.getfixturevalue("pg"), root, add_team, shelter="Payoke",
                                username=DIRECTOR, display_name="Test Director",
                                password=DIRECTOR_PASSWORD, kdf=CHEAP_KDF)
        return
    ws, code = setup.initialise(root, shelter="Payoke", username=DIRECTOR,
                                display_name="Test Director", password=DIRECTOR_PASSWORD,
                                kdf=CHEAP_KDF)
    with ws:
        add_team(ws)
    yield root, code


@dataclass
class Documents:
    """A shelter with a demo identity and, for one client, a signed report and a case file, as
    a prosecutor's office receives them; and the root to check them with."""

    data: Path
    root: Path
    report: Path
    case_file: Path


def signed_documents(folder: Path, password: str, language: str = "nl") -> Documents:
    data = folder / "data"
    ws, _ = setup.initialise(data, shelter="Payoke", username="director",
                             display_name="Test Director", password=password, kdf=CHEAP_KDF)
    with ws:
        signing.demo_identity(ws)
        client = new_client(ws).id
        report = folder / "report.pdf"
        report.write_bytes(reporting.signed_report(ws, client, language).pdf)
        case_file = folder / "case.zip"
        case_file.write_bytes(reporting.export_case_file(ws, client, language).archive)
        root = folder / "root.pem"
        root.write_bytes(signing.root_pem(ws))
    return Documents(data, root, report, case_file)
