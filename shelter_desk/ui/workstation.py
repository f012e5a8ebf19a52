"""What this workstation remembers between runs, outside the encrypted database: only choices
that say nothing about anybody (the language of the login screen). Never a name, never a user
name."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

from shelter_desk.ui.translations import LOCALES

_LANGUAGE_KEY = "login/language"


def _settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "shelter_desk",
                     "workstation")


def login_language() -> str:
    """The language the login screen (and the first-run wizard) starts in: the last one
    chosen on this workstation, else the system's when it is Dutch or French, else English."""
    stored = _settings().value(_LANGUAGE_KEY, "")
    if isinstance(stored, str) and stored in LOCALES:
        return stored
    system = QLocale.system().name()[:2]
    return system if system in LOCALES else "en"


def remember_login_language(language: str) -> None:
    if language in LOCALES:
        settings = _settings()
        settings.setValue(_LANGUAGE_KEY, language)
        settings.sync()
