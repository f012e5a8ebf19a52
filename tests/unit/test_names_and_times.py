"""Names in every script (search folding, joiners where a script needs them, nothing invisible
elsewhere) and court dates on the two nights a year the clocks change."""

from __future__ import annotations

import importlib
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import text

from shelter_desk.domain.vocabulary import HearingType, JudicialOffice, JudicialStage
from shelter_desk.domain.wall_clock import ClockChange
from shelter_desk.services import clients, judicial, validation
from shelter_desk.services.errors import ValidationError
from shelter_desk.services.folding import fold
from shelter_desk.services.workspace import Workspace
from shelter_desk.store.database import Store
from tests.builders import AGO, new_client
from tests.conftest import DIRECTOR, DIRECTOR_PASSWORD

# -- search ---------------------------------------------------------------------------------
PLAIN_LETTERS = [
    ("Đặng", "dang"), ("ĐẶNG", "dang"), ("đặng", "dang"),
    ("Łukasiewicz", "lukasiewicz"), ("ŁUKASIEWICZ", "lukasiewicz"),
    ("Østergaard", "ostergaard"), ("søren", "soren"),
    ("Straße", "strasse"), ("STRASSE", "strasse"), ("ẞ", "ss"),
    ("Ærø", "aero"), ("Œdipe", "oedipe"), ("cœur", "coeur"),
    ("Yılmaz", "yilmaz"), ("YILMAZ", "yilmaz"), ("İstanbul", "istanbul"),
    ("Þórr", "thorr"), ("Ðorđe", "dorde"),
    ("نیک\u200cنام", "نیکنام"),  # ZWNJ dropped: typed without it, still found
]


@pytest.mark.parametrize(("name", "folded"), PLAIN_LETTERS)
def test_folding_writes_letters_with_their_mark_inside_plainly(name: str, folded: str) -> None:
    assert fold(name) == folded


@pytest.mark.parametrize(("last_name", "query"), [
    ("Đặng", "dang"), ("Łukasiewicz", "lukasiewicz"), ("Østergaard", "ostergaard"),
    ("Großmann", "grossmann"), ("Læstadius", "laestadius"), ("Cœurdacier", "coeurdacier"),
    ("Yılmaz", "yilmaz"), ("Łukasiewicz", "ŁUKASIEWICZ"), ("Đặng", "ĐẶNG"),
])
def test_search_finds_names_by_their_plain_spelling(
    counsellor1: Workspace, last_name: str, query: str,
) -> None:
    c = new_client(counsellor1, last_name=last_name)
    new_client(counsellor1, first_names="Blessing", last_name="Okafor", nationality="NG",
               languages=["en"])
    assert [f.id for f in clients.list_clients(counsellor1, search=query)] == [c.id]


@pytest.mark.sqlcipher_only  # an old embedded file upgraded
def test_search_keys_written_before_this_release_are_folded_anew(
    director: Workspace, team_dir: object,
) -> None:
    c = new_client(director, last_name="Łukasiewicz", aliases=["Đặng Thị Lan"])
    # As the previous release stored it: Ł and Đ kept as they are.
    with director.store.connection() as conn:
        conn.exec_driver_sql("UPDATE clients SET search_key = 'łukasiewicz\nđang thi lan'")
        conn.exec_driver_sql(
            f"UPDATE alembic_version SET version_num = '{_previous()}'")
        _undo_later_revisions(conn)
        conn.exec_driver_sql("DROP TABLE audit_seals")
        conn.exec_driver_sql("ALTER TABLE court_dates DROP COLUMN at_utc")
    director.close()
    Store.open(director.data_dir, DIRECTOR, DIRECTOR_PASSWORD).close()  # migrates
    from shelter_desk.services import setup
    from tests.conftest import CHEAP_KDF

    again = setup.login(director.data_dir, DIRECTOR, DIRECTOR_PASSWORD, kdf=CHEAP_KDF)
    with again:
        for query in ("lukasiewicz", "dang thi"):
            assert [f.id for f in clients.list_clients(again, search=query)] == [c.id]


def _previous() -> str:
    """The release before seals, instants and the new folding (revision 0004)."""
    return "0003"


def _undo_later_revisions(conn: object) -> None:
    """What revisions after 0004 added, so that stamping 0003 makes an honest old file."""
    for table, column in (("installation", "city"), ("installation", "tsa_url"),
                          ("installation", "tsa_root_pem"),
                          ("condition_checks", "not_notified_reason"),
                          ("access_grants", "until")):  # 0014
        conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN {column}")  # type: ignore[attr-defined]
    conn.exec_driver_sql("DROP TABLE appointments")  # type: ignore[attr-defined]  # 0012
    conn.exec_driver_sql("DROP TABLE reminder_actions")  # type: ignore[attr-defined]  # 0011
    conn.exec_driver_sql("DROP TABLE saved_views")  # type: ignore[attr-defined]  # 0010
    for table in ("client_deadlines", "client_states"):  # revision 0009
        conn.exec_driver_sql(f"DROP TABLE {table}")  # type: ignore[attr-defined]
    revision_7 = importlib.import_module(
        "shelter_desk.store.migrations.versions.0007_server_backend")
    for table in revision_7.VERSIONED:
        for column in ("version", "changed_by", "changed_at"):
            conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN {column}")  # type: ignore[attr-defined]
    for table in ("record_revisions", "record_voids", "case_notes", "plan_actions"):  # 0008
        conn.exec_driver_sql(f"DROP TABLE {table}")  # type: ignore[attr-defined]


