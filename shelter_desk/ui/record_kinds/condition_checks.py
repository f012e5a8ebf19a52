"""Checks of the three conditions (a breach is reported to the prosecutor or why not)."""

from __future__ import annotations

from shelter_desk.domain.vocabulary import Condition, ConditionStatus
from shelter_desk.services import conditions
from shelter_desk.services.changes import Kind
from shelter_desk.ui import i18n
from shelter_desk.ui.formatting import format_date
from shelter_desk.ui.forms.fields import F
from shelter_desk.ui.forms.form import BOOL, CHOICE, DATE, NOTES
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.models.record_table import Column
from shelter_desk.ui.record_kinds.cells import marks
from shelter_desk.ui.record_kinds.kind import RecordKind
from shelter_desk.ui.record_kinds.text import first_line
from shelter_desk.ui.style import theme


def status_colour(status: ConditionStatus) -> str:
    t = theme()
    return {ConditionStatus.COMPLIED: t.ok, ConditionStatus.CONCERN: t.warning,
            ConditionStatus.BREACH: t.danger}[status]


def condition_checks() -> RecordKind:
    return RecordKind(
        changes=(Kind.CONDITIONS, Kind.NOTIFICATIONS),
        void_kind="condition-check",
        title=tr_("ClientFile", "Condition checks"),
        add_label=tr_("ClientFile", "Record a check…"),
        add_title=tr_("ClientFile", "Condition check"),
        edit_title=tr_("ClientFile", "Condition check"),
        fields=(
            F("condition", CHOICE, enum=Condition),
            F("checked_on", DATE),
            F("status", CHOICE, enum=ConditionStatus),
            F("evidence", NOTES),
            F("assessment", NOTES),
            F("notified_prosecutor", BOOL),
            F("notified_immigration_office", BOOL),
            F("not_notified_reason", NOTES),
        ),
        labels={
            "notified_prosecutor": tr_("ClientFile", "The prosecutor was notified"),
            "notified_immigration_office": tr_("ClientFile",
                                               "The Immigration Office was notified"),
            "not_notified_reason": tr_("ClientFile", "A breach not reported: why"),
        },
        input=conditions.CheckInput,
        spec=conditions.CHECKS.spec,
        cross=conditions.CHECKS.cross,
        load=conditions.list_checks,
        add=conditions.record_check,
        update=conditions.update_check,
        columns=(
            Column(
                tr_("ClientFile", "Date"),
                lambda c: format_date(c.checked_on),
                key=lambda c: (c.checked_on, c.id),
            ),
            Column(tr_("ClientFile", "Condition"), lambda c: i18n.label(c.condition)),
            Column(
                tr_("ClientFile", "Result"),
                lambda c: i18n.label(c.status),
                color=lambda c: status_colour(c.status),
            ),
            Column(tr_("ClientFile", "Evidence"), lambda c: first_line(c.evidence)),
            Column(
                tr_("ClientFile", "Notified"),
                lambda c: marks(
                    (
                        (c.notified_prosecutor, tr_("ClientFile", "prosecutor")),
                        (c.notified_immigration_office, tr_("ClientFile", "Immigration Office")),
                    )
                ),
            ),
            Column(tr_("ClientFile", "Counsellor"), lambda c: c.counsellor),
        ),
    )
