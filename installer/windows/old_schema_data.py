"""A data folder as an older version left it, for the installer's upgrade test: a demo
installation (synthetic clients only) taken back one schema revision, so that the upgraded
program must run a migration (after its safety copy) the first time someone logs in.

    python installer/windows/old_schema_data.py DATA_DIR PASSWORD
prints the schema revision it left and a case code that must survive the upgrade."""

from __future__ import annotations

import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text
from sqlalchemy.pool import StaticPool

from shelter_desk import demo
from shelter_desk.services import clients, setup
from shelter_desk.store import migrate


def main(data_dir: Path, password: str) -> None:
    demo.create_demo(data_dir, clients=5, password=password)
    ws = setup.login(data_dir, "director", password)
    try:
        code = clients.list_clients(ws)[0].case_code
        # A downgrade may copy tables (SQLite's way to drop a column), which the foreign keys
        # of other tables' rows refuse: SQLite's advice is to switch them off, outside any
        # transaction, for the change. The program itself only ever upgrades.
        raw = ws.store._maintenance_connection()
        raw.execute("PRAGMA foreign_keys = OFF")
        engine = create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool)
        with engine.connect() as conn:
            config = Config()
            config.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
            config.attributes["connection"] = conn
            command.downgrade(config, "-1")
            conn.commit()
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        engine.dispose()
        raw.close()
    finally:
        ws.close()
    print(revision, code)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
