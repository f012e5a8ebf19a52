"""Declarative base with a naming convention, so Alembic migrations name constraints stably."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import TypeVar

from sqlalchemy import DateTime, Enum, Integer, MetaData, String, Table, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps stored as naive UTC (SQLite has no zone), returned as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware UTC datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Versioned:
    """An editable record: `version` counts its edits (a save of a stale copy is refused,
    services/concurrency.py), `changed_by`/`changed_at` say whose edit it was and when. The
    version is in every UPDATE's WHERE clause, so two saves racing are caught too."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    changed_by: Mapped[str | None] = mapped_column(String(32), nullable=True)
    changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:
        # Set by services/concurrency.py, which counts edits, not bookkeeping (updated_at).
        return {"version_id_col": cls.__table__.c.version,  # type: ignore[attr-defined]
                "version_id_generator": False}


def table_of(model: type[Base]) -> Table:
    """A model's table, for Core executemany of many rows: the ORM's bulk insert leaves out
    each None, which splits the rows into runs of a few statements each."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


def utcnow() -> datetime:
    return datetime.now(UTC)


E = TypeVar("E", bound=enum.Enum)


def enum_column(cls: type[E]) -> Enum:
    """Stores the enum's value (stable, readable), checked by a constraint."""
    return Enum(
        cls,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
        name=cls.__name__.lower(),
    )
