"""Two people on the same client at the same time, on either backend: a stale save is refused
with who changed it and when, nothing is lost, saves racing in the same moment are caught too,
and the audit chain stays one chain under many writers."""

from __future__ import annotations

import json
import threading
from dataclasses import replace

import pytest

from shelter_desk.services import access_grants, audit, clients, counselling
from shelter_desk.services.concurrency import StaleRecord
from shelter_desk.services.workspace import Workspace
from tests.builders import client_input, new_client, referral_input, session_input

# Two counsellors on one client: counsellor1's, opened to counsellor2 by the director.


@pytest.fixture
def shared(director: Workspace, counsellor1: Workspace, counsellor2: Workspace) -> int:
    c = new_client(counsellor1)
    access_grants.grant(director, c.id, "counsellor2", "covering the holidays")
    return c.id


def test_a_stale_save_is_refused_with_who_and_when_and_nothing_is_lost(
    shared: int, counsellor1: Workspace, counsellor2: Workspace,
) -> None:
    mine = clients.file_details(counsellor1, shared)
    theirs = clients.file_details(counsellor2, shared)
    assert mine.summary.last_name == theirs.summary.last_name == "Stănescu"

    clients.update_client(counsellor2, shared, client_input(last_name="Stanescu-Ionescu"))
    with pytest.raises(StaleRecord) as refused:
        clients.update_client(counsellor1, shared, client_input(guardian_contact="+32 3 555"))
    text = str(refused.value)
    assert text.startswith("Changed by Counsellor Two at ") and text.endswith(" — reload.")
    assert refused.value.when is not None

    # Their save stands, and the refused one changed nothing.
    again = clients.file_details(counsellor1, shared)
    assert again.summary.last_name == "Stanescu-Ionescu"
    assert again.guardian_contact is None
    # Having read it again, the save goes through, on top of theirs.
    clients.update_client(counsellor1, shared, replace(
        client_input(last_name="Stanescu-Ionescu"), guardian_contact="+32 3 555"))
    final = clients.file_details(counsellor2, shared)
    assert (final.summary.last_name, final.guardian_contact) == (
        "Stanescu-Ionescu", "+32 3 555")


def test_edits_of_different_records_of_one_client_do_not_collide(
    shared: int, counsellor1: Workspace, counsellor2: Workspace,
) -> None:
    clients.file_details(counsellor1, shared)
    clients.file_details(counsellor2, shared)
    # A session added by one only touches the client's bookkeeping (updated_at) ...
    counselling.add_session(counsellor2, shared, session_input())
    # ... so the other's edit of the client itself is not stale.
    clients.update_client(counsellor1, shared, client_input(guardian_contact="+32 3 555"))
    referral = clients.file_details(counsellor2, shared).referrals[0]
    clients.update_referral(counsellor2, referral.id, referral_input(service_detail="FGP"))


def test_a_stale_record_inside_a_client_file_is_refused_too(
    shared: int, counsellor1: Workspace, counsellor2: Workspace,
) -> None:
    session = counselling.add_session(counsellor1, shared, session_input())
    counselling.list_sessions(counsellor1, shared)
    counselling.list_sessions(counsellor2, shared)
    counselling.update_session(counsellor2, session.id, session_input(duration_minutes=90))
    with pytest.raises(StaleRecord, match="Counsellor Two"):
        counselling.update_session(counsellor1, session.id, session_input(duration_minutes=45))
    assert counselling.list_sessions(counsellor1, shared)[0].duration_minutes == 90


