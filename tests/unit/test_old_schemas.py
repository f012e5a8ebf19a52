"""Databases made by every earlier version of the program open in this one: upgraded to the
newest schema on first login, every row kept, every account's password still opening it, the
audit chain intact, and a safety copy of the file as it was (tests/data/make_old_schemas.py
made them, each with the program as it was then)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from shelter_desk.services import clients, maintenance, setup
from shelter_desk.store import migrate

DATA = Path(__file__).resolve().parents[1] / "data"
SCHEMAS = sorted(p.name for p in DATA.glob("schema-*"))


def test_the_schema_before_the_newest_has_its_file() -> None:
    """A new migration comes with a file of the schema it replaces (add the commit to
    make_old_schemas.py and run it); the first round's (0003) stays."""
    head = int(migrate.head_revision()[:4])
    assert {"schema-0003", f"schema-{head - 1:04d}"} <= set(SCHEMAS)
    assert f"schema-{head:04d}" not in SCHEMAS


# Kept status (services/status.py): derived from the records, rebuilt on the first read.
DERIVED = {"client_states", "client_deadlines"}


def _copy(name: str, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    data = tmp_path / name
    data.mkdir()
    for file in ("shelter.db", "keyslots.json"):
        shutil.copy(DATA / name / file, data / file)
    manifest = json.loads((DATA / name / "manifest.json").read_text(encoding="utf-8"))
    return data, manifest


@pytest.mark.slow  # the old files carry the real Argon2id cost (64 MiB, t=3)
@pytest.mark.parametrize("name", SCHEMAS)
def test_an_old_database_is_upgraded_with_everything_in_it(name: str, tmp_path: Path) -> None:
    data, manifest = _copy(name, tmp_path)
    accounts: dict[str, str] = manifest["accounts"]
    ws = setup.login(data, "director", accounts["director"])
    try:
        assert ws.store.schema_revision() == migrate.head_revision()
        with ws.session() as s:
            for table, before in manifest["rows"].items():
                after = s.execute(text(f'SELECT count(*) FROM "{table}"')).scalar()
                if table == "audit_log":
                    assert after >= before, table  # the logins since add to it
                elif table in DERIVED:
                    continue  # emptied by an upgrade that changes their form, rebuilt below
                else:
                    assert after == before, table
        listed = sorted((c.case_code, c.first_names, c.last_name)
                        for c in clients.list_clients(ws, status=None))
        assert listed == sorted(tuple(c) for c in manifest["clients"])
        if "client_states" in manifest["rows"]:
            with ws.session() as s:
                kept = s.execute(text("SELECT count(*) FROM client_states")).scalar()
            assert kept == manifest["rows"]["client_states"]
        result = maintenance.check(ws)
        assert result.ok, (result.database_problems, result.audit, result.seals)
    finally:
        ws.close()
    # The file as it was is kept aside, in case the upgrade had to be undone.
    copies = list((data / "safety-copies").glob(f"*before-migration-{manifest['revision']}*"))
    assert copies, sorted(p.name for p in data.rglob("*"))
    for user, password in accounts.items():
        setup.login(data, user, password).close()
