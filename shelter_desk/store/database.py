"""The encrypted store of one installation: create, open, key-slot management, rekey.

Nothing here touches the disk before a password has been proven right, so a wrong password
leaves the data folder byte-identical.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import ColumnElement, Connection, Engine, true
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.clients import Client
from shelter_desk.paths import DataFiles
from shelter_desk.store import migrate
from shelter_desk.store.atomic import create_private_file, fsync_dir, make_private_dir
from shelter_desk.store.engine import make_engine, session_factory, session_scope
from shelter_desk.store.errors import (
    AlreadyInitialised,
    DatabaseDamaged,
    DatabaseMissing,
    DiskFull,
    KeySlotFileDamaged,
    LoginAgain,
    MigrationFailed,
    NotInitialised,
    SlotFileChanged,
    StoreError,
)
from shelter_desk.store.faults import translate_os_error, translate_sqlite_error, truthful
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
    open_envelope,
    with_new_secret,
)
from shelter_desk.store.lock import data_folder_lock
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
    """The slot file, once both files are known to be there. Nothing is created or changed:
    a missing, empty or foreign database is refused here, before any key is tried."""
    if not files.keyslots.exists():
        if files.database.exists():
            raise DatabaseMissing(QT_TRANSLATE_NOOP("errors",
                "The key-slot file is missing, so the database cannot be opened. "
                "Restore the latest backup with 'shelter-desk restore BACKUP-FILE'."))
        raise NotInitialised(QT_TRANSLATE_NOOP("errors",
            "No shelter_desk database in {folder}. Create one with 'shelter-desk init'."),
            folder=files.root)
    check_database_file(files)
    return SlotFile.load(files.keyslots)


def check_database_file(files: DataFiles) -> None:
    """Refuse a database file that is missing, empty or plainly not ours, without opening it:
    SQLite would take an empty file for a new database and the first write would fill it."""
    try:
        size = files.database.stat().st_size
        with files.database.open("rb") as fh:
            head = fh.read(16)
    except FileNotFoundError:
        raise DatabaseMissing(QT_TRANSLATE_NOOP("errors",
            "The database file is missing. Nothing was created or changed. "
            "Restore the latest backup with 'shelter-desk restore BACKUP-FILE'.")) from None
    except OSError as exc:
        raise translate_os_error(exc, files.root) from exc
    if size == 0:
        raise DatabaseMissing(QT_TRANSLATE_NOOP("errors",
            "The database file {file} is empty (0 bytes). Nothing was created or changed. "
            "Restore the latest backup with 'shelter-desk restore BACKUP-FILE'."),
            file=files.database)
    if head.startswith(b"SQLite format 3\x00") or size < 1024:
        raise DatabaseMissing(QT_TRANSLATE_NOOP("errors",
            "The file {file} is not a shelter_desk database. Nothing was created or changed. "
            "Restore the latest backup with 'shelter-desk restore BACKUP-FILE'."),
            file=files.database)


def working_key(path: Path, keys: list[bytes]) -> bytes:
    """The key among `keys` that opens `path`. The keys came out of an authenticated slot, so
    if none opens the file, the file is damaged."""
    found = _opening_key(path, keys)
    if found is None:
        raise DatabaseDamaged("the first page does not decrypt")
    return found


def _opening_key(path: Path, keys: list[bytes]) -> bytes | None:
    for key in keys:
        try:
            connect(path, key).close()
        except KeyRejected:
            continue
        return key
    return None


def check_integrity(path: Path, key: bytes) -> list[str]:
    conn = connect(path, key)
    try:
        with truthful(path.parent):
            return integrity_problems(conn)
    finally:
        conn.close()


def read_slots_locked(files: DataFiles) -> SlotFile:
    """The slot file as it is on disk now (the caller holds the data folder's lock)."""
    try:
        return SlotFile.load(files.keyslots)
    except FileNotFoundError:
        raise DatabaseMissing(QT_TRANSLATE_NOOP("errors",
            "The key-slot file is missing, so the database cannot be opened. "
            "Restore the latest backup with 'shelter-desk restore BACKUP-FILE'.")) from None


def write_slots_locked(files: DataFiles, slots: SlotFile) -> None:
    """Write `slots` over the file on disk, refusing to put back an older generation: every
    writer holds the lock and starts from what is on disk, so this only trips on a writer that
    did not (an older program, a hand-copied file)."""
    try:
        on_disk: SlotFile | None = SlotFile.load(files.keyslots)
    except FileNotFoundError:
        on_disk = None
    if on_disk is not None and slots.generation <= on_disk.generation:
        raise SlotFileChanged()
    with truthful(files.root):
        slots.save(files.keyslots)


class Store:
    """An opened database: the engine, the key in memory, the slot file as last read, and the
    private key of the slot that opened it, so that a rekey or restore made by another program
    is followed without asking the password again (the slot's envelope is re-read from disk)."""

    backend = "sqlite"

    def __init__(self, files: DataFiles, key: bytes, slots: SlotFile, opened_as: OpenedAs,
                 private: X25519PrivateKey | None = None):
        self.files = files
        self._key = key
        self._slots = slots
        self._private = private
        self.opened_as = opened_as
        self._closed = False
        self._new_engine()

    def _new_engine(self) -> None:
        self.engine: Engine = make_engine(self.files.database, lambda: self._key,
                                          self._follow_key_change)
        self._sessions: sessionmaker[Session] = session_factory(self.engine)

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
        with truthful(files.root.parent if not files.root.exists() else files.root):
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
        with data_folder_lock(files.root, "create"):
            if files.exists():  # another program got there first
                raise AlreadyInitialised(QT_TRANSLATE_NOOP("errors",
                    "A shelter_desk database already exists in {folder}."), folder=files.root)
            # Built under a temporary name and moved into place only when complete.
            building = files.root / (files.database.name + ".creating")
            _remove_with_sidecars(building)
            try:
                with truthful(files.root):
                    create_private_file(building)
                engine = make_engine(building, lambda: key)
                try:
                    with engine.begin() as conn:
                        migrate.upgrade(conn)
                        with Session(bind=conn) as session:
                            populate(session)
                            session.flush()
                finally:
                    engine.dispose()
                slots = slots.next_generation(None)
                write_slots_locked(files, slots)
                with truthful(files.root):
                    os.replace(building, files.database)
                    fsync_dir(files.root)
            except BaseException:
                _remove_with_sidecars(building)
                raise
        return cls(files, key, slots, OpenedAs(name, "user")), recovery

    @classmethod
    def open(cls, data_dir: Path, username: str, password: str, *,
             check_pages: bool = True) -> Store:
        """`check_pages`: read every page before opening (the desktop does it after login, in
        the background, and locks itself on damage: integrity_problems())."""
        files = DataFiles(Path(data_dir))
        slots = load_slots(files)
        name = normalise_username(username)
        private, keys = slots.open(name, password)
        return cls._open_with(files, slots, keys, OpenedAs(name, "user"), private, check_pages)

    @classmethod
    def open_with_recovery(cls, data_dir: Path, code: str, *, check_pages: bool = True) -> Store:
        files = DataFiles(Path(data_dir))
        slots = load_slots(files)
        private, keys = slots.open(RECOVERY_SLOT, normalise_recovery_code(code))
        return cls._open_with(files, slots, keys, OpenedAs(RECOVERY_SLOT, "recovery"), private,
                              check_pages)

    @classmethod
    def _open_with(
        cls, files: DataFiles, slots: SlotFile, keys: list[bytes], opened_as: OpenedAs,
        private: X25519PrivateKey, check_pages: bool = True,
    ) -> Store:
        key = _opening_key(files.database, keys)
        if key is None:
            # Another program may have rekeyed or restored since we read the slot file: wait
            # for it to finish and read our slot again before calling it damage.
            with data_folder_lock(files.root, "rekey"):
                slots = read_slots_locked(files)
                keys = _own_keys(slots, opened_as, private)
                key = working_key(files.database, keys)
        problems = check_integrity(files.database, key) if check_pages else []
        if problems:
            raise DatabaseDamaged(f"{len(problems)} problem(s) found by the integrity check")
        if len(keys) > 1:
            # A rekey was interrupted: finish it before anything else.
            with data_folder_lock(files.root, "rekey"):
                slots = read_slots_locked(files)
                keys = _own_keys(slots, opened_as, private)
                if len(keys) > 1:
                    key, slots = _finish_rekey(files, slots, keys,
                                               working_key(files.database, keys))
        store = cls(files, key, slots, opened_as, private)
        try:
            store._migrate_if_needed()
        except BaseException:
            store.close()
            raise
        return store

    # -- the data folder's lock -----------------------------------------------------------------
    @contextlib.contextmanager
    def locked(self, operation: str) -> Iterator[None]:
        """Hold the data folder's lock (store/lock.py) for `operation`, with the key made
        current first: whoever held it before may have rekeyed."""
        self._check_open()
        with data_folder_lock(self.files.root, operation):
            self._sync_with_disk()
            yield

    def _sync_with_disk(self) -> None:
        slots = read_slots_locked(self.files)
        if slots.database_id != self._slots.database_id:
            raise LoginAgain()
        self._slots = slots
        if _opening_key(self.files.database, [self._key]) is None:
            self._key = working_key(self.files.database,
                                    _own_keys(slots, self.opened_as, self._private))

    def _follow_key_change(self) -> bytes:
        """Called when our key no longer opens the database: another program rekeyed (a user
        was removed) or restored a backup. Our slot on disk holds the new key."""
        with data_folder_lock(self.files.root, "rekey"):
            self._sync_with_disk()
        return self._key

    # -- migrations ---------------------------------------------------------------------------
    def _migrate_if_needed(self) -> None:
        head = migrate.HEAD
        current = self.schema_revision()
        if current == head:
            return
        if current is None:
            raise DatabaseMissing(QT_TRANSLATE_NOOP("errors",
                "The file {file} is not a shelter_desk database. Nothing was created or "
                "changed. Restore the latest backup with 'shelter-desk restore BACKUP-FILE'."),
                file=self.files.database)
        with self.locked("migration"):
            current = self.schema_revision()  # another program may have migrated meanwhile
            if current == head:
                return
            copy = self.safety_copy(f"before-migration-{current}-to-{head}")
            try:
                with truthful(self.files.root), self.engine.begin() as conn:
                    migrate.upgrade(conn)
            except SQLAlchemyError as exc:  # rolled back: the file is as it was
                raise MigrationFailed(copy, str(getattr(exc, "orig", None) or exc)) from exc

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

    def after_bulk_insert(self, session: Session) -> None:
        """Rows inserted with their ids, past the ORM: nothing to catch up on SQLCipher."""

    def name_search(self, folded: str) -> ColumnElement[bool]:
        """Clients whose folded names hold `folded` (the file is encrypted as a whole)."""
        return Client.search_key.contains(folded, autoescape=True)

    def lookalike_names(self, folded_names: Sequence[str],
                        nationality: str) -> ColumnElement[bool]:
        """Every client: their names are compared on this workstation, which holds the file."""
        return true()

    def lookalikes_out_of_reach(self, session: Session, folded_names: Sequence[str],
                                nationality: str) -> list[tuple[str, str, float]]:
        """None beyond those lookalike_names gives: the file holds every client."""
        return []

    # -- copies -------------------------------------------------------------------------------
    def export_encrypted(self, target: Path) -> None:
        """An encrypted copy of the whole database at `target`, under the same key."""
        self._check_open()
        conn = self._maintenance_connection()
        try:
            with truthful(Path(target).parent):
                export_to(conn, target, self._key)
        finally:
            conn.close()

    def _maintenance_connection(self) -> sqlcipher.Connection:
        try:
            return connect(self.files.database, self._key, maintenance=True)
        except KeyRejected:
            return connect(self.files.database, self._follow_key_change(), maintenance=True)

    def safety_copy(self, label: str) -> Path:
        """An encrypted copy kept in safety-copies/ (before a migration or a restore)."""
        folder = self.files.safety_copies
        with truthful(self.files.root):
            make_private_dir(folder)
        final = folder / f"shelter-{_timestamp()}-{label}.db"
        building = folder / (final.name + ".partial")
        _remove_with_sidecars(building)
        try:
            self.export_encrypted(building)
            with truthful(folder):
                with building.open("r+b") as fh:  # Windows flushes only a writable handle
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
        try:
            return check_integrity(self.files.database, self._key)
        except KeyRejected:
            return check_integrity(self.files.database, self._follow_key_change())

    def database_key(self) -> bytes:
        """The key itself: only for moving this database to the shelter's server, where it
        becomes the data key (store/server/moving_in.py), so every slot keeps opening."""
        self._check_open()
        return self._key

    # -- slots --------------------------------------------------------------------------------
    @property
    def slots(self) -> SlotFile:
        return self._slots

    @property
    def database_id(self) -> str:
        return self._slots.database_id

    def has_slot(self, username: str) -> bool:
        return self._slots.find(normalise_username(username)) is not None

    def add_slot(self, username: str, password: str, kdf: KdfParams = DEFAULT_KDF) -> None:
        name = normalise_username(username)

        def change(slots: SlotFile) -> SlotFile:
            if slots.find(name) is not None:
                raise StoreError(
                    QT_TRANSLATE_NOOP("errors", "The user {name} already has a key."), name=name,
                )
            return slots.with_slot(
                new_slot(slots.database_id, name, "user", password, [self._key], kdf))

        self._change_slots("users", change)

    def discard_slot(self, username: str) -> None:
        """Take back a slot just added (its account was never committed). Not for removing a
        user: that is remove_slot_and_rekey."""
        name = normalise_username(username)
        self._change_slots("users", lambda slots: slots.without_slot(name))

    def set_password(
        self,
        username: str,
        new_password: str,
        old_password: str | None = None,
        kdf: KdfParams = DEFAULT_KDF,
    ) -> None:
        """Change a user's password (with the old one), or reset it (an administrator)."""
        name = normalise_username(username)

        def change(slots: SlotFile) -> SlotFile:
            slot = slots.find(name)
            if slot is None or slot.kind != "user":
                raise StoreError(
                    QT_TRANSLATE_NOOP("errors", "The user {name} has no key."), name=name)
            return slots.with_slot(with_new_secret(
                slots.database_id, slot, old_password, new_password, kdf, [self._key]))

        self._change_slots("password", change)

    def new_recovery_code(self, kdf: KdfParams = DEFAULT_KDF) -> str:
        """Replace the recovery slot; the old code stops working. Returns the new code."""
        code = new_recovery_code()
        self._change_slots("recovery-code", lambda slots: slots.with_slot(new_slot(
            slots.database_id, RECOVERY_SLOT, "recovery", normalise_recovery_code(code),
            [self._key], kdf)))
        return code

    def check_room_for_rekey(self) -> None:
        """Raise DiskFull now if a rekey could not be finished: before anything is changed."""
        copies = sorted(self.files.safety_copies.glob("*.db")) \
            if self.files.safety_copies.is_dir() else []
        full = require_room(self.files.root, self.files.database, *copies)
        if full is not None:
            raise full

    def remove_slot_and_rekey(self, username: str) -> None:
        """Remove a user's slot and re-encrypt the database under a new key, so that a copy of
        the old slot file opens nothing any more."""
        name = normalise_username(username)
        if name == self.opened_as.slot:
            raise StoreError(QT_TRANSLATE_NOOP("errors", "You cannot remove your own key."))
        with self.locked("rekey"):
            self.check_room_for_rekey()
            if self._slots.find(name) is None:
                raise StoreError(
                    QT_TRANSLATE_NOOP("errors", "The user {name} has no key."), name=name)
            new_key = new_database_key()
            # Phase 1: remaining slots hold [new, old]; whatever happens next, they still open.
            transition = self._slots.without_slot(name).resealed_all(
                [new_key, self._key]).next_generation(self._slots)
            write_slots_locked(self.files, transition)
            self._slots = transition
            self.engine.dispose()
            self._key, self._slots = _finish_rekey(
                self.files, transition, [new_key, self._key], self._key
            )
            self._new_engine()

    def _change_slots(self, operation: str, change: Callable[[SlotFile], SlotFile]) -> None:
        """A read-modify-write of the slot file under the lock, from what is on disk."""
        with self.locked(operation):
            changed = change(self._slots).next_generation(self._slots)
            write_slots_locked(self.files, changed)
            self._slots = changed

    # -- closing ------------------------------------------------------------------------------
    def close(self) -> None:
        if self._closed:
            return
        self.engine.dispose()
        self._key = b""
        self._private = None
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


def _own_keys(
    slots: SlotFile, opened_as: OpenedAs, private: X25519PrivateKey | None
) -> list[bytes]:
    """The key(s) in our own slot of `slots`, opened with the private key we hold."""
    slot = slots.find(opened_as.slot)
    if slot is None or private is None:
        raise LoginAgain()
    try:
        return open_envelope(slots.database_id, slot, private)
    except KeySlotFileDamaged:
        raise LoginAgain() from None  # our slot was replaced (a reset): its key pair is new


def _finish_rekey(
    files: DataFiles, slots: SlotFile, keys: list[bytes], current: bytes
) -> tuple[bytes, SlotFile]:
    """Phase 2 and 3 of a rekey (under the lock): the database (and its safety copies) move to
    keys[0], then every slot holds keys[0] alone."""
    new_key = keys[0]
    if current != new_key:
        _rekey_file(files.database, files.root, current, new_key)
        _rekey_safety_copies(files, keys, new_key)
    final = slots.resealed_all([new_key]).next_generation(slots)
    write_slots_locked(files, final)
    return new_key, final


def _rekey_file(path: Path, folder: Path, current: bytes, new_key: bytes) -> None:
    """Rekey one file, then prove which key opens it: SQLCipher's PRAGMA rekey reports no error
    when it rolls back (on a full disk, say), so its word is not taken for it."""
    failure: BaseException | None = None
    conn = connect(path, current, maintenance=True)
    try:
        rekey(conn, new_key)
    except sqlcipher.Error as exc:
        failure = exc
    finally:
        conn.close()
    opened = _opening_key(path, [new_key, current])
    if opened == new_key:
        return
    if opened is None:
        raise DatabaseDamaged("no key opens the file after an interrupted re-encryption")
    # Still under the old key: nothing changed. Say why, if the disk knows.
    raise require_room(folder, path) or (
        translate_sqlite_error(failure, folder) if failure else None) or StoreError(
        QT_TRANSLATE_NOOP("errors", "The database could not be re-encrypted; nothing was "
                          "changed and everyone still opens it. Try again."))


def require_room(folder: Path, *files: Path) -> DiskFull | None:
    """A rekey writes every page once more (into the WAL): it needs the largest file's size
    free, and some. DiskFull when that room is not there."""
    sizes = [f.stat().st_size for f in files if f.exists()]
    need = max(sizes, default=0) + _REKEY_MARGIN
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return None
    return DiskFull(folder) if free < need else None


_REKEY_MARGIN = 2 * 1024 * 1024


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
            conn.close()
            if key != new_key:
                _rekey_file(copy, files.root, key, new_key)
            break


def _copy_durably(src: Path, dst: Path) -> None:
    shutil.copy2(src, dst)
    os.chmod(dst, 0o600)
    with dst.open("rb+") as fh:
        os.fsync(fh.fileno())


def restore_files(files: DataFiles, database: Path, slots: SlotFile) -> Path | None:
    """Put a verified database + slot file in place (the caller holds the lock). The current
    ones (if any) are copied to safety-copies/ first. Returns where that copy went.

    Copied, not moved: until the final rename the live database stays where it is, so a crash
    or a full disk half-way leaves the shelter with its old database rather than none."""
    make_private_dir(files.root)
    previous: Path | None = None
    on_disk: SlotFile | None = None
    with truthful(files.root):
        if files.keyslots.exists():
            with contextlib.suppress(StoreError):
                on_disk = SlotFile.load(files.keyslots)
        sidecars = [files.database.with_name(files.database.name + s) for s in ("-wal", "-shm")]
        if files.database.exists():
            make_private_dir(files.safety_copies)
            previous = files.safety_copies / f"shelter-{_timestamp()}-before-restore.db"
            for src in (files.database, *sidecars):
                if src.exists():
                    _copy_durably(src, previous.with_name(previous.name + src.name[len(
                        files.database.name):]))
            if files.keyslots.exists():
                _copy_durably(files.keyslots, previous.with_suffix(".keyslots.json"))
            fsync_dir(files.safety_copies)
        # The old write-ahead log belongs to the old database: left beside the new one, SQLite
        # would replay it into it. Its contents are safe in the copy just made.
        for sidecar in sidecars:
            with contextlib.suppress(FileNotFoundError):
                sidecar.unlink()
        # Newer than whatever was there, so no program puts its older copy back over it.
        slots.next_generation(on_disk).save(files.keyslots)
        os.replace(database, files.database)
        fsync_dir(files.root)
    return previous
