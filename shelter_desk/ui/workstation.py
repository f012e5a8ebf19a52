"""What this workstation remembers between runs, outside the encrypted database: only choices
that say nothing about anybody (the language of the login screen, the contrast and the text
size). Never a name, never a user name."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

from shelter_desk.ui.style import TEXT_SCALES
from shelter_desk.ui.translations import LOCALES

_LANGUAGE_KEY = "login/language"
_CONTRAST_KEY = "display/contrast"
_TEXT_SCALE_KEY = "display/text_scale"
CONTRASTS = ("system", "standard", "high")


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


def display() -> tuple[str, int]:
    """(contrast, text size in per cent): the screen this workstation's user needs, from the
    login window on. Kept per workstation, like the screen and the eyes in front of it."""
    settings = _settings()
    contrast = settings.value(_CONTRAST_KEY, "system")
    try:
        scale = int(settings.value(_TEXT_SCALE_KEY, 100))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        scale = 100
    return (contrast if contrast in CONTRASTS else "system",
            scale if scale in TEXT_SCALES else 100)


def remember_display(contrast: str, scale: int) -> None:
    if contrast in CONTRASTS and scale in TEXT_SCALES:
        settings = _settings()
        settings.setValue(_CONTRAST_KEY, contrast)
        settings.setValue(_TEXT_SCALE_KEY, scale)
        settings.sync()
