"""The shelter's server: set it up, point a workstation at it, upgrade it, move a local
database in, and give imported colleagues their server login (docs/server.md)."""

from __future__ import annotations

from pathlib import Path

from shelter_desk.domain.roles import Role
from shelter_desk.services.setup import _workspace, first_director
from shelter_desk.services.workspace import Workspace
from shelter_desk.store.keyslots import DEFAULT_KDF, KdfParams
from shelter_desk.store.server import provision
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
