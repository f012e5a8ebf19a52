"""SQLAlchemy engine over SQLCipher: NullPool (no unlocked connection lingers after close),
explicit BEGIN so every unit of work is one real transaction, parameters hidden in errors."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

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
        poolclass=NullPool,
        hide_parameters=True,  # error messages must never carry personal data
    )

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
