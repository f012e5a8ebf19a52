"""Consent state from the ledger: dated grants and withdrawals per purpose, the latest one
deciding. Pure: the service loads the events that count (not voided) and calls this."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from shelter_desk.domain.vocabulary import ConsentEventKind, ConsentPurpose


class Event(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def purpose(self) -> ConsentPurpose: ...
    @property
    def kind(self) -> ConsentEventKind: ...
    @property
    def given_on(self) -> date: ...


@dataclass(frozen=True)
class ConsentState:
    purpose: ConsentPurpose
    granted: bool
    since: date | None  # date of the event that decided the state
    event_id: int | None
    # The grant that began the current consent (granted) or the one a withdrawal ended, and
    # the latest renewal of a consent in force (a later grant with no withdrawal between).
    given_on: date | None = None
    renewed_on: date | None = None


def state_from_events(events: Iterable[Event]) -> dict[ConsentPurpose, ConsentState]:
    """The latest event per purpose decides (by date, then by the order recorded)."""
    state = {p: ConsentState(p, False, None, None) for p in ConsentPurpose}
    for e in sorted(events, key=lambda e: (e.given_on, e.id)):
        before = state[e.purpose]
        if e.kind == ConsentEventKind.GRANT:
            if before.granted:  # a renewal of a consent in force
                state[e.purpose] = ConsentState(e.purpose, True, e.given_on, e.id,
                                                before.given_on, e.given_on)
            else:
                state[e.purpose] = ConsentState(e.purpose, True, e.given_on, e.id, e.given_on)
        else:
            state[e.purpose] = ConsentState(e.purpose, False, e.given_on, e.id, before.given_on)
    return state
