"""Everything the client file's overview shows, read in one transaction: the file, the session
tally and the records its timeline is made of. Voided records are left out (they stay in their
own tabs, struck through, and count nowhere else)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from shelter_desk.domain.roles import Role
from shelter_desk.services import (
    clients,
    conditions,
    consent,
    counselling,
    goals,
    judicial,
    notifications,
    residence,
)
from shelter_desk.services.guard import client_in_reach, require_case_worker
from shelter_desk.services.records import user_names
from shelter_desk.services.workspace import Workspace

R = TypeVar("R")


@dataclass(frozen=True)
class Overview:
    file: clients.ClientFile
    sessions: counselling.SessionTally
    consent: tuple[consent.ConsentEventView, ...]
    checks: tuple[conditions.CheckView, ...]
    documents: tuple[residence.DocumentView, ...]
    cases: tuple[judicial.CaseView, ...]
    court_dates: tuple[judicial.CourtDateView, ...]
    goals: tuple[goals.GoalView, ...]
    notifications: tuple[notifications.NotificationView, ...]
    # (user name, display name) of the counsellors a director may assign; None for others.
    counsellors: list[tuple[str, str]] | None


def _live(rows: Sequence[R]) -> tuple[R, ...]:
    return tuple(r for r in rows if getattr(r, "void", None) is None)


def load(ws: Workspace, client_id: int) -> Overview:
    require_case_worker(ws, "client.open")
    with ws.session() as session:
        c = client_in_reach(session, ws, client_id, "client.open")
        names = user_names(session)
        return Overview(
            file=clients.file_in(session, ws, c),
            sessions=counselling.tally_in(session, c.id),
            consent=_live(consent.LEDGER.rows(session, c.id, names)),
            checks=_live(conditions.CHECKS.rows(session, c.id, names)),
            documents=_live(residence.DOCUMENTS.rows(session, c.id, names)),
            cases=_live(judicial.CASES.rows(session, c.id, names)),
            court_dates=_live(judicial.court_dates(session, c.id)),
            goals=_live(goals.GOALS.rows(session, c.id, names)),
            notifications=_live(notifications.NOTIFICATIONS.rows(session, c.id, names)),
            counsellors=clients.counsellors_in(session)
            if ws.actor.has(Role.DIRECTOR) else None,
        )
