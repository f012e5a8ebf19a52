"""What a deadline is about, in the user's language: the core gives codes and typed text
(services/deadlines.Deadline.subject), every screen and printout words them here."""

from __future__ import annotations

from enum import Enum

from shelter_desk.domain import residence
from shelter_desk.domain.deadlines import Deadline
from shelter_desk.domain.vocabulary import Condition, ConsentPurpose, DeadlineKind
from shelter_desk.i18n import fill
from shelter_desk.ui import i18n
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.privacy import masked

_DOCUMENT_KINDS = (DeadlineKind.DOCUMENT_REMINDER, DeadlineKind.DOCUMENT_RENEWAL,
                   DeadlineKind.DOCUMENT_EXPIRY)


def _labels(enum: type[Enum], codes: tuple[str, ...]) -> list[str]:
    # A code this version does not know (a file written by a newer one) is shown as it is.
    return [i18n.label(enum(code)) if code in enum._value2member_map_ else code  # type: ignore[arg-type]
            for code in codes]


def subject_text(d: Deadline, privacy: bool = False) -> str:
    """The document, conditions, consent purposes, court, months or action the deadline is
    about ("" when the kind says it all). An agreed action is typed by staff and may name the
    client: `privacy` masks it (who does it stays)."""
    if d.kind == DeadlineKind.PROGRAMME_REVIEW and d.subject:
        return fill(tr_("Dashboard", "{months} months after intake"), months=d.subject[0])
    if d.kind == DeadlineKind.CONDITION_CHECK:
        if set(d.subject) == {c.value for c in Condition}:
            return tr_("Dashboard", "All three conditions")
        return ", ".join(_labels(Condition, d.subject))
    if d.kind == DeadlineKind.BREACH_TO_NOTIFY:
        return ", ".join(_labels(Condition, d.subject))
    if d.kind == DeadlineKind.CONSENT_REVIEW:
        return ", ".join(_labels(ConsentPurpose, d.subject))
    if d.kind in _DOCUMENT_KINDS:
        return ", ".join(i18n.label(t) if (t := residence.type_of(code)) else code
                         for code in d.subject)
    if d.kind == DeadlineKind.PLAN_ACTION and d.subject:
        action = masked(d.subject[0], privacy)
        if len(d.subject) == 2:
            return fill(tr_("Dashboard", "{action} ({case})"), action=action, case=d.subject[1])
        return action
    return ", ".join(d.subject)
