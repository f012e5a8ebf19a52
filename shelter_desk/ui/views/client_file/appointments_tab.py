"""The client's appointments: counselling sessions planned and accompaniments (a hearing, the
Immigration Office, a doctor, the lawyer). Plan, edit, cancel with the reason, and record a
planned one as a counselling session in one step (the session dialog opens filled in from it;
saving it records the session and marks the appointment held)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QPushButton,
    QWidget,
)

from shelter_desk.domain.vocabulary import AppointmentKind, AppointmentStatus
from shelter_desk.i18n import fill
from shelter_desk.services import appointments, case_plan, clock
from shelter_desk.services import validation as v
from shelter_desk.services.changes import Changes, Kind
from shelter_desk.services.errors import ValidationError
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import i18n
from shelter_desk.ui.client_context import ClientContext
from shelter_desk.ui.dialogs.cancel_appointment import CancelDialog
from shelter_desk.ui.formatting import format_time, format_wall_clock
from shelter_desk.ui.forms.fields import F
from shelter_desk.ui.forms.form import CHOICE, DATE, INT, NOTES, PICK, TEXT, TIME
from shelter_desk.ui.forms.record_dialog import RecordDialog
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.models.record_table import ROW_ROLE, Column
from shelter_desk.ui.style import theme
from shelter_desk.ui.views.client_file.followup_tabs import session_dialog
from shelter_desk.ui.views.client_file.record_tab import RecordTab


@dataclass(frozen=True)
class PlannedInput(appointments.AppointmentInput):
    """The form's values, with the client chosen when it is planned from the calendar."""

    client: int | None = None


def _user_id(value: object) -> int | None:
    return int(value) if isinstance(value, str) and value.isdigit() else None


def appointment_dialog(ws: Workspace, client_id: int | None,
                       row: appointments.AppointmentView | None, parent: QWidget, *,
                       clients: Sequence[tuple[str, str]] = (), day: date | None = None
                       ) -> RecordDialog:
    """Plan (`row` None) or edit an appointment of client `client_id`; planned from the
    calendar (`client_id` None), the client is chosen among `clients` ((id, shown) pairs)."""
    people = [(str(uid), name) for uid, name in case_plan.owners(ws)]
    fields = [
        F("day", DATE),
        F("start_time", TIME),
        F("duration_minutes", INT, minimum=5, maximum=appointments.LONGEST, suffix=" min"),
        F("kind", CHOICE, enum=AppointmentKind),
        F("place", TEXT),
        F("with_user_id", PICK, options=people),
        F("note", NOTES),
    ]
    if client_id is None:
        fields.insert(0, F("client", PICK, options=list(clients)))

    def build(values: dict[str, Any]) -> PlannedInput:
        chosen = _user_id(values.pop("client", None)) if client_id is None else client_id
        return PlannedInput(**{**values, "with_user_id": _user_id(values["with_user_id"])},
                            client=chosen)

    def save(data: PlannedInput) -> Any:
        if row is None:
            assert data.client is not None  # the form checked it
            return appointments.add(ws, data.client, data)
        return appointments.update(ws, row.id, data, based_on=row.version)

    spec = dict(appointments.APPOINTMENTS.spec)
    if client_id is None:
        spec = {"client": _chosen, **spec}
    dialog = RecordDialog(
        tr_("ClientFile", "Plan an appointment") if row is None
        else tr_("ClientFile", "Edit the appointment"),
        fields, build, spec, save, cross=appointments.APPOINTMENTS.cross, initial=row,
        parent=parent,
        intro=tr_("ClientFile", "A counselling session planned, or an accompaniment (a "
                  "hearing, the Immigration Office, a doctor, the lawyer). The time is the "
                  "time on the clocks in Brussels. It is on the calendar and, on its day, on "
                  "the dashboard."),
    )
    dialog.form.set_value("with_user_id", str(row.with_user_id) if row is not None
                          else str(ws.actor.user_id or ""))
    if row is None:
        dialog.form.set_value("day", day or clock.today() + timedelta(days=1))
        dialog.form.set_value("start_time", time(10, 0))
        dialog.form.set_value("duration_minutes", 60)
    dialog.form.touched.clear()
    dialog.validate()
    return dialog


def _chosen(field: str, value: object, today: date) -> int:
    if value is None:
        raise ValidationError(field, v.REQUIRED)
    return v.integer(field, value, low=1, high=2**62)


def status_text(a: appointments.AppointmentView) -> str:
    """In words, not in colour alone; a past one not recorded says so."""
    if a.past_and_open(appointments.wall_clock_now()):
        return tr_("ClientFile", "planned, past: record or cancel it")
    if a.status == AppointmentStatus.CANCELLED:
        return fill(tr_("ClientFile", "cancelled: {reason}"), reason=a.cancel_reason or "")
    return i18n.label(a.status)


