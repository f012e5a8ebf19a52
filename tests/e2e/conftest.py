"""Fixtures of the end-to-end tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from shelter_desk.domain.roles import Role
from shelter_desk.services import setup, users
from tests.conftest import ADMIN, CHEAP_KDF, COUNSELLOR1, COUNSELLOR2, DIRECTOR, DIRECTOR_PASSWORD


@pytest.fixture
def team(tmp_path: Path) -> tuple[Path, str]:
    """A fresh installation: a director (also administrator), two counsellors and an
    administrator; and its recovery code (which the session-wide templates do not keep)."""
    root = tmp_path / "data"
    ws, code = setup.initialise(root, shelter="Payoke", username=DIRECTOR,
                                display_name="Test Director", password=DIRECTOR_PASSWORD,
                                kdf=CHEAP_KDF)
    with ws:
        users.add_user(ws, COUNSELLOR1[0], "Counsellor One", [Role.COUNSELLOR], COUNSELLOR1[1])
        users.add_user(ws, COUNSELLOR2[0], "Counsellor Two", [Role.COUNSELLOR], COUNSELLOR2[1])
        users.add_user(ws, ADMIN[0], "Admin Only", [Role.ADMINISTRATOR], ADMIN[1])
    return root, code
