"""Belgian courts, named in each report language only when recognised exactly.

A counsellor types a court as the summons names it: "Correctionele rechtbank Antwerpen,
afdeling Mechelen", "Tribunal correctionnel francophone de Bruxelles". A report for a
French-speaking magistrate says "Tribunal correctionnel d'Anvers, division Malines", for a
Dutch-speaking one "Franstalige correctionele rechtbank Brussel". A wrong translation is worse
than none (it can name a court that does not exist, or another one), so a court is translated
only when the whole text is one of the names below, in any of the three languages: the kind of
court, a seat it really has, the division (afdeling) of that seat if one is named, and in
Brussels the Dutch- or French-speaking court if one is named. Anything else, however close, is
printed exactly as typed.

The seats and divisions are those of the 2014 reform (Law of 1 December 2013): twelve
judicial districts whose courts of first instance sit in divisions (the former districts),
five courts of appeal, and labour and enterprise courts with areas of their own.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from shelter_desk.domain.judiciary import PLACES

_PLACE = {p.key: p for p in PLACES}

# Where each kind of court sits, and the divisions of each seat.
_APPEAL_SEATS: dict[str, tuple[str, ...]] = {
    k: () for k in ("antwerpen", "gent", "brussel", "luik", "bergen")}
_DISTRICTS: dict[str, tuple[str, ...]] = {  # courts of first instance (and their sections)
    "antwerpen": ("antwerpen", "mechelen", "turnhout"),
    "limburg": ("hasselt", "tongeren"),
    "oost_vlaanderen": ("gent", "dendermonde", "oudenaarde"),
    "west_vlaanderen": ("brugge", "kortrijk", "ieper", "veurne"),
    "leuven": (),
    "brussel": (),
    "waals_brabant": (),
    "henegouwen": ("bergen", "charleroi", "doornik"),
    "luik": ("luik", "hoei", "verviers"),
    "luxemburg": ("aarlen", "marche", "neufchateau"),
    "namen": ("namen", "dinant"),
    "eupen": (),
}
_LABOUR_AREAS: dict[str, tuple[str, ...]] = {  # labour and enterprise courts
    "antwerpen": ("antwerpen", "mechelen", "turnhout", "hasselt", "tongeren"),
    "gent": ("gent", "brugge", "kortrijk", "oostende", "ieper", "veurne", "roeselare",
             "dendermonde", "oudenaarde"),
    "leuven": (),
    "brussel": (),
    "waals_brabant": ("nijvel", "waver"),
    "henegouwen": ("bergen", "charleroi", "doornik"),
    "luik": ("luik", "hoei", "verviers", "namen", "dinant", "aarlen", "marche", "neufchateau"),
    "eupen": (),
}
_PROVINCES: dict[str, tuple[str, ...]] = {  # courts of assizes
    k: () for k in ("antwerpen", "limburg", "oost_vlaanderen", "west_vlaanderen",
                    "vlaams_brabant", "waals_brabant", "henegouwen", "luik", "luxemburg",
                    "namen")}
_NO_SEAT: dict[str, tuple[str, ...]] = {"": ()}
BRUSSELS = "brussel"  # the one seat with a Dutch- and a French-speaking court

# The language regime of a Brussels court, as each language says it.
_REGIME = {
    "nl": {"nl": "Nederlandstalige", "fr": "Franstalige"},
    "fr": {"nl": "néerlandophone", "fr": "francophone"},
    "en": {"nl": "Dutch-speaking", "fr": "French-speaking"},
}
_DIVISION = {"nl": ", afdeling {division}", "fr": ", division {division}",
             "en": ", {division} division"}


@dataclass(frozen=True)
class CourtKind:
    key: str
    names: dict[str, str]  # language -> "{seat}" template
    seats: dict[str, tuple[str, ...]]  # seat -> its divisions
    # language -> "{regime}" and "{seat}" template, for the kinds with two Brussels courts
    regime_names: dict[str, str] | None = None
    also: dict[str, tuple[str, ...]] | None = None  # other ways to write it, per language


def _k(key: str, nl: str, fr: str, en: str, seats: dict[str, tuple[str, ...]],
       regime: tuple[str, str, str] | None = None,
       also: dict[str, tuple[str, ...]] | None = None) -> CourtKind:
    return CourtKind(key, {"nl": nl, "fr": fr, "en": en}, seats,
                     dict(zip(("nl", "fr", "en"), regime, strict=True)) if regime else None,
                     also)


KINDS: tuple[CourtKind, ...] = (
    _k("cassation", "Hof van Cassatie", "Cour de cassation", "Court of Cassation", _NO_SEAT),
    _k("appeal", "Hof van beroep {seat}", "Cour d'appel {seat}", "Court of appeal of {seat}",
       _APPEAL_SEATS),
    _k("labour_appeal", "Arbeidshof {seat}", "Cour du travail {seat}",
       "Labour court of appeal of {seat}", _APPEAL_SEATS),
    _k("indictment_chamber", "Kamer van inbeschuldigingstelling {seat}",
       "Chambre des mises en accusation {seat}", "Indictment chamber of {seat}",
       _APPEAL_SEATS),
    _k("assizes", "Hof van assisen {seat}", "Cour d'assises {seat}",
       "Court of assizes of {seat}", _PROVINCES,
       also={"nl": ("Hof van assisen van de provincie {seat}",),
             "fr": ("Cour d'assises de la province {seat}",)}),
    _k("first_instance", "Rechtbank van eerste aanleg {seat}",
       "Tribunal de première instance {seat}", "Court of first instance of {seat}", _DISTRICTS,
       ("{regime} rechtbank van eerste aanleg {seat}",
        "Tribunal de première instance {regime} {seat}",
        "{regime} court of first instance of {seat}")),
    _k("correctional", "Correctionele rechtbank {seat}", "Tribunal correctionnel {seat}",
       "Correctional court of {seat}", _DISTRICTS,
       ("{regime} correctionele rechtbank {seat}", "Tribunal correctionnel {regime} {seat}",
        "{regime} correctional court of {seat}")),
    _k("council_chamber", "Raadkamer {seat}", "Chambre du conseil {seat}",
       "Council chamber of {seat}", _DISTRICTS,
       ("Raadkamer van de {regime} rechtbank van eerste aanleg {seat}",
        "Chambre du conseil du tribunal de première instance {regime} {seat}",
        "Council chamber of the {regime} court of first instance of {seat}")),
    _k("family", "Familierechtbank {seat}", "Tribunal de la famille {seat}",
       "Family court of {seat}", _DISTRICTS,
       ("{regime} familierechtbank {seat}", "Tribunal de la famille {regime} {seat}",
        "{regime} family court of {seat}")),
    _k("youth", "Jeugdrechtbank {seat}", "Tribunal de la jeunesse {seat}",
       "Youth court of {seat}", _DISTRICTS,
       ("{regime} jeugdrechtbank {seat}", "Tribunal de la jeunesse {regime} {seat}",
        "{regime} youth court of {seat}")),
    _k("labour", "Arbeidsrechtbank {seat}", "Tribunal du travail {seat}",
       "Labour tribunal of {seat}", _LABOUR_AREAS,
       ("{regime} arbeidsrechtbank {seat}", "Tribunal du travail {regime} {seat}",
        "{regime} labour tribunal of {seat}")),
    _k("enterprise", "Ondernemingsrechtbank {seat}", "Tribunal de l'entreprise {seat}",
       "Enterprise court of {seat}", _LABOUR_AREAS,
       ("{regime} ondernemingsrechtbank {seat}", "Tribunal de l'entreprise {regime} {seat}",
        "{regime} enterprise court of {seat}")),
    _k("sentence_enforcement", "Strafuitvoeringsrechtbank {seat}",
       "Tribunal de l'application des peines {seat}", "Sentence enforcement court of {seat}",
       _APPEAL_SEATS,
       ("{regime} strafuitvoeringsrechtbank {seat}",
        "Tribunal de l'application des peines {regime} {seat}",
        "{regime} sentence enforcement court of {seat}")),
    _k("victims_commission",
       "Commissie voor financiële hulp aan slachtoffers van opzettelijke gewelddaden",
       "Commission pour l'aide financière aux victimes d'actes intentionnels de violence",
       "Commission for financial aid to victims of intentional acts of violence", _NO_SEAT),
)
_KIND = {k.key: k for k in KINDS}


@dataclass(frozen=True)
class Court:
    kind: str
    seat: str = ""  # a place key ("" for a court without a seat)
    division: str = ""  # a place key, one of the seat's divisions
    regime: str = ""  # "nl" or "fr": Brussels' Dutch- or French-speaking court

    def name(self, language: str) -> str:
        kind = _KIND[self.kind]
        template = kind.names[language]
        if self.regime and kind.regime_names is not None:
            template = kind.regime_names[language].replace(
                "{regime}", _REGIME[language][self.regime])
        text = template.replace("{seat}", _seat(self.seat, language))
        if self.division:
            text += _DIVISION[language].format(division=_PLACE[self.division].name(language))
        return text


def _seat(key: str, language: str) -> str:
    if not key:
        return ""
    place = _PLACE[key]
    return place.of(language)  # "Antwerpen", "d'Anvers", "Antwerp"


def _fold(text: str) -> str:
    """Case, accents, apostrophes, hyphens, commas and spacing do not tell courts apart."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


