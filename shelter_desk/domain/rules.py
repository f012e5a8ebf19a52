"""Dates the law and the programme fix (domain.md). Pure functions, so each rule is tested alone.

Each rule carries a short citation that the deadline list and the reports show."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from shelter_desk.i18n import QT_TRANSLATE_NOOP


def add_months(day: date, months: int) -> date:
    """Calendar months; the 31st becomes the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_years(day: date, years: int) -> date:
    return add_months(day, 12 * years)


@dataclass(frozen=True)
class Validity:
    days: int | None = None
    months: int | None = None

    def expiry(self, issued: date) -> date | None:
        if self.days is not None:
            return issued + timedelta(days=self.days)
        if self.months is not None:
            return add_months(issued, self.months)
        return None


# The numbers behind domain/residence.py RULES: reminders on days after issue (annex 15), and
# days before expiry for the request of the next document.
ANNEX_15_REMINDER_DAYS = (30, 40)
A_CARD_RENEWAL_NOTICE_DAYS = 45
THREE_MONTH_NOTICE_DAYS = 30  # AI and the minor's document: time to request what follows
AI_MAX_EXTENSIONS = 1
APPEAL_DAYS = 30
COMPENSATION_CLAIM_YEARS = 3
CONDITION_CHECK_EVERY_MONTHS = 1
PROGRAMME_REVIEW_MONTHS = (24, 36)
CONSENT_REVIEW_MONTHS = 12

RULE_ANNEX_15 = QT_TRANSLATE_NOOP(
    "rules", "Annex 15: 45-day reflection period; reminders on day 30 and day 40 (art. 61/2)")
RULE_AI = QT_TRANSLATE_NOOP(
    "rules", "Attestation of immatriculation: 3 months, extendable once by 3 months (art. 61/3)")
RULE_A_CARD = QT_TRANSLATE_NOOP(
    "rules", "A card: 6 months, renewal requested 45 days before expiry (art. 61/4)")
RULE_B_CARD = QT_TRANSLATE_NOOP("rules", "B card: unlimited stay (art. 61/5)")
RULE_MINOR = QT_TRANSLATE_NOOP(
    "rules", "Unaccompanied minor: 3-month document (circular of 23 December 2016)")
RULE_COURT = QT_TRANSLATE_NOOP("rules", "Court date recorded in the judicial case")
RULE_APPEAL = QT_TRANSLATE_NOOP("rules", "Appeal: 30 days after the judgment")
RULE_COMPENSATION = QT_TRANSLATE_NOOP(
    "rules",
    "Claim at the Commission for financial aid to victims of intentional acts of violence: "
    "within 3 years of the final decision")
RULE_BREACH_NOTICE = QT_TRANSLATE_NOOP(
    "rules", "A breach of a condition is reported to the magistrate in charge without delay "
    "(circular of 23 December 2016), or the reason for not reporting it is recorded")
RULE_CONDITION_CHECK = QT_TRANSLATE_NOOP(
    "rules", "Programme conditions checked at least monthly while in the programme")
RULE_REVIEW = QT_TRANSLATE_NOOP(
    "rules", "Programme review at 24 and 36 months after intake")
RULE_CONSENT_REVIEW = QT_TRANSLATE_NOOP(
    "rules", "Shelter practice: each consent given is reviewed with the client every 12 months")
RULE_PLAN = QT_TRANSLATE_NOOP("rules", "Action agreed in the client's case plan")

