"""The shelter moving onto its server, as the shelter's IT and its director would do it with the
command line: `server init`, `server connect` on a second workstation, `server import` of the
local database with one-time codes for the colleagues, `server activate`, a backup of the
server restored on a laptop and moved onto another server."""

from __future__ import annotations

import json
import re
import subprocess
import time
from pathlib import Path

import psycopg
import pytest

from shelter_desk.domain.vocabulary import ConsentPurpose
from shelter_desk.reports.verification import verify_pdf
from shelter_desk.services import client_filters, clients, counselling, saved_views, setup
from shelter_desk.store.server.policies import NEWEST_FUNCTION
from tests.builders import (
    client_input,
    consent_input,
    new_client,
    referral_input,
    session_input,
)
from tests.conftest import (
    ADMIN,
    CHEAP_KDF,
    COUNSELLOR1,
    COUNSELLOR2,
    DIRECTOR,
    DIRECTOR_PASSWORD,
    add_team,
)
from tests.e2e.cli import Result, recovery_code_from, run_here
from tests.helpers import pg_cluster
from tests.server_backend import _copies

SERVER_PASSWORD = "server harbour 4410 lamp"
NOTE = "CONFIDENTIAL-SESSION-NOTE-ON-THE-SERVER"


@pytest.fixture
def backend() -> str:
    return "postgresql"  # the `team` fixture: a fresh installation on the server


@pytest.fixture
def database(pg: pg_cluster.Cluster) -> str:
    name = f"sdcli_{next(_copies)}"
    pg.create_database(name)
    yield name
    pg.drop_database(name)
    pg.drop_roles(name)


def _local_team(folder: Path) -> None:
    """A database on a workstation: a director (also administrator), two counsellors and an
    administrator."""
    ws, _ = setup.initialise(folder, shelter="Payoke", username=DIRECTOR,
                             display_name="Test Director", password=DIRECTOR_PASSWORD,
                             kdf=CHEAP_KDF)
    with ws:
        add_team(ws)


def _init(pg: pg_cluster.Cluster, database: str, folder: Path) -> str:
    result = run_here(folder, "server", "init", "--url", pg.url(database), "--user", DIRECTOR,
                      "--shelter", "Payoke", "--password-stdin",
                      stdin=f"{pg_cluster.OWNER_PASSWORD}\n{SERVER_PASSWORD}\n")
    assert result.code == 0, result.err
    assert "now works on it" in result.out
    return recovery_code_from(result.out)


def test_init_then_connect_a_second_workstation(
    pg: pg_cluster.Cluster, database: str, tmp_path: Path,
) -> None:
    first = tmp_path / "desk1"
    code = _init(pg, database, first)
    assert (first / "server.json").exists() and (first / "server-ca.pem").exists()
    saved = (first / "server.json").read_text()
    assert SERVER_PASSWORD not in saved and pg_cluster.OWNER_PASSWORD not in saved

    second = tmp_path / "desk2"
    url = f"postgresql://127.0.0.1:{pg.port}/{database}?sslmode=verify-full&sslrootcert={pg.ca_file}"
    result = run_here(second, "server", "connect", "--url", url)
    assert result.code == 0, result.err
    listed = run_here(second, "clients", "list", "--user", DIRECTOR, "--password-stdin",
                      stdin=SERVER_PASSWORD + "\n")
    assert listed.code == 0, listed.err
    # The recovery code opens the server too.
    check = run_here(second, "check", "--recovery", "--password-stdin", stdin=code + "\n")
    assert check.code == 0, check.out + check.err
    # A second init on the same database is refused; a wrong owner password too.
    again = run_here(tmp_path / "desk3", "server", "init", "--url", pg.url(database), "--user",
                     DIRECTOR, "--shelter", "Payoke", "--password-stdin",
                     stdin=f"{pg_cluster.OWNER_PASSWORD}\n{SERVER_PASSWORD}\n")
    assert again.code != 0 and "already holds" in again.err
    other = f"{database}_w"
    pg.create_database(other)
    try:
        wrong = run_here(tmp_path / "desk4", "server", "init", "--url", pg.url(other), "--user",
                         DIRECTOR, "--shelter", "Payoke", "--password-stdin",
                         stdin=f"not the owner's password\n{SERVER_PASSWORD}\n")
        assert wrong.code == 3, wrong.out + wrong.err
        assert not (tmp_path / "desk4" / "server.json").exists()
    finally:
        pg.drop_database(other)


