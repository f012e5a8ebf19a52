"""Alembic, driven from inside the package: the scripts ship in shelter_desk/store/migrations."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    if head is None:
        raise RuntimeError("no migrations shipped")
    return head


def previous_revision() -> str:
    """The revision before head (what a database made by the previous release is at)."""
    script = ScriptDirectory.from_config(_config()).get_revision(head_revision())
    down = script.down_revision if script is not None else None
    if not isinstance(down, str):
        raise RuntimeError("head has no single previous revision")
    return down


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, target: str = "head") -> None:
    command.upgrade(_config(connection), target)
