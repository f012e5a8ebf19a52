"""Where shelter_desk keeps its data, settings and logs (platformdirs), and the files inside."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "shelter-desk"
APP_AUTHOR = "shelter_desk"
DATA_DIR_ENV = "SHELTER_DESK_DATA_DIR"


def default_data_dir() -> Path:
    """The data folder: $SHELTER_DESK_DATA_DIR, else the platform's per-user data folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


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
