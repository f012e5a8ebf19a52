"""Shared fixtures. One template installation is made per test session (creating one is the slow
part) and copied for every test that needs one."""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# What the app remembers per workstation (QSettings) goes to a folder of the test run's own.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="shelter-desk-test-config-")
# The command line speaks the locale's language; tests read its English unless they say otherwise.
os.environ["SHELTER_DESK_LANG"] = "en"

from shelter_desk.services import setup
from shelter_desk.services.workspace import Workspace
from shelter_desk.store.keyslots import KdfParams

# Per-slot parameters: cheap in tests, the real defaults in the product.
CHEAP_KDF = KdfParams(time_cost=1, memory_cost=8 * 1024, parallelism=1)  # the floor: 8 MiB
DIRECTOR = "director"
DIRECTOR_PASSWORD = "quiet harbour lantern 2026"
SHELTER = "Payoke (synthetic test installation)"


@pytest.fixture(autouse=True)
def _collect_cycles_after_each_test() -> Iterator[None]:
    """Once the app's GUI-thread collector has switched Python's own off, no event loop runs
    it between plain tests: do it here so memory does not pile up."""
    yield
    if not gc.isenabled():
        from shelter_desk.ui.main_thread_gc import collect_due

        collect_due()


@pytest.fixture(scope="session")
def template_install(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("template") / "data"
    ws, code = setup.initialise(
        root,
        shelter=SHELTER,
        username=DIRECTOR,
        display_name="Test Director",
        password=DIRECTOR_PASSWORD,
        kdf=CHEAP_KDF,
    )
    ws.close()
    return root, code


@pytest.fixture
def data_dir(tmp_path: Path, template_install: tuple[Path, str]) -> Path:
    target = tmp_path / "data"
    shutil.copytree(template_install[0], target)
    return target


@pytest.fixture
def recovery_code(template_install: tuple[Path, str]) -> str:
    return template_install[1]


@pytest.fixture
def director_ws(data_dir: Path) -> Iterator[Workspace]:
    ws = setup.login(data_dir, DIRECTOR, DIRECTOR_PASSWORD, kdf=CHEAP_KDF)
    yield ws
    ws.close()


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes and mode: to prove nothing changed."""
    out: dict[str, bytes] = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            st = p.stat()
            out[str(p.relative_to(folder))] = (
                p.read_bytes() + f"|{st.st_mode}|{st.st_mtime_ns}".encode()
            )
    return out


COUNSELLOR1 = ("counsellor1", "river stone 8812 blue")
COUNSELLOR2 = ("counsellor2", "copper field 5590 mint")
ADMIN = ("admin", "silver ledger 7731 oak")


@pytest.fixture(scope="session")
def team_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An installation with a director (also administrator), two counsellors and an
    administrator, and no clients."""
    from shelter_desk.domain.roles import Role
    from shelter_desk.services import users

    root = tmp_path_factory.mktemp("team") / "data"
    ws, _ = setup.initialise(
        root,
        shelter="Payoke",
        username=DIRECTOR,
        display_name="Test Director",
        password=DIRECTOR_PASSWORD,
        kdf=CHEAP_KDF,
    )
    with ws:
        users.add_user(ws, COUNSELLOR1[0], "Counsellor One", [Role.COUNSELLOR], COUNSELLOR1[1])
        users.add_user(ws, COUNSELLOR2[0], "Counsellor Two", [Role.COUNSELLOR], COUNSELLOR2[1])
        users.add_user(ws, ADMIN[0], "Admin Only", [Role.ADMINISTRATOR], ADMIN[1])
    return root


@pytest.fixture
def team_dir(tmp_path: Path, team_template: Path) -> Path:
    target = tmp_path / "team"
    shutil.copytree(team_template, target)
    return target


def _login(folder: Path, who: tuple[str, str]) -> Workspace:
    return setup.login(folder, who[0], who[1], kdf=CHEAP_KDF)


@pytest.fixture
def director(team_dir: Path) -> Iterator[Workspace]:
    ws = _login(team_dir, (DIRECTOR, DIRECTOR_PASSWORD))
    yield ws
    ws.close()


@pytest.fixture
def counsellor1(team_dir: Path) -> Iterator[Workspace]:
    ws = _login(team_dir, COUNSELLOR1)
    yield ws
    ws.close()


@pytest.fixture
def counsellor2(team_dir: Path) -> Iterator[Workspace]:
    ws = _login(team_dir, COUNSELLOR2)
    yield ws
    ws.close()


@pytest.fixture
def admin_only(team_dir: Path) -> Iterator[Workspace]:
    ws = _login(team_dir, ADMIN)
    yield ws
    ws.close()
