"""Findings (Message) read as English strings and translate, nested parts included."""

from __future__ import annotations

from shelter_desk.i18n import Message
from shelter_desk.reports.casefile import IN_FILE
from shelter_desk.reports.verification import UNCHECKABLE, finding

FRENCH = {
    ("verification", "{name}: {problem}"): "{name} : {problem}",
    ("verification", "the signature could not be checked ({reason})"):
        "la signature n'a pas pu être vérifiée ({reason})",
}


def french(context: str, text: str) -> str:
    return FRENCH.get((context, text), text)


def test_a_finding_is_its_english_text() -> None:
    problem = finding(UNCHECKABLE, reason="ValueError")
    assert problem == "the signature could not be checked (ValueError)"
    assert "could not be checked" in problem
    assert f"{problem}" == str(problem)


def test_a_finding_translates_with_its_nested_parts() -> None:
    inner = finding(UNCHECKABLE, reason="ValueError")
    outer = finding(IN_FILE, name="report.pdf", problem=inner)
    assert outer == "report.pdf: the signature could not be checked (ValueError)"
    assert outer.translated(french) == (
        "report.pdf : la signature n'a pas pu être vérifiée (ValueError)")


def test_a_damaged_translation_falls_back_to_english() -> None:
    problem = Message("verification", "{name}: removed", name="a.ics")
    assert problem.translated(lambda c, t: "{nom} : retiré") == "a.ics: removed"