def test_connect_refuses_plain_addresses_and_wrong_authorities(
    pg: pg_cluster.Cluster, database: str, tmp_path: Path,
) -> None:
    _init(pg, database, tmp_path / "desk1")
    no_ca = run_here(tmp_path / "a", "server", "connect", "--url",
                     f"postgresql://127.0.0.1:{pg.port}/{database}")
    assert no_ca.code != 0 and "certificate authority" in no_ca.err
    plain = run_here(tmp_path / "b", "server", "connect", "--url",
                     f"postgresql://127.0.0.1:{pg.port}/{database}?sslmode=require"
                     f"&sslrootcert={pg.ca_file}")
    assert plain.code != 0 and "verify-full" in plain.err
    other, _, _ = pg_cluster.make_tls(tmp_path)
    foreign = run_here(tmp_path / "c", "server", "connect", "--url",
                       f"postgresql://127.0.0.1:{pg.port}/{database}?sslrootcert={other}")
    assert foreign.code != 0 and "did not prove" in foreign.err
    assert not (tmp_path / "c" / "server.json").exists()


def test_moving_in_a_local_database_with_its_colleagues(
    pg: pg_cluster.Cluster, database: str, tmp_path: Path,
) -> None:
    local = tmp_path / "local"
    _local_team(local)
    c1 = setup.login(local, *COUNSELLOR1, kdf=CHEAP_KDF)
    with c1:
        mine = new_client(c1, last_name="Łukasiewicz")
        view = saved_views.save_view(c1, "Mes dossiers · RO", saved_views.ViewSettings(
            filters=client_filters.make(nationality="RO", overdue=True)))
    desk = tmp_path / "desk"
    _init(pg, database, desk)

    moved = run_here(desk, "server", "import", "--from-data-dir", str(local), "--user",
                     DIRECTOR, "--password-stdin",
                     stdin=f"{SERVER_PASSWORD}\n{DIRECTOR_PASSWORD}\n")
    assert moved.code == 0, moved.err
    assert "Moved 1 clients, 4 accounts" in moved.out
    codes = dict(re.findall(r"^\s+(\S+)\s+([0-9A-Z]{5}(?:-[0-9A-Z]{5}){7})$", moved.out, re.M))
    assert set(codes) == {COUNSELLOR1[0], COUNSELLOR2[0], ADMIN[0]}

    # The director logs in with the server password; the local history came along.
    director = setup.login(desk, DIRECTOR, SERVER_PASSWORD, kdf=CHEAP_KDF)
    with director:
        assert [c.last_name for c in clients.list_clients(director)] == ["Łukasiewicz"]
        check = run_here(desk, "check", "--user", DIRECTOR, "--password-stdin",
                         stdin=SERVER_PASSWORD + "\n")
        assert check.code == 0, check.out + check.err
    # A colleague's password does not open the server until they activate with their code.
    with pytest.raises(Exception, match="not correct"):
        setup.login(desk, *COUNSELLOR1, kdf=CHEAP_KDF)
    wrong = run_here(desk, "server", "activate", "--user", COUNSELLOR1[0], "--password-stdin",
                     stdin=f"{codes[COUNSELLOR2[0]]}\n{COUNSELLOR1[1]}\n")
    assert wrong.code == 3
    done = run_here(desk, "server", "activate", "--user", COUNSELLOR1[0], "--password-stdin",
                    stdin=f"{codes[COUNSELLOR1[0]]}\n{COUNSELLOR1[1]}\n")
    assert done.code == 0, done.err
    c1 = setup.login(desk, *COUNSELLOR1, kdf=CHEAP_KDF)
    with c1:
        assert [c.id for c in clients.list_clients(c1, search="lukasiewicz")] == [mine.id]
        assert saved_views.list_views(c1) == [view]  # their views came along, theirs alone
    # The code's 14 days bound the code only: the activated login does not expire with it.
    with pg.superuser(database) as conn:
        until = dict(conn.execute(
            "SELECT rolname, rolvaliduntil::text FROM pg_roles WHERE rolname LIKE %s",
            (f"{database}:%",)).fetchall())
    assert until[f"{database}:{COUNSELLOR1[0]}"] == "infinity"
    assert until[f"{database}:{COUNSELLOR2[0]}"] not in (None, "infinity")  # still a code
    again = run_here(desk, "server", "activate", "--user", COUNSELLOR1[0], "--password-stdin",
                     stdin=f"{codes[COUNSELLOR1[0]]}\n{COUNSELLOR1[1]}\n")
    assert again.code == 3  # the code is spent
    # The other path to a server login: an administrator's `users reset`.
    reset = run_here(desk, "users", "reset", COUNSELLOR2[0], "--user", DIRECTOR,
                     "--password-stdin", stdin=f"{SERVER_PASSWORD}\nnew lantern 7781 field\n")
    assert reset.code == 0, reset.err
    with setup.login(desk, COUNSELLOR2[0], "new lantern 7781 field") as c2:
        assert clients.list_clients(c2) == []  # not their client
        assert saved_views.list_views(c2) == []
    # A second import into a server that now holds a shelter is refused.
    twice = run_here(desk, "server", "import", "--from-data-dir", str(local), "--user",
                     DIRECTOR, "--password-stdin",
                     stdin=f"{SERVER_PASSWORD}\n{DIRECTOR_PASSWORD}\n")
    assert twice.code != 0 and "already holds" in twice.err


