"""The dashboard's list of what needs attention (services/reminders.py `load`), on both
backends: read with its clients' names in one query, it says what the rules say; a long list
loads part of itself and counts the rest, so that what it loads and what it counts are, item
for item, the whole list (nothing left out uncounted, nothing counted twice); a counsellor's
holds only the clients they may see."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from shelter_desk import demo
from shelter_desk.services import access_grants, clients, clock, deadlines, reminders
from shelter_desk.services.workspace import Workspace

HORIZON = 14


def _pure(ws: Workspace, day: date) -> list[deadlines.Deadline]:
    """What the rules say needs attention on `day`, from the records alone."""
    with ws.session() as session:
        facts = deadlines.load_facts(session, ws)
    end = day + timedelta(days=HORIZON)
    return sorted((d for f in facts.values() for d in deadlines.all_deadlines(f, day)
                   if d.due <= end and d.until >= day), key=deadlines.order)


def _counts(loaded: reminders.Reminders) -> Counter[tuple[object, ...]]:
    """Items by kind, whose, overdue, handled: what the dashboard's filters and headings
    count; those left out counted as what they are (open, their counsellor's)."""
    today = loaded.today
    counts = Counter((r.deadline.kind, r.responsible_id, r.deadline.due < today,
                      r.handled(today)) for r in loaded.items)
    for m in loaded.left_out:
        counts[(m.kind, m.counsellor_id, m.overdue, False)] += m.count
    return counts


def _steps_outside_the_window(director: Workspace, counsellor2_id: int) -> int:
    """Steps taken about the oldest overdue item and the farthest one: those are loaded
    whatever the window, and not counted among those left out."""
    full = reminders.load(director)
    today = full.today
    overdue = [r for r in full.items if r.deadline.due < today]
    later = [r for r in full.items if r.deadline.due > today + timedelta(days=1)]
    assert overdue and later, "the demo has overdue items and later ones"
    reminders.snooze(director, overdue[0].deadline, today + timedelta(days=5), "Waiting")
    reminders.mark_done(director, overdue[1].deadline, "Called her")
    # handed to a counsellor the file is opened to: theirs now, though not their client
    far = next(r for r in reversed(later) if r.counsellor_id != counsellor2_id)
    access_grants.grant(director, far.deadline.client_id, "counsellor2", "covers")
    reminders.assign(director, far.deadline, counsellor2_id, "Yours this week")
    return 3


def test_a_long_list_loads_part_of_itself_and_counts_the_rest(
        director: Workspace, counsellor1: Workspace, counsellor2: Workspace) -> None:
    demo.populate(director, 60, seed=11)
    two = counsellor2.actor.user_id
    assert two is not None
    _steps_outside_the_window(director, two)
    today = clock.today()
    for ws in (director, counsellor1, counsellor2):
        full = reminders.load(ws)
        assert [r.deadline for r in full.items] == _pure(ws, today)
        assert full.left_out == () and full.total == len(full.items)
        visible = {c.id: c for c in clients.list_clients(ws)}
        assert {r.deadline.client_id for r in full.items} <= set(visible)
        assert full.names == {r.deadline.client_id: visible[r.deadline.client_id].name
                              for r in full.items}
        acted = [r for r in full.items if r.state is not None]
        left_out_seen = False
        for limit in (1, 3, 10, 10_000):
            part = reminders.load(ws, limit=limit)
            kept = set(part.items)
            # what it loads: in the list's order, every item staff took a step about
            assert [r for r in full.items if r in kept] == part.items
            assert all(r in kept for r in acted)
            # what it counts: the rest, item for item
            assert _counts(part) == _counts(full), limit
            assert part.total == full.total
            assert all(m.count > 0 for m in part.left_out)
            left_out_seen |= bool(part.left_out)
            # today's are all loaded; those left out are the oldest overdue and the farthest
            assert [r for r in part.items if r.deadline.due == today] == \
                [r for r in full.items if r.deadline.due == today]
            missing = [r for r in full.items if r not in kept]
            if missing:
                overdue_kept = [r.deadline.due for r in part.items if r.deadline.due < today
                                and r.state is None]
                later_kept = [r.deadline.due for r in part.items if r.deadline.due > today
                              and r.state is None]
                for r in missing:
                    assert r.state is None
                    assert (r.deadline.due < min(overdue_kept, default=today)
                            if r.deadline.due < today
                            else r.deadline.due > max(later_kept, default=today))
            assert set(part.staff) >= {m.counsellor_id for m in part.left_out} - {None}
            if limit == 10_000:
                assert part == full
        if ws is director:
            assert left_out_seen, "a small limit leaves something out"
    # a counsellor's list holds none of the other's clients (those opened to them aside)
    mine = {r.deadline.client_id for r in reminders.load(counsellor1).items}
    theirs = {c.id for c in clients.list_clients(counsellor2) if c.counsellor == "Counsellor Two"}
    assert mine and not mine & theirs
    assert {m.counsellor_id for m in reminders.load(counsellor1, limit=1).left_out} <= {
        counsellor1.actor.user_id}
