"""Each client's phase and deadlines, kept in client_states / client_deadlines instead of being
recomputed by every list and dashboard.

- **Kept in step with the records**: `watch(session)` notes the clients whose facts a
  transaction changes (documents, cases, court dates, condition checks, consents, the client
  row) and rebuilds their rows just before it commits, in the same transaction. A change that
  is not committed leaves no trace; one that is cannot leave the kept rows behind.
- **Kept in step with the calendar**: the rules also depend on the day (a document expires, a
  consent review moves to the next year). Each row says from which day it may be out of date
  (`stale_on`); reads rebuild those rows first (`refresh_stale`). A database upgraded from an
  older version starts with no rows at all: they are all "stale" and built on the first read.

The rules themselves stay in services/deadlines.py and work on plain facts: a test over the
whole demo compares what is kept with what the rules say.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, event, func, insert, or_, select
from sqlalchemy.orm import Session

from shelter_desk.domain import residence, rules
from shelter_desk.domain.vocabulary import (
    ClientStatus,
    DeadlineKind,
    DocumentStatus,
)
from shelter_desk.models.base import table_of
from shelter_desk.models.case_plan import PlanAction
from shelter_desk.models.clients import Client
from shelter_desk.models.corrections import RecordVoid
from shelter_desk.models.followup import ConditionCheck, ConsentEvent
from shelter_desk.models.justice import CourtDate, JudicialCase, ResidenceDocument
from shelter_desk.models.reminders import ReminderAction
from shelter_desk.models.status import ClientDeadline, ClientState
from shelter_desk.services import clock, deadlines
from shelter_desk.services.concurrency import serialise_writes

# Records whose changes can move a client's phase or deadlines, by how they name the client
# (a void takes a record out of every count; an open plan action is a deadline; a reminder
# done or snoozed is no client's next deadline).
_BY_CLIENT = (ResidenceDocument, JudicialCase, ConditionCheck, ConsentEvent, PlanAction,
              RecordVoid, ReminderAction)
_INFO_CLIENTS = "status_clients"
_INFO_CASES = "status_cases"
_CHUNK = 500
NEXT_HORIZON = timedelta(days=366 * 4)  # how far ahead the client list looks for a deadline


def stale_on(facts: deadlines.ClientFacts, today: date, items: Sequence[deadlines.Deadline],
             nxt: deadlines.Deadline | None) -> date | None:
    """The first day after `today` on which the same facts give another phase, other
    deadlines or another next deadline: a document comes into force or expires, a consent
    review moves on, the next deadline stops needing attention or one comes within reach."""
    days: list[date] = []
    for d in facts.documents:
        if d.status != DocumentStatus.ISSUED or d.issued_on is None:
            continue
        if d.issued_on > today:
            days.append(d.issued_on)
        if d.expires_on is not None and d.expires_on >= today:
            days.append(d.expires_on + timedelta(days=1))
    if facts.status == ClientStatus.IN_PROGRAMME:
        for since in facts.consent_granted_since.values():
            due = deadlines.next_anniversary(since, rules.CONSENT_REVIEW_MONTHS, today,
                                             deadlines.CONSENT_REVIEW_GRACE)
            days.append(due + deadlines.CONSENT_REVIEW_GRACE + timedelta(days=1))
    if nxt is not None:
        if nxt.until < date.max:
            days.append(nxt.until + timedelta(days=1))
    else:  # none yet: the first one still to come, once it is within the list's reach
        later = [d.due - NEXT_HORIZON for d in items if d.until >= today]
        days.extend(day for day in later if day > today)
    return min(days, default=None)


def rebuild(session: Session, client_ids: Sequence[int] | None, today: date) -> int:
    """Compute and store the phase and deadlines of these clients (None: every client), in the
    caller's transaction. Returns how many clients were rebuilt."""
    serialise_writes(session)  # on a server, one writer at a time: no two rebuilds interleave
    total = 0
    if client_ids is None:
        total += _rebuild_chunk(session, None, today)
        return total
    ids = sorted(set(client_ids))
    for start in range(0, len(ids), _CHUNK):
        total += _rebuild_chunk(session, ids[start:start + _CHUNK], today)
    return total