def test_a_server_backup_restores_on_a_laptop_and_onto_another_server(
    pg: pg_cluster.Cluster, database: str, tmp_path: Path,
) -> None:
    desk = tmp_path / "desk"
    _init(pg, database, desk)
    director = setup.login(desk, DIRECTOR, SERVER_PASSWORD, kdf=CHEAP_KDF)
    with director:
        made = new_client(director, last_name="Ndiaye")
    backup = tmp_path / "safe" / "server.sdbackup"
    backup.parent.mkdir()
    result = run_here(desk, "backup", "--out", str(backup), "--user", DIRECTOR, "--password-stdin",
                      stdin=SERVER_PASSWORD + "\n")
    assert result.code == 0, result.err
    assert b"Ndiaye" not in backup.read_bytes()

    laptop = tmp_path / "laptop"
    restored = run_here(laptop, "restore", str(backup), "--user", DIRECTOR, "--password-stdin",
                        stdin=SERVER_PASSWORD + "\n")
    assert restored.code == 0, restored.err
    with setup.login(laptop, DIRECTOR, SERVER_PASSWORD, kdf=CHEAP_KDF) as ws:
        assert [c.last_name for c in clients.list_clients(ws)] == ["Ndiaye"]

    other = f"{database}_b"
    pg.create_database(other)
    try:
        desk2 = tmp_path / "desk2"
        _init(pg, other, desk2)
        moved = run_here(desk2, "server", "import", "--from-backup", str(backup), "--user",
                         DIRECTOR, "--password-stdin",
                         stdin=f"{SERVER_PASSWORD}\n{SERVER_PASSWORD}\n")
        assert moved.code == 0, moved.err
        with setup.login(desk2, DIRECTOR, SERVER_PASSWORD, kdf=CHEAP_KDF) as ws:
            assert [c.id for c in clients.list_clients(ws)] == [made.id]
    finally:
        pg.drop_database(other)
        pg.drop_roles(other)


def test_restore_over_a_server_workstation_is_sent_to_server_import(
    pg: pg_cluster.Cluster, database: str, tmp_path: Path,
) -> None:
    desk = tmp_path / "desk"
    _init(pg, database, desk)
    refused = run_here(desk, "restore", str(tmp_path / "any.sdbackup"), "--user", DIRECTOR,
                       "--password-stdin", stdin=SERVER_PASSWORD + "\n")
    assert refused.code != 0 and "server import --from-backup" in refused.err
    assert sorted(p.name for p in desk.iterdir()) == ["server-ca.pem", "server.json"]


def test_staff_work_from_the_command_line_on_the_server(team: tuple[Path, str]) -> None:
    folder, code = team

    def as_(who: tuple[str, str], *args: str, stdin: str = "") -> Result:
        return run_here(folder, *args, "--user", who[0], "--password-stdin",
                        stdin=f"{who[1]}\n{stdin}")

    director = (DIRECTOR, DIRECTOR_PASSWORD)
    listed = as_(director, "users", "list")
    assert listed.code == 0 and COUNSELLOR2[0] in listed.out
    added = as_(director, "users", "add", "counsellor3", "--display-name", "Counsellor Three",
                stdin="amber meadow 6620 kite\n")
    assert added.code == 0, added.err
    c3 = ("counsellor3", "amber meadow 6620 kite")
    assert as_(c3, "clients", "list").code == 0

    changed = as_(COUNSELLOR1, "passwd", stdin="tidal lantern 3390 moss\n")
    assert changed.code == 0, changed.err
    assert as_(COUNSELLOR1, "clients", "list").code == 3
    renamed = (COUNSELLOR1[0], "tidal lantern 3390 moss")
    assert as_(renamed, "clients", "list").code == 0

    renewed = as_(director, "recovery-code")
    new_code = next(ln.strip() for ln in renewed.out.splitlines() if ln.startswith("    "))
    for secret, status in ((code, 3), (new_code, 0)):
        check = run_here(folder, "check", "--recovery", "--password-stdin", stdin=secret + "\n")
        assert check.code == status, check.err

    removed = as_(director, "users", "remove", "counsellor3", "--reason", "left")
    assert removed.code == 0 and "server login" in removed.out
    assert as_(c3, "clients", "list").code == 3
    backup = folder.parent / "nightly.sdbackup"
    made = as_((ADMIN[0], ADMIN[1]), "backup", "--out", str(backup))
    assert made.code == 0 and backup.stat().st_size > 0, made.err