def test_two_saves_in_the_same_moment_one_wins_one_is_told(
    shared: int, counsellor1: Workspace, counsellor2: Workspace,
) -> None:
    clients.file_details(counsellor1, shared)
    clients.file_details(counsellor2, shared)
    start = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def save(ws: Workspace, name: str) -> None:
        start.wait()
        try:
            clients.update_client(ws, shared, client_input(last_name=name))
            outcomes[name] = "saved"
        except StaleRecord as exc:
            outcomes[name] = exc

    threads = [threading.Thread(target=save, args=(counsellor1, "Saved-By-One")),
               threading.Thread(target=save, args=(counsellor2, "Saved-By-Two"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    winners = [name for name, outcome in outcomes.items() if outcome == "saved"]
    assert len(winners) == 1 and len(outcomes) == 2, outcomes
    assert clients.file_details(counsellor1, shared).summary.last_name == winners[0]


def test_the_audit_chain_stays_a_chain_under_many_writers(
    shared: int, director: Workspace, counsellor1: Workspace, counsellor2: Workspace,
) -> None:
    errors: list[BaseException] = []

    def write(ws: Workspace) -> None:
        try:
            for _ in range(5):
                counselling.add_session(ws, shared, session_input())
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(ws,))
               for ws in (director, counsellor1, counsellor2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    with director.session() as session:
        report = audit.verify(session)
    assert report.ok, report.problems
    assert len(counselling.list_sessions(director, shared)) == 15


def test_a_form_based_on_an_old_copy_is_refused_after_a_refresh_behind_it(
    shared: int, counsellor1: Workspace, counsellor2: Workspace,
) -> None:
    """The app refreshes lists when another desk saves (LISTEN/NOTIFY), so the workspace
    holding an open form may have read the newer copy since the form was filled: the form's
    own basis (its view's version) decides, not the workspace's latest read."""
    session = counselling.add_session(counsellor1, shared, session_input())
    form = counselling.list_sessions(counsellor1, shared)[0]  # the copy the form shows
    file_form = clients.file_details(counsellor1, shared)
    assert form.version == session.version == 1 and file_form.version is not None

    counselling.update_session(counsellor2, session.id, session_input(duration_minutes=90))
    clients.update_client(counsellor2, shared, client_input(last_name="Stanescu-Ionescu"))
    refreshed = counselling.list_sessions(counsellor1, shared)[0]  # the refresh behind it
    clients.file_details(counsellor1, shared)
    assert refreshed.version == 2

    with pytest.raises(StaleRecord, match="Counsellor Two"):
        counselling.update_session(counsellor1, session.id, session_input(duration_minutes=45),
                                   based_on=form.version)
    with pytest.raises(StaleRecord, match="Counsellor Two"):
        clients.update_client(counsellor1, shared, client_input(guardian_contact="+32 3 555"),
                              based_on=file_form.version)
    assert counselling.list_sessions(counsellor2, shared)[0].duration_minutes == 90
    assert clients.file_details(counsellor2, shared).summary.last_name == "Stanescu-Ionescu"
    # A form filled from the refreshed copy saves, and its result is the next basis.
    saved = counselling.update_session(counsellor1, session.id,
                                       session_input(duration_minutes=45),
                                       based_on=refreshed.version)
    assert saved.version == 3
    counselling.update_session(counsellor1, session.id, session_input(duration_minutes=50),
                               based_on=saved.version)


def test_a_change_notice_fits_notify_and_a_bulk_change_says_all() -> None:
    from shelter_desk.services.concurrency import NOTICE_CLIENTS, Tracker

    tracker = Tracker("counsellor1")
    largest = 2**31 - 1
    few = json.loads(tracker._notice({"clients": {largest - n for n in range(NOTICE_CLIENTS)}}))
    assert len(few["clients"]) == NOTICE_CLIENTS
    assert len(json.dumps(few)) < 8000  # PostgreSQL's limit on a NOTIFY payload
    many = json.loads(tracker._notice({"clients": set(range(1, NOTICE_CLIENTS + 2))}))
    assert many["all"] is True and "clients" not in many


def test_adding_to_the_file_meanwhile_does_not_make_an_old_form_current(
    shared: int, counsellor1: Workspace, counsellor2: Workspace,
) -> None:
    """The first run of two real workstations found it: a desk that added sessions while its
    form was open had read the client again (after the other desk's save), and its save of
    the form's old copy went through. The form's basis refuses it."""
    form = clients.file_details(counsellor1, shared)
    clients.update_client(counsellor2, shared, client_input(last_name="Saved-First"))
    counselling.add_session(counsellor1, shared, session_input())  # reads the client again
    with pytest.raises(StaleRecord, match="Counsellor Two"):
        clients.update_client(counsellor1, shared, client_input(guardian_contact="+32 3 555"),
                              based_on=form.version)
    assert clients.file_details(counsellor2, shared).summary.last_name == "Saved-First"
