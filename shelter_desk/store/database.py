"""The encrypted store of one installation: create, open, key-slot management, rekey.

Nothing here touches the disk before a password has been proven right, so a wrong password
leaves the data folder byte-identical.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.paths import DataFiles
from shelter_desk.store import migrate
from shelter_desk.store.atomic import create_private_file, fsync_dir, make_private_dir
from shelter_desk.store.engine import make_engine, session_factory, session_scope
from shelter_desk.store.errors import (
    AlreadyInitialised,
    DatabaseDamaged,
    NotInitialised,
    StoreError,
)
from shelter_desk.store.keyslots import (
    DEFAULT_KDF,
    RECOVERY_SLOT,
    KdfParams,
    SlotFile,
    SlotKind,
    new_database_key,
    new_recovery_code,
    new_slot,
    normalise_recovery_code,
    normalise_username,
    with_new_secret,
)
from shelter_desk.store.sqlcipher import KeyRejected, connect, export_to, integrity_problems, rekey

Populate = Callable[[Session], None]


@dataclass(frozen=True)
class OpenedAs:
    """Which slot opened the store: a user's, or the recovery slot."""

    slot: str
    kind: SlotKind


def _timestamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def _remove_with_sidecars(db: Path) -> None:
    for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


def load_slots(files: DataFiles) -> SlotFile:
    if not files.keyslots.exists():
        if files.database.exists():
            raise StoreError(QT_TRANSLATE_NOOP("errors",
                "The key-slot file is missing, so the database cannot be opened. "
                "Restore the latest backup with 'shelter-desk restore BACKUP-FILE'."))
        raise NotInitialised(QT_TRANSLATE_NOOP("errors",
            "No shelter_desk database in {folder}. Create one with 'shelter-desk init'."),
            folder=files.root)
    if not files.database.exists():
        raise StoreError(QT_TRANSLATE_NOOP("errors",
            "The database file is missing. "
            "Restore the latest backup with 'shelter-desk restore BACKUP-FILE'."))
    return SlotFile.load(files.keyslots)


def working_key(path: Path, keys: list[bytes]) -> bytes:
    """The key among `keys` that opens `path`. The keys came out of an authenticated slot, so
    if none opens the file, the file is damaged."""
    for key in keys:
        try:
            connect(path, key).close()
        except KeyRejected:
            continue
        return key
    raise DatabaseDamaged("the first page does not decrypt")


def check_integrity(path: Path, key: bytes) -> list[str]:
    conn = connect(path, key)
    try:
        return integrity_problems(conn)
    finally:
        conn.close()