def _rebuild_chunk(session: Session, ids: list[int] | None, today: date) -> int:
    query = select(Client.id, Client.status)
    if ids is not None:
        query = query.where(Client.id.in_(ids))
    statuses = dict(session.execute(query).all())
    if not statuses:
        return 0
    from shelter_desk.services import reminders  # it builds on this module

    facts = deadlines.load_facts(session, None, list(statuses) if ids is not None else None)
    all_items = {cid: deadlines.all_deadlines(fact, today) for cid, fact in facts.items()}
    # What staff did about a reminder: one done, or snoozed to a day to come, is no client's
    # next deadline (the list and its "overdue" filter agree with the dashboard).
    steps = reminders.states(session, (reminders.key_of(d) for items in all_items.values()
                                       for d in items))
    states: list[dict[str, object]] = []
    rows: list[dict[str, object]] = []
    for cid, status in statuses.items():
        fact = facts.get(cid)
        doc = residence.in_force(fact.documents, today) if fact else None
        items = all_items.get(cid, [])
        mine = {k: st for d in items if (st := steps.get(k := reminders.key_of(d)))}
        pending = [d for d in deadlines.needing_attention(items, today, NEXT_HORIZON.days)
                   if not (st := mine.get(reminders.key_of(d))) or not st.handled(today)]
        nxt = pending[0] if pending else None
        snoozes = [st.snoozed_until for st in mine.values()
                   if st.handled(today) and st.snoozed_until is not None]
        kept_until = stale_on(fact, today, items, nxt) if fact else None
        state: dict[str, object] = {
            "client_id": cid, "computed_on": today,
            "phase": residence.phase_of(status, doc.doc_type if doc else None).value,
            "stale_on": min([d for d in (kept_until, *snoozes) if d is not None],
                            default=None),
            "next_due": None, "next_kind": None, "next_detail": None, "next_rule": None,
            "next_until": None, "next_record": None}
        if nxt is not None:
            state.update(next_due=nxt.due, next_kind=nxt.kind.value,
                         next_detail=deadlines.pack_subject(nxt.subject),
                         next_rule=nxt.rule, next_until=nxt.until, next_record=nxt.record)
        states.append(state)
        for d in items:
            rows.append({"client_id": cid, "due": d.due, "until": d.until, "kind": d.kind.value,
                         "detail": deadlines.pack_subject(d.subject), "rule": d.rule,
                         "record": d.record})
    if ids is None:
        session.execute(delete(ClientDeadline))
        session.execute(delete(ClientState))
    else:
        session.execute(delete(ClientDeadline).where(ClientDeadline.client_id.in_(ids)))
        session.execute(delete(ClientState).where(ClientState.client_id.in_(ids)))
    session.execute(insert(table_of(ClientState)), states)
    if rows:
        session.execute(insert(table_of(ClientDeadline)), rows)
    return len(states)


def refresh_stale(session: Session, today: date | None = None) -> int:
    """Rebuild the rows the calendar has overtaken, and those of clients without any (new to
    this version of the program). Cheap when there are none: one indexed query."""
    day = today or clock.today()
    missing = select(Client.id).where(
        ~select(ClientState.client_id).where(ClientState.client_id == Client.id).exists())
    due = select(ClientState.client_id).where(
        or_(ClientState.stale_on <= day, ClientState.computed_on > day))
    ids = list(session.scalars(missing.union(due)))
    if not ids:
        return 0
    return rebuild(session, ids, day)


def watch(session: Session) -> None:
    """Rebuild, before `session` commits, the rows of every client whose facts it changed."""

    def after_flush(s: Session, *_: object) -> None:
        clients: set[int] = s.info.setdefault(_INFO_CLIENTS, set())
        cases: set[int] = s.info.setdefault(_INFO_CASES, set())
        for obj in (*s.new, *s.dirty, *s.deleted):
            if isinstance(obj, Client):
                clients.add(obj.id)
            elif isinstance(obj, _BY_CLIENT):
                clients.add(obj.client_id)
            elif isinstance(obj, CourtDate):
                cases.add(obj.case_id)

    event.listen(session, "after_flush", after_flush)
    event.listen(session, "before_commit", settle)


def settle(session: Session) -> None:
    """Rebuild now the rows of the clients this transaction has changed so far (a read later
    in the same transaction sees them right; the commit does it anyway)."""
    session.flush()
    clients: set[int] = session.info.pop(_INFO_CLIENTS, set())
    cases: set[int] = session.info.pop(_INFO_CASES, set())
    if cases:
        clients.update(session.scalars(select(JudicialCase.client_id)
                                       .where(JudicialCase.id.in_(sorted(cases)))))
    existing = [c for c in clients if c is not None]
    if existing:
        rebuild(session, existing, clock.today())


# -- reading what is kept ---------------------------------------------------------------------
def _bytewise(session: Session, column: Any) -> Any:
    """Text ordered byte by byte, as Python orders it (a server's locale may not)."""
    return column.collate("C") if session.get_bind().dialect.name == "postgresql" else column


_KINDS = {k.value: k for k in DeadlineKind}


def _deadline(row: Any) -> deadlines.Deadline:
    due, kind, client_id, case_code, detail, rule, until, record = row
    return deadlines.Deadline(due, _KINDS[kind], client_id, case_code,
                              deadlines.unpack_subject(detail), rule, until, record)


