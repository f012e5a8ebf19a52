"""Which server this workstation works on: `server.json` in the data folder, written by
`shelter-desk server connect` (or `server init`), with a copy of the shelter's CA certificate
beside it. It holds where the server is and how to check it is the right one; never a password.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, unquote, urlsplit

from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.store.atomic import atomic_write_bytes, make_private_dir
from shelter_desk.store.errors import StoreError
from shelter_desk.store.keyslots import DEFAULT_KDF, KdfParams

if TYPE_CHECKING:  # SQLAlchemy is not loaded before the login window
    from sqlalchemy.engine import URL

CONFIG_NAME = "server.json"
CA_NAME = "server-ca.pem"
FORMAT = "shelter_desk-server"
DEFAULT_PORT = 5432
# The installation's name on the server (and its login roles' prefix): short, plain.
_DATABASE = re.compile(r"^[a-z][a-z0-9_]{0,29}$")


class ServerConfigError(StoreError):
    pass


BAD_URL = QT_TRANSLATE_NOOP(
    "errors", "Give the server as postgresql://HOST[:PORT]/DATABASE (the database name in lower "
    "case letters, digits and _, at most 30).")
NO_CA = QT_TRANSLATE_NOOP(
    "errors", "The server's certificate authority is needed to check the server: add "
    "?sslrootcert=CA.pem to the address (or --ca CA.pem).")
NOT_VERIFY_FULL = QT_TRANSLATE_NOOP(
    "errors", "Only sslmode=verify-full is accepted: the workstation must check that it talks "
    "to the shelter's server.")


@dataclass(frozen=True)
class ServerAddress:
    """What a postgresql:// URL says: where, which database, as whom (init only), which CA."""

    host: str
    port: int
    database: str
    user: str | None = None
    ca_file: Path | None = None

    @classmethod
    def parse(cls, url: str, ca: Path | None = None) -> ServerAddress:
        parts = urlsplit(url)
        if parts.scheme not in ("postgresql", "postgres") or not parts.hostname:
            raise ServerConfigError(BAD_URL)
        database = unquote(parts.path.lstrip("/"))
        if not _DATABASE.match(database):
            raise ServerConfigError(BAD_URL)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        if query.get("sslmode", "verify-full") != "verify-full":
            raise ServerConfigError(NOT_VERIFY_FULL)
        if parts.password:
            # A password in a URL ends up in shell histories and process lists.
            raise ServerConfigError(QT_TRANSLATE_NOOP(
                "errors", "Leave the password out of the address: it is asked for."))
        root = ca or (Path(query["sslrootcert"]) if "sslrootcert" in query else None)
        try:
            port = parts.port or DEFAULT_PORT
        except ValueError:
            raise ServerConfigError(BAD_URL) from None
        return cls(host=parts.hostname, port=port, database=database,
                   user=unquote(parts.username) if parts.username else None, ca_file=root)

    def url(self, role: str, secret: str, ca_file: Path) -> URL:
        from sqlalchemy.engine import URL

        return URL.create(
            "postgresql+psycopg", username=role, password=secret, host=self.host,
            port=self.port, database=self.database,
            query={"sslmode": "verify-full", "sslrootcert": str(ca_file),
                   "connect_timeout": "10", "application_name": "shelter-desk"},
        )


@dataclass(frozen=True)
class ServerConfig:
    host: str
    port: int
    database: str
    role_prefix: str
    login_kdf: KdfParams = field(default=DEFAULT_KDF)

    @property
    def address(self) -> ServerAddress:
        return ServerAddress(self.host, self.port, self.database)


def config_path(data_dir: Path) -> Path:
    return Path(data_dir) / CONFIG_NAME


def is_server(data_dir: Path) -> bool:
    return config_path(data_dir).exists()


def load(data_dir: Path) -> ServerConfig:
    path = config_path(data_dir)
    try:
        doc = json.loads(path.read_text("utf-8"))
        if doc.get("format") != FORMAT:
            raise ValueError("format")
        kdf = doc.get("login_kdf") or asdict(DEFAULT_KDF)
        return ServerConfig(host=str(doc["host"]), port=int(doc["port"]),
                            database=str(doc["database"]), role_prefix=str(doc["role_prefix"]),
                            login_kdf=KdfParams(**kdf))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ServerConfigError(QT_TRANSLATE_NOOP(
            "errors", "The server settings in {file} are damaged; run 'shelter-desk server "
            "connect' again."), file=path) from exc


def ca_path(data_dir: Path) -> Path:
    return Path(data_dir) / CA_NAME


def save(data_dir: Path, config: ServerConfig, ca_file: Path) -> None:
    """Record the connection (and a copy of the CA) in the data folder."""
    root = Path(data_dir)
    make_private_dir(root)
    try:
        pem = Path(ca_file).read_bytes()
    except OSError as exc:
        raise ServerConfigError(NO_CA) from exc
    if b"-----BEGIN CERTIFICATE-----" not in pem:
        raise ServerConfigError(NO_CA)
    if Path(ca_file).absolute() != ca_path(root).absolute():
        shutil.copyfile(ca_file, ca_path(root))
    doc = {"format": FORMAT, "version": 1, "host": config.host, "port": config.port,
           "database": config.database, "role_prefix": config.role_prefix,
           "login_kdf": asdict(config.login_kdf)}
    atomic_write_bytes(config_path(root), json.dumps(doc, indent=2).encode() + b"\n")
