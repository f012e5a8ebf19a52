"""The shared shape of every per-client record service: check access, validate every field,
write in one transaction with its audit entry, return a frozen view.

An area describes its fields once (`Fields`: name -> checker); add/update/list then work the
same way for sessions, consent events, checks, documents, goals, notifications, plan actions and
case notes. A list shows voided records too, marked (services/voiding.py).
"""

from __future__ import annotations

import builtins
import contextlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.base import Base, Versioned
from shelter_desk.models.clients import Client
from shelter_desk.models.users import User
from shelter_desk.services import audit, clock, voids
from shelter_desk.services.concurrency import require_basis
from shelter_desk.services.errors import (
    NotFound,
    PermissionDenied,
    ValidationError,
    ValidationErrors,
)
from shelter_desk.services.guard import client_in_reach, require_case_worker
from shelter_desk.services.workspace import Workspace

M = TypeVar("M", bound=Base)
V = TypeVar("V")

# A checker gets (field name, raw value, today) and returns the clean value or raises.
Checker = Callable[[str, object, date], object]
Fields = Mapping[str, Checker]
# Checks across fields (e.g. an end not before its start), on the clean values.
CrossCheck = Callable[[dict[str, Any]], None]

class Problems:
    """Collects the problems of a cross-field check, so that it reports all of them:

        problems = Problems()
        with problems.check():
            v.not_before(...)
        problems.raise_any()
    """

    def __init__(self) -> None:
        self.found: list[ValidationError] = []

    @contextlib.contextmanager
    def check(self) -> Iterator[None]:
        try:
            yield
        except ValidationErrors as exc:
            self.found.extend(exc.errors)
        except ValidationError as exc:
            self.found.append(exc)

    def add(self, field: str, template: str, **params: Any) -> None:
        self.found.append(ValidationError(field, template, **params))

    def raise_any(self) -> None:
        if self.found:
            raise ValidationErrors(self.found)


def clean(spec: Fields, data: object, cross: CrossCheck | None = None,
          today: date | None = None) -> dict[str, Any]:
    """Validate every field of an input dataclass against its spec; all or nothing."""
    day = today or clock.today()
    values: dict[str, Any] = {}
    for name, check in spec.items():
        values[name] = check(name, getattr(data, name, None), day)
    if cross is not None:
        cross(values)
    return values


def user_names(session: Session) -> dict[int, str]:
    return {u.id: u.display_name for u in session.scalars(select(User))}


