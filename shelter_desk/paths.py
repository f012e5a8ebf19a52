"""Where shelter_desk keeps its data, settings and logs (platformdirs), and the files inside."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "shelter-desk"
APP_AUTHOR = "shelter_desk"
DATA_DIR_ENV = "SHELTER_DESK_DATA_DIR"
# Beside the installed program: settings the installer wrote for every account of the machine.
INSTALL_CONFIG = "shelter-desk.ini"


def default_data_dir() -> Path:
    """The data folder: $SHELTER_DESK_DATA_DIR, else the folder the installer set for every
    account (Windows: the shared data folder option), else the platform's per-user folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return installed_data_dir() or Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def installed_data_dir(program: Path | None = None) -> Path | None:
    """`[data] folder = ...` from shelter-desk.ini beside the built program, if there is one.
    A program run from the source tree has no installer and no such file."""
    if program is None:
        if not getattr(sys, "frozen", False):
            return None
        program = Path(sys.executable)
    config = program.with_name(INSTALL_CONFIG)
    if not config.is_file():
        return None
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(config, encoding="utf-8-sig")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return None
    folder = parser.get("data", "folder", fallback="").strip()
    return Path(folder) if folder else None


@dataclass(frozen=True)
class DataFiles:
    """The files of one installation inside its data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "shelter.db"

    @property
    def keyslots(self) -> Path:
        return self.root / "keyslots.json"

    @property
    def safety_copies(self) -> Path:
        """Encrypted copies taken before a migration or a restore replaces the database."""
        return self.root / "safety-copies"

    def sidecars(self) -> list[Path]:
        db = self.database
        return [db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]

    def exists(self) -> bool:
        return self.database.exists() or self.keyslots.exists()