class Store:
    """An opened database: the engine, the key in memory, and the slot file."""

    def __init__(self, files: DataFiles, key: bytes, slots: SlotFile, opened_as: OpenedAs):
        self.files = files
        self._key = key
        self._slots = slots
        self.opened_as = opened_as
        self.engine: Engine = make_engine(files.database, key)
        self._sessions: sessionmaker[Session] = session_factory(self.engine)
        self._closed = False

    # -- opening ------------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        data_dir: Path,
        username: str,
        password: str,
        populate: Populate,
        kdf: KdfParams = DEFAULT_KDF,
    ) -> tuple[Store, str]:
        """A new database with its first user's slot and a recovery slot.

        Returns the open store and the recovery code, which exists nowhere else afterwards.
        """
        files = DataFiles(Path(data_dir))
        if files.exists():
            raise AlreadyInitialised(QT_TRANSLATE_NOOP("errors",
                "A shelter_desk database already exists in {folder}."), folder=files.root)
        make_private_dir(files.root)
        key = new_database_key()
        name = normalise_username(username)
        recovery = new_recovery_code()
        slots = SlotFile.new()
        slots = slots.with_slot(new_slot(slots.database_id, name, "user", password, [key], kdf))
        slots = slots.with_slot(
            new_slot(
                slots.database_id, RECOVERY_SLOT, "recovery",
                normalise_recovery_code(recovery), [key], kdf,
            )
        )
        # Built under a temporary name and moved into place only when complete.
        building = files.root / (files.database.name + ".creating")
        _remove_with_sidecars(building)
        create_private_file(building)
        engine = make_engine(building, key)
        try:
            with engine.begin() as conn:
                migrate.upgrade(conn)
                with Session(bind=conn) as session:
                    populate(session)
                    session.flush()
        except BaseException:
            engine.dispose()
            _remove_with_sidecars(building)
            raise
        engine.dispose()
        slots.save(files.keyslots)
        os.replace(building, files.database)
        fsync_dir(files.root)
        return cls(files, key, slots, OpenedAs(name, "user")), recovery

    @classmethod
    def open(cls, data_dir: Path, username: str, password: str) -> Store:
        files = DataFiles(Path(data_dir))
        slots = load_slots(files)
        name = normalise_username(username)
        keys = slots.unwrap(name, password)
        return cls._open_with(files, slots, keys, OpenedAs(name, "user"))

    @classmethod
    def open_with_recovery(cls, data_dir: Path, code: str) -> Store:
        files = DataFiles(Path(data_dir))
        slots = load_slots(files)
        keys = slots.unwrap(RECOVERY_SLOT, normalise_recovery_code(code))
        return cls._open_with(files, slots, keys, OpenedAs(RECOVERY_SLOT, "recovery"))

    @classmethod
    def _open_with(
        cls, files: DataFiles, slots: SlotFile, keys: list[bytes], opened_as: OpenedAs
    ) -> Store:
        key = working_key(files.database, keys)
        problems = check_integrity(files.database, key)
        if problems:
            raise DatabaseDamaged(f"{len(problems)} problem(s) found by the integrity check")
        if len(keys) > 1:
            # A rekey was interrupted: finish it before anything else.
            key, slots = _finish_rekey(files, slots, keys, key)
        store = cls(files, key, slots, opened_as)
        try:
            store._migrate_if_needed()
        except BaseException:
            store.close()
            raise
        return store

    # -- migrations ---------------------------------------------------------------------------
    def _migrate_if_needed(self) -> None:
        head = migrate.head_revision()
        with self.engine.connect() as conn:
            current = migrate.current_revision(conn)
        if current == head:
            return
        self.safety_copy(f"before-migration-{current or 'none'}-to-{head}")
        with self.engine.begin() as conn:
            migrate.upgrade(conn)

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return migrate.current_revision(conn)

    # -- sessions -----------------------------------------------------------------------------
    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        self._check_open()
        with session_scope(self._sessions) as session:
            yield session

    @contextlib.contextmanager
    def connection(self) -> Iterator[Connection]:
        self._check_open()
        with self.engine.begin() as conn:
            yield conn

    # -- copies -------------------------------------------------------------------------------
    def export_encrypted(self, target: Path) -> None:
        """An encrypted copy of the whole database at `target`, under the same key."""
        self._check_open()
        conn = connect(self.files.database, self._key, maintenance=True)
        try:
            export_to(conn, target, self._key)
        finally:
            conn.close()

    def safety_copy(self, label: str) -> Path:
        """An encrypted copy kept in safety-copies/ (before a migration or a restore)."""
        folder = self.files.safety_copies
        make_private_dir(folder)
        final = folder / f"shelter-{_timestamp()}-{label}.db"
        building = folder / (final.name + ".partial")
        _remove_with_sidecars(building)
        try:
            self.export_encrypted(building)
            with building.open("r+b") as fh:  # Windows flushes only a handle open for writing
                os.fsync(fh.fileno())
            os.chmod(building, 0o600)
            os.replace(building, final)
            fsync_dir(folder)
        except BaseException:
            _remove_with_sidecars(building)
            raise
        return final

    def integrity_problems(self) -> list[str]:
        self._check_open()
        return check_integrity(self.files.database, self._key)

    # -- slots --------------------------------------------------------------------------------
    @property
    def slots(self) -> SlotFile:
        return self._slots

    def has_slot(self, username: str) -> bool:
        return self._slots.find(normalise_username(username)) is not None

    def add_slot(self, username: str, password: str, kdf: KdfParams = DEFAULT_KDF) -> None:
        name = normalise_username(username)
        if self._slots.find(name) is not None:
            raise StoreError(
                QT_TRANSLATE_NOOP("errors", "The user {name} already has a key."), name=name,
            )
        self._save_slots(
            self._slots.with_slot(
                new_slot(self._slots.database_id, name, "user", password, [self._key], kdf)
            )
        )

    def discard_slot(self, username: str) -> None:
        """Take back a slot just added (its account was never committed). Not for removing a
        user: that is remove_slot_and_rekey."""
        self._save_slots(self._slots.without_slot(normalise_username(username)))

    def set_password(
        self,
        username: str,
        new_password: str,
        old_password: str | None = None,
        kdf: KdfParams = DEFAULT_KDF,
    ) -> None:
        """Change a user's password (with the old one), or reset it (an administrator)."""
        name = normalise_username(username)
        slot = self._slots.find(name)
        if slot is None or slot.kind != "user":
            raise StoreError(QT_TRANSLATE_NOOP("errors", "The user {name} has no key."), name=name)
        self._save_slots(
            self._slots.with_slot(
                with_new_secret(
                    self._slots.database_id, slot, old_password, new_password, kdf, [self._key]
                )
            )
        )

    def new_recovery_code(self, kdf: KdfParams = DEFAULT_KDF) -> str:
        """Replace the recovery slot; the old code stops working. Returns the new code."""
        code = new_recovery_code()
        self._save_slots(
            self._slots.with_slot(
                new_slot(
                    self._slots.database_id, RECOVERY_SLOT, "recovery",
                    normalise_recovery_code(code), [self._key], kdf,
                )
            )
        )
        return code

    def remove_slot_and_rekey(self, username: str) -> None:
        """Remove a user's slot and re-encrypt the database under a new key, so that a copy of
        the old slot file opens nothing any more."""
        name = normalise_username(username)
        if self._slots.find(name) is None:
            raise StoreError(QT_TRANSLATE_NOOP("errors", "The user {name} has no key."), name=name)
        if name == self.opened_as.slot:
            raise StoreError(QT_TRANSLATE_NOOP("errors", "You cannot remove your own key."))
        new_key = new_database_key()
        # Phase 1: remaining slots hold [new, old]; whatever happens next, they still open.
        transition = self._slots.without_slot(name).resealed_all([new_key, self._key])
        transition.save(self.files.keyslots)
        self._slots = transition
        self.engine.dispose()
        self._key, self._slots = _finish_rekey(
            self.files, transition, [new_key, self._key], self._key
        )
        self.engine = make_engine(self.files.database, self._key)
        self._sessions = session_factory(self.engine)

    def _save_slots(self, slots: SlotFile) -> None:
        self._check_open()
        slots.save(self.files.keyslots)
        self._slots = slots

    # -- closing ------------------------------------------------------------------------------
    def close(self) -> None:
        if self._closed:
            return
        self.engine.dispose()
        self._key = b""
        self._closed = True

    @property
    def closed(self) -> bool:
        return self._closed

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(QT_TRANSLATE_NOOP("errors", "The database is locked."))

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _finish_rekey(
    files: DataFiles, slots: SlotFile, keys: list[bytes], current: bytes
) -> tuple[bytes, SlotFile]:
    """Phase 2 and 3 of a rekey: the database (and its safety copies) move to keys[0], then
    every slot holds keys[0] alone."""
    new_key = keys[0]
    if current != new_key:
        conn = connect(files.database, current, maintenance=True)
        try:
            rekey(conn, new_key)
        finally:
            conn.close()
        _rekey_safety_copies(files, keys, new_key)
    final = slots.resealed_all([new_key])
    final.save(files.keyslots)
    return new_key, final


