"""Belgium's judicial districts and the places courts sit in, named in each report language;
and the days courts sit.

Counsellors type a district ("Bruxelles", "Brussel", "Anvers") as they know it. A report for a
Dutch-speaking magistrate must say "Brussel", for a French-speaking one "Bruxelles". This table
recognises what was typed in any of the three languages and names it in the report's; text it
does not recognise is printed as typed. Courts are named in domain/courts.py.

Since the 2014 reform there are twelve judicial districts; the former districts live on as
divisions (afdelingen / divisions) and are still what people write on a summons, so they are
places here too. Courts of appeal sit in five cities.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

REPORT_LANGUAGES = ("nl", "fr", "en")


@dataclass(frozen=True)
class Place:
    key: str
    nl: str
    fr: str
    en: str
    fr_of: str  # the French "de" form: "d'Anvers", "du Hainaut", "de Bruxelles"
    also: tuple[str, ...] = ()  # other spellings people type (German, old names)

    def name(self, language: str) -> str:
        return {"nl": self.nl, "fr": self.fr}.get(language, self.en)

    def of(self, language: str) -> str:
        """The place as it follows an office or court: "parket Antwerpen",
        "parquet d'Anvers", "prosecutor's office, Antwerp"."""
        return self.fr_of if language == "fr" else self.name(language)


def _p(key: str, nl: str, fr: str, en: str, fr_of: str, *also: str) -> Place:
    return Place(key, nl, fr, en, fr_of, also)


PLACES: tuple[Place, ...] = (
    # the twelve judicial districts
    _p("antwerpen", "Antwerpen", "Anvers", "Antwerp", "d'Anvers", "Antwerp"),
    _p("limburg", "Limburg", "Limbourg", "Limburg", "du Limbourg"),
    _p("oost_vlaanderen", "Oost-Vlaanderen", "Flandre orientale", "East Flanders",
       "de Flandre orientale"),
    _p("west_vlaanderen", "West-Vlaanderen", "Flandre occidentale", "West Flanders",
       "de Flandre occidentale"),
    _p("leuven", "Leuven", "Louvain", "Leuven", "de Louvain"),
    _p("brussel", "Brussel", "Bruxelles", "Brussels", "de Bruxelles", "Brüssel"),
    _p("waals_brabant", "Waals-Brabant", "Brabant wallon", "Walloon Brabant",
       "du Brabant wallon"),
    _p("henegouwen", "Henegouwen", "Hainaut", "Hainaut", "du Hainaut", "Hennegau"),
    _p("luik", "Luik", "Liège", "Liège", "de Liège", "Liege", "Lüttich"),
    _p("luxemburg", "Luxemburg", "Luxembourg", "Luxembourg", "du Luxembourg"),
    _p("namen", "Namen", "Namur", "Namur", "de Namur"),
    _p("eupen", "Eupen", "Eupen", "Eupen", "d'Eupen"),
    # Halle-Vilvoorde has a prosecutor's office of its own within the Brussels district
    _p("halle_vilvoorde", "Halle-Vilvoorde", "Hal-Vilvorde", "Halle-Vilvoorde",
       "de Hal-Vilvorde"),
    # former districts, now divisions, and seats of the courts of appeal
    _p("gent", "Gent", "Gand", "Ghent", "de Gand", "Ghent"),
    _p("brugge", "Brugge", "Bruges", "Bruges", "de Bruges"),
    _p("kortrijk", "Kortrijk", "Courtrai", "Kortrijk", "de Courtrai"),
    _p("ieper", "Ieper", "Ypres", "Ypres", "d'Ypres"),
    _p("veurne", "Veurne", "Furnes", "Veurne", "de Furnes"),
    _p("oudenaarde", "Oudenaarde", "Audenarde", "Oudenaarde", "d'Audenarde"),
    _p("dendermonde", "Dendermonde", "Termonde", "Dendermonde", "de Termonde"),
    _p("mechelen", "Mechelen", "Malines", "Mechelen", "de Malines"),
    _p("turnhout", "Turnhout", "Turnhout", "Turnhout", "de Turnhout"),
    _p("hasselt", "Hasselt", "Hasselt", "Hasselt", "de Hasselt"),
    _p("tongeren", "Tongeren", "Tongres", "Tongeren", "de Tongres"),
    _p("bergen", "Bergen", "Mons", "Mons", "de Mons"),
    _p("charleroi", "Charleroi", "Charleroi", "Charleroi", "de Charleroi"),
    _p("doornik", "Doornik", "Tournai", "Tournai", "de Tournai"),
    _p("nijvel", "Nijvel", "Nivelles", "Nivelles", "de Nivelles"),
    _p("verviers", "Verviers", "Verviers", "Verviers", "de Verviers"),
    _p("hoei", "Hoei", "Huy", "Huy", "de Huy"),
    _p("dinant", "Dinant", "Dinant", "Dinant", "de Dinant"),
    _p("aarlen", "Aarlen", "Arlon", "Arlon", "d'Arlon"),
    _p("marche", "Marche-en-Famenne", "Marche-en-Famenne", "Marche-en-Famenne",
       "de Marche-en-Famenne", "Marche"),
    _p("neufchateau", "Neufchâteau", "Neufchâteau", "Neufchâteau", "de Neufchâteau"),
    # a province with a court of assizes, and seats of labour and enterprise court divisions
    _p("vlaams_brabant", "Vlaams-Brabant", "Brabant flamand", "Flemish Brabant",
       "du Brabant flamand"),
    _p("waver", "Waver", "Wavre", "Wavre", "de Wavre"),
    _p("oostende", "Oostende", "Ostende", "Ostend", "d'Ostende"),
    _p("roeselare", "Roeselare", "Roulers", "Roeselare", "de Roulers"),
)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = plain.replace("\u2019", "'")
    return " ".join(re.sub(r"[^\w']+", " ", plain).split())


@cache
def _places_by_spelling() -> dict[str, Place]:
    return {_fold(spelling): place for place in PLACES
            for spelling in (place.nl, place.fr, place.en, *place.also)}


def find_place(text: str) -> Place | None:
    """The place `text` names and nothing more ("Bruxelles", "brussel"), else None."""
    return _places_by_spelling().get(_fold(text))


def place_name(text: str, language: str) -> str:
    """A district as typed, named in `language` when it is one we know."""
    place = find_place(text)
    return text if place is None else place.name(language)


def place_of(text: str, language: str) -> str:
    """A district after an office ("parquet de Bruxelles"): its "de" form in French."""
    place = find_place(text)
    if place is not None:
        return place.of(language)
    if language == "fr" and text:
        return f"d'{text}" if _fold(text)[:1] in tuple("aeiouy") else f"de {text}"
    return text


# -- the days courts sit ----------------------------------------------------------------------
def _easter(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous algorithm, as in Meeus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    n = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * n) // 451
    month, day = divmod(h + n - 7 * m + 114, 31)
    return date(year, month, day + 1)


@cache
def public_holidays(year: int) -> frozenset[date]:
    """Belgium's ten legal public holidays (Royal Decree of 18 April 1974)."""
    easter = _easter(year)
    return frozenset({
        date(year, 1, 1), easter + timedelta(days=1), date(year, 5, 1),
        easter + timedelta(days=39), easter + timedelta(days=50), date(year, 7, 21),
        date(year, 8, 15), date(year, 11, 1), date(year, 11, 11), date(year, 12, 25),
    })


def is_court_day(day: date) -> bool:
    """Monday to Friday and not a public holiday."""
    return day.weekday() < 5 and day not in public_holidays(day.year)


def next_court_day(day: date) -> date:
    while not is_court_day(day):
        day += timedelta(days=1)
    return day
