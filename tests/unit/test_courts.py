"""Court names in the report's language (issue 9, review B): translated only when recognised
exactly, divisions and the Brussels language regimes kept, anything else printed as typed."""

from __future__ import annotations

import pytest

from shelter_desk.domain.courts import all_courts, court_name, recognise

# The same court as a Dutch, a French and an English report names it.
SAME_COURT = [
    ("Correctionele rechtbank Antwerpen, afdeling Mechelen",
     "Tribunal correctionnel d'Anvers, division Malines",
     "Correctional court of Antwerp, Mechelen division"),
    ("Correctionele rechtbank Luik, afdeling Verviers",
     "Tribunal correctionnel de Liège, division Verviers",
     "Correctional court of Liège, Verviers division"),
    ("Correctionele rechtbank Luik, afdeling Hoei",
     "Tribunal correctionnel de Liège, division Huy",
     "Correctional court of Liège, Huy division"),
    ("Nederlandstalige correctionele rechtbank Brussel",
     "Tribunal correctionnel néerlandophone de Bruxelles",
     "Dutch-speaking correctional court of Brussels"),
    ("Franstalige correctionele rechtbank Brussel",
     "Tribunal correctionnel francophone de Bruxelles",
     "French-speaking correctional court of Brussels"),
    ("Correctionele rechtbank Brussel", "Tribunal correctionnel de Bruxelles",
     "Correctional court of Brussels"),
    ("Franstalige rechtbank van eerste aanleg Brussel",
     "Tribunal de première instance francophone de Bruxelles",
     "French-speaking court of first instance of Brussels"),
    ("Nederlandstalige rechtbank van eerste aanleg Brussel",
     "Tribunal de première instance néerlandophone de Bruxelles",
     "Dutch-speaking court of first instance of Brussels"),
    ("Rechtbank van eerste aanleg Oost-Vlaanderen, afdeling Gent",
     "Tribunal de première instance de Flandre orientale, division Gand",
     "Court of first instance of East Flanders, Ghent division"),
    ("Rechtbank van eerste aanleg West-Vlaanderen, afdeling Brugge",
     "Tribunal de première instance de Flandre occidentale, division Bruges",
     "Court of first instance of West Flanders, Bruges division"),
    ("Correctionele rechtbank Limburg, afdeling Tongeren",
     "Tribunal correctionnel du Limbourg, division Tongres",
     "Correctional court of Limburg, Tongeren division"),
    ("Correctionele rechtbank Henegouwen, afdeling Bergen",
     "Tribunal correctionnel du Hainaut, division Mons",
     "Correctional court of Hainaut, Mons division"),
    ("Correctionele rechtbank Henegouwen, afdeling Doornik",
     "Tribunal correctionnel du Hainaut, division Tournai",
     "Correctional court of Hainaut, Tournai division"),
    ("Correctionele rechtbank Namen, afdeling Dinant",
     "Tribunal correctionnel de Namur, division Dinant",
     "Correctional court of Namur, Dinant division"),
    ("Correctionele rechtbank Luxemburg, afdeling Aarlen",
     "Tribunal correctionnel du Luxembourg, division Arlon",
     "Correctional court of Luxembourg, Arlon division"),
    ("Correctionele rechtbank Waals-Brabant", "Tribunal correctionnel du Brabant wallon",
     "Correctional court of Walloon Brabant"),
    ("Correctionele rechtbank Leuven", "Tribunal correctionnel de Louvain",
     "Correctional court of Leuven"),
    ("Rechtbank van eerste aanleg Eupen", "Tribunal de première instance d'Eupen",
     "Court of first instance of Eupen"),
    ("Raadkamer Antwerpen, afdeling Turnhout", "Chambre du conseil d'Anvers, division Turnhout",
     "Council chamber of Antwerp, Turnhout division"),
    ("Raadkamer van de Franstalige rechtbank van eerste aanleg Brussel",
     "Chambre du conseil du tribunal de première instance francophone de Bruxelles",
     "Council chamber of the French-speaking court of first instance of Brussels"),
    ("Familierechtbank Antwerpen, afdeling Antwerpen",
     "Tribunal de la famille d'Anvers, division Anvers",
     "Family court of Antwerp, Antwerp division"),
    ("Nederlandstalige jeugdrechtbank Brussel",
     "Tribunal de la jeunesse néerlandophone de Bruxelles",
     "Dutch-speaking youth court of Brussels"),
    ("Hof van beroep Antwerpen", "Cour d'appel d'Anvers", "Court of appeal of Antwerp"),
    ("Hof van beroep Gent", "Cour d'appel de Gand", "Court of appeal of Ghent"),
    ("Hof van beroep Brussel", "Cour d'appel de Bruxelles", "Court of appeal of Brussels"),
    ("Hof van beroep Luik", "Cour d'appel de Liège", "Court of appeal of Liège"),
    ("Hof van beroep Bergen", "Cour d'appel de Mons", "Court of appeal of Mons"),
    ("Kamer van inbeschuldigingstelling Gent", "Chambre des mises en accusation de Gand",
     "Indictment chamber of Ghent"),
    ("Arbeidshof Brussel", "Cour du travail de Bruxelles", "Labour court of appeal of Brussels"),
    ("Arbeidsrechtbank Gent, afdeling Brugge", "Tribunal du travail de Gand, division Bruges",
     "Labour tribunal of Ghent, Bruges division"),
    ("Arbeidsrechtbank Luik, afdeling Namen", "Tribunal du travail de Liège, division Namur",
     "Labour tribunal of Liège, Namur division"),
    ("Franstalige arbeidsrechtbank Brussel", "Tribunal du travail francophone de Bruxelles",
     "French-speaking labour tribunal of Brussels"),
    ("Ondernemingsrechtbank Antwerpen, afdeling Hasselt",
     "Tribunal de l'entreprise d'Anvers, division Hasselt",
     "Enterprise court of Antwerp, Hasselt division"),
    ("Strafuitvoeringsrechtbank Antwerpen", "Tribunal de l'application des peines d'Anvers",
     "Sentence enforcement court of Antwerp"),
    ("Hof van assisen Henegouwen", "Cour d'assises du Hainaut", "Court of assizes of Hainaut"),
    ("Hof van assisen Vlaams-Brabant", "Cour d'assises du Brabant flamand",
     "Court of assizes of Flemish Brabant"),
    ("Hof van Cassatie", "Cour de cassation", "Court of Cassation"),
]


