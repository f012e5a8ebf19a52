"""Every record from one database into another, through the models' column types: read from a
server, sealed values are opened; written to a server, they are sealed. Backups of a server
(into an encrypted SQLCipher file), moving a local database in, and checking that every sealed
value on a server opens all go through here."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Connection, Engine, Table, func, insert, select

from shelter_desk.models import Base
from shelter_desk.models.sealed import SealedValueDamaged, _Sealed

BATCH = 500


def tables() -> list[Table]:
    """The models' tables, parents before children."""
    return list(Base.metadata.sorted_tables)


def _rows(src: Connection, table: Table) -> Iterator[list[dict[str, object]]]:
    result = src.execute(select(table).order_by(*table.primary_key.columns)
                         .execution_options(yield_per=BATCH))
    for part in result.mappings().partitions(BATCH):
        yield [dict(row) for row in part]


def copy_all(src: Connection, dst: Connection) -> dict[str, int]:
    """Copy every row of every table; returns how many rows each table had."""
    counts: dict[str, int] = {}
    for table in tables():
        counts[table.name] = 0
        for batch in _rows(src, table):
            dst.execute(insert(table), batch)
            counts[table.name] += len(batch)
    return counts


def count_all(conn: Connection) -> dict[str, int]:
    return {t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0) for t in tables()}


def unopened_values(engine: Engine) -> list[str]:
    """The tables holding a sealed value that does not open (changed on the server, or sealed
    under another key). Empty when every one opens."""
    problems: list[str] = []
    with engine.connect() as conn:
        for table in tables():
            sealed = [c for c in table.columns if isinstance(c.type, _Sealed)]
            if not sealed:
                continue
            try:
                for _ in _rows(conn, table):
                    pass
            except SealedValueDamaged:
                problems.append(f"{table.name}: a sealed value does not open")
    return problems
