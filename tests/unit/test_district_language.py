"""The report language offered first follows the district (domain/district_language.py)."""

from __future__ import annotations

import pytest

from shelter_desk.domain.district_language import district_language


@pytest.mark.parametrize(("typed", "language"), [
    ("Antwerpen", "nl"), ("Anvers", "nl"), ("Gent", "nl"), ("Halle-Vilvoorde", "nl"),
    ("Liège", "fr"), ("Luik", "fr"), ("Brabant wallon", "fr"), ("Charleroi", "fr"),
    ("Eupen", "fr"), ("Brussel", None), ("Bruxelles", None), ("Atlantis", None), ("", None),
])
def test_district_language(typed: str, language: str | None) -> None:
    assert district_language(typed) == language
