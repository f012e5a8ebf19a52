"""Search is accent- and case-insensitive over names, aliases and case codes, in any script."""

from __future__ import annotations

import pytest

from shelter_desk.services import clients
from shelter_desk.services.folding import fold
from shelter_desk.services.workspace import Workspace
from tests.builders import new_client


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Stănescu", "stanescu"),
        ("ŽOFIA", "zofia"),
        ("Çela", "cela"),
        ("Мария", "мария"),
        ("فَاطِمَة", "فاطمة"),
        ("Straße", "strasse"),
        ("  A  b ", "a b"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    "query",
    ["stanescu", "STĂNESCU", "Elena", "lena", "еЛЕНА", "PAY-", "elena stan"],
)
def test_search_finds_by_any_name_form(counsellor1: Workspace, query: str) -> None:
    c = new_client(counsellor1)
    new_client(
        counsellor1,
        first_names="Blessing",
        last_name="Okafor",
        nationality="NG",
        languages=["en"],
        aliases=["سلمى"],
    )
    found = clients.list_clients(counsellor1, search=query)
    assert c.id in [f.id for f in found]
    if query != "PAY-":
        assert len(found) == 1


def test_search_in_arabic_script_ignores_vowel_marks(counsellor1: Workspace) -> None:
    c = new_client(
        counsellor1,
        first_names="Salma",
        last_name="Haddad",
        nationality="MA",
        languages=["ar"],
        aliases=["سَلْمى حداد"],
    )
    assert [f.id for f in clients.list_clients(counsellor1, search="سلمى")] == [c.id]


def test_wildcards_are_literal(counsellor1: Workspace) -> None:
    new_client(counsellor1)
    assert clients.list_clients(counsellor1, search="%") == []
    assert clients.list_clients(counsellor1, search="_") == []