def test_the_owner_role_is_used_by_init_and_upgrade_only(
    pg: pg_cluster.Cluster, database: str, tmp_path: Path,
) -> None:
    """The server's log of who logged in: after `server init`, a day's work from two desks
    (accounts, passwords, the recovery code, a client, a backup, a check, a removal) logs in
    as staff roles only. `server upgrade` is the owner's, and says so when its password is
    wrong."""
    start = pg.log_file.stat().st_size
    desk = tmp_path / "desk1"
    _init(pg, database, desk)
    assert pg_cluster.OWNER in pg.logins_since(start)  # the log does show the owner's logins
    after_init = pg.log_file.stat().st_size

    second = tmp_path / "desk2"
    url = f"postgresql://127.0.0.1:{pg.port}/{database}?sslrootcert={pg.ca_file}"
    assert run_here(second, "server", "connect", "--url", url).code == 0

    def as_director(folder: Path, *args: str, stdin: str = "") -> Result:
        result = run_here(folder, *args, "--user", DIRECTOR, "--password-stdin",
                          stdin=f"{SERVER_PASSWORD}\n{stdin}")
        assert result.code == 0, result.err
        return result

    as_director(desk, "users", "add", "counsellor3", "--display-name", "Counsellor Three",
                stdin="amber meadow 6620 kite\n")
    c3 = setup.login(second, "counsellor3", "amber meadow 6620 kite", kdf=CHEAP_KDF)
    with c3:
        new_client(c3, last_name="Haddad")
    assert run_here(second, "passwd", "--user", "counsellor3", "--password-stdin",
                    stdin="amber meadow 6620 kite\ntidal lantern 3390 moss\n").code == 0
    as_director(second, "recovery-code")
    as_director(desk, "backup", "--out", str(tmp_path / "nightly.sdbackup"))
    as_director(second, "check")
    as_director(desk, "users", "remove", "counsellor3", "--reason", "left")
    logins = pg.logins_since(after_init)
    assert logins and pg_cluster.OWNER not in logins
    assert set(logins) <= {f"{database}:{DIRECTOR}", f"{database}:counsellor3",
                           f"{database}:#probe"}, logins  # `connect` proves the server so

    upgrade = ["server", "upgrade", "--url", pg.url(database), "--password-stdin"]
    wrong = run_here(desk, *upgrade, stdin="not the owner's password\n")
    assert wrong.code == 3, wrong.out + wrong.err
    before = pg.log_file.stat().st_size
    done = run_here(desk, *upgrade, stdin=f"{pg_cluster.OWNER_PASSWORD}\n")
    assert done.code == 0 and "revision" in done.out, done.err
    assert pg.logins_since(before) == [pg_cluster.OWNER]
    # Upgraded in place: the desks keep working.
    as_director(second, "clients", "list")


