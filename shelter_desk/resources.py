"""Where the shipped resources (fonts, translations, icons) are: the source tree's resources/,
or the folder PyInstaller unpacks them to."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def fonts_dir() -> Path:
    return resource_dir() / "fonts"


def translations_dir() -> Path:
    return resource_dir() / "translations"


def icon_path() -> Path:
    return resource_dir() / "icons" / "shelter-desk-256.png"
