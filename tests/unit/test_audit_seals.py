"""Promise 6 against a member of staff: anyone with the database key can drop the audit
triggers, edit an entry and recompute every hash after it, and the chain alone then verifies.
The seals (signed with the shelter's key, which staff do not hold) find it, without any anchor
from outside."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from shelter_desk.domain.roles import Role
from shelter_desk.domain.vocabulary import ConsentPurpose
from shelter_desk.reports import signing as rs
from shelter_desk.services import (
    audit,
    consent,
    maintenance,
    reporting,
    seal_schedule,
    seals,
    signing,
)
from shelter_desk.services.changes import Changes, Kind
from shelter_desk.services.errors import PermissionDenied
from shelter_desk.services.workspace import Workspace
from tests.builders import consent_input, new_client

pytestmark = pytest.mark.slow  # pyHanko signs and validates


def _fill(ws: Workspace, n: int = 8, label: str = "test.entry") -> None:
    with ws.session() as session:
        for i in range(n):
            audit.record(session, ws.actor, label, client_code=f"PAY-{i:04d}",
                         reason=f"reason {i}", recipient="parket Antwerpen")


def _raw(ws: Workspace, *statements: str) -> None:
    """What anyone with the database key can do: raw SQL through the store."""
    with ws.store.connection() as conn:
        for s in statements:
            conn.exec_driver_sql(s)


def _rewrite_chain_from(ws: Workspace, seq: int, actor: str) -> None:
    """Edit entry `seq` and recompute every hash after it, as a careful forger would."""
    _raw(ws, "DROP TRIGGER IF EXISTS audit_log_no_update",
         "DROP TRIGGER IF EXISTS audit_log_no_delete")
    with ws.session() as session:
        rows = session.execute(text(
            "SELECT * FROM audit_log WHERE seq >= :s ORDER BY seq"), {"s": seq}).mappings().all()
        prev = rows[0]["prev_hash"]
        for row in rows:
            who = actor if row["seq"] == seq else row["actor"]
            at = datetime.fromisoformat(str(row["at"])).replace(tzinfo=UTC)
            new_hash = audit.chain_hash(prev, audit.canonical_content(
                row["seq"], at, who, row["action"], row["client_code"], row["target"],
                row["reason"], row["recipient"], row["outcome"]))
            session.execute(text(
                "UPDATE audit_log SET actor = :a, prev_hash = :p, entry_hash = :h "
                "WHERE seq = :s"), {"a": who, "p": prev, "h": new_hash, "s": row["seq"]})
            prev = new_hash


@pytest.fixture
def sealed(director: Workspace) -> Workspace:
    signing.demo_identity(director)
    _fill(director)
    seals.seal(director, None)
    _fill(director, 3, "test.after-seal")
    return director


def test_a_sealed_chain_checks_out(sealed: Workspace) -> None:
    result = maintenance.check(sealed)
    assert result.ok, result.seals.problems
    assert result.seals.count == 1 and result.seals.other_identity == 0
    assert result.seals.newest is not None and result.seals.newest.occasion == seals.SEAL


def test_a_rewritten_history_before_the_seal_is_found_without_an_anchor(
    sealed: Workspace,
) -> None:
    _rewrite_chain_from(sealed, 4, "someone else")
    with sealed.session() as session:
        assert audit.verify(session).ok  # the chain alone is fooled
    result = maintenance.check(sealed)
    assert not result.ok
    assert any("rewritten" in p for p in result.seals.problems), result.seals.problems


def test_a_rewrite_after_the_newest_seal_is_not_claimed_to_be_found(sealed: Workspace) -> None:
    """What docs/security.md says: entries after the newest seal are the chain's alone."""
    length = seals.list_seals(sealed)[-1].length
    _rewrite_chain_from(sealed, length + 2, "someone else")
    assert maintenance.check(sealed).seals.ok


def test_entries_removed_before_the_seal_are_found(sealed: Workspace) -> None:
    length = seals.list_seals(sealed)[-1].length
    _raw(sealed, "DROP TRIGGER audit_log_no_delete",
         f"DELETE FROM audit_log WHERE seq >= {length - 1}")
    result = maintenance.check(sealed)
    assert any("entries were removed" in p for p in result.seals.problems)


