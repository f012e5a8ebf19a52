"""Autonomy goals (their milestones are added from the goals tab)."""

from __future__ import annotations

from shelter_desk.domain.vocabulary import GoalDomain, GoalStatus
from shelter_desk.services import goals as service
from shelter_desk.services.changes import Kind
from shelter_desk.ui import i18n
from shelter_desk.ui.formatting import format_date
from shelter_desk.ui.forms.fields import F
from shelter_desk.ui.forms.form import CHOICE, DATE, INT, NOTES, OPT_DATE
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.models.record_table import Column
from shelter_desk.ui.record_kinds.kind import RecordKind
from shelter_desk.ui.style import theme


def goals() -> RecordKind:
    return RecordKind(
        changes=(Kind.GOALS,),
        void_kind="goal",
        title=tr_("ClientFile", "Autonomy goals"),
        add_label=tr_("ClientFile", "Add a goal…"),
        add_title=tr_("ClientFile", "Autonomy goal"),
        edit_title=tr_("ClientFile", "Edit the goal"),
        fields=(
            F("domain", CHOICE, enum=GoalDomain),
            F("description", NOTES),
            F("set_on", DATE),
            F("target_date", OPT_DATE),
            F("status", CHOICE, enum=GoalStatus),
            F("progress", INT, minimum=0, maximum=100, suffix=" %"),
        ),
        input=service.GoalInput,
        spec=service.GOALS.spec,
        cross=service.GOALS.cross,
        load=service.list_goals,
        add=service.add_goal,
        update=service.update_goal,
        sort_column=2,
        descending=False,
        columns=(
            Column(tr_("ClientFile", "Area"), lambda g: i18n.label(g.domain)),
            Column(tr_("ClientFile", "Goal"), lambda g: g.description),
            Column(
                tr_("ClientFile", "Set"), lambda g: format_date(g.set_on), key=lambda g: g.set_on
            ),
            Column(
                tr_("ClientFile", "Target"),
                lambda g: format_date(g.target_date),
                key=lambda g: g.target_date or g.set_on,
            ),
            Column(
                tr_("ClientFile", "Status"),
                lambda g: i18n.label(g.status),
                color=lambda g: (
                    theme().ok
                    if g.status == GoalStatus.ACHIEVED
                    else theme().muted
                    if g.status == GoalStatus.ABANDONED
                    else None
                ),
            ),
            Column(
                tr_("ClientFile", "Progress"),
                lambda g: f"{g.progress} %",
                key=lambda g: g.progress,
                align_right=True,
            ),
        ),
    )