@dataclass(frozen=True)
class Area(Generic[M, V]):
    """One kind of per-client record."""

    model: type[M]
    action: str  # audit action prefix, e.g. "session"
    spec: Fields
    to_view: Callable[[M, dict[int, str]], V]
    order: Sequence[Any]
    cross: CrossCheck | None = None
    # Columns set from the acting user (e.g. counsellor_id), not from input.
    actor_column: str | None = None
    # For the audit entry's "to whom" (notifications).
    recipient_of: Callable[[dict[str, Any]], str | None] | None = None

    # Refuses the update of a record that may no longer be changed (e.g. an appointment held
    # or cancelled): raises, or returns None.
    editable: Callable[[M], None] | None = None

    def add(self, ws: Workspace, client_id: int, data: object) -> V:
        require_case_worker(ws, f"{self.action}.add")
        values = clean(self.spec, data, self.cross)
        with ws.session() as session:
            client = client_in_reach(session, ws, client_id, f"{self.action}.add")
            row = self.insert(session, ws, client, values)
            return self.to_view(row, user_names(session))

    def insert(self, session: Session, ws: Workspace, client: Client,
               values: dict[str, Any], **fixed: Any) -> M:
        """Write one record of clean `values` in the open transaction, with its audit entry:
        `add`, and another service's step that makes such a record in its own transaction
        (an appointment recorded as a session). `fixed`: columns that step sets itself, over
        the acting user's (the counsellor the appointment was with)."""
        row = self.model(client_id=client.id, **values)
        if self.actor_column is not None:
            setattr(row, self.actor_column, _actor_id(session, ws))
        for name, value in fixed.items():
            setattr(row, name, value)
        session.add(row)
        session.flush()
        recipient = self.recipient_of(values) if self.recipient_of else None
        audit.record(session, ws.actor, f"{self.action}.add", client_code=client.case_code,
                     target=f"{self.model.__tablename__}#{row.id}",  # type: ignore[attr-defined]
                     recipient=recipient)
        touch(client)
        return row

    def update(self, ws: Workspace, record_id: int, data: object,
               based_on: int | None = None) -> V:
        """`based_on`: the version the editing form showed (its view's `version`)."""
        require_case_worker(ws, f"{self.action}.update")
        values = clean(self.spec, data, self.cross)
        with ws.session() as session:
            row = self._get(session, record_id)
            client = client_in_reach(session, ws, row.client_id, f"{self.action}.update")  # type: ignore[attr-defined]
            if isinstance(row, Versioned):
                require_basis(session, row, based_on)
            if self.editable is not None:
                self.editable(row)
            for name, value in values.items():
                setattr(row, name, value)
            session.flush()
            audit.record(session, ws.actor, f"{self.action}.update",
                         client_code=client.case_code,
                         target=f"{self.model.__tablename__}#{record_id}")
            touch(client)
            return self.to_view(row, user_names(session))

    def list(self, ws: Workspace, client_id: int) -> list[V]:
        require_case_worker(ws, f"{self.action}.list")
        with ws.session() as session:
            client = client_in_reach(session, ws, client_id, f"{self.action}.list")
            return self.rows(session, client.id, user_names(session))

    def rows(self, session: Session, client_id: int,
             names: dict[int, str]) -> builtins.list[V]:
        """`list` in a transaction already open, for a client already checked to be in reach
        (the overview reads several kinds in one)."""
        rows = session.scalars(
            select(self.model).where(self.model.client_id == client_id)  # type: ignore[attr-defined]
            .order_by(*self.order)
        ).all()
        return with_voids(session, client_id, self.model.__tablename__,
                          [self.to_view(r, names) for r in rows])

    def _get(self, session: Session, record_id: object) -> M:
        if isinstance(record_id, bool) or not isinstance(record_id, int):
            raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no such record."))
        row = session.get(self.model, record_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no such record."))
        return row


def with_voids(session: Session, client_id: int, table: str, views: list[V]) -> list[V]:
    """The views, those of voided records marked (`void`): they stay listed, struck through."""
    found = voids.marks(session, client_id, table)
    if not found:
        return views
    out: list[V] = []
    for view in views:
        mark = found.get((table, getattr(view, "id", -1)))
        out.append(view if mark is None else replace(view, void=mark))  # type: ignore[type-var]
    return out


def _actor_id(session: Session, ws: Workspace) -> int:
    if ws.actor.user_id is None:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("permissions", "record case work with the recovery code"))
    return ws.actor.user_id


def touch(client: Client) -> None:
    from shelter_desk.models.base import utcnow

    client.updated_at = utcnow()


def field_errors(spec: Fields, data: object, cross: CrossCheck | None = None,
                 today: date | None = None) -> dict[str, ValidationError]:
    """Every field's problem at once (for a form that validates as you type). The same checks
    as `clean`. Cross-field rules run too, with the fields that failed on their own left out
    (a rule that needs one of them is skipped), so one Save shows everything."""
    day = today or clock.today()
    values: dict[str, Any] = {}
    errors: dict[str, ValidationError] = {}
    for name, check in spec.items():
        try:
            values[name] = check(name, getattr(data, name, None), day)
        except ValidationError as exc:
            errors[name] = exc
    if cross is None:
        return errors
    try:
        cross({**dict.fromkeys(errors), **values})
    except ValidationErrors as exc:
        for problem in exc.errors:
            errors.setdefault(problem.field, problem)
    except ValidationError as exc:
        errors.setdefault(exc.field, exc)
    except (TypeError, KeyError, AttributeError, ValueError):
        if not errors:  # a rule that cannot run on valid values is a real bug
            raise
    return errors
