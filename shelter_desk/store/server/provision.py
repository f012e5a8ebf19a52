"""Setting up the shelter's server, as its owner role: the schema (Alembic), the roles and
policies (policies.py), the first director's key slot and login, the recovery code's; and
recording the connection on this workstation. The owner's password is used here only and
never stored: the program connects as its owner for `server init` and `server upgrade` alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine, insert, select, text
from sqlalchemy.orm import Session

from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.sealed import FieldCipher, attach_cipher
from shelter_desk.store import migrate
from shelter_desk.store.errors import AlreadyInitialised, StoreError, WrongCredentials
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
)
from shelter_desk.store.server import config, policies
from shelter_desk.store.server.config import ServerAddress, ServerConfig, ServerConfigError
from shelter_desk.store.server.schema import server_meta
from shelter_desk.store.server.store import (
    ServerStore,
    connect_checked,
    login_verifier,
    server_engine,
    write_slot,
)

Populate = Callable[[Session], None]

NO_OWNER = QT_TRANSLATE_NOOP(
    "errors", "Name the database's owner role in the address: "
    "postgresql://OWNER@HOST:PORT/DATABASE?sslmode=verify-full&sslrootcert=CA.pem")


def _owner_connection(address: ServerAddress, owner_password: str) -> tuple[Engine, Connection]:
    if not address.user:
        raise ServerConfigError(NO_OWNER)
    if address.ca_file is None:
        raise ServerConfigError(config.NO_CA)
    engine = server_engine(address.url(address.user, owner_password, address.ca_file),
                           address.host)
    return engine, connect_checked(engine, address.host)


def create_login(conn: Connection, prefix: str, name: str, verifier: str) -> None:
    """As the owner: a login role for `name`, a member of the staff role. Names are checked
    (user names, the database name) before they get here, so they quote plainly."""
    role = policies.login_role(prefix, name)
    staff = policies.staff_role(prefix)
    exists = conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
    verb = "ALTER" if exists else "CREATE"
    # Utility statements take no bind parameters; a verifier is base64 with '$' and ':'.
    conn.exec_driver_sql(f"{verb} ROLE \"{role}\" LOGIN PASSWORD '{verifier}' "
                         "VALID UNTIL 'infinity'")
    conn.exec_driver_sql(f'GRANT "{staff}" TO "{role}"')


def initialise(
    data_dir: Path, address: ServerAddress, owner_password: str, username: str, password: str,
    populate: Populate, kdf: KdfParams = DEFAULT_KDF,
) -> tuple[ServerStore, str]:
    """Schema, roles, policies, the first director and the recovery code on an empty database;
    the connection recorded in `data_dir`. Returns the director's open store and the code."""
    if config.is_server(data_dir):
        raise AlreadyInitialised(QT_TRANSLATE_NOOP(
            "errors", "This workstation already works on a server ({file})."),
            file=config.config_path(data_dir))
    prefix = address.database
    engine, conn = _owner_connection(address, owner_password)
    key = new_database_key()
    recovery = new_recovery_code()
    try:
        with conn.begin():
            if migrate.current_revision(conn) is not None:
                raise AlreadyInitialised(QT_TRANSLATE_NOOP(
                    "errors", "The database {database} on the server already holds a "
                    "shelter_desk installation."), database=address.database)
            migrate.upgrade(conn)
            slots = SlotFile.new()
            conn.execute(insert(server_meta).values(
                id=1, database_id=slots.database_id, role_prefix=prefix, generation=1))
            policies.apply(conn, prefix)
            secret = normalise_recovery_code(recovery)
            firsts: tuple[tuple[str, SlotKind, str], ...] = (
                (username, "user", password), (RECOVERY_SLOT, "recovery", secret))
            for name, kind, given in firsts:
                write_slot(conn, new_slot(slots.database_id, name, kind, given, [key], kdf),
                           new=True)
                create_login(conn, prefix, name, login_verifier(prefix, name, given, kdf))
            attach_cipher(engine, FieldCipher(key))
            with Session(bind=conn) as session:
                populate(session)
                session.flush()
    finally:
        attach_cipher(engine, None)
        conn.close()
        engine.dispose()
    config.save(data_dir, ServerConfig(address.host, address.port, address.database, prefix,
                                       login_kdf=kdf), address.ca_file)  # type: ignore[arg-type]
    return ServerStore.open(data_dir, username, password), recovery


def upgrade(address: ServerAddress, owner_password: str) -> tuple[str | None, str]:
    """Migrate the server's database to this version and renew its policies. Returns the
    revisions before and after."""
    engine, conn = _owner_connection(address, owner_password)
    try:
        with conn.begin():
            before = migrate.current_revision(conn)
            if before is None:
                raise StoreError(QT_TRANSLATE_NOOP(
                    "errors", "The database {database} holds no shelter_desk installation: "
                    "set it up with 'shelter-desk server init'."), database=address.database)
            migrate.upgrade(conn)
            prefix = conn.scalar(select(server_meta.c.role_prefix))
            policies.apply(conn, str(prefix))
            return before, migrate.head_revision()
    finally:
        conn.close()
        engine.dispose()


def connect(data_dir: Path, address: ServerAddress) -> ServerConfig:
    """Record the server for this workstation, once it has proved itself with the CA given
    (a login attempt with no real account: the server's answer 'wrong password' is the proof
    that TLS verified and the server is there)."""
    if address.ca_file is None:
        raise ServerConfigError(config.NO_CA)
    cfg = ServerConfig(address.host, address.port, address.database, address.database)
    probe = server_engine(address.url(policies.login_role(cfg.role_prefix, "#probe"),
                                      "-", address.ca_file), address.host)
    try:
        connect_checked(probe, address.host).close()
    except WrongCredentials:
        pass
    finally:
        probe.dispose()
    config.save(data_dir, cfg, address.ca_file)
    return cfg