def test_a_local_backup_moves_onto_a_server(
    pg: pg_cluster.Cluster, database: str, tmp_path: Path,
) -> None:
    local = tmp_path / "laptop"
    _local_team(local)
    with setup.login(local, *COUNSELLOR1, kdf=CHEAP_KDF) as c1:
        mine = new_client(c1, last_name="Ferreira")
    backup = tmp_path / "laptop.sdbackup"
    made = run_here(local, "backup", "--out", str(backup), "--user", DIRECTOR,
                    "--password-stdin", stdin=DIRECTOR_PASSWORD + "\n")
    assert made.code == 0, made.err

    desk = tmp_path / "desk"
    _init(pg, database, desk)
    moved = run_here(desk, "server", "import", "--from-backup", str(backup), "--user", DIRECTOR,
                     "--password-stdin", stdin=f"{SERVER_PASSWORD}\n{DIRECTOR_PASSWORD}\n")
    assert moved.code == 0, moved.err
    assert "Moved 1 clients, 4 accounts" in moved.out
    codes = dict(re.findall(r"^\s+(\S+)\s+([0-9A-Z]{5}(?:-[0-9A-Z]{5}){7})$", moved.out, re.M))
    assert set(codes) == {COUNSELLOR1[0], COUNSELLOR2[0], ADMIN[0]}
    done = run_here(desk, "server", "activate", "--user", COUNSELLOR1[0], "--password-stdin",
                    stdin=f"{codes[COUNSELLOR1[0]]}\n{COUNSELLOR1[1]}\n")
    assert done.code == 0, done.err
    with setup.login(desk, *COUNSELLOR1, kdf=CHEAP_KDF) as c1:
        assert [c.id for c in clients.list_clients(c1, search="ferreira")] == [mine.id]
    check = run_here(desk, "check", "--user", DIRECTOR, "--password-stdin",
                     stdin=SERVER_PASSWORD + "\n")
    assert check.code == 0, check.out + check.err


def test_a_value_changed_on_the_server_is_told_as_damage(
    pg: pg_cluster.Cluster, database: str, tmp_path: Path,
) -> None:
    desk = tmp_path / "desk"
    _init(pg, database, desk)
    with setup.login(desk, DIRECTOR, SERVER_PASSWORD, kdf=CHEAP_KDF) as ws:
        made = new_client(ws, last_name="Okonkwo")
    # Whoever holds the server flips one bit of a sealed name.
    with pg.superuser(database) as conn:
        conn.execute("UPDATE clients SET last_name = set_byte(last_name, 20, "
                     "get_byte(last_name, 20) # 1) WHERE id = %s", (made.id,))
    listed = run_here(desk, "clients", "list", "--names", "--user", DIRECTOR,
                      "--password-stdin", stdin=SERVER_PASSWORD + "\n")
    assert listed.code == 4, listed.out + listed.err
    # Its way out on a server, not the laptop's `restore` (refused on a server workstation).
    assert "does not open" in listed.err and "server import --from-backup" in listed.err
    assert "Okonkwo" not in listed.out
    check = run_here(desk, "check", "--user", DIRECTOR, "--password-stdin",
                     stdin=SERVER_PASSWORD + "\n")
    assert check.code == 4 and "clients" in check.out + check.err, check.out + check.err


def _reload_hba(pg: pg_cluster.Cluster, database: str, *, rejecting: bool) -> None:
    """Have the server read pg_hba.conf again, and wait until a login attempt shows it."""
    with pg.superuser() as conn:
        conn.execute("SELECT pg_reload_conf()")
    deadline = time.monotonic() + 30
    while True:
        try:
            psycopg.connect(host="127.0.0.1", port=pg.port, dbname=database, user="probe",
                            password="-", sslmode="verify-full", sslrootcert=str(pg.ca_file),
                            connect_timeout=5).close()
        except psycopg.OperationalError as exc:
            if ("pg_hba.conf" in str(exc)) == rejecting:
                return
        assert time.monotonic() < deadline, "the server did not take the new pg_hba.conf"
        time.sleep(0.1)


def test_a_workstation_the_server_turns_away_is_told_so_not_wrong_password(
    pg: pg_cluster.Cluster, database: str, tmp_path: Path,
) -> None:
    """pg_hba.conf (the IT's list of who may connect) rejecting this workstation is said as
    that: a 'wrong password' would send the director looking for the wrong thing, and
    `server connect` must not take the rejection as proof that the server is there."""
    desk = tmp_path / "desk"
    _init(pg, database, desk)
    hba = pg.folder / "data" / "pg_hba.conf"
    kept = hba.read_text()
    hba.write_text(f"hostssl {database} all 127.0.0.1/32 reject\n" + kept)
    try:
        _reload_hba(pg, database, rejecting=True)
        url = f"postgresql://127.0.0.1:{pg.port}/{database}?sslrootcert={pg.ca_file}"
        turned = run_here(tmp_path / "other", "server", "connect", "--url", url)
        assert turned.code != 0 and "does not accept connections" in turned.err, turned.err
        assert not (tmp_path / "other" / "server.json").exists()
        listed = run_here(desk, "clients", "list", "--user", DIRECTOR, "--password-stdin",
                          stdin=SERVER_PASSWORD + "\n")
        assert listed.code != 3 and "does not accept connections" in listed.err, listed.err
    finally:
        hba.write_text(kept)
        _reload_hba(pg, database, rejecting=False)
    listed = run_here(desk, "clients", "list", "--user", DIRECTOR, "--password-stdin",
                      stdin=SERVER_PASSWORD + "\n")
    assert listed.code == 0, listed.err