def _rekey_safety_copies(files: DataFiles, keys: list[bytes], new_key: bytes) -> None:
    """Safety copies follow the live database to the new key, else a removed user's old slot
    would still open them."""
    if not files.safety_copies.is_dir():
        return
    for copy in sorted(files.safety_copies.glob("*.db")):
        for key in keys:
            try:
                conn = connect(copy, key, maintenance=True)
            except KeyRejected:
                continue
            try:
                if key != new_key:
                    rekey(conn, new_key)
            finally:
                conn.close()
            break


def restore_files(files: DataFiles, database: Path, slots: SlotFile) -> Path | None:
    """Put a verified database + slot file in place. The current ones (if any) are moved to
    safety-copies/ first. Returns where the previous database went."""
    make_private_dir(files.root)
    previous: Path | None = None
    if files.database.exists():
        make_private_dir(files.safety_copies)
        previous = files.safety_copies / f"shelter-{_timestamp()}-before-restore.db"
        for suffix in ("", "-wal", "-shm"):
            src = files.database.with_name(files.database.name + suffix)
            if src.exists():
                os.replace(src, previous.with_name(previous.name + suffix))
        if files.keyslots.exists():
            shutil.copy2(files.keyslots, previous.with_suffix(".keyslots.json"))
        fsync_dir(files.safety_copies)
    slots.save(files.keyslots)
    os.replace(database, files.database)
    fsync_dir(files.root)
    return previous
