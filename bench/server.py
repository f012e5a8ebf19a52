"""The shelter's server (PostgreSQL, on a throwaway cluster on 127.0.0.1 with TLS) next to the
embedded SQLCipher file, on the same synthetic caseload; and ten writers at once."""

from __future__ import annotations

import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from bench.harness import Result, median_seconds
from shelter_desk import demo
from shelter_desk.domain.roles import Role
from shelter_desk.services import (
    audit,
    clients,
    counselling,
    deadlines,
    duplicates,
    server_setup,
    users,
)
from shelter_desk.services.concurrency import StaleRecord
from shelter_desk.services.workspace import Workspace
from shelter_desk.store.keyslots import KdfParams
from tests.builders import client_input, session_input
from tests.helpers import pg_cluster

PASSWORD = "benchmark passphrase 2026"
CHEAP = KdfParams(time_cost=1, memory_cost=8 * 1024, parallelism=1)
CLIENTS = 5000
WRITERS = 10
SAVES = 10


def run() -> list[Result]:
    cluster = pg_cluster.start()
    try:
        with tempfile.TemporaryDirectory(prefix="shelter-bench-server-") as tmp:
            return _run(cluster, Path(tmp))
    finally:
        cluster.stop()


def _run(cluster: pg_cluster.Cluster, tmp: Path) -> list[Result]:
    out: list[Result] = []
    local, _ = _local(tmp / "local")
    server, fill_seconds = _server(cluster, tmp / "desk", "benchdemo")
    out.append(Result(f"demo --clients {CLIENTS} on the server (every personal field sealed)",
                      fill_seconds, "the same on SQLCipher", _local_fill(tmp / "again"),
                      "one transaction"))
    first = clients.list_clients(local)[0].id
    for name, call in (
        ("client list, director (5,000 rows, phase, next deadline)",
         lambda ws: clients.list_clients(ws)),
        ("accent-insensitive search 'stanescu' (blind index on the server)",
         lambda ws: clients.list_clients(ws, search="stanescu")),
        ("deadlines needing attention (whole caseload, 14 days)",
         lambda ws: deadlines.upcoming(ws)),
        ("dashboard charts (active clients by phase and form)",
         lambda ws: clients.caseload(ws)),
        ("possible duplicates of a new 'Salma Haddad' (MA) at intake, and its audit entry",
         lambda ws: duplicates.possible_duplicates(ws, client_input(
             first_names="Salma", last_name="Haddad", nationality="MA", aliases=[]))),
        ("open one client's file (and audit it)",
         lambda ws: clients.open_client_file(ws, first)),
    ):
        on_sqlcipher = median_seconds(lambda call=call: call(local), repeat=3)
        on_server = median_seconds(lambda call=call: call(server), repeat=3)
        out.append(Result(f"{name}, PostgreSQL", on_server, "the same on SQLCipher",
                          on_sqlcipher))
    local.close()
    server.close()
    out.append(_writers(cluster, tmp / "load"))
    return out


def _local(folder: Path) -> tuple[Workspace, float]:
    from shelter_desk.services import setup

    demo.create_demo(folder, clients=CLIENTS, password=PASSWORD, kdf=CHEAP)
    return setup.login(folder, "director", PASSWORD, kdf=CHEAP), 0.0


def _local_fill(folder: Path) -> float:
    return median_seconds(lambda: demo.create_demo(folder, clients=CLIENTS, password=PASSWORD,
                                                   kdf=CHEAP), repeat=1)


def _server(cluster: pg_cluster.Cluster, folder: Path, database: str,
            clients_count: int | None = None) -> tuple[Workspace, float]:
    cluster.create_database(database)
    ws, _ = server_setup.initialise(folder, cluster.url(database), pg_cluster.OWNER_PASSWORD,
                                    shelter=demo.DEMO_SHELTER, username="director",
                                    display_name="Director", password=PASSWORD, kdf=CHEAP)
    for name, (shown, roles) in demo.ACCOUNTS.items():
        if name != "director":
            users.add_user(ws, name, shown, roles, PASSWORD)
    count = CLIENTS if clients_count is None else clients_count
    seconds = median_seconds(lambda: demo.populate(ws, count), repeat=1)
    return ws, seconds


@dataclass
class _Tally:
    saved: int = 0
    refused: int = 0
    sessions: int = 0


def _writers(cluster: pg_cluster.Cluster, folder: Path) -> Result:
    """Ten counsellors at ten desks on one client: each reads the file, edits it and adds a
    session, SAVES times; a refused stale save is reloaded and made again."""
    from shelter_desk.services import setup

    director, _ = _server(cluster, folder, "benchload", clients_count=0)
    for i in range(WRITERS):
        users.add_user(director, f"writer{i}", f"Writer {i}", [Role.COUNSELLOR], PASSWORD)
    shared = clients.intake(director, client_input(counsellor="writer0"),
                            _referral()).id
    for i in range(1, WRITERS):
        clients.grant_access(director, shared, f"writer{i}", "load test")
    desks = [setup.login(folder, f"writer{i}", PASSWORD, kdf=CHEAP) for i in range(WRITERS)]
    start_version = _version(director, shared)
    tallies = [_Tally() for _ in desks]
    errors: list[BaseException] = []

    def work(ws: Workspace, tally: _Tally, n: int) -> None:
        try:
            for k in range(SAVES):
                while True:
                    clients.file_details(ws, shared)
                    try:
                        clients.update_client(ws, shared, client_input(
                            guardian_contact=f"writer{n} save {k}"))
                        tally.saved += 1
                        break
                    except StaleRecord:
                        tally.refused += 1
                counselling.add_session(ws, shared, session_input())
                tally.sessions += 1
        except BaseException as exc:
            errors.append(exc)

    def everyone() -> None:
        threads = [threading.Thread(target=work, args=(ws, t, n))
                   for n, (ws, t) in enumerate(zip(desks, tallies, strict=True))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    seconds = median_seconds(everyone, repeat=1)
    saved = sum(t.saved for t in tallies)
    sessions = len(counselling.list_sessions(director, shared))
    # Each save that was acknowledged moved the version by one: any two based on the same
    # version would have left fewer steps than saves (a lost update).
    lost = saved - (_version(director, shared) - start_version) + \
        (sum(t.sessions for t in tallies) - sessions)
    with director.session() as session:
        chain = audit.verify(session)
    one_desk = median_seconds(lambda: [
        (clients.file_details(desks[0], shared),
         clients.update_client(desks[0], shared, client_input(guardian_contact=f"alone {k}")),
         counselling.add_session(desks[0], shared, session_input()))
        for k in range(SAVES)], repeat=1)
    for ws in (*desks, director):
        ws.close()
    note = (f"{saved} saves, {sum(t.refused for t in tallies)} stale saves refused and made "
            f"again after a reload; lost updates: {lost}; chain breaks: {len(chain.problems)}"
            + (f"; errors: {len(errors)}" if errors else ""))
    return Result(f"{WRITERS} writers at once, {SAVES} edits + {SAVES} sessions each, one client",
                  seconds, f"one writer alone, {SAVES} edits + {SAVES} sessions", one_desk, note)


def _referral() -> clients.ReferralInput:
    from tests.builders import referral_input

    return referral_input(outcome="admitted")


def _version(ws: Workspace, client_id: int) -> int:
    from shelter_desk.models.clients import Client

    with ws.session() as session:
        row = session.get(Client, client_id)
        return row.version if row else 0
