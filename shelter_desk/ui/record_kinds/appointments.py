"""Appointments: counselling sessions planned and accompaniments (a hearing, the Immigration
Office, a doctor, the lawyer). Planned from the calendar, the dialog also picks the client."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from PySide6.QtWidgets import QWidget

from shelter_desk.domain.vocabulary import AppointmentKind, AppointmentStatus
from shelter_desk.i18n import fill
from shelter_desk.services import appointments as service
from shelter_desk.services import case_plan, clock
from shelter_desk.services import validation as v
from shelter_desk.services.changes import Kind
from shelter_desk.services.errors import ValidationError
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import i18n
from shelter_desk.ui.formatting import format_time, format_wall_clock
from shelter_desk.ui.forms.fields import F
from shelter_desk.ui.forms.form import CHOICE, DATE, INT, NOTES, PICK, TEXT, TIME
from shelter_desk.ui.forms.record_dialog import RecordDialog
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.models.record_table import Column
from shelter_desk.ui.record_kinds.kind import DialogFor, RecordKind, kind_dialog
from shelter_desk.ui.record_kinds.plan_actions import user_id
from shelter_desk.ui.style import theme


@dataclass(frozen=True)
class PlannedInput(service.AppointmentInput):
    """The form's values, with the client chosen when it is planned from the calendar."""

    client: int | None = None


def _people(target: DialogFor) -> dict[str, list[tuple[str, str]]]:
    return {"with_user_id": [(str(uid), name) for uid, name in case_plan.owners(target.ws)]}


def _build(values: dict[str, Any], target: DialogFor) -> PlannedInput:
    values = dict(values)
    chosen = user_id(values.pop("client", None)) if target.client_id is None else target.client_id
    return PlannedInput(**{**values, "with_user_id": user_id(values["with_user_id"])},
                        client=chosen)


def _add(ws: Workspace, _client_id: int, data: PlannedInput) -> Any:
    assert data.client is not None  # the form checked it
    return service.add(ws, data.client, data)


def _prepare(dialog: RecordDialog, target: DialogFor) -> None:
    row = target.row
    dialog.form.set_value("with_user_id", str(row.with_user_id) if row is not None
                          else str(target.ws.actor.user_id or ""))
    if row is None:
        dialog.form.set_value("day", clock.today() + timedelta(days=1))
        dialog.form.set_value("start_time", time(10, 0))
        dialog.form.set_value("duration_minutes", 60)
    dialog.form.touched.clear()
    dialog.validate()


def status_text(a: service.AppointmentView) -> str:
    """In words, not in colour alone; a past one not recorded says so."""
    if a.past_and_open(service.wall_clock_now()):
        return tr_("ClientFile", "planned, past: record or cancel it")
    if a.status == AppointmentStatus.CANCELLED:
        return fill(tr_("ClientFile", "cancelled: {reason}"), reason=a.cancel_reason or "")
    return i18n.label(a.status)


def _status_colour(a: service.AppointmentView) -> str | None:
    if a.past_and_open(service.wall_clock_now()):
        return theme().warning
    if a.status == AppointmentStatus.HELD:
        return theme().ok
    return theme().muted if a.status == AppointmentStatus.CANCELLED else None


def _when(a: service.AppointmentView) -> str:
    return f"{format_wall_clock(a.starts_at)}–{format_time(a.ends_at.time())}"


def appointments() -> RecordKind:
    return RecordKind(
        changes=(Kind.APPOINTMENTS, Kind.SESSIONS),
        void_kind="appointment",
        title=tr_("ClientFile", "Appointments"),
        add_label=tr_("ClientFile", "Plan an appointment…"),
        add_title=tr_("ClientFile", "Plan an appointment"),
        edit_title=tr_("ClientFile", "Edit the appointment"),
        intro=tr_("ClientFile", "A counselling session planned, or an accompaniment (a "
                  "hearing, the Immigration Office, a doctor, the lawyer). The time is the "
                  "time on the clocks in Brussels. It is on the calendar and, on its day, on "
                  "the dashboard."),
        tab_intro=tr_("ClientFile", "Sessions planned and accompaniments (hearings, the "
                      "Immigration Office, doctors, the lawyer). One still planned after its "
                      "time is shown as such until it is recorded as a session or cancelled."),
        fields=(
            F("day", DATE),
            F("start_time", TIME),
            F("duration_minutes", INT, minimum=5, maximum=service.LONGEST, suffix=" min"),
            F("kind", CHOICE, enum=AppointmentKind),
            F("place", TEXT),
            F("with_user_id", PICK),
            F("note", NOTES),
        ),
        options=_people,
        input=PlannedInput,
        build=_build,
        spec=service.APPOINTMENTS.spec,
        cross=service.APPOINTMENTS.cross,
        prepare=_prepare,
        load=service.list_for_client,
        add=_add,
        update=service.update,
        descending=False,
        columns=(
            Column(tr_("ClientFile", "When"), _when, key=lambda a: (a.starts_at, a.id)),
            Column(tr_("ClientFile", "Kind"), lambda a: i18n.label(a.kind)),
            Column(tr_("ClientFile", "Place"), lambda a: a.place),
            Column(tr_("ClientFile", "With"), lambda a: a.with_user),
            Column(tr_("ClientFile", "State"), status_text, color=_status_colour,
                   tooltip=lambda a: a.cancel_reason or "",
                   key=lambda a: (a.status.value, a.starts_at)),
            Column(tr_("ClientFile", "Note"), lambda a: (a.note or "").splitlines()[0]
                   if a.note else "", tooltip=lambda a: a.note or "", confidential=True),
        ),
    )


def _chosen(field: str, value: object, today: date) -> int:
    if value is None:
        raise ValidationError(field, v.REQUIRED)
    return v.integer(field, value, low=1, high=2**62)


def planned_from_calendar(ws: Workspace, parent: QWidget, clients: Sequence[tuple[str, str]],
                          day: date | None) -> RecordDialog:
    """A new appointment planned from the calendar: the client is chosen among `clients`
    ((id, shown) pairs), on `day` (else tomorrow)."""
    kind = appointments()
    kind = dataclasses.replace(
        kind,
        fields=(F("client", PICK, options=list(clients)), *kind.fields),
        spec={"client": _chosen, **kind.spec},
    )
    dialog = kind_dialog(kind, ws, None, None, parent)
    if day is not None:
        dialog.form.set_value("day", day)
        dialog.form.touched.clear()
        dialog.validate()
    return dialog