def kept_deadlines(session: Session, visible: ColumnElement[bool], start: date, end: date,
                   today: date, client_id: int | None = None) -> list[deadlines.Deadline]:
    """Deadlines due in [start, end] still relevant on `today`, of the clients `visible`
    selects, ordered as the rules order them (due, case code, kind)."""
    query = (select(ClientDeadline.due, ClientDeadline.kind, ClientDeadline.client_id,
                    Client.case_code, ClientDeadline.detail, ClientDeadline.rule,
                    ClientDeadline.until, ClientDeadline.record)
             .join(Client, Client.id == ClientDeadline.client_id)
             .where(visible, ClientDeadline.due >= start, ClientDeadline.due <= end,
                    ClientDeadline.until >= today)
             .order_by(ClientDeadline.due, _bytewise(session, Client.case_code),
                       _bytewise(session, ClientDeadline.kind),
                       _bytewise(session, func.coalesce(ClientDeadline.record, ""))))
    if client_id is not None:
        query = query.where(ClientDeadline.client_id == client_id)
    return [_deadline(r) for r in session.connection().execute(query).all()]


def _acted_on() -> ColumnElement[bool]:
    """A deadline about which staff took any step (done, snoozed, handed over, reopened)."""
    return select(ReminderAction.id).where(
        ReminderAction.client_id == ClientDeadline.client_id,
        ReminderAction.kind == ClientDeadline.kind,
        ReminderAction.record == func.coalesce(ClientDeadline.record, ""),
        ReminderAction.due == ClientDeadline.due).exists()


def _attention(visible: ColumnElement[bool], end: date, today: date) -> ColumnElement[bool]:
    return and_(visible, ClientDeadline.due <= end, ClientDeadline.until >= today)


def attention_window(session: Session, visible: ColumnElement[bool], end: date, today: date,
                     limit: int) -> tuple[date, date]:
    """The days [first, last] of a list of what needs attention that holds about `limit`
    overdue items (the latest) and `limit` items after today (the soonest), whole days each;
    today's are always within."""
    def nth(*criteria: ColumnElement[bool], order: Any) -> date | None:
        day: date | None = session.scalar(
            select(ClientDeadline.due).join(Client, Client.id == ClientDeadline.client_id)
            .where(_attention(visible, end, today), *criteria)
            .order_by(order).offset(max(limit, 1) - 1).limit(1))
        return day

    first = nth(ClientDeadline.due < today, order=ClientDeadline.due.desc())
    last = nth(ClientDeadline.due > today, order=ClientDeadline.due)
    return first or date.min, last or end


def kept_attention(session: Session, visible: ColumnElement[bool], end: date, today: date,
                   window: tuple[date, date] | None = None
                   ) -> list[tuple[deadlines.Deadline, int | None, str]]:
    """What needs attention on `today`: every deadline due by `end` (overdue ones included)
    still relevant, of the clients `visible` selects, ordered as `kept_deadlines` orders them;
    each with its client's counsellor and name, read in the same query (a dashboard over
    thousands of clients reads neither every client nor every name a second time).

    With a `window` of days, only those due in it, and those staff took a step about
    (`left_out` counts the others)."""
    query = (select(ClientDeadline.due, ClientDeadline.kind, ClientDeadline.client_id,
                    Client.case_code, ClientDeadline.detail, ClientDeadline.rule,
                    ClientDeadline.until, ClientDeadline.record, Client.counsellor_id,
                    Client.first_names, Client.last_name)
             .join(Client, Client.id == ClientDeadline.client_id)
             .where(_attention(visible, end, today))
             .order_by(ClientDeadline.due, _bytewise(session, Client.case_code),
                       _bytewise(session, ClientDeadline.kind),
                       _bytewise(session, func.coalesce(ClientDeadline.record, ""))))
    if window is not None:
        query = query.where(or_(ClientDeadline.due.between(*window), _acted_on()))
    return [(_deadline(r[:8]), r[8], f"{r[9]} {r[10]}")
            for r in session.connection().execute(query).all()]


def left_out(session: Session, visible: ColumnElement[bool], end: date, today: date,
             window: tuple[date, date]) -> list[tuple[DeadlineKind, int | None, bool, int]]:
    """What `kept_attention` leaves out of a `window`, counted by (kind, the client's
    counsellor, overdue or not). None of them was acted on: each is open, its counsellor's."""
    overdue = ClientDeadline.due < today
    rows = session.execute(
        select(ClientDeadline.kind, Client.counsellor_id, overdue, func.count())
        .join(Client, Client.id == ClientDeadline.client_id)
        .where(_attention(visible, end, today), ~ClientDeadline.due.between(*window),
               ~_acted_on())
        .group_by(ClientDeadline.kind, Client.counsellor_id, overdue))
    return [(_KINDS[kind], counsellor, bool(late), count) for kind, counsellor, late, count in rows]


def phase_counts(session: Session, visible: ColumnElement[bool]) -> dict[str, int]:
    """Clients not closed, by phase."""
    rows = session.execute(
        select(ClientState.phase, func.count())
        .join(Client, Client.id == ClientState.client_id)
        .where(visible, Client.status != ClientStatus.CLOSED)
        .group_by(ClientState.phase))
    return {phase: count for phase, count in rows}