def test_a_removed_seal_leaves_a_trace_under_the_next_one(sealed: Workspace) -> None:
    seals.seal(sealed, None)
    first = seals.list_seals(sealed)[0]
    _raw(sealed, "DROP TRIGGER audit_seals_no_delete",
         f"DELETE FROM audit_seals WHERE id = {first.id}")
    result = maintenance.check(sealed)
    assert any("seals were removed" in p for p in result.seals.problems), result.seals.problems


def test_a_seal_edited_to_match_a_rewrite_no_longer_verifies(sealed: Workspace) -> None:
    _rewrite_chain_from(sealed, 4, "someone else")
    seal = seals.list_seals(sealed)[-1]
    with sealed.session() as session:
        new_head = session.execute(text(
            f"SELECT entry_hash FROM audit_log WHERE seq = {seal.length}")).scalar()
    _raw(sealed, "DROP TRIGGER audit_seals_no_update",
         f"UPDATE audit_seals SET head = '{new_head}' WHERE id = {seal.id}")
    result = maintenance.check(sealed)
    assert any("signature does not match" in p for p in result.seals.problems)


def test_seals_forged_with_a_home_made_identity(sealed: Workspace) -> None:
    """A forger re-seals the rewritten chain with a key of their own: the seal names another
    identity, and against the shelter's root from outside (--trust) it is refused."""
    real_root = signing.root_pem(sealed)
    _rewrite_chain_from(sealed, 4, "someone else")
    _raw(sealed, "DROP TRIGGER audit_seals_no_delete", "DELETE FROM audit_seals")
    forged = rs.generate_demo_identity("Payoke", "Forger")
    opened = signing.OpenSigner(rs.signer_from_demo(forged.key_pem, forged.material), "Forger")
    seals.seal_with(sealed, opened, seals.SEAL)
    _raw(sealed, "DROP TRIGGER audit_seals_no_update",
         "UPDATE audit_seals SET root_pem = X'" + forged.material.root_pem.hex() + "'")
    plain = maintenance.check(sealed)
    assert plain.seals.other_identity == 1  # said, even without --trust
    pinned = maintenance.check(sealed, trust_pem=real_root)
    assert not pinned.ok
    assert any("not signed by a trusted" in p for p in pinned.seals.problems)


def test_signed_reports_and_exports_seal_the_history(director: Workspace) -> None:
    signing.demo_identity(director)
    client = new_client(director)
    consent.record(director, client.id, consent_input(ConsentPurpose.SHARE_PROSECUTOR))
    made = reporting.signed_report(director, client.id, "nl", "omit")
    exported = reporting.export_case_file(director, client.id, "nl", "omit")
    # Each says what it changed: the file's reports (its Reports and History tabs).
    assert made.changes == exported.changes == Changes.of(client.id, Kind.REPORTS)
    assert [s.occasion for s in seals.list_seals(director)] == [seals.REPORT, seals.EXPORT]
    assert maintenance.check(director).ok


def test_only_a_director_seals(counsellor1: Workspace, director: Workspace) -> None:
    signing.demo_identity(director)
    with pytest.raises(PermissionDenied):
        seals.seal(counsellor1, None)


def test_the_weekly_seal_is_offered_when_due(director: Workspace,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    assert not seals.seal_due(director)  # no signing identity yet: nothing to seal with
    signing.demo_identity(director)
    assert seals.seal_due(director)
    seals.seal(director, None)
    assert not seals.seal_due(director)
    later = datetime.now(UTC) + timedelta(days=8)
    monkeypatch.setattr(seal_schedule, "utcnow", lambda: later)
    assert not seals.seal_due(director)  # a week, but nothing happened since
    _fill(director, 1)
    assert seals.seal_due(director)


def test_the_weekly_offer_is_for_directors_only(admin_only: Workspace,
                                                director: Workspace) -> None:
    signing.demo_identity(director)
    assert Role.DIRECTOR not in admin_only.actor.roles
    assert not seals.seal_due(admin_only)
