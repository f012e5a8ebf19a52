"""Which records are voided: the marks a tab shows on a voided row, and the clause every count,
deadline, report and export uses to leave voided records out (services/voiding.py voids)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from shelter_desk.models.corrections import RecordVoid
from shelter_desk.models.users import User


@dataclass(frozen=True)
class VoidMark:
    """Why and by whom a record was voided (shown as the struck-through row's tooltip)."""

    reason: str
    by: str  # the person's full name (their user name if the account is gone)
    at: datetime


def live(model: Any) -> ColumnElement[bool]:
    """A WHERE clause keeping the rows of `model` that are not voided."""
    voided = select(RecordVoid.record_id).where(RecordVoid.table_name == model.__tablename__)
    return model.id.not_in(voided)  # type: ignore[no-any-return]


def voided_ids(session: Session, table: str, client_ids: Iterable[int] | None = None
               ) -> set[int]:
    query = select(RecordVoid.record_id).where(RecordVoid.table_name == table)
    if client_ids is not None:
        query = query.where(RecordVoid.client_id.in_(list(client_ids)))
    return set(session.scalars(query))


def is_voided(session: Session, table: str, record_id: int) -> bool:
    return session.scalar(select(RecordVoid.id).where(
        RecordVoid.table_name == table, RecordVoid.record_id == record_id)) is not None


def marks(session: Session, client_id: int, table: str | None = None
          ) -> dict[tuple[str, int], VoidMark]:
    """The client's voids ((table, record id) -> mark), of one table or all."""
    query = select(RecordVoid).where(RecordVoid.client_id == client_id)
    if table is not None:
        query = query.where(RecordVoid.table_name == table)
    rows = session.scalars(query).all()
    if not rows:
        return {}
    names = {u: n for u, n in session.execute(select(User.username, User.display_name))}
    return {(r.table_name, r.record_id): VoidMark(r.reason, names.get(r.voided_by, r.voided_by),
                                                  r.voided_at)
            for r in rows}