# -- joiners and invisible characters -------------------------------------------------------
@pytest.mark.parametrize("name", [
    "نیک\u200cنام",  # Persian: Niknam, ZWNJ between the two parts (as Persian spelling needs)
    "مهر\u200cانگیز",  # Mehrangiz
    "क्\u200dष",  # Devanagari: ZWJ after a virama (half form)
    "श्री\u200cमती",  # Devanagari with ZWNJ
])
def test_joiners_are_allowed_where_the_script_needs_them(name: str) -> None:
    assert validation.required_text("last_name", name, max_len=100) == name


@pytest.mark.parametrize("name", [
    "Anna\u202eanO",  # right-to-left override: reads differently than it is stored
    "Anna\u2066x\u2069",  # isolates
    "Ann\u200ca",  # ZWNJ between Latin letters
    "\u200cنام",  # at the start
    "نام\u200c",  # at the end
    "نیک\u200c\u200cنام",  # doubled
    "Ann\u200ba",  # zero-width space
    "Ann\u200ea",  # left-to-right mark
    "Anna\u0007",  # bell
])
def test_controls_and_misplaced_joiners_are_refused(name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validation.required_text("last_name", name, max_len=100)
    assert caught.value.template == validation.INVISIBLE


def test_a_persian_name_with_its_zwnj_is_kept_and_found(counsellor1: Workspace) -> None:
    c = new_client(counsellor1, first_names="مهر\u200cانگیز", last_name="Rahimi",
                   nationality="IR", languages=["fa"])
    assert clients.open_client_file(counsellor1, c.id).summary.first_names == "مهر\u200cانگیز"
    assert [f.id for f in clients.list_clients(counsellor1, search="مهرانگیز")] == [c.id]


# -- court dates on the nights the clocks change -------------------------------------------
SPRING_2027 = date(2027, 3, 28)  # 02:00 -> 03:00
AUTUMN_2027 = date(2027, 10, 31)  # 03:00 -> 02:00


@pytest.fixture
def case_id(counsellor1: Workspace) -> int:
    c = new_client(counsellor1)
    return judicial.open_case(counsellor1, c.id, judicial.CaseInput(
        office=JudicialOffice.PROSECUTOR, district="Antwerpen",
        stage=JudicialStage.FIRST_INSTANCE, opened_on=AGO)).id


def _hearing(on: date, at: time | None, change: ClockChange | None = None
             ) -> judicial.CourtDateInput:
    return judicial.CourtDateInput(court="Rechtbank Antwerpen", on_date=on, at_time=at,
                                   hearing_type=HearingType.PLEADINGS, clock_change=change)


def test_a_time_that_does_not_exist_is_refused_with_the_reason(
    counsellor1: Workspace, case_id: int,
) -> None:
    with pytest.raises(ValidationError) as caught:
        judicial.add_court_date(counsellor1, case_id, _hearing(SPRING_2027, time(2, 30)))
    assert caught.value.field == "at_time"
    assert "clocks go forward" in caught.value.message


def test_a_time_that_happens_twice_needs_to_be_told_which(
    counsellor1: Workspace, case_id: int,
) -> None:
    with pytest.raises(ValidationError) as caught:
        judicial.add_court_date(counsellor1, case_id, _hearing(AUTUMN_2027, time(2, 30)))
    assert caught.value.field == "clock_change"
    assert "happens twice" in caught.value.message
    first = judicial.add_court_date(
        counsellor1, case_id, _hearing(AUTUMN_2027, time(2, 30), ClockChange.BEFORE))
    second = judicial.add_court_date(
        counsellor1, case_id, _hearing(AUTUMN_2027, time(2, 30), ClockChange.AFTER))
    assert first.at_utc == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)
    assert second.at_utc == datetime(2027, 10, 31, 1, 30, tzinfo=UTC)
    assert (first.clock_change, second.clock_change) == (ClockChange.BEFORE, ClockChange.AFTER)


def test_ordinary_times_are_stored_as_their_instant(counsellor1: Workspace, case_id: int) -> None:
    summer = judicial.add_court_date(counsellor1, case_id, _hearing(date(2027, 6, 1), time(9)))
    winter = judicial.add_court_date(counsellor1, case_id,
                                     _hearing(date(2027, 12, 1), time(9), ClockChange.AFTER))
    assert summer.at_utc == datetime(2027, 6, 1, 7, 0, tzinfo=UTC)
    assert winter.at_utc == datetime(2027, 12, 1, 8, 0, tzinfo=UTC)
    assert summer.clock_change is None and winter.clock_change is None
    no_time = judicial.add_court_date(counsellor1, case_id, _hearing(date(2027, 6, 2), None))
    assert no_time.at_utc is None
    moved = judicial.update_court_date(counsellor1, summer.id, _hearing(SPRING_2027, time(3, 0)))
    assert moved.at_utc == datetime(2027, 3, 28, 1, 0, tzinfo=UTC)


@pytest.mark.sqlcipher_only  # an old embedded file upgraded
def test_existing_court_dates_get_their_instant_when_upgraded(
    counsellor1: Workspace, case_id: int, director: Workspace,
) -> None:
    judicial.add_court_date(counsellor1, case_id, _hearing(date(2027, 6, 1), time(9)))
    with director.store.connection() as conn:
        conn.exec_driver_sql(f"UPDATE alembic_version SET version_num = '{_previous()}'")
        _undo_later_revisions(conn)
        conn.exec_driver_sql("DROP TABLE audit_seals")
        conn.exec_driver_sql("ALTER TABLE court_dates DROP COLUMN at_utc")
    counsellor1.close()
    director.close()
    store = Store.open(director.data_dir, DIRECTOR, DIRECTOR_PASSWORD)
    with store.session() as session:
        assert session.execute(text("SELECT at_utc FROM court_dates")).scalar() \
            == "2027-06-01 07:00:00.000000"
    store.close()
