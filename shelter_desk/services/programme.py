"""The programme's two steps a file takes: admission (intake -> in the programme) and the
end of the programme, with the reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from shelter_desk.domain.vocabulary import (
    ClientStatus,
    EndReason,
)
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.clients import Client
from shelter_desk.models.intake import ProgrammeEnd
from shelter_desk.services import audit, clock
from shelter_desk.services import validation as v
from shelter_desk.services.client_list import ClientSummary, _summaries
from shelter_desk.services.errors import ValidationError
from shelter_desk.services.guard import client_in_reach, require_case_worker
from shelter_desk.services.records import clean, touch
from shelter_desk.services.workspace import Workspace

ALREADY_ENDED = QT_TRANSLATE_NOOP("validation", "the programme has already ended")
NOT_IN_INTAKE = QT_TRANSLATE_NOOP("validation", "only a client in intake can be admitted")


def admit(ws: Workspace, client_id: int) -> ClientSummary:
    """Intake -> in programme."""
    require_case_worker(ws, "programme.admit")
    with ws.session() as session:
        c = client_in_reach(session, ws, client_id, "programme.admit")
        if c.status != ClientStatus.INTAKE:
            raise ValidationError("status", NOT_IN_INTAKE)
        c.status = ClientStatus.IN_PROGRAMME
        touch(c)
        audit.record(session, ws.actor, "programme.admit", client_code=c.case_code)
        return _summaries(session, ws, Client.id == c.id, clock.today())[0]


@dataclass(frozen=True)
class EndInput:
    ended_on: date
    reason: EndReason | str
    note: str | None = None


END_SPEC = {
    "ended_on": v.c_date(past_only=True),
    "reason": v.c_choice(EndReason),
    "note": v.c_notes(5000),
}


def end_programme(ws: Workspace, client_id: int, data: EndInput) -> ClientSummary:
    require_case_worker(ws, "programme.end")
    values = clean(END_SPEC, data)
    with ws.session() as session:
        c = client_in_reach(session, ws, client_id, "programme.end")
        if c.status == ClientStatus.CLOSED:
            raise ValidationError("status", ALREADY_ENDED)
        v.not_before("ended_on", values["ended_on"], "intake_date", c.intake_date)
        session.add(ProgrammeEnd(client_id=c.id, **values))
        c.status = ClientStatus.CLOSED
        touch(c)
        audit.record(session, ws.actor, "programme.end", client_code=c.case_code,
                     reason=values["reason"].value)
        return _summaries(session, ws, Client.id == c.id, clock.today())[0]


