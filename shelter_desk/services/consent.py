"""The consent ledger: dated grants and withdrawals per purpose. The current state is derived
from the ledger, never stored; `check_consent` is the gate reports and case files pass
(services/reporting.py audits a refusal)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

# The state itself is a pure rule (domain/consent.py), offered here to the layers above.
from shelter_desk.domain.consent import ConsentState as ConsentState
from shelter_desk.domain.consent import state_from_events as state_from_events
from shelter_desk.domain.vocabulary import ConsentEventKind, ConsentForm, ConsentPurpose
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.base import utcnow
from shelter_desk.models.clients import Client
from shelter_desk.models.followup import ConsentEvent
from shelter_desk.services import audit
from shelter_desk.services import validation as v
from shelter_desk.services.changes import Kind, Recorded
from shelter_desk.services.errors import ConsentMissing, ValidationError
from shelter_desk.services.guard import client_in_reach, require_case_worker
from shelter_desk.services.records import Area, clean, touch, user_names
from shelter_desk.services.voids import VoidMark, live
from shelter_desk.services.workspace import Workspace

WITNESS_NEEDED = QT_TRANSLATE_NOOP("validation", "is required for oral consent")
NOTHING_TO_WITHDRAW = QT_TRANSLATE_NOOP("validation", "there is no consent to withdraw")


@dataclass(frozen=True)
class ConsentInput:
    purpose: ConsentPurpose | str
    kind: ConsentEventKind | str
    given_on: date
    form: ConsentForm | str
    language: str
    interpreter: bool = False
    witness: str | None = None
    document_reference: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class ConsentEventView(Recorded):
    KIND = Kind.CONSENT
    id: int
    client_id: int
    purpose: ConsentPurpose
    kind: ConsentEventKind
    given_on: date
    form: ConsentForm
    language: str
    interpreter: bool
    witness: str | None
    document_reference: str | None
    counsellor: str
    note: str | None
    void: VoidMark | None = None  # set when the record was voided


def _view(r: ConsentEvent, names: dict[int, str]) -> ConsentEventView:
    return ConsentEventView(
        id=r.id, client_id=r.client_id, purpose=r.purpose, kind=r.kind, given_on=r.given_on,
        form=r.form, language=r.language, interpreter=r.interpreter, witness=r.witness,
        document_reference=r.document_reference, counsellor=names.get(r.counsellor_id, ""),
        note=r.note,
    )


def _cross(values: dict[str, object]) -> None:
    if values["form"] == ConsentForm.ORAL_WITH_WITNESS and not values["witness"]:
        raise ValidationError("witness", WITNESS_NEEDED)


LEDGER: Area[ConsentEvent, ConsentEventView] = Area(
    model=ConsentEvent,
    action="consent",
    spec={
        "purpose": v.c_choice(ConsentPurpose),
        "kind": v.c_choice(ConsentEventKind),
        "given_on": v.c_date(past_only=True),
        "form": v.c_choice(ConsentForm),
        "language": v.c_language(),
        "interpreter": v.c_flag(),
        "witness": v.c_opt_text(120),
        "document_reference": v.c_opt_text(120),
        "note": v.c_notes(2000),
    },
    to_view=_view,
    order=(ConsentEvent.given_on, ConsentEvent.id),
    cross=_cross,
    actor_column="counsellor_id",
)


def counted_events(session: Session, client_id: int) -> list[ConsentEvent]:
    """The events that count: a voided grant or withdrawal decides nothing."""
    return list(session.scalars(select(ConsentEvent).where(ConsentEvent.client_id == client_id,
                                                           live(ConsentEvent))))


def record(ws: Workspace, client_id: int, data: ConsentInput) -> ConsentEventView:
    """Append a grant or a withdrawal. A withdrawal of what is not granted is refused."""
    require_case_worker(ws, "consent.add")
    values = clean(LEDGER.spec, data, _cross)
    with ws.session() as session:
        client = client_in_reach(session, ws, client_id, "consent.add")
        if values["kind"] == ConsentEventKind.WITHDRAWAL:
            current = state_from_events(counted_events(session, client.id))[values["purpose"]]
            if not current.granted:
                raise ValidationError("kind", NOTHING_TO_WITHDRAW)
        if ws.actor.user_id is None:
            raise ValidationError("counsellor", v.REQUIRED)
        row = ConsentEvent(client_id=client.id, counsellor_id=ws.actor.user_id,
                           recorded_at=utcnow(), **values)
        session.add(row)
        session.flush()
        action = "consent.grant" if row.kind == ConsentEventKind.GRANT else "consent.withdraw"
        audit.record(session, ws.actor, action, client_code=client.case_code,
                     target=row.purpose.value)
        touch(client)
        return _view(row, user_names(session))


def ledger(ws: Workspace, client_id: int) -> list[ConsentEventView]:
    return LEDGER.list(ws, client_id)


def current_state(ws: Workspace, client_id: int) -> dict[ConsentPurpose, ConsentState]:
    require_case_worker(ws, "consent.list")
    with ws.session() as session:
        client = client_in_reach(session, ws, client_id, "consent.list")
        return state_from_events(counted_events(session, client.id))


def check_consent(session: Session, client: Client, purpose: ConsentPurpose) -> None:
    """Raise ConsentMissing unless `purpose` is currently granted for `client`."""
    events = [e for e in counted_events(session, client.id) if e.purpose == purpose]
    state = state_from_events(events)[purpose]
    if not state.granted:
        withdrawn = state.since.isoformat() if state.since else None
        raise ConsentMissing(client.case_code, purpose.label, withdrawn)

