"""The one placeholder style: named `{fields}` filled in one pass by shelter_desk.i18n.fill, a
damaged translation falling back to the English, and "label: value" as each language writes it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from shelter_desk.i18n import (
    Message,
    Translatable,
    Translation,
    error_text,
    fill,
    labelled,
    translation,
)
from shelter_desk.i18n.catalogue import Catalogue
from shelter_desk.services.errors import ConsentMissing, ValidationError

REPO = Path(__file__).resolve().parents[2]


def test_fields_are_filled_by_name_in_any_order() -> None:
    assert fill("{who} on {when}: {why}", why="late", who="Ann", when="3/4") == "Ann on 3/4: late"
    assert fill(Translation("le {when}, par {who}", "{who} on {when}"), who="Ann", when="3/4") \
        == "le 3/4, par Ann"
    assert fill("{count} items", count=3) == "3 items"  # any value, as str() gives it


@pytest.mark.parametrize("typed", ["{name}", "%2", "{case}", "%1 and {1}", "{", "}{"])
def test_values_stay_as_typed(typed: str) -> None:
    """One pass, left to right: a client or action called "{name}" or "%2" is not filled
    again with another field's value."""
    template = Translation("{name} ({case})", "{name} ({case})")
    assert fill(template, name=typed, case="SD-1") == f"{typed} (SD-1)"
    assert fill(template, name="Ann", case=typed) == f"Ann ({typed})"


def test_braces_that_are_no_field_stay() -> None:
    assert fill("a {b c} {} {{x}} d", x="X") == "a {b c} {} {X} d"


@pytest.mark.parametrize("damaged", [
    "le {wehn}, par {who}",  # a misspelt field
    "le {when}",  # a field left out
    "le {when}, par {who} pour {whom}",  # a field the English does not have
])
def test_a_damaged_translation_falls_back_to_the_english(damaged: str) -> None:
    assert fill(Translation(damaged, "{who} on {when}"), who="Ann", when="3/4") == "Ann on 3/4"


def test_a_field_not_given_falls_back_and_never_raises() -> None:
    text = Translation("{who} le {when}", "{who} on {when}")
    assert fill(text, who="Ann") == "Ann on {when}"


def test_a_translation_without_fields_in_both_is_kept() -> None:
    # "1 item, {overdue} overdue": the English leaves the count out, so may the translation.
    text = Translation("1 élément, {overdue} en retard", "1 item, {overdue} overdue")
    assert fill(text, count=1, overdue=0) == "1 élément, 0 en retard"


def test_errors_and_findings_fall_back_too() -> None:
    def damaged(context: str, text: str) -> str:
        return "Le disque est plein ({dossier})."

    exc = Translatable("The disk is full ({folder}).", folder="/data")
    assert exc.translated(damaged) == "The disk is full (/data)."
    finding = Message("verification", "{name}: removed", name="a.ics")
    assert finding.translated(lambda c, t: "{nom} : retiré") == "a.ics: removed"
    assert finding.translated(lambda c, t: "{name} : retiré") == "a.ics : retiré"


def test_translation_wraps_any_translator() -> None:
    text = translation(lambda c, t: t.upper(), "ctx", "{a} b")
    assert (str(text), text.source) == ("{A} B", "{a} b")
    assert fill(text, a="x") == "x b"  # "{A}" is no field of the English: the English


def test_label_and_value_in_french_and_english() -> None:
    french = Catalogue("fr").tr
    assert labelled("Nom", "Dupont", french) == "Nom : Dupont"
    assert labelled("Naam", "Peeters", Catalogue("nl").tr) == "Naam: Peeters"
    assert labelled("Name", "Smith") == "Name: Smith"
    assert labelled("Name", "{value}") == "Name: {value}"


def test_a_field_error_is_joined_as_its_language_writes_it() -> None:
    exc = ValidationError("last_name", "is required")
    assert str(exc) == "Last name: is required"
    said = error_text.describe(exc, Catalogue("fr").tr)
    assert re.fullmatch(r"\S.* : \S.*", said), said


def test_a_refused_consent_in_french() -> None:
    exc = ConsentMissing("SD-0007", "Sharing with the prosecutor", None)
    said = error_text.describe(exc, Catalogue("fr").tr)
    assert "SD-0007" in said and "{" not in said and "%" not in said


def test_the_catalogue_gives_translations_that_know_their_english() -> None:
    text = Catalogue("fr").tr("format", "{label}: {value}")
    assert isinstance(text, Translation)
    assert (str(text), text.source) == ("{label} : {value}", "{label}: {value}")


def test_no_numbered_placeholders_are_filled_by_hand() -> None:
    """`%1`/`%2` with str.replace was the UI's second placeholder style; fill is the one."""
    hand_filled = re.compile(r"""\.replace\(\s*["']%\d""")
    found = [f"{p.relative_to(REPO)}:{n}"
             for p in sorted((REPO / "shelter_desk").rglob("*.py"))
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if hand_filled.search(line)]
    assert found == []


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_no_catalogue_text_has_a_numbered_placeholder(language: str) -> None:
    """Every field is named ({name}); `%n` (Qt's plural count) and argparse's own
    `%(name)s`/`%s` are not ours to rename."""
    path = REPO / "resources" / "translations" / f"shelter_desk_{language}.ts"
    root = ET.parse(path).getroot()  # noqa: S314 (our own file)
    numbered = [m.findtext("source") for m in root.iter("message")
                if re.search(r"%[1-9]", m.findtext("source") or "")
                or re.search(r"%[1-9]", m.findtext("translation") or "")]
    assert numbered == []


_FRENCH_DAMAGED = {
    ("Reports", "Case file of {case} saved to {file}."): "Dossier {cas} enregistré : {file}.",
    ("format", "{label}: {value}"): "{label} : {value}",
}


class _DamagedQt:
    """QCoreApplication as a French catalogue with one damaged entry."""

    @staticmethod
    def translate(context: str, text: str) -> str:
        return _FRENCH_DAMAGED.get((context, text), text)


def test_the_ui_translator_falls_back_and_joins_the_french_way(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from shelter_desk.ui import i18n as ui_i18n

    monkeypatch.setattr(ui_i18n, "QCoreApplication", _DamagedQt)
    said = fill(ui_i18n.tr_("Reports", "Case file of {case} saved to {file}."),
                case="SD-0001", file="/tmp/{case}.zip")
    assert said == "Case file of SD-0001 saved to /tmp/{case}.zip."
    assert ui_i18n.labelled("Nom", "Dupont") == "Nom : Dupont"
