"""Run as a subprocess (as its own OS user): one workstation of the shelter, logged in to the
server as one member of staff, working on the same client as another workstation.

    python -m tests.helpers.workstation DATA_DIR USER PASSWORD CLIENT_ID SIGNALS ROLE

ROLE "first" saves the client's name as soon as both are ready; ROLE "second" then saves
the file it read before that, is refused, reloads and saves again. Both add counselling
sessions meanwhile. Steps are coordinated through files in SIGNALS; what happened is printed
one fact a line for the test to read."""

from __future__ import annotations

import os
import sys
import time
from dataclasses import replace
from pathlib import Path

from sqlalchemy import text

from shelter_desk.services import clients, counselling, setup
from shelter_desk.services.concurrency import StaleRecord
from tests.builders import client_input, session_input
from tests.conftest import CHEAP_KDF

SESSIONS = 10


def wait_for(path: Path, limit: float = 120.0) -> None:
    deadline = time.monotonic() + limit
    while not path.exists():
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up waiting for {path.name}")
        time.sleep(0.05)


def main() -> None:
    data_dir, user, password, client, signals, role = sys.argv[1:7]
    client_id, flags = int(client), Path(signals)
    ws = setup.login(Path(data_dir), user, password, kdf=CHEAP_KDF)
    with ws.store.connection() as conn:
        print("os-user", os.getuid(), flush=True)
        print("db-user", conn.execute(text("SELECT session_user")).scalar(), flush=True)
    seen = clients.file_details(ws, client_id)
    (flags / f"ready-{role}").touch()
    wait_for(flags / "go")
    for _ in range(SESSIONS):
        counselling.add_session(ws, client_id, session_input(confidential_notes=f"by {user}"))
    if role == "first":
        clients.update_client(ws, client_id, client_input(last_name="Saved-First"))
        (flags / "first-saved").touch()
        print("saved", flush=True)
    else:
        wait_for(flags / "first-saved")
        mine = replace(client_input(last_name=seen.summary.last_name),
                       guardian_contact="+32 3 555 01 01")
        # As the app's form does: the save is based on the copy the form showed. (Adding the
        # sessions meanwhile read the client again, perhaps after the first desk's save.)
        try:
            clients.update_client(ws, client_id, mine, based_on=seen.version)
            print("saved-stale", flush=True)
        except StaleRecord as exc:
            print("refused", str(exc), flush=True)
            fresh = clients.file_details(ws, client_id)
            clients.update_client(ws, client_id, replace(
                mine, last_name=fresh.summary.last_name), based_on=fresh.version)
            print("saved-after-reload", flush=True)
    ws.close()


if __name__ == "__main__":
    main()
