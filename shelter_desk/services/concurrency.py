"""Several people on one database: stale saves refused, the audit chain kept a chain, and the
other workstations told what changed.

- Every editable record counts its saves (models/base.py Versioned). A workspace remembers the
  version of each record as it last read it; a save of a record someone else has saved since is
  refused with StaleRecord ("Changed by B. Counsellor at 14:02 — reload.") and nothing is
  written, so neither their change nor the form's content is lost. Two saves racing inside
  the same moment are caught by the version in the UPDATE's WHERE clause (SQLAlchemy's
  version_id_col) and refused the same way.
- A form saves on the basis of the copy it shows (`based_on`, the version in its view): this
  workspace may have read a newer copy meanwhile (a list refreshed behind the open form when
  another desk saved), and the form's save must still be refused then.
- On a server, the first write of a transaction (and every audit append) takes one
  transaction-scoped advisory lock, so writers take turns as they do on SQLCipher (BEGIN
  IMMEDIATE): each audit entry follows the one before it, and writers never deadlock.
- On a server, a committed change is announced with NOTIFY (ids and table names only); other
  workstations refresh the views it touches (store/server/listen.py, the app's DataBus).
"""

from __future__ import annotations

import json
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import event, inspect, select, text, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.base import Base, Versioned, utcnow
from shelter_desk.models.clients import Client
from shelter_desk.models.users import User
from shelter_desk.services.errors import ServiceError

NOTIFY_CHANNEL = "shelter_desk_changes"
# pg_advisory_xact_lock's key for "one writer at a time" ('SDSK' as a number).
WRITE_LOCK = 0x5344534B
# The most client ids one change notice lists (each at most 11 characters).
NOTICE_CLIENTS = 500
# Written with every change, shown on no list: a change of these alone is not announced.
_UNSEEN = frozenset({"audit_log", "audit_seals"})
# Columns a save changes by itself: a record touched only in these was not edited.
_BOOKKEEPING = frozenset({"updated_at", "version", "changed_by", "changed_at"})

Key = tuple[str, int]


class StaleRecord(ServiceError):
    """Someone else saved this record after this workspace read it."""

    def __init__(self, name: str, when: datetime | None) -> None:
        local = when.astimezone() if when else None
        super().__init__(QT_TRANSLATE_NOOP("errors", "Changed by {name} at {time} — reload."),
                         name=name, time=local.strftime("%H:%M") if local else "?")
        self.name = name
        self.when = when


def serialise_writes(session: Session) -> None:
    """On a server, wait for the write turn (held until this transaction ends)."""
    if session.info.get("write_turn") or session.get_bind().dialect.name != "postgresql":
        return
    session.info["write_turn"] = True
    session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK})


def _key(obj: object) -> Key | None:
    state = inspect(obj)
    identity = state.identity
    if identity is None or len(identity) != 1:
        return None
    return (state.mapper.local_table.name, int(identity[0]))


def _edited(obj: object) -> bool:
    state = inspect(obj)
    return any(attr.history.has_changes() for attr in state.attrs
               if attr.key not in _BOOKKEEPING and attr.key in state.mapper.columns)