def _status_colour(a: appointments.AppointmentView) -> str | None:
    if a.past_and_open(appointments.wall_clock_now()):
        return theme().warning
    if a.status == AppointmentStatus.HELD:
        return theme().ok
    return theme().muted if a.status == AppointmentStatus.CANCELLED else None


def _when(a: appointments.AppointmentView) -> str:
    return f"{format_wall_clock(a.starts_at)}–{format_time(a.ends_at.time())}"


class AppointmentsTab(RecordTab):
    def __init__(self, ctx: ClientContext) -> None:
        columns: list[Column[Any]] = [
            Column(tr_("ClientFile", "When"), _when, key=lambda a: (a.starts_at, a.id)),
            Column(tr_("ClientFile", "Kind"), lambda a: i18n.label(a.kind)),
            Column(tr_("ClientFile", "Place"), lambda a: a.place),
            Column(tr_("ClientFile", "With"), lambda a: a.with_user),
            Column(tr_("ClientFile", "State"), status_text, color=_status_colour,
                   tooltip=lambda a: a.cancel_reason or "",
                   key=lambda a: (a.status.value, a.starts_at)),
            Column(tr_("ClientFile", "Note"), lambda a: (a.note or "").splitlines()[0]
                   if a.note else "", tooltip=lambda a: a.note or "", confidential=True),
        ]
        super().__init__(
            ctx, [Kind.APPOINTMENTS, Kind.SESSIONS], columns, appointments.list_for_client,
            add=lambda _: appointment_dialog(ctx.ws, ctx.client_id, None, self),
            edit=lambda r: appointment_dialog(ctx.ws, ctx.client_id, r, self),
            add_label=tr_("ClientFile", "Plan an appointment…"),
            intro=tr_("ClientFile", "Sessions planned and accompaniments (hearings, the "
                      "Immigration Office, doctors, the lawyer). One still planned after its "
                      "time is shown as such until it is recorded as a session or cancelled."),
            title=tr_("ClientFile", "Appointments"),
            descending=False,
            void_kind="appointment",
        )
        self.record_button = QPushButton(tr_("ClientFile", "Record as session…"))
        self.record_button.setToolTip(tr_(
            "ClientFile", "Opens the session filled in from the appointment; saving it "
            "records the session and marks the appointment held"))
        self.record_button.clicked.connect(self.record_selected)
        self.cancel_button = QPushButton(tr_("ClientFile", "Cancel the appointment…"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.add_tool(self.record_button, 2)
        self.add_tool(self.cancel_button, 3)
        self.table.selectionModel().selectionChanged.connect(self._buttons_state)
        self.model.modelReset.connect(self._buttons_state)
        self._buttons_state()

    def _planned(self) -> appointments.AppointmentView | None:
        row = self.selected()
        if row is None or row.void is not None or row.status != AppointmentStatus.PLANNED:
            return None
        return row  # type: ignore[no-any-return]

    def _buttons_state(self, *_: object) -> None:
        row = self._planned()
        planned = row is not None
        # A session is recorded once it was held: not for a day still to come.
        self.record_button.setEnabled(row is not None and row.day <= clock.today())
        self.cancel_button.setEnabled(planned)
        self.edit_button.setEnabled(planned)  # held or cancelled: no longer changed

    def edit_selected(self) -> None:
        if self._planned() is not None:
            super().edit_selected()

    def _edit_index(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)  # a held or cancelled one is kept as it is
        if row is not None and row.void is None and row.status == AppointmentStatus.PLANNED:
            super()._edit_index(index)

    def record_selected(self) -> None:
        row = self._planned()
        if row is None:
            return
        ws = self.ctx.ws

        changed: list[Changes] = []

        def record(data: Any) -> Any:
            held, session = appointments.record_as_session(ws, row.id, data,
                                                           based_on=row.version)
            changed.append(held.changes | session.changes)
            return held

        dialog = session_dialog(self.ctx, self, appointments.session_from(row), record)
        dialog.setWindowTitle(tr_("ClientFile", "Record the appointment as a session"))
        self._select_next = row.id
        if dialog.exec() == QDialog.DialogCode.Accepted and changed:
            self.announce(changed[-1])

    def cancel_selected(self) -> None:
        row = self._planned()
        if row is None:
            return
        self._select_next = row.id
        dialog = CancelDialog(self.ctx, row, self.describe(row), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_value is not None:
            self.announce(dialog.result_value.changes)
