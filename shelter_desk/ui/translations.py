"""Installing the UI language: our .qm catalogue, Qt's own, and the locale for dates/numbers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from shelter_desk.resources import translations_dir

LOCALES = {"en": "en_BE", "nl": "nl_BE", "fr": "fr_BE"}
_installed: list[QTranslator] = []


def install(language: str) -> bool:
    """Switch the application's language; returns whether our catalogue was found."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    locale = QLocale(LOCALES.get(language, "en_BE"))
    QLocale.setDefault(locale)
    found = language == "en"
    if language != "en":
        ours = QTranslator()
        if ours.load(str(translations_dir() / f"shelter_desk_{language}.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
            found = True
        qt = QTranslator()
        if qt.load(
            locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt)
            _installed.append(qt)
    return found


def current() -> str:
    return QLocale().name()[:2] if QLocale().name()[:2] in LOCALES else "en"
