"""Moving a local database (or a backup of either backend) onto the shelter's server.

Everything goes in one server transaction, as the director who runs it: what `server init`
wrote is replaced (sd_begin_import: only on a server that holds nothing else), every record,
user, audit entry and seal is copied with its id, the data key of the local database becomes
the server's (so every colleague's key slot keeps opening with their own password), the counts
and the audit chain are checked on the server before the commit; on any difference nothing
stays. Colleagues cannot be given their server login by their password, which the import does
not know: each gets a one-time code (valid ONE_TIME_CODE_DAYS days) with which `server activate`
sets their server login from their password. The recovery code is renewed."""

from __future__ import annotations

import json
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, insert, select, text, update
from sqlalchemy.orm import Session

from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.clients import Client
from shelter_desk.models.sealed import FieldCipher, attach_cipher
from shelter_desk.models.users import Role, User
from shelter_desk.store.backup import read_backup_manifest
from shelter_desk.store.database import Store
from shelter_desk.store.errors import BackupInvalid, StoreError
from shelter_desk.store.keyslots import (
    DEFAULT_KDF,
    RECOVERY_SLOT,
    KdfParams,
    SlotFile,
    new_recovery_code,
    new_slot,
    normalise_recovery_code,
    normalise_username,
)
from shelter_desk.store.server import blind_index, config, transfer
from shelter_desk.store.server.schema import key_slots, server_meta
from shelter_desk.store.server.store import (
    ONE_TIME_CODE_DAYS,
    ServerStore,
    connect_checked,
    login_verifier,
    read_slot_file,
    set_login,
)

Check = Callable[[Session], None]


class ImportRefused(StoreError):
    pass


@dataclass(frozen=True)
class ImportResult:
    counts: dict[str, int]
    one_time_codes: dict[str, str]  # colleague -> code for `server activate`
    recovery_code: str


@contextmanager
def local_folder(from_data_dir: Path | None, from_backup: Path | None) -> Iterator[Path]:
    """The local data folder to read: as given, or a backup unpacked (checked first)."""
    if from_data_dir is not None:
        yield Path(from_data_dir)
        return
    assert from_backup is not None
    read_backup_manifest(Path(from_backup))  # the container and its hashes, before any key
    with tempfile.TemporaryDirectory(prefix=".shelter-import-") as tmp:
        folder = Path(tmp)
        try:
            with zipfile.ZipFile(from_backup) as zf:
                for member in ("shelter.db", "keyslots.json"):
                    (folder / member).write_bytes(zf.read(member))
        except (OSError, zipfile.BadZipFile) as exc:
            raise BackupInvalid(QT_TRANSLATE_NOOP(
                "errors", "The backup file is damaged or is not a shelter_desk backup.")) from exc
        yield folder


def import_local(
    data_dir: Path, local_dir: Path, username: str, server_password: str, local_password: str,
    check: Check, kdf: KdfParams = DEFAULT_KDF,
) -> ImportResult:
    """Move the database in `local_dir` onto this workstation's server, as `username` (a
    director of both). `check(session)` runs on the server inside the transaction, after the
    copy (the audit chain is the services' to verify): raising there leaves nothing behind."""
    name = normalise_username(username)
    cfg = config.load(data_dir)
    local = Store.open(local_dir, name, local_password)
    engine = ServerStore.login_engine(Path(data_dir), cfg, name, server_password)
    try:
        with local.session() as session:
            user = session.scalars(select(User).where(User.username == name)).one_or_none()
            if user is None or not user.active or \
                    Role.DIRECTOR not in {r.role for r in user.roles}:
                raise ImportRefused(QT_TRANSLATE_NOOP(
                    "errors", "{user} is not a director of the database in {folder}: a "
                    "director of it moves it in."), user=name, folder=local_dir)
            colleagues = sorted(u.username for u in session.scalars(
                select(User).where(User.active.is_(True), User.username != name)))
        slots = local.slots
        key = local.database_key()
        cipher = FieldCipher(key)
        attach_cipher(engine, cipher)
        with connect_checked(engine, cfg.host) as conn, conn.begin():
            conn.execute(text("SELECT sd_begin_import()"))
            with local.engine.connect() as src:
                counts = transfer.copy_all(src, conn)
            codes, recovery = _keys_and_logins(conn, cfg, slots, name, server_password,
                                               colleagues, key, kdf)
            with Session(bind=conn) as session:
                blind_index.reindex(session, cipher, session.scalars(select(Client)).all())
                session.flush()
            if transfer.count_all(conn) != counts:
                raise ImportRefused(QT_TRANSLATE_NOOP(
                    "errors", "The server does not hold the same number of records as the "
                    "local database; nothing was moved."))
            conn.execute(text("SELECT sd_end_import()"))
            with Session(bind=conn) as session:
                check(session)
                session.flush()
        return ImportResult(counts, codes, recovery)
    finally:
        attach_cipher(engine, None)
        engine.dispose()
        local.close()


def _keys_and_logins(
    conn: Connection, cfg: config.ServerConfig, slots: SlotFile, name: str,
    server_password: str, colleagues: list[str], key: bytes, kdf: KdfParams,
) -> tuple[dict[str, str], str]:
    database_id = slots.database_id
    conn.execute(update(server_meta).values(database_id=database_id))
    recovery = new_recovery_code()
    mine = new_slot(database_id, name, "user", server_password, [key], kdf)
    secret = normalise_recovery_code(recovery)
    rescue = new_slot(database_id, RECOVERY_SLOT, "recovery", secret, [key], kdf)
    kept = [s for s in slots.slots if s.name not in (name, RECOVERY_SLOT)]
    for slot in (*kept, mine, rescue):
        conn.execute(insert(key_slots).values(
            name=slot.name, kind=slot.kind, body=json.dumps(slot.to_json(), sort_keys=True)))
    set_login(conn, RECOVERY_SLOT, login_verifier(cfg.role_prefix, RECOVERY_SLOT, secret,
                                                  cfg.login_kdf))
    codes: dict[str, str] = {}
    for colleague in colleagues:
        if slots.find(colleague) is None:
            continue  # an account without a key: an administrator's `users reset` gives one
        code = new_recovery_code()
        set_login(conn, colleague, login_verifier(cfg.role_prefix, colleague,
                                                  normalise_recovery_code(code), cfg.login_kdf),
                  valid_days=ONE_TIME_CODE_DAYS)
        codes[colleague] = code
    return codes, recovery


def activate(data_dir: Path, username: str, code: str, password: str) -> None:
    """A colleague's first server login: the one-time code opens their role, their own
    password opens their key slot (proving it is them), and their server login becomes
    their password (the code stops working)."""
    name = normalise_username(username)
    cfg = config.load(data_dir)
    engine = ServerStore.login_engine(Path(data_dir), cfg, name, normalise_recovery_code(code))
    try:
        with connect_checked(engine, cfg.host) as conn, conn.begin():
            read_slot_file(conn).open(name, password)  # WrongCredentials if not theirs
            verifier = login_verifier(cfg.role_prefix, name, password, cfg.login_kdf)
            conn.exec_driver_sql(f"ALTER ROLE CURRENT_USER PASSWORD '{verifier}'")
            conn.execute(text("SELECT sd_keep_login()"))
    finally:
        engine.dispose()

