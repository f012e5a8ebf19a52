"""What the shelter's server promises beyond what both backends share: the server holds no
name or note (pg_dump of a full demo), each person connects as themselves over verified TLS,
row-level security holds even against hand-written SQL, the audit trail is insert-only for
staff, a sealed value changed on the server is found, and other workstations hear of changes."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import text

from shelter_desk import demo
from shelter_desk.models.clients import Client
from shelter_desk.services import clients, counselling, maintenance, setup
from shelter_desk.services.workspace import Workspace
from shelter_desk.store.errors import WrongCredentials
from shelter_desk.store.server import config
from shelter_desk.store.server.faults import ServerNotTrusted, ServerRefused
from tests.builders import new_client, session_input
from tests.conftest import CHEAP_KDF, COUNSELLOR1, DIRECTOR, DIRECTOR_PASSWORD
from tests.helpers import pg_cluster
from tests.helpers.pg_cluster import make_tls
from tests.server_backend import ServerTemplate


@pytest.fixture
def backend() -> str:
    return "postgresql"


def _database(ws: Workspace) -> str:
    return config.load(ws.data_dir).database


def test_pg_dump_of_a_full_demo_holds_no_name_and_no_note(
    director: Workspace, pg: pg_cluster.Cluster,
) -> None:
    demo.populate(director, 40, seed=7)
    counselling.add_session(director, clients.list_clients(director)[0].id,
                            session_input(confidential_notes="SENTINEL-NOTE-ON-THE-SERVER"))
    files = [clients.open_client_file(director, c.id) for c in clients.list_clients(director)]
    names = {n for f in files for n in (f.summary.first_names, f.summary.last_name, *f.aliases)}
    notes = {s.confidential_notes for f in files
             for s in counselling.list_sessions(director, f.summary.id) if s.confidential_notes}
    assert len(names) > 40 and "SENTINEL-NOTE-ON-THE-SERVER" in notes

    dump = pg.dump(_database(director))
    assert "COPY public.clients" in dump  # the data is in the dump, sealed
    # As text, and as the hex that pg_dump writes a bytea column in.
    leaked = sorted(n for n in names | notes if len(n) >= 4
                    and (n in dump or n.encode().hex() in dump))
    assert leaked == []
    births = {f.birth_date.isoformat() for f in files if f.birth_date}
    assert not any(b in dump or b.encode().hex() in dump for b in births)
    # What statistics need stays readable: case codes (pseudonyms), dates, enums.
    assert files[0].summary.case_code in dump
    # The name index holds buckets that each stand for several letter groups: no bucket can
    # be read back as one group (and frequency analysis has several to tell apart).
    from shelter_desk.services.folding import fold
    from shelter_desk.store.server import blind_index

    cipher = director.store.cipher  # type: ignore[union-attr]
    indexed = names | {f.summary.case_code for f in files}  # the search key holds the code
    pieces = {p for n in indexed for w in fold(n).split() for p in blind_index._pieces(w)}
    stood_for: dict[int, set[str]] = {}
    for piece in pieces:
        stood_for.setdefault(blind_index.buckets(cipher, [piece]).pop(), set()).add(piece)
    with director.store.connection() as conn:
        stored = set(conn.execute(text("SELECT DISTINCT bucket FROM name_tokens")).scalars())
    assert stored <= set(stood_for)
    # 40 clients: about 2.7 groups a bucket (5,000: about ten); 16-bit buckets gave 1.0.
    assert len(pieces) / len(stored) >= 2, (len(pieces), len(stored))


def test_search_runs_on_the_server_through_the_blind_index(
    counsellor1: Workspace, counsellor2: Workspace,
) -> None:
    mine = new_client(counsellor1, last_name="Łukasiewicz", aliases=["Đặng Thị Lan"])
    new_client(counsellor1, last_name="Nowak", first_names="Anna", aliases=[])
    for query in ("lukasiewicz", "ŁUKASIEWICZ", "dang thi", "Lan", "lu"):
        assert [c.id for c in clients.list_clients(counsellor1, search=query)] == [mine.id], query
    assert clients.list_clients(counsellor1, search="zzz") == []
    assert clients.list_clients(counsellor2, search="lukasiewicz") == []  # not theirs
    with counsellor1.store.connection() as conn:
        buckets = conn.execute(text("SELECT count(*) FROM name_tokens")).scalar()
    assert buckets and buckets > 10


def test_row_level_security_holds_against_hand_written_sql(
    counsellor1: Workspace, counsellor2: Workspace, director: Workspace,
) -> None:
    theirs = new_client(counsellor1)
    with counsellor2.store.connection() as conn:
        assert conn.execute(text("SELECT count(*) FROM clients")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM consent_events")).scalar() == 0
        changed = conn.execute(text("UPDATE clients SET status = 'ended' WHERE id = :i"),
                               {"i": theirs.id}).rowcount
    assert changed == 0
    with director.store.connection() as conn:
        assert conn.execute(text("SELECT count(*) FROM clients")).scalar() == 1
    # The application's own refusal stays, and is recorded.
    from shelter_desk.services.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        clients.open_client_file(counsellor2, theirs.id)


def test_saved_views_are_their_owners_alone_even_in_hand_written_sql(
    counsellor1: Workspace, counsellor2: Workspace, director: Workspace,
) -> None:
    from shelter_desk.services import saved_views

    kept = saved_views.save_view(counsellor1, "Maria's clients", saved_views.ViewSettings())
    with counsellor1.store.connection() as conn:
        assert conn.execute(text("SELECT count(*) FROM saved_views")).scalar() == 1
        name = conn.execute(text("SELECT name FROM saved_views")).scalar()
    assert b"Maria" not in bytes(name)  # sealed: the server never sees what was typed
    # The director here is also the administrator, who reads every row for the backups.
    with director.store.connection() as conn:
        assert conn.execute(text("SELECT count(*) FROM saved_views")).scalar() == 1
    for other in (counsellor2, director):
        with other.store.connection() as conn:
            if other is counsellor2:
                assert conn.execute(text("SELECT count(*) FROM saved_views")).scalar() == 0
            assert conn.execute(text("DELETE FROM saved_views WHERE id = :i"),
                                {"i": kept.id}).rowcount == 0
        with pytest.raises(ServerRefused), other.store.connection() as conn:
            conn.execute(text("INSERT INTO saved_views (user_id, name, filters) "
                              "VALUES ((SELECT id FROM users WHERE username = 'counsellor1'), "
                              "'\\x00', '\\x00')"))
    assert [v.id for v in saved_views.list_views(counsellor1)] == [kept.id]


def test_the_audit_trail_is_insert_only_for_staff(director: Workspace) -> None:
    for statement in ("UPDATE audit_log SET actor = 'someone' WHERE seq = 1",
                      "DELETE FROM audit_log WHERE seq = 1",
                      "TRUNCATE audit_log"):
        with pytest.raises(ServerRefused), director.store.connection() as conn:
            conn.execute(text(statement))
    with pytest.raises(ServerRefused), director.store.connection() as conn:
        conn.execute(text("CREATE ROLE intruder LOGIN"))


def test_nobody_connects_as_the_owner_and_staff_cannot_become_it(director: Workspace) -> None:
    with director.store.connection() as conn:
        who = conn.execute(text("SELECT current_user, session_user")).one()
        owner = conn.execute(text(
            "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"
        )).scalar()
        ssl = conn.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
        assert ssl.scalar() is True
    assert who[0] == who[1] == "sdteam:director" and owner == pg_cluster.OWNER
    with pytest.raises(ServerRefused), director.store.connection() as conn:
        conn.execute(text(f"SET ROLE {pg_cluster.OWNER}"))


def test_an_owner_rewrite_of_a_sealed_value_or_of_the_chain_is_found(
    director: Workspace, pg: pg_cluster.Cluster,
) -> None:
    c = new_client(director)
    assert maintenance.check(director).ok
    with pg.superuser(_database(director)) as conn:
        conn.execute("UPDATE clients SET last_name = set_byte(last_name, 20, "
                     "get_byte(last_name, 20) # 1) WHERE id = %s", (c.id,))
    result = maintenance.check(director)
    assert not result.ok
    assert any("clients" in p for p in result.database_problems)


def test_a_wrong_password_and_a_foreign_server_are_told_apart(
    team_dir: Path, tmp_path: Path,
) -> None:
    with pytest.raises(WrongCredentials):
        setup.login(team_dir, DIRECTOR, "not the password at all 1", kdf=CHEAP_KDF)
    with pytest.raises(WrongCredentials):
        setup.login(team_dir, "nobody-here", DIRECTOR_PASSWORD, kdf=CHEAP_KDF)
    # Another CA: the workstation refuses the server before sending anything.
    other, _, _ = make_tls(tmp_path)
    (team_dir / config.CA_NAME).write_bytes(other.read_bytes())
    with pytest.raises(ServerNotTrusted):
        setup.login(team_dir, DIRECTOR, DIRECTOR_PASSWORD, kdf=CHEAP_KDF)


def test_without_tls_the_server_refuses(pg: pg_cluster.Cluster, director: Workspace) -> None:
    with pytest.raises(psycopg.OperationalError, match=r"pg_hba\.conf|no encryption"):
        psycopg.connect(host="127.0.0.1", port=pg.port, dbname=_database(director),
                        user="sdteam:director", password="x", sslmode="disable")


def test_other_workstations_hear_of_a_change(
    counsellor1: Workspace, director: Workspace,
) -> None:
    heard: list[dict[str, Any]] = []
    got = threading.Event()

    def on_change(payload: dict[str, Any]) -> None:
        if payload.get("by") == COUNSELLOR1[0]:
            heard.append(payload)
            got.set()

    stop = director.store.listen(on_change)  # type: ignore[union-attr]
    try:
        c = new_client(counsellor1)
        assert got.wait(30), "no notification"
    finally:
        stop()
    assert c.id in heard[0]["clients"] and "clients" in heard[0]["tables"]
    assert "Stănescu" not in json.dumps(heard, ensure_ascii=False)


def test_a_desk_listens_again_after_the_server_dropped_its_connection(
    counsellor1: Workspace, director: Workspace, pg: pg_cluster.Cluster,
) -> None:
    heard: list[dict[str, Any]] = []
    resynced, got = threading.Event(), threading.Event()

    def on_change(payload: dict[str, Any]) -> None:
        heard.append(payload)
        if payload.get("resync"):
            resynced.set()
        elif payload.get("by") == COUNSELLOR1[0]:
            got.set()

    stop = director.store.listen(on_change)  # type: ignore[union-attr]
    try:
        # A server restart or a network cut: the listening connection is gone.
        with pg.superuser(_database(director)) as conn:
            dropped = conn.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND query LIKE 'LISTEN%%'").fetchone()
        assert dropped is not None and dropped[0] == 1
        # Notices sent meanwhile are lost: the desk is told to refresh everything ...
        assert resynced.wait(30), heard
        # ... and hears the next change again.
        c = new_client(counsellor1)
        assert got.wait(30), heard
    finally:
        stop()
    assert [p for p in heard if p.get("by")][-1]["clients"] == [c.id]


def test_opening_a_file_is_not_announced_a_change_of_it_is(
    director: Workspace, counsellor1: Workspace,
) -> None:
    """An audit entry alone (a file opened, a report read) changes nothing on any list: other
    desks are not made to reload for it."""
    heard: list[dict[str, Any]] = []
    got = threading.Event()

    def on_change(payload: dict[str, Any]) -> None:
        heard.append(payload)
        if "counselling_sessions" in payload.get("tables", ()):
            got.set()

    mine = new_client(counsellor1)
    stop = director.store.listen(on_change)  # type: ignore[union-attr]
    try:
        clients.open_client_file(counsellor1, mine.id)
        counselling.add_session(counsellor1, mine.id, session_input())
        assert got.wait(30), heard
    finally:
        stop()
    assert [p["clients"] for p in heard] == [[mine.id]], heard


def test_after_changing_ones_own_login_new_connections_use_it(
    counsellor1: Workspace, team_dir: Path, team_template_server: ServerTemplate,
) -> None:
    """The pool grows, the listener reconnects, a network cut drops every connection: after a
    password change (or renewing the recovery code while logged in with it) the connections
    still to be made log in with the new secret, not the old one."""
    from shelter_desk.services import users

    users.change_own_password(counsellor1, COUNSELLOR1[1], "brand new lantern 4412 oak")
    counsellor1.store.engine.dispose()  # every pooled connection gone
    assert clients.list_clients(counsellor1) == []
    with pytest.raises(WrongCredentials):
        setup.login(team_dir, *COUNSELLOR1, kdf=CHEAP_KDF)

    rescue = setup.login_with_recovery(team_dir, team_template_server.recovery_code,
                                       kdf=CHEAP_KDF)
    with rescue:
        new_code = users.renew_recovery_code(rescue)
        rescue.store.engine.dispose()
        assert maintenance.check(rescue).ok
    setup.login_with_recovery(team_dir, new_code, kdf=CHEAP_KDF).close()


def test_a_removed_colleague_can_no_longer_log_in(director: Workspace, team_dir: Path) -> None:
    from shelter_desk.services import users

    users.remove_user(director, COUNSELLOR1[0], "left the shelter")
    with pytest.raises(WrongCredentials):
        setup.login(team_dir, *COUNSELLOR1, kdf=CHEAP_KDF)
    with director.store.connection() as conn:
        assert conn.execute(text("SELECT count(*) FROM key_slots WHERE name = :n"),
                            {"n": COUNSELLOR1[0]}).scalar() == 0
    assert Client  # the models stay importable beside the server tables


def test_case_notes_plans_voids_and_kept_values_reach_the_server_sealed(
    director: Workspace, pg: pg_cluster.Cluster,
) -> None:
    from datetime import timedelta

    from shelter_desk.domain.vocabulary import NoteKind
    from shelter_desk.services import case_plan, voiding
    from tests.builders import TODAY

    c = new_client(director)
    s = counselling.add_session(director, c.id, session_input(confidential_notes="OLD-NOTE-X1"))
    counselling.update_session(director, s.id, session_input(confidential_notes="NEW-NOTE-X2"))
    case_plan.add_note(director, c.id, case_plan.CaseNoteInput(
        TODAY, NoteKind.TEAM_DECISION, "CASE-NOTE-X3"))
    owner = case_plan.owners(director)[0][0]
    case_plan.add_action(director, c.id, case_plan.PlanActionInput(
        "PLAN-ACTION-X4", TODAY, owner, TODAY + timedelta(days=3)))
    voiding.void_record(director, "session", s.id, "VOID-REASON-X5")
    dump = pg.dump(_database(director))
    assert "COPY public.record_revisions" in dump and "COPY public.record_voids" in dump
    for secret in ("OLD-NOTE-X1", "NEW-NOTE-X2", "CASE-NOTE-X3", "PLAN-ACTION-X4",
                   "VOID-REASON-X5"):
        assert secret not in dump and secret.encode().hex() not in dump, secret


def test_a_period_of_access_ends_on_the_server_too(
    counsellor1: Workspace, counsellor2: Workspace, director: Workspace, pg: pg_cluster.Cluster,
) -> None:
    """Hand-written SQL by the colleague finds nothing once the period is over: the server's
    row-level security reads the same end date as the application."""
    from datetime import timedelta

    from shelter_desk.services import access_grants, clock

    theirs = new_client(counsellor1)
    access_grants.grant(director, theirs.id, "counsellor2", None, clock.today())

    def seen() -> int:
        with counsellor2.store.connection() as conn:
            return int(conn.execute(text("SELECT count(*) FROM clients")).scalar() or 0)

    assert seen() == 1
    with pg.superuser(_database(director)) as conn:
        conn.execute("UPDATE access_grants SET until = %s",
                     (clock.today() - timedelta(days=1),))
    assert seen() == 0
