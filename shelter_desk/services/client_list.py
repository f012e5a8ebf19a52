"""The client list: each visible client's row (phase and next deadline read from the kept
status, services/status.py), search and filters, names for lists of deadlines, and the
caseload counts of the dashboard's charts."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Text, and_, cast, func, select, true
from sqlalchemy.orm import Session

from shelter_desk.domain.vocabulary import (
    ClientStatus,
    DeadlineKind,
    ExploitationForm,
    Phase,
)
from shelter_desk.models.clients import Client
from shelter_desk.models.intake import Exploitation
from shelter_desk.models.status import ClientState
from shelter_desk.models.users import User
from shelter_desk.services import client_filters, clock, deadlines, status, voids
from shelter_desk.services import validation as v
from shelter_desk.services.changes import Changes, Kind
from shelter_desk.services.folding import fold
from shelter_desk.services.guard import client_in_reach, require_case_worker, visible_clients
from shelter_desk.services.workspace import Workspace


@dataclass(frozen=True)
class ClientSummary:
    """A row of the client list."""

    id: int
    case_code: str
    first_names: str
    last_name: str
    nationality: str
    counsellor: str
    status: ClientStatus
    phase: Phase
    intake_date: date
    is_minor: bool
    next_deadline: deadlines.Deadline | None
    synthetic: bool
    search_text: str = ""  # folded names, aliases and case code, for instant filtering
    forms: frozenset[ExploitationForm] = frozenset()  # of the live exploitation records

    @property
    def name(self) -> str:
        return f"{self.first_names} {self.last_name}"

    @property
    def changes(self) -> Changes:
        """What a write that returns this summary changed: the client's own details."""
        return Changes.of(self.id, Kind.CLIENT)


def _summaries(session: Session, ws: Workspace, where: ColumnElement[bool],
               today: date) -> list[ClientSummary]:
    """Rows of the client list for the clients `where` selects (and the actor may see): plain
    columns, with the phase and next deadline kept by services/status.py."""
    status.settle(session)
    status.refresh_stale(session, today)
    names: dict[int, str] = dict(session.execute(select(User.id, User.display_name)).all())
    forms = _forms(session, ws, where)
    rows = session.connection().execute(
        select(Client.id, Client.case_code, Client.first_names, Client.last_name,
               Client.nationality, Client.counsellor_id, Client.status, ClientState.phase,
               Client.intake_date, Client.is_minor, Client.synthetic, Client.search_key,
               ClientState.next_due, ClientState.next_kind, ClientState.next_detail,
               ClientState.next_rule, ClientState.next_until, ClientState.next_record)
        .join(ClientState, ClientState.client_id == Client.id)
        .where(visible_clients(ws), where)
        .order_by(Client.case_code)).all()
    out = []
    for (cid, code, first, last, nationality, counsellor_id, client_status, phase, intake_date,
         is_minor, synthetic, key, due, kind, detail, rule, until, record) in rows:
        out.append(ClientSummary(
            id=cid, case_code=code, first_names=first, last_name=last, nationality=nationality,
            counsellor=names.get(counsellor_id, "") if counsellor_id else "",
            status=client_status, phase=_PHASES[phase], intake_date=intake_date,
            is_minor=is_minor,
            next_deadline=None if due is None else deadlines.Deadline(
                due, _KINDS[kind], cid, code, deadlines.unpack_subject(detail), rule,
                until, record),
            synthetic=synthetic, search_text=key, forms=forms.get(cid, frozenset())))
    return out


_PHASES = {p.value: p for p in Phase}
_KINDS = {k.value: k for k in DeadlineKind}


def _forms(session: Session, ws: Workspace, where: ColumnElement[bool]
           ) -> dict[int, frozenset[ExploitationForm]]:
    """Each client's forms of exploitation over their live (not voided) records, in one query."""
    known = ExploitationForm._value2member_map_
    read: dict[str | None, frozenset[ExploitationForm]] = {}  # each distinct list read once
    found: dict[int, frozenset[ExploitationForm]] = {}
    for cid, listed in session.connection().execute(
            select(Exploitation.client_id, cast(Exploitation.forms, Text))
            .join(Client, Client.id == Exploitation.client_id)
            .where(visible_clients(ws), where, voids.live(Exploitation))).all():
        record_forms = read.get(listed)
        if record_forms is None:
            record_forms = read[listed] = frozenset(
                ExploitationForm(f) for f in (json.loads(listed) if listed else ()) or ()
                if f in known)
        found[cid] = found[cid] | record_forms if cid in found else record_forms
    return found


def list_clients(
    ws: Workspace,
    *,
    search: str | None = None,
    status: ClientStatus | None = None,
    counsellor: str | None = None,
    filters: client_filters.ClientFilter | None = None,
    today: date | None = None,
) -> list[ClientSummary]:
    """The clients the actor may see, filtered. Search is accent- and case-insensitive over
    names, aliases and case codes; `filters` narrow as the list on screen does."""
    require_case_worker(ws, "client.list")
    query = v.text("search", search, max_len=200, required=False)
    folded = fold(query) if query else ""
    where: list[ColumnElement[bool]] = []
    if folded:
        # On a server the blind index finds candidates; their opened names decide.
        where.append(ws.store.name_search(folded))
    if status is not None:
        where.append(Client.status == v.choice("status", status, ClientStatus))
    if counsellor is not None:
        where.append(Client.counsellor_id.in_(
            select(User.id).where(User.username == counsellor)))
    day = today or clock.today()
    with ws.session() as session:
        found = _summaries(session, ws, and_(true(), *where), day)
    if folded:
        found = [c for c in found if folded in c.search_text]
    return client_filters.narrow(found, filters, day) if filters else found


NAMES_BY_ID = 500  # more names than this: read every visible client's once


def names(ws: Workspace, client_ids: Sequence[int]) -> dict[int, str]:
    """The names of these clients (those the actor may see), for lists of their deadlines."""
    require_case_worker(ws, "client.list")
    wanted = set(client_ids)
    query = select(Client.id, Client.first_names, Client.last_name).where(visible_clients(ws))
    if len(wanted) <= NAMES_BY_ID:  # else every visible client, read once (no lists of ids)
        query = query.where(Client.id.in_(sorted(wanted)))
    with ws.session() as session:
        return {cid: f"{first} {last}"
                for cid, first, last in session.connection().execute(query).all()
                if cid in wanted}


def summary(ws: Workspace, client_id: int) -> ClientSummary:
    """The client's row of the client list (a file's header, refreshed)."""
    require_case_worker(ws, "client.open")
    with ws.session() as session:
        c = client_in_reach(session, ws, client_id, "client.open")
        return _summaries(session, ws, Client.id == c.id, clock.today())[0]


def caseload(ws: Workspace, today: date | None = None) -> dict[str, dict[str, int]]:
    """Counts for the dashboard charts: active clients by phase and by form of exploitation."""
    require_case_worker(ws, "client.list")
    day = today or clock.today()
    with ws.session() as session:
        status.refresh_stale(session, day)
        by_phase = status.phase_counts(session, visible_clients(ws))
        by_form: dict[str, int] = {}
        # Counted per distinct list of forms (a few dozen), each list read once.
        listed = cast(Exploitation.forms, Text)
        for forms, count in session.connection().execute(
                select(listed, func.count()).join(Client, Client.id == Exploitation.client_id)
                .where(visible_clients(ws), Client.status != ClientStatus.CLOSED)
                .group_by(listed)).all():
            for f in json.loads(forms):
                by_form[f] = by_form.get(f, 0) + count
    return {"phase": by_phase, "form": by_form}
