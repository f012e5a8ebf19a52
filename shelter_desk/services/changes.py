"""What a write changed (as Anki's OpChanges): which client (or the whole caseload), which kinds
of record, and whether the client's derived status (phase, deadlines: services/status.py) may
have moved. The UI's data bus carries these, and each view reloads only when a change touches
what it shows: a session saved reloads the Sessions tab and the overview's session count, not
the client list.

A record view a write returns says what the write changed (`view.changes`, from its `KIND` and
`client_id`); writes that return no such view return a `Changes` themselves, or their callers
build one with `Changes.of`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar

# The whole caseload (a bulk change, another desk's change to several clients).
ALL_CLIENTS = 0


class Kind(StrEnum):
    """The kinds of record a change can touch: one a tab of the client file, roughly."""

    CLIENT = "client"  # details, referral, exploitation, programme, counsellor, access
    SESSIONS = "sessions"
    NOTES = "notes"  # case notes
    PLAN = "plan"  # agreed actions of the case plan
    CONSENT = "consent"
    CONDITIONS = "conditions"
    NOTIFICATIONS = "notifications"
    JUDICIAL = "judicial"  # cases and their court dates (hearings)
    DOCUMENTS = "documents"  # residence documents
    GOALS = "goals"
    APPOINTMENTS = "appointments"
    REMINDERS = "reminders"  # done, snoozed, handed over
    REPORTS = "reports"  # progress reports and case file exports made


# Kinds whose records feed the client's phase or deadlines (services/status.py's _BY_CLIENT:
# tests/unit/test_changes.py keeps the two in step).
STATUS_KINDS = frozenset({Kind.CLIENT, Kind.PLAN, Kind.CONSENT, Kind.CONDITIONS,
                          Kind.JUDICIAL, Kind.DOCUMENTS, Kind.REMINDERS})

# services/voiding.py's kinds of record, as change kinds.
VOIDED_KIND: dict[str, Kind] = {
    "session": Kind.SESSIONS,
    "consent": Kind.CONSENT,
    "condition-check": Kind.CONDITIONS,
    "judicial-case": Kind.JUDICIAL,
    "court-date": Kind.JUDICIAL,
    "residence-document": Kind.DOCUMENTS,
    "goal": Kind.GOALS,
    "notification": Kind.NOTIFICATIONS,
    "plan-action": Kind.PLAN,
    "case-note": Kind.NOTES,
    "appointment": Kind.APPOINTMENTS,
}


@dataclass(frozen=True)
class Changes:
    """What one write (or several, joined with `|`) changed.

    `client_id`: the client, or ALL_CLIENTS for the whole caseload. `status`: the client's
    phase or deadlines may have moved (the client list, header, dashboard and calendar show
    them). `everything`: anything may have changed (another desk's notice, a bulk change):
    every view that shows this client, or any client, reloads."""

    client_id: int
    kinds: frozenset[Kind]
    status: bool = False
    everything: bool = False

    @classmethod
    def of(cls, client_id: int, *kinds: Kind, status: bool | None = None) -> Changes:
        """`status` defaults to whether one of `kinds` feeds the client's status."""
        found = frozenset(kinds)
        return cls(client_id, found, bool(found & STATUS_KINDS) if status is None else status)

    @classmethod
    def anything(cls, client_id: int = ALL_CLIENTS) -> Changes:
        return cls(client_id, frozenset(Kind), status=True, everything=True)

    def concerns(self, client_id: int) -> bool:
        """Is this change about client `client_id` (its own, or the whole caseload's)?"""
        return self.client_id in (client_id, ALL_CLIENTS)

    def touches(self, *kinds: Kind) -> bool:
        return self.everything or not self.kinds.isdisjoint(kinds)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.client_id if self.client_id == other.client_id else ALL_CLIENTS,
            self.kinds | other.kinds, self.status or other.status,
            self.everything or other.everything)


class Recorded:
    """A record view a write returns: `changes` says what that write changed."""

    KIND: ClassVar[Kind]
    # Records the same write may make with it (a condition check, its notifications).
    ALSO: ClassVar[tuple[Kind, ...]] = ()

    @property
    def changes(self) -> Changes:
        client_id: int = getattr(self, "client_id")  # noqa: B009 (a field of the dataclass)
        return Changes.of(client_id, self.KIND, *self.ALSO)


def voided(client_id: int, kind: str) -> Changes:
    """What voiding a record of services/voiding.py's `kind` changes: it counts nowhere any
    more (a voided document no longer sets the phase, a voided session the count)."""
    found = VOIDED_KIND.get(kind)
    return Changes.of(client_id, found) if found is not None else Changes.anything(client_id)
