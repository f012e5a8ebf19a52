"""Encrypted backups and their restore.

A backup is a ZIP (stored, not compressed: the content is ciphertext) holding
- shelter.db: an encrypted copy made by sqlcipher_export under the database key,
- keyslots.json: the slot file of that moment (sealed keys only),
- manifest.json: format, versions, and the SHA-256 of both files.
Nothing in it is readable without a key slot's password or the recovery code, so a plaintext
backup cannot be made. It is written atomically with owner-only permissions.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from shelter_desk import __version__
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.paths import DataFiles
from shelter_desk.store import migrate
from shelter_desk.store.atomic import atomic_writer, make_private_dir
from shelter_desk.store.database import (
    OpenedAs,
    check_integrity,
    restore_files,
    working_key,
)
from shelter_desk.store.engine import make_engine
from shelter_desk.store.errors import BackupInvalid, DatabaseDamaged, StoreError
from shelter_desk.store.faults import truthful
from shelter_desk.store.keyslots import (
    RECOVERY_SLOT,
    SlotFile,
    normalise_recovery_code,
    normalise_username,
)
from shelter_desk.store.lock import data_folder_lock

if TYPE_CHECKING:
    from shelter_desk.store.backend import AnyStore

FORMAT = "shelter_desk-backup"
VERSION = 1
MEMBERS = ("shelter.db", "keyslots.json")
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: str
    schema_revision: str | None
    size_bytes: int
    database_sha256: str


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


def write_backup(store: AnyStore, out: Path) -> BackupInfo:
    """Write an encrypted backup of `store` to `out` (replaced atomically if it exists)."""
    out = Path(out).absolute()
    if out.parent == store.files.root.absolute():
        raise StoreError(QT_TRANSLATE_NOOP("errors",
            "Keep backups outside the data folder (on another disk, in the safe)."))
    # Under the lock, so the slot file and the key of the copy belong together: no rekey can
    # happen between the export and reading the slots.
    with store.locked("backup"), truthful(out.parent), tempfile.TemporaryDirectory(
        prefix=".shelter-backup-", dir=out.parent
    ) as tmp:
        exported = Path(tmp) / "shelter.db"
        store.export_encrypted(exported)
        slots_bytes = store.slots.to_bytes()
        created = datetime.now(UTC).isoformat(timespec="seconds")
        db_hash = _sha256_file(exported)
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "created_at": created,
            "app_version": __version__,
            "schema_revision": store.schema_revision(),
            "database_id": store.database_id,
            "sha256": {
                "shelter.db": db_hash,
                "keyslots.json": hashlib.sha256(slots_bytes).hexdigest(),
            },
        }
        with atomic_writer(out) as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_STORED) as zf:
            zf.writestr("manifest.json", json.dumps(manifest, indent=2, sort_keys=True))
            zf.writestr("keyslots.json", slots_bytes)
            zf.write(exported, "shelter.db")
    return BackupInfo(
        path=out,
        created_at=created,
        schema_revision=manifest["schema_revision"],  # type: ignore[arg-type]
        size_bytes=out.stat().st_size,
        database_sha256=db_hash,
    )


@dataclass(frozen=True)
class BackupContents:
    manifest: dict[str, object]
    slots: SlotFile


def read_backup_manifest(path: Path) -> BackupContents:
    """Check the container and hashes without any key: a damaged file is caught before use."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if names != {"manifest.json", *MEMBERS}:
                raise BackupInvalid(QT_TRANSLATE_NOOP("errors",
                    "This file is not a shelter_desk backup (unexpected content)."))
            manifest = json.loads(zf.read("manifest.json"))
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise BackupInvalid(
                    QT_TRANSLATE_NOOP("errors", "This file is not a shelter_desk backup."),
                )
            if manifest.get("version") != VERSION:
                raise BackupInvalid(QT_TRANSLATE_NOOP("errors",
                    "This backup was made by a newer version of shelter_desk."))
            hashes = manifest.get("sha256")
            if not isinstance(hashes, dict):
                raise BackupInvalid(
                    QT_TRANSLATE_NOOP("errors", "The backup's manifest is incomplete."),
                )
            for member in MEMBERS:
                h = hashlib.sha256()
                with zf.open(member) as fh:
                    for chunk in iter(lambda fh=fh: fh.read(_CHUNK), b""):  # type: ignore[misc]
                        h.update(chunk)
                if h.hexdigest() != hashes.get(member):
                    raise BackupInvalid(QT_TRANSLATE_NOOP("errors",
                        "The backup is damaged: {member} does not match its hash."),
                        member=member)
            slots = SlotFile.from_bytes(zf.read("keyslots.json"))
    except (zipfile.BadZipFile, OSError, ValueError, KeyError) as exc:
        if isinstance(exc, FileNotFoundError):
            raise BackupInvalid(
                QT_TRANSLATE_NOOP("errors", "No such backup file: {path}"), path=path,
            ) from None
        raise BackupInvalid(QT_TRANSLATE_NOOP("errors",
            "The backup file is damaged or is not a shelter_desk backup.")) from exc
    return BackupContents(manifest=manifest, slots=slots)


Authorise = Callable[[Session, OpenedAs], None]


def restore_backup(
    data_dir: Path,
    backup: Path,
    *,
    username: str | None = None,
    secret: str,
    authorise: Authorise,
) -> Path | None:
    """Replace the installation in `data_dir` with the backup.

    The backup must open with the given user's password (or, with username None, the recovery
    code) and pass its integrity check; `authorise` then decides, from the backup's own users,
    whether this person may restore. Only then is anything in `data_dir` touched; the current
    database is moved to safety-copies/. Returns that location (None if there was none).
    """
    files = DataFiles(Path(data_dir))
    contents = read_backup_manifest(Path(backup))
    if username is None:
        opened_as = OpenedAs(RECOVERY_SLOT, "recovery")
        keys = contents.slots.unwrap(RECOVERY_SLOT, normalise_recovery_code(secret))
    else:
        opened_as = OpenedAs(normalise_username(username), "user")
        keys = contents.slots.unwrap(opened_as.slot, secret)
    with truthful(files.root.parent if not files.root.exists() else files.root):
        make_private_dir(files.root)
    with data_folder_lock(files.root, "restore"):
        return _restore_locked(files, backup, contents, keys, opened_as, authorise)


def _restore_locked(
    files: DataFiles, backup: Path, contents: BackupContents, keys: list[bytes],
    opened_as: OpenedAs, authorise: Authorise,
) -> Path | None:
    staging = files.root / f".restore-{secrets.token_hex(4)}.db"
    try:
        with truthful(files.root), zipfile.ZipFile(backup) as zf, zf.open("shelter.db") as src, \
                staging.open("wb") as dst:
            os.fchmod(dst.fileno(), 0o600)
            for chunk in iter(lambda: src.read(_CHUNK), b""):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        key = working_key(staging, keys)
        problems = check_integrity(staging, key)
        if problems:
            raise DatabaseDamaged("the backup's database fails its integrity check")
        engine = make_engine(staging, lambda: key)
        try:
            with Session(engine) as session:
                authorise(session, opened_as)
            with engine.connect() as conn:
                if migrate.current_revision(conn) is None:
                    raise BackupInvalid(
                        QT_TRANSLATE_NOOP("errors", "The backup holds no shelter_desk database."),
                    )
        finally:
            engine.dispose()
        return restore_files(files, staging, contents.slots)
    finally:
        for p in (staging, staging.with_name(staging.name + "-wal"),
                  staging.with_name(staging.name + "-shm")):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
