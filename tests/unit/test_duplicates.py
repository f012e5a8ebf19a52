"""Possible duplicates on intake (services/duplicates.py), on SQLCipher and on the server: found
despite accents, case, word order and a missing letter; not found across scripts without an
alias, nor by a common surname alone; never naming a client out of the counsellor's reach."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from shelter_desk.domain.vocabulary import BirthDatePrecision, Phase
from shelter_desk.models.audit import AuditEntry
from shelter_desk.services import access_grants, clients, duplicates
from shelter_desk.services.duplicates import likeness
from shelter_desk.services.workspace import Workspace
from tests.builders import client_input, new_client

SALMA = {"first_names": "Salma", "last_name": "Haddad", "nationality": "MA",
         "languages": ["ar"], "birth_date": date(1999, 3, 1), "aliases": ["سلمى حداد"]}


def _codes(found: list[duplicates.PossibleDuplicate]) -> list[str]:
    return [d.case_code for d in found]


def test_likeness_of_folded_names() -> None:
    assert likeness("salma haddad", "haddad salma") == 1.0
    assert likeness("salma hadad", "salma haddad") >= duplicates.LIKE
    assert likeness("salma amina haddad", "salma haddad") >= duplicates.LIKE
    assert likeness("fatima haddad", "salma haddad") < duplicates.LIKE
    assert likeness("салма хаддад", "salma haddad") < duplicates.LIKE


@pytest.mark.parametrize(("first", "last"), [
    ("Salma", "Haddad"), ("SALMA", "HADDAD"), ("Sálma", "Hâddad"), ("Haddad", "Salma"),
    ("Salma", "Hadad"), ("Salma Amina", "Haddad"),
])
def test_found_whatever_the_spelling(counsellor1: Workspace, first: str, last: str) -> None:
    existing = new_client(counsellor1, **SALMA)
    found = duplicates.possible_duplicates(
        counsellor1, client_input(**{**SALMA, "first_names": first, "last_name": last,
                                     "aliases": []}))
    assert _codes(found) == [existing.case_code]
    match = found[0]
    assert match.in_reach and match.client_id == existing.id
    assert match.name == "Salma Haddad" and match.counsellor == "Counsellor One"
    assert match.phase == Phase(existing.phase) and match.birth_year == 1999


def test_nationality_and_birth_year_must_agree(counsellor1: Workspace) -> None:
    new_client(counsellor1, **SALMA)
    other = {**SALMA, "aliases": []}
    assert duplicates.possible_duplicates(
        counsellor1, client_input(**{**other, "nationality": "DZ"})) == []
    assert duplicates.possible_duplicates(
        counsellor1, client_input(**{**other, "birth_date": date(1985, 3, 1)})) == []
    # An estimated birth date is a guess: two years either way still agree.
    assert len(duplicates.possible_duplicates(counsellor1, client_input(
        **{**other, "birth_date": date(2001, 1, 1),
           "birth_date_precision": BirthDatePrecision.ESTIMATED}))) == 1
    # An unknown birth date neither confirms nor rules out.
    assert len(duplicates.possible_duplicates(
        counsellor1, client_input(**{**other, "birth_date": None}))) == 1


def test_other_scripts_meet_through_aliases_only(counsellor1: Workspace) -> None:
    existing = new_client(counsellor1, **SALMA)
    cyrillic = {**SALMA, "first_names": "Салма", "last_name": "Хаддад", "aliases": []}
    # No transliteration is assumed: the Cyrillic spelling is someone else until an alias says.
    assert duplicates.possible_duplicates(counsellor1, client_input(**cyrillic)) == []
    arabic = {**SALMA, "first_names": "سَلمى", "last_name": "حداد", "aliases": []}
    assert _codes(duplicates.possible_duplicates(counsellor1, client_input(**arabic))) \
        == [existing.case_code]
    # An alias of the new client in the script the existing file holds as a name.
    via_alias = {**cyrillic, "aliases": ["Salma Haddad"]}
    assert _codes(duplicates.possible_duplicates(counsellor1, client_input(**via_alias))) \
        == [existing.case_code]


def test_a_common_surname_alone_does_not_flood(counsellor1: Workspace) -> None:
    for first in ("Fatima", "Khadija", "Imane", "Nadia", "Amina", "Yasmina", "Houda", "Sara",
                  "Leila", "Meryem"):
        new_client(counsellor1, **{**SALMA, "first_names": first, "aliases": []})
    assert duplicates.possible_duplicates(
        counsellor1, client_input(**{**SALMA, "first_names": "Zineb", "aliases": []})) == []
    # A one-word alias (a nickname) finds nobody by itself.
    assert duplicates.possible_duplicates(counsellor1, client_input(
        **{**SALMA, "first_names": "Zineb", "aliases": ["Haddad"]})) == []


def test_matches_are_limited_and_ranked(counsellor1: Workspace) -> None:
    exact = new_client(counsellor1, **SALMA)
    seconds = ["Amina", "Nour", "Lina"]
    for i in range(duplicates.MOST + 2):
        new_client(counsellor1, **{**SALMA, "first_names": f"Salma {seconds[i % 3]}",
                                   "aliases": [], "birth_date": None})
    found = duplicates.possible_duplicates(counsellor1, client_input(**SALMA))
    assert len(found) == duplicates.MOST
    assert found[0].case_code == exact.case_code
    assert [d.likeness for d in found] == sorted((d.likeness for d in found), reverse=True)


def test_another_counsellors_client_shows_without_a_name(
        counsellor1: Workspace, counsellor2: Workspace, director: Workspace) -> None:
    theirs = new_client(counsellor2, **SALMA)
    found = duplicates.possible_duplicates(counsellor1, client_input(**SALMA))
    assert _codes(found) == [theirs.case_code]
    hidden = found[0]
    assert not hidden.in_reach and hidden.phase == Phase(theirs.phase)
    assert (hidden.client_id, hidden.name, hidden.counsellor, hidden.birth_year) \
        == (None, None, None, None)
    assert "Salma" not in repr(found) and "Haddad" not in repr(found)
    # A director sees it whole; a grant brings it into the counsellor's reach.
    assert duplicates.possible_duplicates(director, client_input(**SALMA))[0].name \
        == "Salma Haddad"
    access_grants.grant(director, theirs.id, "counsellor1", None)
    assert duplicates.possible_duplicates(counsellor1, client_input(**SALMA))[0].in_reach


def _index_collides(ws: Workspace, stored: str, names: list[str]) -> bool:
    """Whether this data key's name index makes a client of `stored` names look like one of
    `names` to the server (policies.py sd_lookalikes: 85 % of a name's buckets, 6 at least)."""
    from shelter_desk.store.server import blind_index

    cipher = ws.store.cipher  # type: ignore[attr-defined]
    have = blind_index.index_of(cipher, stored)
    return any(len(want) >= 6 and len(want & have) >= math.ceil(0.85 * len(want))
               for want in (blind_index.index_of(cipher, n) for n in names))


def test_another_counsellors_unlike_client_is_not_shown(
        counsellor1: Workspace, counsellor2: Workspace, backend: str) -> None:
    fatima = new_client(counsellor2, **{**SALMA, "first_names": "Fatima", "aliases": []})
    new_client(counsellor2, **{**SALMA, "nationality": "DZ"})
    found = duplicates.possible_duplicates(counsellor1, client_input(**SALMA))
    # On the server a client out of reach is compared by the name index alone, whose 8-bit
    # buckets collide: about one data key in two hundred makes "Fatima Haddad" look like
    # "Salma Haddad" (measured below). With this key, exactly what the index says is shown.
    collides = backend == "postgresql" and _index_collides(
        counsellor1, f"{fatima.case_code}\nfatima\nhaddad\nfatima haddad",
        duplicates.name_variants("Salma", "Haddad", SALMA["aliases"]))
    assert _codes(found) == ([fatima.case_code] if collides else [])
    assert all(not d.in_reach and d.name is None for d in found)


def test_the_name_index_seldom_makes_a_shared_surname_look_alike() -> None:
    """How often the server's index alone would offer "Fatima Haddad" for "Salma Haddad": few
    enough that a counsellor is not sent after strangers (measured 0.45 % over 4,000 keys)."""
    import os

    from shelter_desk.models.sealed import FieldCipher
    from shelter_desk.store.server import blind_index

    wanted = duplicates.name_variants("Salma", "Haddad", SALMA["aliases"])
    stored = "PAY-2026-001\nfatima\nhaddad\nfatima haddad"
    hits = 0
    for _ in range(1000):
        cipher = FieldCipher(os.urandom(32))
        have = blind_index.index_of(cipher, stored)
        hits += any(len(w) >= 6 and len(w & have) >= math.ceil(0.85 * len(w))
                    for w in (blind_index.index_of(cipher, n) for n in wanted))
    assert hits <= 20  # 2 %; at the measured rate, failing is a one-in-a-hundred-million event


def test_the_check_and_going_on_are_audited_without_names(counsellor1: Workspace) -> None:
    existing = new_client(counsellor1, **SALMA)
    found = duplicates.possible_duplicates(counsellor1, client_input(**SALMA))
    created = clients.intake(
        counsellor1, client_input(**SALMA), *_rest(), not_duplicates=_codes(found))
    with counsellor1.session() as s:
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
    check = [e for e in entries if e.action == duplicates.CHECK]
    assert [(e.target, e.reason) for e in check] == [("1", existing.case_code)]
    went_on = [e for e in entries if e.action == clients.NOT_A_DUPLICATE]
    assert [(e.client_code, e.reason) for e in went_on] \
        == [(created.case_code, existing.case_code)]
    text = " ".join(str(vars(e)) for e in entries)
    assert "Salma" not in text and "Haddad" not in text and "حداد" not in text


def test_nothing_is_merged(counsellor1: Workspace) -> None:
    existing = new_client(counsellor1, **SALMA)
    created = clients.intake(counsellor1, client_input(**SALMA), *_rest(),
                             not_duplicates=[existing.case_code])
    assert created.id != existing.id
    assert {c.id for c in clients.list_clients(counsellor1)} == {existing.id, created.id}


def test_the_input_is_checked_first(counsellor1: Workspace) -> None:
    from shelter_desk.services.errors import ValidationError

    with pytest.raises(ValidationError):
        duplicates.possible_duplicates(counsellor1, client_input(nationality="XX"))
    with pytest.raises(ValidationError):
        clients.intake(counsellor1, client_input(), *_rest(), not_duplicates=["x" * 40])


def test_an_administrator_may_not_look(admin_only: Workspace) -> None:
    from shelter_desk.services.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        duplicates.possible_duplicates(admin_only, client_input(**SALMA))


def _rest() -> tuple[clients.ReferralInput]:
    from tests.builders import referral_input

    return (referral_input(),)


@pytest.mark.server_only  # an embedded file is read whole by its holder: nothing to probe
def test_the_servers_lookalikes_give_little_to_a_prober(
        backend: str, counsellor1: Workspace, counsellor2: Workspace) -> None:
    """A counsellor calling the server's function by hand, with a handful of buckets, learns
    nothing; with a whole name's, case codes and phases only."""
    from sqlalchemy import text

    from shelter_desk.store.server import blind_index

    theirs = new_client(counsellor2, **SALMA)
    call = text("SELECT * FROM sd_lookalikes(CAST(:w AS integer[]), 'MA')")
    buckets = sorted(blind_index.index_of(counsellor1.store.cipher, "salma haddad"))  # type: ignore[union-attr]
    with counsellor1.session() as s:
        assert s.execute(call, {"w": buckets[:5]}).all() == []
        rows = s.execute(call, {"w": buckets}).mappings().all()
    assert [dict(r) for r in rows] == [{"code": theirs.case_code, "phase": theirs.phase.value,
                                       "share": 1.0}]


@pytest.mark.slow
def test_the_demos_salma_haddad_are_found(tmp_path: Path) -> None:
    """The demo of the screenshots (seed 7) holds three Moroccan Salma Haddad, of both
    counsellors: entering her again, a letter short, finds every one."""
    from shelter_desk import demo
    from shelter_desk.services import setup
    from tests.conftest import CHEAP_KDF

    password = "demo pass 2026 harbour"
    demo.create_demo(tmp_path / "demo", clients=300, password=password, kdf=CHEAP_KDF, seed=7)
    ws = setup.login(tmp_path / "demo", "director", password, kdf=CHEAP_KDF)
    with ws:
        salmas = [c for c in clients.list_clients(ws, search="salma haddad")
                  if c.nationality == "MA"]
        assert len(salmas) >= 2 and len({c.counsellor for c in salmas}) == 2
        found = duplicates.possible_duplicates(ws, client_input(
            first_names="Salma", last_name="Hadad", nationality="MA", aliases=[],
            birth_date=None))
    assert sorted(_codes(found)) == sorted(c.case_code for c in salmas)
    assert all(d.name == "Salma Haddad" for d in found)
