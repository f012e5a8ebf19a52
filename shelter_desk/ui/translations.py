"""Installing the UI language: our .qm catalogue, Qt's own, and the locale for dates/numbers.

The locale is always the Belgian one of the language (en_BE, nl_BE, fr_BE), whatever the
system's: dates are day/month/year everywhere, also in English on a US-configured Windows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from shelter_desk.resources import translations_dir
from shelter_desk.ui import formatting

LOCALES = {"en": "en_BE", "nl": "nl_BE", "fr": "fr_BE"}
LANGUAGE_NAMES = (("en", "English"), ("nl", "Nederlands"), ("fr", "Français"))
_installed: list[QTranslator] = []
_current = ["en"]


def install(language: str) -> bool:
    """Switch the application's language; returns whether our catalogue was found. Every
    open window gets a LanguageChange event and retranslates itself."""
    language = language if language in LOCALES else "en"
    locale = QLocale(LOCALES[language])
    QLocale.setDefault(locale)
    formatting.locale_changed()
    _current[0] = language
    app = QCoreApplication.instance()
    if app is None:
        return language == "en"
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
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
    """The language last installed (English until one is)."""
    return _current[0]
