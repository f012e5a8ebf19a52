"""Fixtures of the end-to-end tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from shelter_desk.services import setup
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
