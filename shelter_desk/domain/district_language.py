"""The language a judicial district works in, for the language a progress report is offered
in first: Dutch in Flanders, French in Wallonia, German in Eupen (reports are made in Dutch,
French or English, so there French, the district's second language); Brussels works in both,
so there the case decides, not the place."""

from __future__ import annotations

from shelter_desk.domain.judiciary import find_place

_DUTCH = frozenset({
    "antwerpen", "limburg", "oost_vlaanderen", "west_vlaanderen", "leuven", "halle_vilvoorde",
    "gent", "brugge", "kortrijk", "ieper", "veurne", "oudenaarde", "dendermonde", "mechelen",
    "turnhout", "hasselt", "tongeren",
})
_FRENCH = frozenset({
    "waals_brabant", "henegouwen", "luik", "luxemburg", "namen", "eupen", "bergen",
    "charleroi", "doornik", "nijvel", "verviers", "hoei", "dinant", "aarlen", "marche",
    "neufchateau",
})


def district_language(district: str) -> str | None:
    """"nl" or "fr" for a district (as typed, in any language), None when the place does not
    decide it (Brussels, or a place not recognised)."""
    place = find_place(district)
    if place is None:
        return None
    if place.key in _DUTCH:
        return "nl"
    if place.key in _FRENCH:
        return "fr"
    return None
