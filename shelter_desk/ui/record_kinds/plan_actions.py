"""The case plan: actions agreed with the client, who does what by when."""

from __future__ import annotations

from typing import Any

from shelter_desk.domain.vocabulary import ActionStatus
from shelter_desk.i18n import fill
from shelter_desk.services import case_plan, clock
from shelter_desk.services.changes import Kind
from shelter_desk.ui import i18n
from shelter_desk.ui.formatting import format_date
from shelter_desk.ui.forms.fields import F
from shelter_desk.ui.forms.form import CHOICE, DATE, NOTES, OPT_DATE, PICK
from shelter_desk.ui.forms.record_dialog import RecordDialog
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.models.record_table import Column
from shelter_desk.ui.record_kinds.kind import DialogFor, RecordKind
from shelter_desk.ui.record_kinds.text import first_line
from shelter_desk.ui.style import theme


def user_id(value: object) -> int | None:
    """A picked colleague's id (the pick's code is its text)."""
    return int(value) if isinstance(value, str) and value.isdigit() else None


def _owners(target: DialogFor) -> dict[str, list[tuple[str, str]]]:
    return {"owner_id": [(str(uid), name) for uid, name in case_plan.owners(target.ws)]}


def _build(values: dict[str, Any], _: DialogFor) -> case_plan.PlanActionInput:
    return case_plan.PlanActionInput(**{**values, "owner_id": user_id(values["owner_id"])})


def _prepare(dialog: RecordDialog, target: DialogFor) -> None:
    row = target.row
    mine = str(row.owner_id) if row is not None else str(target.ws.actor.user_id or "")
    dialog.form.set_value("owner_id", mine)
    if row is None:
        dialog.form.set_value("agreed_on", clock.today())
    dialog.form.touched.clear()
    dialog.validate()


def _status_text(a: case_plan.PlanActionView) -> str:
    if a.status == ActionStatus.DONE and a.done_on is not None:
        return fill(tr_("ClientFile", "done on {date}"), date=format_date(a.done_on))
    if a.overdue(clock.today()):
        return tr_("ClientFile", "open, overdue")  # in words, not in red alone
    return i18n.label(a.status)


def _status_colour(a: case_plan.PlanActionView) -> str | None:
    if a.status == ActionStatus.DONE:
        return theme().ok
    return theme().danger if a.overdue(clock.today()) else None


def plan_actions() -> RecordKind:
    return RecordKind(
        changes=(Kind.PLAN,),
        void_kind="plan-action",
        title=tr_("ClientFile", "Case plan"),
        add_label=tr_("ClientFile", "Add an action…"),
        add_title=tr_("ClientFile", "Agreed action"),
        edit_title=tr_("ClientFile", "Edit the action"),
        intro=tr_("ClientFile", "What was agreed with the client, who does it and by when. "
                  "Until it is done it is on the dashboard of whoever sees this file."),
        tab_intro=tr_("ClientFile", "The case plan: the actions agreed with the client. Open "
                      "ones appear on the dashboard until they are marked done."),
        fields=(
            F("action", NOTES),
            F("owner_id", PICK),
            F("agreed_on", DATE),
            F("due_on", DATE),
            F("status", CHOICE, enum=ActionStatus),
            F("done_on", OPT_DATE),
        ),
        options=_owners,
        input=case_plan.PlanActionInput,
        build=_build,
        spec=case_plan.PLAN.spec,
        cross=case_plan.PLAN.cross,
        prepare=_prepare,
        load=case_plan.list_actions,
        add=case_plan.add_action,
        update=case_plan.update_action,
        descending=False,
        columns=(
            Column(tr_("ClientFile", "Due"), lambda a: format_date(a.due_on),
                   key=lambda a: (a.status != ActionStatus.OPEN, a.due_on, a.id)),
            Column(tr_("ClientFile", "Action"), lambda a: first_line(a.action, 70),
                   tooltip=lambda a: a.action),
            Column(tr_("ClientFile", "Who does it"), lambda a: a.owner),
            Column(tr_("ClientFile", "State"), _status_text, color=_status_colour,
                   key=lambda a: (a.status.value, a.done_on or a.due_on)),
            Column(tr_("ClientFile", "Agreed on"), lambda a: format_date(a.agreed_on),
                   key=lambda a: a.agreed_on),
            Column(tr_("ClientFile", "Recorded by"), lambda a: a.author),
        ),
    )
