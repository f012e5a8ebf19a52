"""The self-test's Qt checks (shelter_desk.selftest): a window drawn on this platform, the
shipped fonts as Qt loads them, the catalogues as the desktop app installs them."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QColor, QFontDatabase, QRawFont
from PySide6.QtWidgets import QApplication, QLabel

from shelter_desk.i18n.catalogue import Catalogue

# A message every catalogue translates: proves the .qm holds translations, not just loads.
PROBE = ("selftest", "shelter_desk self-test")


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    return QApplication([sys.argv[0] if sys.argv else "shelter-desk"])


def draw_window(text: str) -> tuple[str, bool]:
    """The platform's name, and whether a window with `text` in it was drawn with ink."""
    app = application()
    label = QLabel(text)
    label.setStyleSheet("background: white; color: black; font-size: 18pt; padding: 8px;")
    label.show()
    app.processEvents()
    image = label.grab().toImage()
    label.close()
    label.deleteLater()
    app.processEvents()
    white = QColor("white").rgb()
    inked = not image.isNull() and any(
        image.pixel(x, y) != white
        for y in range(0, image.height(), 2) for x in range(0, image.width(), 2))
    return app.platformName(), inked


def native_plugin(file_name: str) -> Path | None:
    """Where Qt would load the platform plugin `file_name` from, if it is there."""
    folders = [*QCoreApplication.libraryPaths(),
               QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)]
    for folder in folders:
        candidate = Path(folder) / "platforms" / file_name
        if candidate.is_file():
            return candidate
    return None


def missing_letters(path: Path, letters: str) -> str | None:
    """The letters of `letters` the font at `path` cannot draw; None if Qt cannot load it."""
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        return None
    raw = QRawFont(str(path), 12)
    if not raw.isValid():
        return None
    return "".join(c for c in letters if not c.isspace() and not raw.supportsCharacter(ord(c)))


def load_catalogues(folder: Path, language: str) -> str:
    """'' if our .qm and Qt's own catalogue for `language` load and translate; else the file."""
    ours = QTranslator()
    name = f"shelter_desk_{language}.qm"
    if not ours.load(str(folder / name)):
        return name
    expected = Catalogue(language).tr(*PROBE)
    if ours.translate(*PROBE) != expected or expected == PROBE[1]:
        return name
    qt = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not qt.load(QLocale(language), "qtbase", "_", qt_folder):
        return f"qtbase_{language}.qm ({qt_folder})"
    return ""
