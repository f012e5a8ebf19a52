"""The shelter's server: set it up, point a workstation at it, upgrade it, move a local
database in, and give imported colleagues their server login (docs/server.md)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from shelter_desk.domain.roles import Role
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services import audit
from shelter_desk.services.errors import ServiceError
from shelter_desk.services.setup import _workspace, first_director, login
from shelter_desk.services.workspace import Workspace
from shelter_desk.store.keyslots import DEFAULT_KDF, KdfParams
from shelter_desk.store.server import moving_in, provision
from shelter_desk.store.server.config import ServerAddress, ServerConfig


def initialise(
    data_dir: Path,
    url: str,
    owner_password: str,
    *,
    shelter: str,
    username: str,
    display_name: str | None,
    password: str,
    language: str = "en",
    kdf: KdfParams = DEFAULT_KDF,
    city: str | None = None,
    ca_file: Path | None = None,
) -> tuple[Workspace, str]:
    """`server init`: the server set up with `username` as its first director (and
    administrator), this workstation connected to it. Returns the director's workspace and
    the recovery code (shown once)."""
    address = ServerAddress.parse(url, ca_file)
    name, populate = first_director(shelter=shelter, username=username,
                                    display_name=display_name, password=password,
                                    language=language, extra_roles=(Role.ADMINISTRATOR,),
                                    city=city)
    store, recovery = provision.initialise(Path(data_dir), address, owner_password, name,
                                           password, populate, kdf)
    return _workspace(store, kdf), recovery


def connect(data_dir: Path, url: str, ca_file: Path | None = None) -> ServerConfig:
    """`server connect`: this workstation works on the server from now on."""
    return provision.connect(Path(data_dir), ServerAddress.parse(url, ca_file))


def upgrade(url: str, owner_password: str, ca_file: Path | None = None) -> tuple[str | None, str]:
    return provision.upgrade(ServerAddress.parse(url, ca_file), owner_password)


IMPORT_CHAIN_BROKEN = QT_TRANSLATE_NOOP(
    "errors", "The audit trail does not verify on the server ({problem}); nothing was moved.")


def import_local(
    data_dir: Path,
    username: str,
    server_password: str,
    local_password: str,
    *,
    from_data_dir: Path | None = None,
    from_backup: Path | None = None,
    kdf: KdfParams = DEFAULT_KDF,
) -> moving_in.ImportResult:
    """`server import`: a local database (or a backup of either backend) onto this
    workstation's server, checked (counts and audit chain) before anything is kept."""
    if (from_data_dir is None) == (from_backup is None):
        raise ServiceError(QT_TRANSLATE_NOOP(
            "errors", "Name one source: --from-data-dir DIR or --from-backup FILE."))
    source = str(from_backup or from_data_dir)

    def check(session: Session) -> None:
        report = audit.verify(session)
        if not report.ok:
            raise ServiceError(IMPORT_CHAIN_BROKEN, problem=report.problems[0])
        audit.record(session, username, "server.import", target=Path(source).name[:120],
                     reason=f"{report.length} audit entries verified")

    with moving_in.local_folder(from_data_dir, from_backup) as folder:
        return moving_in.import_local(Path(data_dir), folder, username, server_password,
                                      local_password, check, kdf)


def activate(data_dir: Path, username: str, code: str, password: str,
             kdf: KdfParams = DEFAULT_KDF) -> Workspace:
    """`server activate`: an imported colleague's first server login (see import_local)."""
    moving_in.activate(Path(data_dir), username, code, password)
    return login(Path(data_dir), username, password, kdf)