def test_signed_reports_case_files_and_seals_from_a_server(
    team: tuple[Path, str], pg: pg_cluster.Cluster, tmp_path: Path,
) -> None:
    """What the prosecutor receives, made at a desk working on the server: a signed report
    and a signed case file that validate against the shelter's root, seals over the audit
    history that `check` verifies, and the signing key sealed on the server like a name."""
    folder, _ = team

    def as_(who: tuple[str, str], *args: str) -> Result:
        result = run_here(folder, *args, "--user", who[0], "--password-stdin",
                          stdin=f"{who[1]}\n")
        assert result.code == 0, result.out + result.err
        return result

    director = (DIRECTOR, DIRECTOR_PASSWORD)
    as_(ADMIN, "signing", "demo-identity")
    root = tmp_path / "root.pem"
    as_(ADMIN, "signing", "export-root", "--out", str(root))
    with setup.login(folder, *COUNSELLOR1, kdf=CHEAP_KDF) as c1:
        made = clients.intake(
            c1, client_input(first_names="Salma", last_name="Haddad", aliases=["سلمى حداد"]),
            referral_input(outcome="admitted"), None,
            [consent_input(), consent_input(ConsentPurpose.SHARE_PROSECUTOR)])
        counselling.add_session(c1, made.id, session_input(confidential_notes=NOTE))

    report = tmp_path / "report.pdf"
    as_(director, "report", made.case_code, "--lang", "en", "--identity", "include", "--sign",
        "--out", str(report))
    verdict = verify_pdf(report.read_bytes(), root.read_bytes())
    assert verdict.intact and verdict.trusted and verdict.unmodified
    text = subprocess.run(["pdftotext", str(report), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Salma Haddad" in text and NOTE not in text

    case_file = tmp_path / "case.zip"
    as_(director, "export", made.case_code, "--out", str(case_file), "--lang", "fr",
        "--recipient", "Parquet de Bruxelles (test)")
    checked = run_here(tmp_path, "verify-export", str(case_file), "--trust", str(root))
    assert checked.code == 0 and "RESULT: VALID" in checked.out, checked.out + checked.err

    as_(director, "audit", "seal")
    seals = as_(director, "audit", "seals").out.splitlines()
    assert [line.split("\t")[4] for line in seals] == ["report", "export", "seal"]
    as_(director, "check")
    # The demo signing key is sealed on the server like a name: not in a dump.
    dump = pg.dump(json.loads((folder / "server.json").read_text())["database"])
    for secret in ("PRIVATE KEY", "Haddad", NOTE):  # as text, and as bytea's hex
        assert secret not in dump and secret.encode().hex() not in dump, secret
    assert "\\x" in dump  # bytea columns are there (hex), only sealed


def test_a_server_without_this_versions_policies_says_upgrade(
    pg: pg_cluster.Cluster, database: str, tmp_path: Path,
) -> None:
    """The schema can be current while the policies are not (a new server-side function, such
    as the shelter's date that ends a colleague's access): the desks say `server upgrade`, which
    brings it, and the policies that use it."""
    desk = tmp_path / "desk1"
    _init(pg, database, desk)
    with psycopg.connect(host="127.0.0.1", port=pg.port, dbname=database, user=pg_cluster.OWNER,
                         password=pg_cluster.OWNER_PASSWORD, sslmode="verify-full",
                         sslrootcert=str(pg.ca_file)) as conn:
        conn.execute(f"DROP FUNCTION {NEWEST_FUNCTION} CASCADE")
    listed = run_here(desk, "clients", "list", "--user", DIRECTOR, "--password-stdin",
                      stdin=SERVER_PASSWORD + "\n")
    assert listed.code != 0 and "server upgrade" in listed.err, listed.out + listed.err
    upgrade = run_here(desk, "server", "upgrade", "--url", pg.url(database), "--password-stdin",
                       stdin=f"{pg_cluster.OWNER_PASSWORD}\n")
    assert upgrade.code == 0, upgrade.err
    listed = run_here(desk, "clients", "list", "--user", DIRECTOR, "--password-stdin",
                      stdin=SERVER_PASSWORD + "\n")
    assert listed.code == 0, listed.err
