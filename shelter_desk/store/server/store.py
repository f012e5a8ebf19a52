"""The shelter's server as a store: the same face as the embedded Store (store/database.py), so
the services run unchanged on either.

Logging in = connecting as one's own PostgreSQL role over verified TLS (store/server/logins.py),
then opening one's key slot, read from the server's key_slots table, with one's password: that
gives the shelter's data key, from which the field cipher and the blind index key are derived
(models/sealed.py). The key lives in this process only; the server sees ciphertext.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    create_engine,
    delete,
    event,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.clients import Client
from shelter_desk.models.sealed import FieldCipher, SealedValueDamaged, attach_cipher
from shelter_desk.paths import DataFiles
from shelter_desk.store import migrate
from shelter_desk.store.atomic import create_private_file
from shelter_desk.store.database import OpenedAs
from shelter_desk.store.engine import make_engine, session_factory, session_scope
from shelter_desk.store.errors import (
    KeySlotFileDamaged,
    LoginAgain,
    SealedValueUnopened,
    StoreError,
)
from shelter_desk.store.keyslots import (
    DEFAULT_KDF,
    RECOVERY_SLOT,
    KdfParams,
    KeySlot,
    SlotFile,
    new_recovery_code,
    new_slot,
    normalise_recovery_code,
    normalise_username,
    open_envelope,
    with_new_secret,
)
from shelter_desk.store.server import blind_index, config, transfer
from shelter_desk.store.server.faults import (
    translate_connect_error,
    translate_statement_error,
)
from shelter_desk.store.server.logins import login_secret, scram_verifier
from shelter_desk.store.server.policies import NEWEST_FUNCTION, login_role
from shelter_desk.store.server.schema import key_slots, server_meta

NOTIFY_CHANNEL = "shelter_desk_changes"
# Where a server engine keeps the secret its next connections log in with (_new_secret).
_LOGIN_ATTR = "shelter_desk_login_secret"
# How long a one-time code printed by `server import` opens its account.
ONE_TIME_CODE_DAYS = 14


def server_engine(url: Any, host: str) -> Engine:
    """An engine on the server. A few pooled connections (each login costs a TLS handshake
    and SCRAM), all closed when the store closes."""
    engine = create_engine(url, poolclass=QueuePool, pool_size=2, max_overflow=6,
                           pool_pre_ping=True, hide_parameters=True)

    @event.listens_for(engine, "do_connect")
    def _current_secret(dialect: Any, _record: Any, _args: Any, params: dict[str, Any]) -> None:
        secret = getattr(dialect, _LOGIN_ATTR, None)
        if secret is not None:
            params["password"] = secret

    @event.listens_for(engine, "handle_error")
    def _truthful(context: Any) -> None:
        original = context.original_exception
        found = translate_connect_error(original, host) if context.is_disconnect or \
            context.connection is None else translate_statement_error(original)
        if found is not None:
            raise found from original

    return engine


def connect_checked(engine: Engine, host: str) -> Connection:
    try:
        return engine.connect()
    except StoreError:
        raise
    except DBAPIError as exc:
        found = translate_connect_error(exc.orig or exc, host)
        if found is None:
            raise
        raise found from None


def read_slot_file(conn: Connection) -> SlotFile:
    meta = conn.execute(select(server_meta)).mappings().one_or_none()
    if meta is None:
        raise KeySlotFileDamaged("the server has no key slots")
    slots = tuple(KeySlot.from_json(json.loads(row.body))
                  for row in conn.execute(select(key_slots)))
    return SlotFile(database_id=meta["database_id"], slots=slots,
                    generation=meta["generation"])


def login_verifier(prefix: str, username: str, secret: str, kdf: KdfParams) -> str:
    return scram_verifier(login_secret(prefix, username, secret, kdf))


class ServerStore:
    """An open connection to the shelter's server as one member of staff."""

    backend = "postgresql"

    def __init__(self, files: DataFiles, cfg: config.ServerConfig, engine: Engine, key: bytes,
                 slots: SlotFile, opened_as: OpenedAs, private: X25519PrivateKey | None):
        self.files = files
        self.config = cfg
        self.engine = engine
        self._key = key
        self._cipher: FieldCipher | None = FieldCipher(key)
        attach_cipher(engine, self._cipher)
        self._slots = slots
        self._private = private
        self.opened_as = opened_as
        self._closed = False
        self._sessions: sessionmaker[Session] = session_factory(engine)
        self._listeners: list[Callable[[], None]] = []
        blind_index.keep_current(self._sessions, lambda: self.cipher)

    # -- opening ------------------------------------------------------------------------------
    @classmethod
    def open(cls, data_dir: Path, username: str, password: str) -> ServerStore:
        name = normalise_username(username)
        return cls._open(Path(data_dir), name, password, OpenedAs(name, "user"))

    @classmethod
    def open_with_recovery(cls, data_dir: Path, code: str) -> ServerStore:
        return cls._open(Path(data_dir), RECOVERY_SLOT, normalise_recovery_code(code),
                         OpenedAs(RECOVERY_SLOT, "recovery"))

    @classmethod
    def _open(cls, data_dir: Path, name: str, secret: str, opened_as: OpenedAs) -> ServerStore:
        cfg = config.load(data_dir)
        engine = cls.login_engine(data_dir, cfg, name, secret)
        try:
            with connect_checked(engine, cfg.host) as conn:
                slots = read_slot_file(conn)
                revision = migrate.current_revision(conn)
                policies_current = conn.scalar(
                    text("SELECT to_regprocedure(:f) IS NOT NULL"), {"f": NEWEST_FUNCTION})
            if revision != migrate.HEAD:
                raise StoreError(QT_TRANSLATE_NOOP(
                    "errors", "The shelter's server holds an older database ({revision}); the "
                    "shelter's IT upgrades it with 'shelter-desk server upgrade'."),
                    revision=revision or "-")
            if not policies_current:
                raise StoreError(QT_TRANSLATE_NOOP(
                    "errors", "The shelter's server was not upgraded for this version of the "
                    "program; the shelter's IT upgrades it with 'shelter-desk server upgrade'."))
            private, keys = slots.open(name, secret)
            return cls(DataFiles(data_dir), cfg, engine, keys[0], slots, opened_as, private)
        except BaseException:
            engine.dispose()
            raise

    @staticmethod
    def login_engine(data_dir: Path, cfg: config.ServerConfig, name: str, secret: str) -> Engine:
        role = login_role(cfg.role_prefix, name)
        derived = login_secret(cfg.role_prefix, name, secret, cfg.login_kdf)
        return server_engine(cfg.address.url(role, derived, config.ca_path(data_dir)), cfg.host)

    # -- what services use --------------------------------------------------------------------
    @property
    def cipher(self) -> FieldCipher:
        if self._cipher is None:
            raise StoreError(QT_TRANSLATE_NOOP("errors", "The database is locked."))
        return self._cipher

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        self._check_open()
        with _damage_said(), session_scope(self._sessions) as session:
            yield session

    @contextlib.contextmanager
    def connection(self) -> Iterator[Connection]:
        self._check_open()
        with _damage_said(), self.engine.begin() as conn:
            yield conn

    @contextlib.contextmanager
    def locked(self, operation: str) -> Iterator[None]:
        """Slot changes are rows changed in one transaction each; the server orders them."""
        self._check_open()
        yield

    def after_bulk_insert(self, session: Session) -> None:
        """Rows inserted with their ids, past the ORM (the demo, an import): the sequences
        continue after them and every client's names are indexed."""
        session.execute(text("SELECT sd_sync_sequences()"))
        blind_index.reindex(session, self.cipher, session.scalars(select(Client)).all())

    def name_search(self, folded: str) -> ColumnElement[bool]:
        return blind_index.candidates(self.cipher, folded)

    def lookalike_names(self, folded_names: Sequence[str],
                        nationality: str) -> ColumnElement[bool]:
        return blind_index.lookalikes(self.cipher, folded_names, nationality)

    def lookalikes_out_of_reach(self, session: Session, folded_names: Sequence[str],
                                nationality: str) -> list[tuple[str, str, float]]:
        """(case code, phase, share of the name's index held) of clients row-level security
        hides from the actor whose names index much like one of these: the server compares
        the index (policies.py sd_lookalikes) and gives no name, birth date or counsellor."""
        best: dict[str, tuple[str, float]] = {}
        for name in folded_names:
            wanted = sorted(blind_index.index_of(self.cipher, name))
            for code, phase, share in session.execute(
                    text("SELECT code, phase, share FROM sd_lookalikes(CAST(:w AS integer[]), :n)"),
                    {"w": wanted, "n": nationality}):
                if code not in best or share > best[code][1]:
                    best[code] = (phase, float(share))
        return [(code, phase, share) for code, (phase, share) in best.items()]

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return migrate.current_revision(conn)

    def integrity_problems(self) -> list[str]:
        """PostgreSQL keeps its own pages; what can be damaged here is a sealed value (changed
        on the server, or sealed under another key): every one is opened."""
        self._check_open()
        return transfer.unopened_values(self.engine)

    def listen(self, on_change: Callable[[dict[str, Any]], None]) -> Callable[[], None]:
        """Call `on_change` (from another thread) with what each other member of staff's
        committed change touched; returns the function that stops listening."""
        from shelter_desk.store.server.listen import ChangeListener

        listener = ChangeListener(self.engine, NOTIFY_CHANNEL, on_change)
        listener.start()
        listener.ready.wait(15)  # listening before we return: no change falls in between
        self._listeners.append(listener.stop)
        return listener.stop

    # -- copies -------------------------------------------------------------------------------
    def export_encrypted(self, target: Path) -> None:
        """An encrypted SQLCipher copy of every record at `target`, under the data key: with
        the server's slots beside it (a backup) it opens like a local database."""
        self._check_open()
        create_private_file(target)
        local = make_engine(target, lambda: self._key)
        try:
            with local.begin() as dst:
                migrate.upgrade(dst)
                with self.engine.connect() as src:
                    transfer.copy_all(src, dst)
        finally:
            local.dispose()

    # -- slots --------------------------------------------------------------------------------
    @property
    def slots(self) -> SlotFile:
        with self.engine.connect() as conn:
            self._slots = read_slot_file(conn)
        return self._slots

    @property
    def database_id(self) -> str:
        return self._slots.database_id

    def has_slot(self, username: str) -> bool:
        name = normalise_username(username)
        with self.engine.connect() as conn:
            return conn.scalar(select(key_slots.c.name).where(key_slots.c.name == name)) \
                is not None

    def _verifier(self, name: str, secret: str) -> str:
        return login_verifier(self.config.role_prefix, name, secret, self.config.login_kdf)

    def add_slot(self, username: str, password: str, kdf: KdfParams = DEFAULT_KDF) -> None:
        """A key slot for a new member of staff, and their login role."""
        name = normalise_username(username)
        slot = new_slot(self.database_id, name, "user", password, [self._key], kdf)
        with self.connection() as conn:
            write_slot(conn, slot, new=True)
            set_login(conn, name, self._verifier(name, password))

    def discard_slot(self, username: str) -> None:
        name = normalise_username(username)
        with self.connection() as conn:
            conn.execute(delete(key_slots).where(key_slots.c.name == name))
            conn.execute(text("SELECT sd_end_login(:n)"), {"n": name})

    def set_password(self, username: str, new_password: str, old_password: str | None = None,
                     kdf: KdfParams = DEFAULT_KDF) -> None:
        name = normalise_username(username)
        with self.connection() as conn:
            slot = read_slot_file(conn).find(name)
            if slot is None or slot.kind != "user":
                raise StoreError(
                    QT_TRANSLATE_NOOP("errors", "The user {name} has no key."), name=name)
            write_slot(conn, with_new_secret(self.database_id, slot, old_password, new_password,
                                             kdf, [self._key]))
            verifier = self._verifier(name, new_password)
            if name == self.opened_as.slot:
                # Anyone may change their own password; the verifier is base64 and '$:'.
                conn.exec_driver_sql(f"ALTER ROLE CURRENT_USER PASSWORD '{verifier}'")
                conn.execute(text("SELECT sd_keep_login()"))
            else:
                set_login(conn, name, verifier)
        if name == self.opened_as.slot:
            self._new_secret(name, new_password)

    def new_recovery_code(self, kdf: KdfParams = DEFAULT_KDF) -> str:
        code = new_recovery_code()
        secret = normalise_recovery_code(code)
        with self.connection() as conn:
            write_slot(conn, new_slot(self.database_id, RECOVERY_SLOT, "recovery", secret,
                                      [self._key], kdf))
            set_login(conn, RECOVERY_SLOT, self._verifier(RECOVERY_SLOT, secret))
        if self.opened_as.slot == RECOVERY_SLOT:
            self._new_secret(RECOVERY_SLOT, secret)
        return code

    def _new_secret(self, name: str, secret: str) -> None:
        """Our own login changed (committed): the connections still to be made (the pool
        growing, the listener reconnecting, a reconnect after a network cut) log in with it;
        the open ones stay logged in."""
        setattr(self.engine.dialect, _LOGIN_ATTR,
                login_secret(self.config.role_prefix, name, secret, self.config.login_kdf))

    def check_room_for_rekey(self) -> None:
        """Nothing to check: the server's disk is the shelter's IT's."""

    def remove_slot_and_rekey(self, username: str) -> None:
        """The person can no longer log in (their role loses its login and password) and their
        key slot goes. The data key itself is not replaced on a server (see docs/server.md)."""
        name = normalise_username(username)
        if name == self.opened_as.slot:
            raise StoreError(QT_TRANSLATE_NOOP("errors", "You cannot remove your own key."))
        self.discard_slot(name)

    def follow_slot(self) -> None:
        """Read our own slot again (after an import replaced the data key)."""
        with self.engine.connect() as conn:
            slots = read_slot_file(conn)
        slot = slots.find(self.opened_as.slot)
        if slot is None or self._private is None:
            raise LoginAgain()
        try:
            self._key = open_envelope(slots.database_id, slot, self._private)[0]
        except KeySlotFileDamaged:
            raise LoginAgain() from None
        self._slots = slots
        self._cipher = FieldCipher(self._key)
        attach_cipher(self.engine, self._cipher)

    # -- closing ------------------------------------------------------------------------------
    def close(self) -> None:
        if self._closed:
            return
        for stop in self._listeners:
            stop()
        attach_cipher(self.engine, None)
        self.engine.dispose()
        self._key = b""
        self._cipher = None
        self._private = None
        self._closed = True

    @property
    def closed(self) -> bool:
        return self._closed

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(QT_TRANSLATE_NOOP("errors", "The database is locked."))

    def __enter__(self) -> ServerStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextlib.contextmanager
def _damage_said() -> Iterator[None]:
    """A sealed value that does not open, said as damage (with the way out), not a crash."""
    try:
        yield
    except SealedValueDamaged as exc:
        raise SealedValueUnopened(str(exc)) from None


def write_slot(conn: Connection, slot: KeySlot, *, new: bool = False) -> None:
    """Insert or replace one slot (each a row: the server orders concurrent changes)."""
    body = json.dumps(slot.to_json(), sort_keys=True)
    if new:
        conn.execute(insert(key_slots).values(name=slot.name, kind=slot.kind, body=body))
    else:
        done = conn.execute(update(key_slots).where(key_slots.c.name == slot.name)
                            .values(kind=slot.kind, body=body)).rowcount
        if not done:
            conn.execute(insert(key_slots).values(name=slot.name, kind=slot.kind, body=body))


def set_login(conn: Connection, name: str, verifier: str,
              valid_days: int | None = None) -> None:
    until = datetime.now(UTC) + timedelta(days=valid_days) if valid_days else None
    conn.execute(text("SELECT sd_set_login(:n, :v, :u)"), {"n": name, "v": verifier, "u": until})
