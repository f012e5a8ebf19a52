"""Whether this data folder holds an installation: asked before the login window, so it loads
nothing but the path rules (no SQLAlchemy, no SQLCipher)."""

from __future__ import annotations

from pathlib import Path

from shelter_desk.paths import DataFiles
from shelter_desk.store.server import config as server_config


def installation_exists(data_dir: Path) -> bool:
    """A database in this data folder, or a server this workstation works on."""
    return DataFiles(Path(data_dir)).exists() or server_config.is_server(Path(data_dir))