@dataclass
class Tracker:
    """One workspace's memory of the versions it has seen."""

    username: str
    seen: dict[Key, int] = field(default_factory=dict)
    # Names this workspace in its change notices, so it does not hear its own.
    ident: str = field(default_factory=lambda: secrets.token_hex(8))
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def watch(self, session: Session) -> list[Key]:
        """Follow `session`; returns the list of versioned records it writes (as it fills)."""
        loaded: dict[Key, int] = {}
        writes: list[Key] = []
        written: dict[Key, Versioned] = {}
        touched: dict[str, set[int]] = {}

        def on_load(_: Session, obj: object) -> None:
            if isinstance(obj, Versioned):
                key = _key(obj)
                if key is not None:
                    loaded[key] = obj.version

        def before_flush(s: Session, *_: object) -> None:
            if not (s.new or s.dirty or s.deleted):
                return
            serialise_writes(s)
            now = utcnow()
            for obj in list(s.dirty):
                if not isinstance(obj, Versioned) or not s.is_modified(obj):
                    continue
                if not _edited(obj):
                    _write_bookkeeping(s, obj)
                    continue
                key = _key(obj)
                if key is not None:
                    writes.append(key)
                    with self._lock:
                        seen = self.seen.get(key)
                    if seen is not None and seen != loaded.get(key, obj.version):
                        raise _refusal(s, obj)
                obj.version = (obj.version or 0) + 1
                obj.changed_by, obj.changed_at = self.username, now
            for obj in s.new:
                if isinstance(obj, Versioned):
                    obj.version = 1
                    obj.changed_by, obj.changed_at = self.username, now

        def after_flush(s: Session, *_: object) -> None:
            for obj in (*s.new, *s.dirty, *s.deleted):
                table = inspect(obj).mapper.local_table.name
                client = obj.id if isinstance(obj, Client) else getattr(obj, "client_id", None)
                touched.setdefault(table, set())
                if isinstance(client, int):
                    touched[table].add(client)
                if isinstance(obj, Versioned) and obj not in s.deleted:
                    key = _key(obj)
                    if key is not None:
                        written[key] = obj

        def before_commit(s: Session) -> None:
            records = {t: ids for t, ids in touched.items() if t not in _UNSEEN}
            if records and s.get_bind().dialect.name == "postgresql":
                s.execute(text("SELECT pg_notify(:c, :p)"),
                          {"c": NOTIFY_CHANNEL, "p": self._notice(records)})

        def after_commit(_: Session) -> None:
            with self._lock:
                self.seen.update(loaded)
                for key, obj in written.items():
                    self.seen[key] = obj.version

        event.listen(session, "loaded_as_persistent", on_load)
        event.listen(session, "before_flush", before_flush)
        event.listen(session, "after_flush", after_flush)
        event.listen(session, "before_commit", before_commit)
        event.listen(session, "after_commit", after_commit)
        return writes

    def _notice(self, touched: dict[str, set[int]]) -> str:
        """What a committed change touched, for the other desks (NOTIFY takes under 8000
        bytes: a bulk change, such as an import, says "all" instead of its clients)."""
        ids = sorted({c for found in touched.values() for c in found})
        payload: dict[str, Any] = {"by": self.username, "ws": self.ident,
                                   "tables": sorted(touched)}
        if len(ids) > NOTICE_CLIENTS:
            payload["all"] = True
        else:
            payload["clients"] = ids
        return json.dumps(payload)

    def refusal_for_race(self, writes: list[Key], sessions: Any) -> StaleRecord:
        """A save that lost a race inside the same moment (the version in its UPDATE no
        longer matched): name the latest save among the records it wrote."""
        with sessions() as session:
            latest: tuple[datetime | None, str | None] = (None, None)
            for table_name, pk in writes:
                table = Base.metadata.tables[table_name]
                row = session.execute(select(table.c.changed_at, table.c.changed_by).where(
                    table.primary_key.columns.values()[0] == pk)).one_or_none()
                if row is not None and row[0] is not None and (
                        latest[0] is None or row[0] > latest[0]):
                    latest = (row[0], row[1])
            return StaleRecord(_display_name(session, latest[1]), latest[0])


def require_basis(session: Session, obj: Versioned, based_on: int | None) -> None:
    """Refuse the save of a form shown at version `based_on` when someone has saved the
    record since (None: no form, the workspace's own memory decides)."""
    if based_on is not None and obj.version != based_on:
        raise _refusal(session, obj)


def _write_bookkeeping(session: Session, obj: Versioned) -> None:
    """A record touched only in its bookkeeping (a client's updated_at when one of its
    sessions is added) is written without the version check: it is nobody's edit, and two
    workstations adding to one client's file at once must not refuse each other."""
    state = inspect(obj)
    mapper = state.mapper
    values: dict[str, Any] = {}
    for attr in state.attrs:
        if attr.key in mapper.columns and attr.history.has_changes():
            values[mapper.columns[attr.key].name] = attr.value
            set_committed_value(obj, attr.key, attr.value)
    table = mapper.local_table
    pk = state.identity
    if values and pk is not None:
        session.connection().execute(
            update(table).where(table.primary_key.columns.values()[0] == pk[0])
            .values(**values))


def _refusal(session: Session, obj: Versioned) -> StaleRecord:
    """Whose save made `obj` stale: as loaded in this transaction, the latest one."""
    with session.no_autoflush:
        return StaleRecord(_display_name(session, obj.changed_by), obj.changed_at)


def _display_name(session: Session, username: str | None) -> str:
    if not username:
        return "?"
    shown = session.scalar(select(User.display_name).where(User.username == username))
    return shown or username


Change = dict[str, Any]


def watch_others(ws: Any, on_change: Callable[[Change], None]) -> None:
    """Call `on_change` (from another thread) with what each committed change made by another
    workspace on the server touched: {"by": user name, "tables": [...], "clients": [ids]}, or
    {"all": true} for a bulk change, or {"resync": true} after the connection to the server was
    lost and found again (notices may have been missed). Nothing on SQLCipher, where one
    workstation holds the file. Ends when `ws` closes."""
    listen = getattr(ws.store, "listen", None)
    if listen is None:
        return
    ident = ws.tracker.ident

    def others(payload: Change) -> None:
        if payload.get("ws") != ident:
            on_change(payload)

    listen(others)
