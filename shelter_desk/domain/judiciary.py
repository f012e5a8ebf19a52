"""Belgium's judicial districts and courts, named in each report language.

Counsellors type a district ("Bruxelles", "Brussel", "Anvers") or a court ("Tribunal
correctionnel de Bruxelles") as they know it. A report for a Dutch-speaking magistrate must say
"Brussel" and "Correctionele rechtbank Brussel", for a French-speaking one "Bruxelles" and
"Tribunal correctionnel de Bruxelles". This table recognises what was typed in any of the three
languages and names it in the report's; text it does not recognise is printed as typed.

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
)


@dataclass(frozen=True)
class CourtKind:
    key: str
    nl: str  # "{place}" where the seat goes
    fr: str
    en: str
    words: tuple[str, ...]  # folded words that identify it in any language
    has_seat: bool = True

    def name(self, language: str, place: Place | None) -> str:
        template = {"nl": self.nl, "fr": self.fr}.get(language, self.en)
        if not self.has_seat or place is None:
            return template.replace(" {place}", "").replace(", {place}", "")
        return template.replace("{place}", place.of(language))


COURT_KINDS: tuple[CourtKind, ...] = (
    CourtKind("cassation", "Hof van Cassatie", "Cour de cassation", "Court of Cassation",
              ("cassatie", "cassation"), has_seat=False),
    CourtKind("appeal", "Hof van beroep {place}", "Cour d'appel {place}",
              "Court of appeal, {place}", ("hof van beroep", "cour d'appel", "court of appeal",
                                           "cour d appel")),
    CourtKind("indictment_chamber", "Kamer van inbeschuldigingstelling {place}",
              "Chambre des mises en accusation {place}", "Indictment chamber, {place}",
              ("inbeschuldigingstelling", "mises en accusation", "indictment")),
    CourtKind("council_chamber", "Raadkamer {place}", "Chambre du conseil {place}",
              "Council chamber, {place}", ("raadkamer", "chambre du conseil",
                                           "council chamber")),
    CourtKind("labour_court", "Arbeidsrechtbank {place}", "Tribunal du travail {place}",
              "Labour court, {place}", ("arbeidsrechtbank", "tribunal du travail",
                                        "labour court")),
    CourtKind("victims_commission",
              "Commissie voor financiële hulp aan slachtoffers van opzettelijke gewelddaden",
              "Commission pour l'aide financière aux victimes d'actes intentionnels de violence",
              "Commission for financial aid to victims of intentional acts of violence",
              ("commissie voor financiele hulp", "aide financiere aux victimes",
               "financial aid to victims"), has_seat=False),
    # last: the most general words ("rechtbank", "tribunal") are only tried when nothing
    # more specific matched
    CourtKind("correctional", "Correctionele rechtbank {place}", "Tribunal correctionnel {place}",
              "Correctional court, {place}", ("correctionele", "correctionnel",
                                              "correctional", "eerste aanleg",
                                              "premiere instance", "first instance")),
)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = plain.replace("\u2019", "'")
    return " ".join(re.sub(r"[^\w']+", " ", plain).split())


@cache
def _place_names() -> list[tuple[str, Place]]:
    """Every spelling of every place, longest first (so "Brabant wallon" wins over "Brabant")."""
    names = []
    for place in PLACES:
        for spelling in {place.nl, place.fr, place.en, *place.also}:
            names.append((_fold(spelling), place))
    return sorted(names, key=lambda item: -len(item[0]))


def find_place(text: str) -> Place | None:
    """The place named in `text` (as a whole word), in any language."""
    folded = f" {_fold(text).replace(chr(39), ' ')} "
    for name, place in _place_names():
        if f" {name.replace(chr(39), ' ')} " in folded:
            return place
    return None


def _exact_place(text: str) -> Place | None:
    """The place `text` names and nothing more ("Bruxelles", "brussel"), else None."""
    folded = _fold(text)
    place = find_place(text) if folded else None
    if place is None:
        return None
    spellings = {_fold(s) for s in (place.nl, place.fr, place.en, *place.also)}
    return place if folded in spellings else None


def place_name(text: str, language: str) -> str:
    """A district as typed, named in `language` when it is one we know."""
    place = _exact_place(text)
    return text if place is None else place.name(language)


def place_of(text: str, language: str) -> str:
    """A district after an office ("parquet de Bruxelles"): its "de" form in French."""
    place = _exact_place(text)
    if place is not None:
        return place.of(language)
    if language == "fr" and text:
        return f"d'{text}" if _fold(text)[:1] in tuple("aeiouy") else f"de {text}"
    return text


def court_name(text: str, language: str) -> str:
    """A court as typed, named in `language` when its kind (and seat) are recognised."""
    folded = _fold(text)
    for kind in COURT_KINDS:
        if any(word in folded for word in kind.words):
            place = find_place(text)
            if kind.has_seat and place is None:
                return text
            return kind.name(language, place)
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
