"""SQLAlchemy engine over SQLCipher: a small pool (the key and pragmas once per connection, not
once per transaction; every connection closed when the store closes), each connection checked
at checkout against the file on disk, explicit BEGIN so every unit of work is one real
transaction, parameters hidden in errors."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from shelter_desk.store.errors import DatabaseDamaged
from shelter_desk.store.faults import translate_sqlite_error
from shelter_desk.store.keyslots import check_key
from shelter_desk.store.sqlcipher import KeyRejected, connect


def make_engine(
    path: Path, key: Callable[[], bytes], follow: Callable[[], bytes] | None = None
) -> Engine:
    """`key()` gives the key to connect with; when it no longer opens the file, `follow()`
    (if given) finds the new one: another program rekeyed or restored meanwhile."""
    check_key(key())

    def creator() -> sqlcipher.Connection:
        try:
            return connect(path, check_key(key()))
        except KeyRejected:
            if follow is not None:
                try:
                    return connect(path, follow())
                except KeyRejected:
                    pass
            # The key was authenticated by its slot before we got here, so this is damage.
            raise DatabaseDamaged("page 1 does not decrypt") from None

    engine = create_engine(
        "sqlite+pysqlite://",
        creator=creator,
        module=sqlcipher,
        poolclass=QueuePool,
        pool_size=3,  # the GUI thread and two loaders; more are opened when needed
        max_overflow=12,
        hide_parameters=True,  # error messages must never carry personal data
    )

    @event.listens_for(engine, "connect")
    def _remember_file(_dbapi: Any, record: Any) -> None:
        record.info["file"] = _file_identity(path)

    @event.listens_for(engine, "checkout")
    def _still_the_file(dbapi: Any, record: Any, _proxy: Any) -> None:
        # Another program may have restored a backup (a new file where ours was: a kept
        # connection would go on reading and writing the old, unlinked one) or re-encrypted
        # this one (a kept connection's key no longer opens it). Either way: a new connection,
        # which finds the file and its key as a first connection does (creator, above).
        if record.info.get("file") != _file_identity(path):
            raise DisconnectionError("the database file was replaced")
        try:
            dbapi.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError:
            raise DisconnectionError("the database was re-encrypted") from None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # IMMEDIATE: the write lock is taken (waiting on the busy timeout) when the transaction
        # starts. A deferred transaction that reads, then writes after another program
        # committed, fails at once with SQLITE_BUSY_SNAPSHOT, which no busy timeout retries.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    @event.listens_for(engine, "handle_error")
    def _truthful(context: Any) -> None:
        # A full disk, a read-only folder or a busy database, said as such (store/faults.py).
        found = translate_sqlite_error(context.original_exception, path.parent)
        if found is not None:
            raise found from context.original_exception

    return engine


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_dev, found.st_ino)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One transaction: commit on success, roll back on any error, always close."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
