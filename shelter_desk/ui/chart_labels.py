"""Short category names for charts, where the full labels would be cut off."""

from __future__ import annotations

from shelter_desk.domain.vocabulary import ExploitationForm, GoalDomain, Phase
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.ui.i18n import tr_

PHASES = {
    Phase.INTAKE: QT_TRANSLATE_NOOP("charts", "Intake"),
    Phase.REFLECTION_PERIOD: QT_TRANSLATE_NOOP("charts", "Annex 15"),
    Phase.ATTESTATION: QT_TRANSLATE_NOOP("charts", "AI"),
    Phase.A_CARD: QT_TRANSLATE_NOOP("charts", "A card"),
    Phase.B_CARD: QT_TRANSLATE_NOOP("charts", "B card"),
    Phase.MINOR_DOCUMENT: QT_TRANSLATE_NOOP("charts", "Minor's doc."),
    Phase.IN_PROGRAMME: QT_TRANSLATE_NOOP("charts", "No document"),
    Phase.CLOSED: QT_TRANSLATE_NOOP("charts", "Closed"),
}
FORMS = {
    ExploitationForm.SEXUAL: QT_TRANSLATE_NOOP("charts", "Sexual"),
    ExploitationForm.LABOUR: QT_TRANSLATE_NOOP("charts", "Labour"),
    ExploitationForm.BEGGING: QT_TRANSLATE_NOOP("charts", "Begging"),
    ExploitationForm.FORCED_CRIMINALITY: QT_TRANSLATE_NOOP("charts", "Forced crime"),
    ExploitationForm.ORGAN_REMOVAL: QT_TRANSLATE_NOOP("charts", "Organs"),
    ExploitationForm.AGGRAVATED_SMUGGLING: QT_TRANSLATE_NOOP("charts", "Smuggling"),
}
DOMAINS = {
    GoalDomain.HOUSING: QT_TRANSLATE_NOOP("charts", "Housing"),
    GoalDomain.WORK: QT_TRANSLATE_NOOP("charts", "Work"),
    GoalDomain.EDUCATION_LANGUAGE: QT_TRANSLATE_NOOP("charts", "Education"),
    GoalDomain.FINANCES: QT_TRANSLATE_NOOP("charts", "Finances"),
    GoalDomain.HEALTH: QT_TRANSLATE_NOOP("charts", "Health"),
    GoalDomain.LEGAL_STATUS: QT_TRANSLATE_NOOP("charts", "Legal status"),
    GoalDomain.SOCIAL_NETWORK: QT_TRANSLATE_NOOP("charts", "Network"),
    GoalDomain.DAILY_LIVING: QT_TRANSLATE_NOOP("charts", "Daily living"),
}


def phase(p: Phase) -> str:
    return tr_("charts", PHASES[p])


def form(f: ExploitationForm) -> str:
    return tr_("charts", FORMS[f])


def domain(d: GoalDomain) -> str:
    return tr_("charts", DOMAINS[d])
