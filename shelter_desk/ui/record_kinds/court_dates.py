"""Court dates (hearings) of the client's judicial cases. A court date is added to a case, not
to the client: its dialog picks the case among the open ones (`DialogFor.among`). On the night
the clocks go back, 02:30 happens twice: Save asks which one is meant."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from shelter_desk.domain.vocabulary import HearingOutcome, HearingType
from shelter_desk.domain.wall_clock import ClockChange, WallTime, kind, utc_offset_hours
from shelter_desk.i18n import fill
from shelter_desk.services import clock, judicial
from shelter_desk.services.changes import Kind
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import i18n
from shelter_desk.ui.formatting import format_date
from shelter_desk.ui.forms.fields import F
from shelter_desk.ui.forms.form import BOOL, CHOICE, DATE, NOTES, OPT_BOOL, PICK, TEXT, TIME
from shelter_desk.ui.forms.record_dialog import Build, RecordDialog
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.models.record_table import Column
from shelter_desk.ui.record_kinds.cells import marks, yes_no
from shelter_desk.ui.record_kinds.kind import DialogFor, RecordKind
from shelter_desk.ui.style import theme


class CourtDateDialog(RecordDialog):
    """On the night the clocks go back, 02:30 happens twice: Save asks which one is meant."""

    clock_change: ClockChange | None = None

    def __init__(self, title: str, fields: Any, build: Build, *args: Any, **kw: Any) -> None:
        # The answer is the dialog's: the build step is given it with the form's values.
        super().__init__(title, fields,
                         lambda values: build({**values, "clock_change": self.clock_change}),
                         *args, **kw)

    def current_errors(self) -> dict[str, str]:
        errors = super().current_errors()
        errors.pop("clock_change", None)  # asked on Save, not shown as a fault while typing
        return errors

    def attempt(self) -> None:
        values = self.form.values()
        on, at = values.get("on_date"), values.get("at_time")
        if isinstance(on, date) and isinstance(at, time) and kind(on, at) == WallTime.TWICE:
            change = ask_clock_change(self, on, at, self.clock_change)
            if change is None:
                return
            self.clock_change = change
        super().attempt()


def ask_clock_change(parent: QWidget, on: date, at: time,
                     current: ClockChange | None) -> ClockChange | None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(fill(tr_("ClientFile", "Which {time}?"), time=at.strftime("%H:%M")))
    box.setText(fill(tr_(
        "ClientFile", "On {date} the clocks go back an hour: {time} happens twice. Which one is "
        "on the summons?"), date=format_date(on), time=at.strftime("%H:%M")))
    before = box.addButton(fill(tr_("ClientFile", "Before the change (summer time, UTC+{hours})"),
                                hours=utc_offset_hours(on, at, ClockChange.BEFORE)),
        QMessageBox.ButtonRole.AcceptRole)
    after = box.addButton(fill(tr_("ClientFile", "After the change (winter time, UTC+{hours})"),
                               hours=utc_offset_hours(on, at, ClockChange.AFTER)),
        QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(after if current == ClockChange.AFTER else before)
    box.exec()
    clicked = box.clickedButton()
    if clicked is before:
        return ClockChange.BEFORE
    if clicked is after:
        return ClockChange.AFTER
    return None


class _Checked:
    """Carries (case id, hearing input) and shows the hearing's fields to the validator."""

    def __init__(self, pair: tuple[int, judicial.CourtDateInput]) -> None:
        self.pair = pair
        for name in judicial.COURT_SPEC:
            setattr(self, name, getattr(pair[1], name))


def _build(values: dict[str, Any], _: DialogFor) -> _Checked:
    values = dict(values)
    case_id = int(values.pop("case") or 0)
    return _Checked((case_id, judicial.CourtDateInput(**values)))


def _add(ws: Workspace, _client_id: int, checked: _Checked) -> Any:
    case_id, hearing = checked.pair
    return judicial.add_court_date(ws, case_id, hearing)


def _update(ws: Workspace, court_date_id: int, checked: _Checked, *, based_on: int) -> Any:
    return judicial.update_court_date(ws, court_date_id, checked.pair[1], based_on=based_on)


def _cases(target: DialogFor) -> dict[str, list[tuple[str, str]]]:
    return {"case": [
        (str(c.id), " — ".join(filter(None, (f"{i18n.label(c.office)}, {c.district}",
                                              c.case_number or c.pv_number))))
        for c in target.among
    ]}


def _prepare(dialog: RecordDialog, target: DialogFor) -> None:
    row = target.row
    if row is not None:
        assert isinstance(dialog, CourtDateDialog)
        dialog.clock_change = row.clock_change
        dialog.form.set_value("case", str(row.case_id))
    elif target.among:
        # the latest case is the usual one
        dialog.form.set_value("case", str(target.among[-1].id))


def _time_cell(h: judicial.CourtDateView) -> str:
    if h.at_time is None:
        return ""
    shown = h.at_time.strftime("%H:%M")
    if h.clock_change == ClockChange.BEFORE:
        return shown + " " + tr_("ClientFile", "(summer time)")
    if h.clock_change == ClockChange.AFTER:
        return shown + " " + tr_("ClientFile", "(winter time)")
    return shown


def court_dates() -> RecordKind:
    today = clock.today()
    return RecordKind(
        changes=(Kind.JUDICIAL,),
        void_kind="court-date",
        title=tr_("ClientFile", "Court dates"),
        add_label=tr_("ClientFile", "Add a court date…"),
        add_title=tr_("ClientFile", "Court date"),
        edit_title=tr_("ClientFile", "Edit the court date"),
        fields=(
            F("case", PICK),
            F("court", TEXT),
            F("on_date", DATE),
            F("at_time", TIME),
            F("hearing_type", CHOICE, enum=HearingType),
            F("attendance_required", BOOL),
            F("counsellor_accompanies", BOOL),
            F("interpreter_arranged", BOOL),
            F("outcome", CHOICE, enum=HearingOutcome),
            F("client_attended", OPT_BOOL),
            F("notes", NOTES),
        ),
        form_only=frozenset({"case"}),
        options=_cases,
        input=judicial.CourtDateInput,
        build=_build,
        spec=judicial.COURT_SPEC,
        cross=judicial.court_cross,
        dialog_class=CourtDateDialog,
        prepare=_prepare,
        load=judicial.list_court_dates,
        add=_add,
        update=_update,
        columns=(
            Column(
                tr_("ClientFile", "Date"),
                lambda h: format_date(h.on_date),
                key=lambda h: (h.on_date, h.id),
                color=lambda h: (
                    theme().warning
                    if h.on_date >= today and h.outcome == HearingOutcome.SCHEDULED
                    else None
                ),
            ),
            Column(tr_("ClientFile", "Time"), _time_cell),
            Column(tr_("ClientFile", "Court"), lambda h: h.court),
            Column(tr_("ClientFile", "Hearing"), lambda h: i18n.label(h.hearing_type)),
            Column(tr_("ClientFile", "Must attend"), lambda h: yes_no(h.attendance_required)),
            Column(
                tr_("ClientFile", "Support"),
                lambda h: marks(
                    (
                        (h.counsellor_accompanies, tr_("ClientFile", "counsellor")),
                        (h.interpreter_arranged, tr_("ClientFile", "interpreter")),
                    )
                ),
            ),
            Column(tr_("ClientFile", "Outcome"), lambda h: i18n.label(h.outcome)),
            Column(tr_("ClientFile", "Attended"), lambda h: yes_no(h.client_attended)),
        ),
    )