def _spellings(kind: CourtKind, court: Court, language: str) -> list[str]:
    """Every way of writing `court` in `language` that is recognised: the name the report
    prints, and the variants people write on their own ("Hof van beroep te Gent",
    "division de Verviers", "Cour d'assises de la province de Namur")."""
    canonical = court.name(language)
    names = [canonical]
    if language == "nl" and court.seat:
        seat = _PLACE[court.seat].nl
        names.append(canonical.replace(f" {seat}", f" te {seat}", 1))
    if language == "fr" and court.division:
        division = _PLACE[court.division]
        names.append(canonical.replace(f"division {division.fr}", f"division {division.fr_of}"))
    if kind.also and not court.regime and not court.division:
        seat = _seat(court.seat, language)
        names += [template.replace("{seat}", seat) for template in kind.also.get(language, ())]
    return names


@cache
def _table() -> dict[str, Court]:
    """Every recognised spelling, folded, to the court it names. Built once; a spelling that
    would name two courts is a mistake in the tables above."""
    table: dict[str, Court] = {}
    for kind in KINDS:
        for seat, divisions in kind.seats.items():
            regimes = ("", "nl", "fr") if seat == BRUSSELS and kind.regime_names else ("",)
            for regime in regimes:
                for division in ("", *divisions):
                    court = Court(kind.key, seat, division, regime)
                    for language in ("nl", "fr", "en"):
                        for spelling in _spellings(kind, court, language):
                            key = _fold(spelling)
                            if table.setdefault(key, court) != court:
                                raise ValueError(f"two courts are written {spelling!r}")
    return table


def all_courts() -> frozenset[Court]:
    return frozenset(_table().values())


def recognise(text: str) -> Court | None:
    """The court `text` names, written in any of the three languages; None unless the whole
    text is a recognised name."""
    return _table().get(_fold(text))


def court_name(text: str, language: str) -> str:
    """A court as typed, named in `language` when recognised exactly; else exactly as typed."""
    court = recognise(text)
    if court is None or language not in ("nl", "fr", "en"):
        return text
    return court.name(language)
