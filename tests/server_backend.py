"""The same installations on the shelter's server (PostgreSQL), for the tests that run on both
backends. One throwaway cluster per test run (tests/helpers/pg_cluster.py); a template database
per kind of installation, made once with `server init` and the services, and copied for every
test (CREATE DATABASE ... TEMPLATE). Copies share the template's login roles (roles belong to
the cluster), so whatever a test changes in them is put back after it."""

from __future__ import annotations

import itertools
import json
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from shelter_desk.services import server_setup
from shelter_desk.services.workspace import Workspace
from tests.helpers import pg_cluster

BACKENDS = ("sqlcipher", "postgresql")
_copies = itertools.count(1)


@dataclass
class ServerTemplate:
    cluster: pg_cluster.Cluster
    database: str
    data_dir: Path  # server.json + the CA, pointing at the template database
    recovery_code: str

    def copy(self, target: Path) -> Path:
        """A data folder working on a fresh copy of the template database."""
        name = f"{self.database}_{next(_copies)}"
        self.cluster.create_database(name, template=self.database)
        with self.cluster.superuser(name) as conn:
            conn.execute(f'REVOKE ALL ON DATABASE "{name}" FROM PUBLIC')
            conn.execute(f'GRANT CONNECT ON DATABASE "{name}" TO "{self.database}:staff"')
        shutil.copytree(self.data_dir, target)
        settings = target / "server.json"
        doc = json.loads(settings.read_text())
        doc["database"] = name  # the roles keep the template's prefix
        settings.write_text(json.dumps(doc))
        return target

    def discard(self, data_dir: Path) -> None:
        name = json.loads((data_dir / "server.json").read_text())["database"]
        self.cluster.drop_database(name)
        self.cluster.restore_roles(self.database)


def make_template(cluster: pg_cluster.Cluster, database: str, root: Path,
                  fill: Callable[[Workspace], None], **init: object) -> ServerTemplate:
    cluster.create_database(database)
    ws, code = server_setup.initialise(root, cluster.url(database), pg_cluster.OWNER_PASSWORD,
                                       **init)  # type: ignore[arg-type]
    with ws:
        fill(ws)
    cluster.save_roles(database)
    return ServerTemplate(cluster, database, root, code)


@pytest.fixture(scope="session")
def pg() -> Iterator[pg_cluster.Cluster]:
    cluster = pg_cluster.start()
    yield cluster
    cluster.stop()


def copy_for_test(template: ServerTemplate, target: Path) -> Iterator[Path]:
    folder = template.copy(target)
    try:
        yield folder
    finally:
        template.discard(folder)


def fresh_server(cluster: pg_cluster.Cluster, root: Path, fill: Callable[[Workspace], None],
                 **init: object) -> Iterator[tuple[Path, str]]:
    """A new installation on a database of its own (with its recovery code), dropped after."""
    database = f"sdfresh_{next(_copies)}"
    template = make_template(cluster, database, root, fill, **init)
    try:
        yield root, template.recovery_code
    finally:
        cluster.drop_database(database)
        cluster.drop_roles(database)
