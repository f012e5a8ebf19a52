"""Form fields shared by the client-file dialogs, labelled from the services' field names."""

from __future__ import annotations

from functools import cache

from shelter_desk.domain.places_and_languages import (
    LEAFLET_LANGUAGES,
    country_codes,
    country_name,
    language_codes,
    language_name,
    sorted_by_name,
)
from shelter_desk.i18n.field_labels import label_for
from shelter_desk.ui import i18n
from shelter_desk.ui.forms.form import PICK, PICK_MANY, Field


def F(name: str, kind: str, **kw: object) -> Field:
    return Field(name, i18n.field_label(label_for(name)), kind, **kw)  # type: ignore[arg-type]


def relabel(fields: list[Field], **labels: str) -> None:
    """Another label for a field in this dialog, by the field's name (a name not among the
    fields is an error, not a label silently lost)."""
    by_name = {f.name: f for f in fields}
    for name, label in labels.items():
        by_name[name].label = label


@cache
def _languages(lang: str) -> list[tuple[str, str]]:
    return sorted_by_name(language_codes(), language_name, lang)


@cache
def _countries(lang: str) -> list[tuple[str, str]]:
    return sorted_by_name(country_codes(), country_name, lang)


def language_field(name: str, *, optional: bool = True, leaflet: bool = False) -> Field:
    options = _languages(i18n.ui_language())
    if leaflet:
        options = [o for o in options if o[0] in LEAFLET_LANGUAGES]
    return F(name, PICK, options=options, optional_pick=optional)


def languages_field(name: str = "languages") -> Field:
    return F(name, PICK_MANY, options=_languages(i18n.ui_language()))


def country_field(name: str = "nationality") -> Field:
    return F(name, PICK, options=_countries(i18n.ui_language()))


def countries_field(name: str = "countries") -> Field:
    return F(name, PICK_MANY, options=_countries(i18n.ui_language()))
