"""The kinds of record the client file lists, each declared once in its own module (tab
title, Add… label, dialog titles and intro, fields, input type, service calls, table columns,
change kinds): see kind.py's RecordKind, and docs/architecture.md for where a new one goes."""

from __future__ import annotations

from collections.abc import Callable

from shelter_desk.ui.record_kinds.appointments import appointments
from shelter_desk.ui.record_kinds.case_notes import case_notes
from shelter_desk.ui.record_kinds.condition_checks import condition_checks
from shelter_desk.ui.record_kinds.consent import consent_events, consent_withdrawals
from shelter_desk.ui.record_kinds.court_dates import court_dates
from shelter_desk.ui.record_kinds.goals import goals
from shelter_desk.ui.record_kinds.judicial_cases import judicial_cases
from shelter_desk.ui.record_kinds.kind import RecordKind
from shelter_desk.ui.record_kinds.notifications import notifications
from shelter_desk.ui.record_kinds.plan_actions import plan_actions
from shelter_desk.ui.record_kinds.residence_documents import residence_documents
from shelter_desk.ui.record_kinds.sessions import sessions

# Every declaration, by name (what tests/ui/test_record_kinds.py checks is complete). A
# declaration is a function: its words are translated when a tab or dialog is made.
DECLARATIONS: dict[str, Callable[[], RecordKind]] = {
    "sessions": sessions,
    "condition_checks": condition_checks,
    "notifications": notifications,
    "judicial_cases": judicial_cases,
    "court_dates": court_dates,
    "residence_documents": residence_documents,
    "goals": goals,
    "plan_actions": plan_actions,
    "case_notes": case_notes,
    "consent_events": consent_events,
    "consent_withdrawals": consent_withdrawals,
    "appointments": appointments,
}
