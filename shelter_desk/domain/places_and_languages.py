"""Countries (ISO 3166-1 alpha-2) and languages (ISO 639), with their names in English, Dutch
and French from pycountry's catalogues."""

from __future__ import annotations

import gettext
from functools import cache
from types import ModuleType

UI_LANGUAGES = ("en", "nl", "fr")

# The languages of the referral leaflet handed out by first responders (27, as listed in the
# national referral protocol's leaflet set used by the shelters; ISO 639-1 codes). Edit here if
# a new edition changes the set.
LEAFLET_LANGUAGES: tuple[str, ...] = (
    "am", "ar", "bg", "cs", "de", "en", "es", "fa", "fr", "hi", "hu", "it", "lt", "nl",
    "pl", "pt", "ro", "ru", "sk", "sq", "th", "ti", "tl", "tr", "uk", "vi", "zh",
)


@cache
def _pycountry() -> ModuleType:
    """pycountry, imported when a country or language is first named: importing it reads
    package metadata (about 0.1 s), which the login window must not wait for."""
    import pycountry

    return pycountry


def warm(language: str) -> None:
    """Load the countries and their names in `language` before they are first shown: the app
    does it on its preload thread while the password is typed, so the client list's first
    rows do not hold the window for it (about 20 ms, issue 13)."""
    country_codes()
    _catalogue("iso3166-1", language)


@cache
def _catalogue(domain: str, language: str) -> gettext.NullTranslations:
    if language == "en":
        return gettext.NullTranslations()
    return gettext.translation(domain, _pycountry().LOCALES_DIR, languages=[language],
                               fallback=True)


@cache
def country_codes() -> tuple[str, ...]:
    return tuple(sorted(c.alpha_2 for c in _pycountry().countries))


def is_country(code: str) -> bool:
    return code in country_codes()


@cache  # lists show thousands of nationalities: pycountry's lookup is not free
def country_name(code: str, language: str = "en") -> str:
    country = _pycountry().countries.get(alpha_2=code)
    if country is None:
        return code
    name = getattr(country, "common_name", None) or country.name
    translated = _catalogue("iso3166-1", language).gettext(country.name)
    return translated if language != "en" else name


@cache
def language_codes() -> tuple[str, ...]:
    """Every language with a two-letter code, for the client's languages."""
    return tuple(sorted(lang.alpha_2 for lang in _pycountry().languages
                        if hasattr(lang, "alpha_2")))


def is_language(code: str) -> bool:
    return code in language_codes()


@cache
def language_name(code: str, language: str = "en") -> str:
    lang = _pycountry().languages.get(alpha_2=code)
    if lang is None:
        return code
    return _catalogue("iso639-3", language).gettext(lang.name)


def sorted_by_name(codes: tuple[str, ...], name: object, language: str) -> list[tuple[str, str]]:
    """(code, name) pairs sorted by the name as shown in `language`."""
    import unicodedata

    namer = name if callable(name) else country_name
    pairs = [(c, str(namer(c, language))) for c in codes]
    return sorted(pairs, key=lambda p: unicodedata.normalize("NFKD", p[1]).casefold())
