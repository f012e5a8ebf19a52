"""What falls due, and when, for all visible clients or one. The rules are pure and live in
domain/deadlines.py; here the facts they run on are loaded, in a handful of bulk queries, so
the whole caseload is computed at once. Voided records count for none of them
(services/voids.live)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

# The rules and their types are pure (domain/deadlines.py); offered here to the layers above,
# which ask the services.
from shelter_desk.domain.deadlines import ACTIVE as ACTIVE
from shelter_desk.domain.deadlines import CONSENT_REVIEW_GRACE as CONSENT_REVIEW_GRACE
from shelter_desk.domain.deadlines import CaseFact as CaseFact
from shelter_desk.domain.deadlines import ClientFacts as ClientFacts
from shelter_desk.domain.deadlines import Deadline as Deadline
from shelter_desk.domain.deadlines import DocFact as DocFact
from shelter_desk.domain.deadlines import HearingFact as HearingFact
from shelter_desk.domain.deadlines import PlanFact as PlanFact
from shelter_desk.domain.deadlines import all_deadlines as all_deadlines
from shelter_desk.domain.deadlines import needing_attention as needing_attention
from shelter_desk.domain.deadlines import next_anniversary as next_anniversary
from shelter_desk.domain.deadlines import order as order
from shelter_desk.domain.deadlines import pack_subject as pack_subject
from shelter_desk.domain.deadlines import unpack_subject as unpack_subject
from shelter_desk.domain.vocabulary import (
    ActionStatus,
    Condition,
    ConditionStatus,
    ConsentEventKind,
    ConsentPurpose,
)
from shelter_desk.models.case_plan import PlanAction
from shelter_desk.models.clients import Client
from shelter_desk.models.followup import ConditionCheck, ConsentEvent
from shelter_desk.models.justice import CourtDate, JudicialCase, ResidenceDocument
from shelter_desk.models.users import User
from shelter_desk.services import clock
from shelter_desk.services.guard import require_case_worker, visible_clients
from shelter_desk.services.voids import live
from shelter_desk.services.workspace import Workspace


# -- loading the facts ----------------------------------------------------------------------
def load_facts(session: Session, ws: Workspace | None, client_ids: list[int] | None = None
               ) -> dict[int, ClientFacts]:
    """Facts of the active clients `ws` may see (all, or those in `client_ids`); with no
    workspace, of every active client (services/status.py keeps them for everyone)."""
    query = select(Client.id, Client.case_code, Client.status, Client.intake_date).where(
        Client.status.in_(ACTIVE))
    if ws is not None:
        query = query.where(visible_clients(ws))
    if client_ids is not None:
        query = query.where(Client.id.in_(client_ids))
    facts = {row[0]: ClientFacts(*row) for row in session.execute(query)}
    if not facts:
        return facts
    ids = list(facts)

    for d in session.scalars(select(ResidenceDocument).where(ResidenceDocument.client_id.in_(ids),
                                                             live(ResidenceDocument))):
        facts[d.client_id].documents.append(
            DocFact(d.id, d.doc_type, d.status, d.issued_on, d.expires_on, d.extends_id))

    cases: dict[int, CaseFact] = {}
    for case in session.scalars(select(JudicialCase).where(JudicialCase.client_id.in_(ids),
                                                           live(JudicialCase))):
        cases[case.id] = CaseFact(case.id, case.final_decision_on)
        facts[case.client_id].cases.append(cases[case.id])
    if cases:
        for h in session.scalars(select(CourtDate).where(CourtDate.case_id.in_(list(cases)),
                                                         live(CourtDate))):
            cases[h.case_id].hearings.append(HearingFact(h.id, h.court, h.on_date, h.outcome))

    last = session.execute(
        select(ConditionCheck.client_id, ConditionCheck.condition,
               func.max(ConditionCheck.checked_on))
        .where(ConditionCheck.client_id.in_(ids), live(ConditionCheck))
        .group_by(ConditionCheck.client_id, ConditionCheck.condition))
    for cid, condition, day in last:
        facts[cid].last_checks[Condition(condition)] = day
    for check_id, cid, condition, day in session.execute(
        select(ConditionCheck.id, ConditionCheck.client_id, ConditionCheck.condition,
               ConditionCheck.checked_on)
        .where(ConditionCheck.client_id.in_(ids),
               ConditionCheck.status == ConditionStatus.BREACH,
               ConditionCheck.notified_prosecutor.is_(False),
               ConditionCheck.not_notified_reason.is_(None), live(ConditionCheck))):
        facts[cid].unreported_breaches.append((check_id, Condition(condition), day))

    events: dict[int, list[tuple[date, int, ConsentPurpose, ConsentEventKind]]] = defaultdict(list)
    for e in session.execute(
        select(ConsentEvent.client_id, ConsentEvent.given_on, ConsentEvent.id,
               ConsentEvent.purpose, ConsentEvent.kind).where(ConsentEvent.client_id.in_(ids),
                                                              live(ConsentEvent))):
        events[e[0]].append((e[1], e[2], e[3], e[4]))
    for cid, evs in events.items():
        state: dict[ConsentPurpose, date | None] = {}
        for day, _, purpose, kind in sorted(evs):
            state[purpose] = day if kind == ConsentEventKind.GRANT else None
        facts[cid].consent_granted_since = {p: d for p, d in state.items() if d is not None}
    load_plan(session, facts)
    return facts


def load_plan(session: Session, facts: dict[int, ClientFacts]) -> None:
    """The open, not voided actions of the clients' case plans."""
    names = {u: n for u, n in session.execute(select(User.id, User.display_name))}
    for a in session.scalars(select(PlanAction).where(
            PlanAction.client_id.in_(list(facts)), PlanAction.status == ActionStatus.OPEN,
            live(PlanAction))):
        first = a.action.strip().splitlines()[0] if a.action.strip() else ""
        facts[a.client_id].plan.append(PlanFact(a.id, a.due_on, first[:120],
                                                names.get(a.owner_id, "")))


def upcoming(ws: Workspace, *, today: date | None = None, horizon_days: int = 14,
             client_id: int | None = None) -> list[Deadline]:
    """What needs attention from today to the horizon (overdue items included), read from
    what services/status.py keeps."""
    from shelter_desk.services import status  # it builds on this module

    require_case_worker(ws, "deadlines.list")
    day = today or clock.today()
    with ws.session() as session:
        status.refresh_stale(session, day)
        return status.kept_deadlines(session, visible_clients(ws), date.min,
                                     day + timedelta(days=horizon_days), day, client_id)


def between(ws: Workspace, start: date, end: date, *, client_id: int | None = None
            ) -> list[Deadline]:
    """Every deadline due in [start, end] (the calendar's month view)."""
    require_case_worker(ws, "deadlines.list")
    with ws.session() as session:
        facts = load_facts(session, ws, None if client_id is None else [client_id])
    return sorted((d for c in facts.values() for d in all_deadlines(c, start)
                   if start <= d.due <= end),
                  key=order)
