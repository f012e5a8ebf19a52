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
from tests.server_backend import BACKENDS, ServerTemplate, copy_for_test, make_template, pg

__all__ = ["pg"]

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
    gc.unfreeze()  # what a test's login set aside (main_thread_gc.settle) is its own
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


# Test modules whose installations are made on both backends (their tests take the `backend`
# fixture through data_dir, team_dir and the workspaces): the services and the races run on
# SQLCipher and on the shelter's server (PostgreSQL). The command line's own modules build
# their installations with `init` and `demo`, which make embedded files; the same commands on a
# server are run by tests/e2e/test_server_cli.py. The forgers of test_audit_chain and
# test_audit_seals edit the embedded file; on a server staff cannot, and the owner's rewrite is
# tested in test_server_backend.py.
BOTH_BACKENDS = {
    "tests/unit/test_case_areas.py", "tests/unit/test_roles_and_access.py",
    "tests/unit/test_users_service.py", "tests/unit/test_consent_ledger.py",
    "tests/unit/test_search.py", "tests/unit/test_deadlines_service.py",
    "tests/unit/test_services_fuzzed.py", "tests/unit/test_concurrent_saves.py",
    "tests/unit/test_names_and_times.py", "tests/unit/test_plan_and_void.py",
    "tests/unit/test_kept_status.py", "tests/unit/test_client_list_filters.py",
    "tests/unit/test_duplicates.py", "tests/unit/test_reminders.py",
    "tests/unit/test_appointments.py", "tests/unit/test_dashboard_list.py",
}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    module = Path(metafunc.definition.fspath).relative_to(Path(__file__).parent.parent)
    if "backend" not in metafunc.fixturenames or str(module) not in BOTH_BACKENDS:
        return
    marks = {m.name for m in metafunc.definition.iter_markers()}
    if "server_only" in marks:
        metafunc.parametrize("backend", ["postgresql"], indirect=True)
    elif "sqlcipher_only" not in marks:
        metafunc.parametrize("backend", BACKENDS, indirect=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test on the shelter's server needs a PostgreSQL cluster of its own: slow (`make unit`
    leaves it to `make test`, which runs every test)."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_server = callspec is not None and callspec.params.get("backend") == "postgresql"
        if on_server or "pg" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Which store the test's installation lives in (see BOTH_BACKENDS)."""
    return str(getattr(request, "param", "sqlcipher"))


@pytest.fixture(scope="session")
def template_server(pg: object, tmp_path_factory: pytest.TempPathFactory) -> ServerTemplate:
    return make_template(pg, "sdsolo", tmp_path_factory.mktemp("server") / "data",  # type: ignore[arg-type]
                         lambda ws: None, shelter=SHELTER, username=DIRECTOR,
                         display_name="Test Director", password=DIRECTOR_PASSWORD, kdf=CHEAP_KDF)


@pytest.fixture
def data_dir(tmp_path: Path, backend: str, request: pytest.FixtureRequest) -> Iterator[Path]:
    target = tmp_path / "data"
    if backend == "postgresql":
        yield from copy_for_test(request.getfixturevalue("template_server"), target)
        return
    template_install = request.getfixturevalue("template_install")
    shutil.copytree(template_install[0], target)
    yield target


@pytest.fixture
def recovery_code(backend: str, request: pytest.FixtureRequest) -> str:
    if backend == "postgresql":
        return str(request.getfixturevalue("template_server").recovery_code)
    return str(request.getfixturevalue("template_install")[1])


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


def add_team(ws: Workspace) -> None:
    """Two counsellors and an administrator beside the director."""
    from shelter_desk.domain.roles import Role
    from shelter_desk.services import users

    users.add_user(ws, COUNSELLOR1[0], "Counsellor One", [Role.COUNSELLOR], COUNSELLOR1[1])
    users.add_user(ws, COUNSELLOR2[0], "Counsellor Two", [Role.COUNSELLOR], COUNSELLOR2[1])
    users.add_user(ws, ADMIN[0], "Admin Only", [Role.ADMINISTRATOR], ADMIN[1])


@pytest.fixture(scope="session")
def team_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An installation with a director (also administrator), two counsellors and an
    administrator, and no clients."""
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
        add_team(ws)
    return root


@pytest.fixture(scope="session")
def team_template_server(pg: object, tmp_path_factory: pytest.TempPathFactory) -> ServerTemplate:
    return make_template(pg, "sdteam", tmp_path_factory.mktemp("server-team") / "data",  # type: ignore[arg-type]
                         add_team, shelter="Payoke", username=DIRECTOR,
                         display_name="Test Director", password=DIRECTOR_PASSWORD, kdf=CHEAP_KDF)


@pytest.fixture
def team_dir(tmp_path: Path, backend: str, request: pytest.FixtureRequest) -> Iterator[Path]:
    target = tmp_path / "team"
    if backend == "postgresql":
        yield from copy_for_test(request.getfixturevalue("team_template_server"), target)
        return
    shutil.copytree(request.getfixturevalue("team_template"), target)
    yield target


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
