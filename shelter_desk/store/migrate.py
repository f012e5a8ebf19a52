"""Alembic, driven from inside the package: the scripts ship in shelter_desk/store/migrations.

Opening a database only compares its revision with HEAD; Alembic (with Mako and Pygments,
about 110 modules and 10 MiB) is imported only when there is something to migrate."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest script's revision; a test keeps it equal to what Alembic finds in the scripts.
HEAD = "0014"
VERSION_TABLE = "alembic_version"  # Alembic's default, which env.py keeps


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The head as Alembic finds it in the scripts (HEAD is the same, without Alembic)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    if head is None:
        raise RuntimeError("no migrations shipped")
    return head


def previous_revision() -> str:
    """The revision before head (what a database made by the previous release is at)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config()).get_revision(head_revision())
    down = script.down_revision if script is not None else None
    if not isinstance(down, str):
        raise RuntimeError("head has no single previous revision")
    return down


def current_revision(connection: Connection) -> str | None:
    """The database's revision, as Alembic reads it: None without the version table or a
    row in it; more than one row (branches, which this project never has) is an error."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) > 1:
        raise RuntimeError(f"the database is at several revisions at once: {rows}")
    return rows[0] if rows else None


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command

    command.upgrade(_config(connection), target)
