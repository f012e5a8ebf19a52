"""Promise 6: the audit trail detects an edited, deleted or reordered entry, and a truncated
tail against an anchor."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from shelter_desk.services import audit
from shelter_desk.services.workspace import Workspace


def _fill(ws: Workspace, n: int = 8) -> audit.Anchor:
    with ws.session() as session:
        for i in range(n):
            audit.record(
                session,
                ws.actor,
                "test.entry",
                client_code=f"PAY-{i:04d}",
                reason=f"reason {i}",
                recipient="parket Antwerpen",
            )
        return audit.anchor(session)


def _tamper(ws: Workspace, *statements: str) -> None:
    with ws.store.connection() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_delete")
        for s in statements:
            conn.exec_driver_sql(s)


def _verify(ws: Workspace, anchor: audit.Anchor | None = None) -> audit.ChainReport:
    with ws.session() as session:
        return audit.verify(session, anchor)


def test_an_untouched_chain_verifies_with_and_without_its_anchor(director_ws: Workspace) -> None:
    anchor = _fill(director_ws)
    assert _verify(director_ws).ok
    assert _verify(director_ws, anchor).ok
    _fill(director_ws, 2)  # growing after an anchor is fine
    report = _verify(director_ws, anchor)
    assert report.ok and report.length == anchor.length + 2


def test_the_database_refuses_updates_and_deletes(director_ws: Workspace) -> None:
    _fill(director_ws)
    for stmt in ("UPDATE audit_log SET actor = 'x' WHERE seq = 2", "DELETE FROM audit_log"):
        with pytest.raises(Exception, match="append-only"), director_ws.store.connection() as c:
            c.exec_driver_sql(stmt)


def test_an_edited_entry_is_detected(director_ws: Workspace) -> None:
    _fill(director_ws)
    _tamper(director_ws, "UPDATE audit_log SET recipient = 'someone else' WHERE seq = 4")
    report = _verify(director_ws)
    assert not report.ok
    assert any("entry 4" in p and "changed" in p for p in report.problems)


def test_an_edit_with_a_recomputed_hash_still_breaks_the_next_link(director_ws: Workspace) -> None:
    _fill(director_ws)
    with director_ws.session() as session:
        row = session.execute(text("SELECT * FROM audit_log WHERE seq = 4")).mappings().one()
    from datetime import UTC, datetime

    at = datetime.fromisoformat(str(row["at"])).replace(tzinfo=UTC)
    forged = audit.chain_hash(
        row["prev_hash"],
        audit.canonical_content(
            4,
            at,
            "someone",
            row["action"],
            row["client_code"],
            row["target"],
            row["reason"],
            row["recipient"],
            row["outcome"],
        ),
    )
    _tamper(director_ws, f"UPDATE audit_log SET actor='someone', entry_hash='{forged}' WHERE seq=4")
    report = _verify(director_ws)
    assert not report.ok
    assert any("entry 5" in p and "follow" in p for p in report.problems)


def test_a_deleted_entry_is_detected(director_ws: Workspace) -> None:
    _fill(director_ws)
    _tamper(director_ws, "DELETE FROM audit_log WHERE seq = 5")
    report = _verify(director_ws)
    assert not report.ok


def test_reordered_entries_are_detected(director_ws: Workspace) -> None:
    _fill(director_ws)
    # Swap the contents of positions 3 and 6, keeping the positions.
    cols = (
        "at, actor, action, client_code, target, reason, recipient, outcome, prev_hash, entry_hash"
    )
    _tamper(
        director_ws,
        f"CREATE TEMP TABLE swap AS SELECT seq, {cols} FROM audit_log WHERE seq IN (3, 6)",
        "DELETE FROM audit_log WHERE seq IN (3, 6)",
        f"INSERT INTO audit_log (seq, {cols}) SELECT 9 - seq, {cols} FROM swap",
    )
    assert not _verify(director_ws).ok


def test_a_truncated_tail_is_detected_against_the_anchor(director_ws: Workspace) -> None:
    anchor = _fill(director_ws)
    _tamper(director_ws, f"DELETE FROM audit_log WHERE seq > {anchor.length - 2}")
    assert _verify(director_ws).ok  # without the anchor a shorter chain looks whole...
    report = _verify(director_ws, anchor)
    assert not report.ok  # ...the anchor from the last report tells
    assert any("removed from the end" in p for p in report.problems)


def test_a_rewritten_tail_is_detected_against_the_anchor(director_ws: Workspace) -> None:
    anchor = _fill(director_ws)
    _tamper(director_ws, f"DELETE FROM audit_log WHERE seq >= {anchor.length}")
    _fill(director_ws, 3)  # same length again, different entries
    report = _verify(director_ws, anchor)
    assert not report.ok


def test_anchor_text_round_trips() -> None:
    a = audit.Anchor(12, "ab" * 32)
    assert audit.Anchor.parse(str(a)) == a
    with pytest.raises(ValueError):
        audit.Anchor.parse("12:short")


def test_entries_hold_metadata_only(director_ws: Workspace) -> None:
    columns = set()
    with director_ws.store.connection() as conn:
        columns = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(audit_log)")}
    assert columns == {
        "seq",
        "at",
        "actor",
        "action",
        "client_code",
        "target",
        "reason",
        "recipient",
        "outcome",
        "prev_hash",
        "entry_hash",
    }
