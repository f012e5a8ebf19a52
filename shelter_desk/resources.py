"""Where the shipped resources (fonts, translations, icons, licences, the user guide) are: the
source tree's resources/ and docs/, or the folder PyInstaller unpacks them to."""

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


def licences_dir() -> Path:
    return resource_dir() / "licences"


def docs_dir() -> Path:
    """The user guide (in English, Dutch and French) and its pictures: docs/ beside resources/,
    in the source tree and in the installed program alike."""
    return resource_dir().parent / "docs"


def icon_path() -> Path:
    return resource_dir() / "icons" / "shelter-desk-256.png"