@pytest.mark.parametrize(("nl", "fr", "en"), SAME_COURT)
def test_each_language_names_the_same_court(nl: str, fr: str, en: str) -> None:
    for typed in (nl, fr, en):
        assert court_name(typed, "nl") == nl
        assert court_name(typed, "fr") == fr
        assert court_name(typed, "en") == en


@pytest.mark.parametrize(("typed", "court"), [
    # the reviewer's four: divisions kept, regimes apart, civil not criminal
    ("Correctionele rechtbank Antwerpen, afdeling Mechelen", ("correctional", "mechelen", "")),
    ("Tribunal correctionnel de Liège, division Verviers", ("correctional", "verviers", "")),
    ("Nederlandstalige correctionele rechtbank Brussel", ("correctional", "", "nl")),
    ("Tribunal correctionnel francophone de Bruxelles", ("correctional", "", "fr")),
    ("Tribunal de première instance francophone de Bruxelles", ("first_instance", "", "fr")),
])
def test_division_regime_and_kind_are_kept(typed: str, court: tuple[str, str, str]) -> None:
    found = recognise(typed)
    assert found is not None
    assert (found.kind, found.division, found.regime) == court


@pytest.mark.parametrize(("typed", "nl"), [
    # as people write them: case, accents, apostrophes, commas, "te", "division de"
    ("tribunal correctionnel de liege, division verviers",
     "Correctionele rechtbank Luik, afdeling Verviers"),
    ("Tribunal correctionnel de Liège division de Verviers",
     "Correctionele rechtbank Luik, afdeling Verviers"),
    ("Tribunal correctionnel du Luxembourg, division d’Arlon",
     "Correctionele rechtbank Luxemburg, afdeling Aarlen"),
    ("Cour d’appel d’Anvers", "Hof van beroep Antwerpen"),
    ("  Hof van beroep te Gent ", "Hof van beroep Gent"),
    ("Correctionele rechtbank te Antwerpen, afdeling Mechelen",
     "Correctionele rechtbank Antwerpen, afdeling Mechelen"),
    ("Hof van assisen van de provincie Antwerpen", "Hof van assisen Antwerpen"),
    ("Cour d'assises de la province de Namur", "Hof van assisen Namen"),
    ("CORRECTIONELE RECHTBANK OOST VLAANDEREN AFDELING DENDERMONDE",
     "Correctionele rechtbank Oost-Vlaanderen, afdeling Dendermonde"),
])
def test_what_people_type_is_recognised(typed: str, nl: str) -> None:
    assert court_name(typed, "nl") == nl


@pytest.mark.parametrize("typed", [
    "Tribunal correctionnel de Verviers",  # Verviers is a division of Liège, not a court
    "Correctionele rechtbank Mechelen",
    "Cour d'appel de Namur",  # no court of appeal sits there
    "Hof van beroep Leuven",
    "Tribunal correctionnel de Liège, division Namur",  # a division of another court
    "Correctionele rechtbank Brussel, afdeling Leuven",
    "Raadkamer Antwerpen, afdeling Gent",
    "Tribunal correctionnel francophone de Liège",  # only Brussels has two courts
    "Nederlandstalige rechtbank van eerste aanleg Antwerpen",
    "Politierechtbank Antwerpen, afdeling Antwerpen",  # police courts: as typed
    "Tribunal de police de Liège, division Liège",
    "Vredegerecht van het kanton Mechelen",
    "Justice de paix du canton de Huy",
    "Rechtbank Antwerpen",
    "Correctionele rechtbank",
    "Tribunal correctionnel de Bruxelles (chambre 54)",
    "Correctionele rechtbank Antwerpen, afdeling Mechelen, zaal 3",
    "Tribunal",
    "",
])
def test_anything_not_recognised_is_printed_as_typed(typed: str) -> None:
    assert recognise(typed) is None
    for language in ("nl", "fr", "en"):
        assert court_name(typed, language) == typed


def test_every_court_reads_back_as_itself_in_every_language() -> None:
    """No name the report prints is read as another court (a round trip never drifts), and
    the table holds every seat and division."""
    courts = all_courts()
    assert len(courts) > 250
    for court in courts:
        for language in ("nl", "fr", "en"):
            assert recognise(court.name(language)) == court, (court, language)
    liege = {c.division for c in courts if c.kind == "correctional" and c.seat == "luik"}
    assert liege == {"", "luik", "hoei", "verviers"}
    brussels = {c.regime for c in courts if c.kind == "correctional" and c.seat == "brussel"}
    assert brussels == {"", "nl", "fr"}
