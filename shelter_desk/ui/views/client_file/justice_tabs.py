"""The judicial case(s) with their court dates, and the residence documents."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from shelter_desk.domain import residence as document_rules
from shelter_desk.domain.vocabulary import (
    DocumentStatus,
    DocumentType,
    HearingOutcome,
    HearingType,
    JudicialOffice,
    JudicialStage,
    Standing,
)
from shelter_desk.domain.wall_clock import (
    ClockChange,
    WallTime,
    kind,
    utc_offset_hours,
)
from shelter_desk.i18n import fill
from shelter_desk.services import clock, judicial, residence
from shelter_desk.services.changes import Kind
from shelter_desk.ui import i18n
from shelter_desk.ui.client_context import ClientContext
from shelter_desk.ui.formatting import format_date
from shelter_desk.ui.forms.fields import F, relabel
from shelter_desk.ui.forms.form import (
    BOOL,
    CHOICE,
    DATE,
    NOTES,
    OPT_BOOL,
    OPT_DATE,
    PICK,
    TEXT,
    TIME,
)
from shelter_desk.ui.forms.record_dialog import RecordDialog
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.models.record_table import Column
from shelter_desk.ui.record_kinds.cells import marks, yes_no
from shelter_desk.ui.style import theme
from shelter_desk.ui.views.client_file.record_tab import RecordTab


# -- judicial -------------------------------------------------------------------------------
def validity_summary() -> str:
    """Each document type's validity, as the rule table (domain/residence.py) has it."""
    parts = []
    for doc_type, rule in document_rules.RULES.items():
        if rule.validity.days is not None:
            span = fill(tr_("ClientFile", "{count} days"), count=rule.validity.days)
        elif rule.validity.months is not None:
            span = fill(tr_("ClientFile", "{count} months"), count=rule.validity.months)
        else:
            span = tr_("ClientFile", "unlimited")
        parts.append(i18n.labelled(i18n.label(doc_type), span))
    return "; ".join(parts)


def case_dialog(ctx: ClientContext, row: judicial.CaseView | None, parent: QWidget) -> RecordDialog:
    fields = [
        F("office", CHOICE, enum=JudicialOffice),
        F("district", TEXT, placeholder=tr_("ClientFile", "e.g. Antwerpen, Bruxelles, Liège")),
        F("stage", CHOICE, enum=JudicialStage),
        F("opened_on", DATE),
        F("reference_magistrate", TEXT),
        F("pv_number", TEXT),
        F("case_number", TEXT),
        F("final_decision_on", OPT_DATE),
        F("standing", CHOICE, enum=Standing),
        F("standing_since", OPT_DATE),
        F("lawyer", TEXT),
        F("legal_aid", BOOL),
        F("notes", NOTES),
    ]

    def save(data: judicial.CaseInput) -> Any:
        if row is None:
            return judicial.open_case(ctx.ws, ctx.client_id, data)
        return judicial.update_case(ctx.ws, row.id, data, based_on=row.version)

    return RecordDialog(
        tr_("ClientFile", "Judicial case")
        if row is None
        else tr_("ClientFile", "Edit the judicial case"),
        fields,
        lambda v: judicial.CaseInput(**v),
        judicial.CASES.spec,
        save,
        cross=judicial.CASES.cross,
        initial=row,
        parent=parent,
    )


def court_dialog(
    ctx: ClientContext,
    cases: list[judicial.CaseView],
    row: judicial.CourtDateView | None,
    parent: QWidget,
) -> RecordDialog:
    options = [
        (str(c.id), " — ".join(filter(None, (f"{i18n.label(c.office)}, {c.district}",
                                              c.case_number or c.pv_number))))
        for c in cases
    ]
    fields = [
        F("case", PICK, options=options),
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
    ]

    made: list[CourtDateDialog] = []  # the dialog, once built: it holds the answer

    def build(values: dict[str, Any]) -> tuple[int, judicial.CourtDateInput]:
        case_id = int(values.pop("case") or 0)
        change = made[0].clock_change if made else None
        return case_id, judicial.CourtDateInput(**values, clock_change=change)

    def save(data: tuple[int, judicial.CourtDateInput]) -> Any:
        case_id, hearing = data
        if row is None:
            return judicial.add_court_date(ctx.ws, case_id, hearing)
        return judicial.update_court_date(ctx.ws, row.id, hearing, based_on=row.version)

    dialog = CourtDateDialog(
        tr_("ClientFile", "Court date")
        if row is None
        else tr_("ClientFile", "Edit the court date"),
        fields,
        lambda v: _Checked(build(dict(v))),
        judicial.COURT_SPEC,
        lambda checked: save(checked.pair),
        cross=judicial.court_cross,
        initial=row,
        parent=parent,
    )
    made.append(dialog)
    if row is not None:
        dialog.clock_change = row.clock_change
    if row is not None:
        dialog.form.set_value("case", str(row.case_id))
    elif cases:
        dialog.form.set_value("case", str(cases[-1].id))  # the latest case is the usual one
    return dialog


class CourtDateDialog(RecordDialog):
    """On the night the clocks go back, 02:30 happens twice: Save asks which one is meant."""

    clock_change: ClockChange | None = None

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


class JudicialTab(QWidget):
    def __init__(self, ctx: ClientContext) -> None:
        super().__init__()
        self.ctx = ctx
        case_columns: list[Column[Any]] = [
            Column(tr_("ClientFile", "Office"), lambda c: i18n.label(c.office)),
            Column(tr_("ClientFile", "District"), lambda c: c.district),
            Column(tr_("ClientFile", "Stage"), lambda c: i18n.label(c.stage)),
            Column(tr_("ClientFile", "PV"), lambda c: c.pv_number or ""),
            Column(tr_("ClientFile", "Case number"), lambda c: c.case_number or ""),
            Column(tr_("ClientFile", "Magistrate"), lambda c: c.reference_magistrate or ""),
            Column(tr_("ClientFile", "Standing"), lambda c: i18n.label(c.standing)),
            Column(
                tr_("ClientFile", "Lawyer"),
                lambda c: (
                    (c.lawyer or "")
                    + (" " + tr_("ClientFile", "(legal aid)") if c.legal_aid else "")
                ),
            ),
            Column(
                tr_("ClientFile", "Opened"),
                lambda c: format_date(c.opened_on),
                key=lambda c: c.opened_on,
            ),
        ]
        self.cases = RecordTab(
            ctx,
            [Kind.JUDICIAL],
            case_columns,
            judicial.list_cases,
            add=lambda _: case_dialog(ctx, None, self),
            edit=lambda r: case_dialog(ctx, r, self),
            add_label=tr_("ClientFile", "Open a case…"),
            sort_column=8,
            title=tr_("ClientFile", "Judicial cases"),
            void_kind="judicial-case",
        )
        today = clock.today()
        court_columns: list[Column[Any]] = [
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
        ]
        self.court_dates = RecordTab(
            ctx,
            [Kind.JUDICIAL],
            court_columns,
            judicial.list_court_dates,
            add=self._new_court_date,
            edit=self._edit_court_date,
            add_label=tr_("ClientFile", "Add a court date…"),
            title=tr_("ClientFile", "Court dates"),
            void_kind="court-date",
        )
        layout = QVBoxLayout(self)
        title = QLabel(tr_("ClientFile", "Judicial case"))
        title.setObjectName("subheading")
        layout.addWidget(title)
        layout.addWidget(self.cases, 1)
        hearings = QLabel(tr_("ClientFile", "Court dates"))
        hearings.setObjectName("subheading")
        layout.addWidget(hearings)
        layout.addWidget(self.court_dates, 2)

    def _open_cases(self) -> list[judicial.CaseView]:
        return [c for c in self.cases.model.rows if c.void is None]

    def _new_court_date(self, _: object) -> Any:
        if not self._open_cases():
            QMessageBox.information(
                self,
                tr_("ClientFile", "Court date"),
                tr_("ClientFile", "Open the judicial case first."),
            )
            return _NoDialog()
        return court_dialog(self.ctx, self._open_cases(), None, self)

    def _edit_court_date(self, row: judicial.CourtDateView) -> Any:
        return court_dialog(self.ctx, self._open_cases(), row, self)


def _time_cell(h: judicial.CourtDateView) -> str:
    if h.at_time is None:
        return ""
    shown = h.at_time.strftime("%H:%M")
    if h.clock_change == ClockChange.BEFORE:
        return shown + " " + tr_("ClientFile", "(summer time)")
    if h.clock_change == ClockChange.AFTER:
        return shown + " " + tr_("ClientFile", "(winter time)")
    return shown


class _NoDialog:
    def exec(self) -> int:
        return 0


# -- residence ------------------------------------------------------------------------------
def document_dialog(
    ctx: ClientContext,
    docs: list[residence.DocumentView],
    row: residence.DocumentView | None,
    parent: QWidget,
) -> RecordDialog:
    options = [
        (str(d.id), f"{i18n.label(d.doc_type)} — {format_date(d.issued_on)}")
        for d in docs
        if row is None or d.id != row.id
    ]
    fields = [
        F("doc_type", CHOICE, enum=DocumentType),
        F("status", CHOICE, enum=DocumentStatus),
        F("requested_on", OPT_DATE),
        F("issued_on", OPT_DATE),
        F("expires_on", OPT_DATE),
        F("extends_id", PICK, options=options, optional_pick=True),
        F("reference", TEXT),
        F("notes", NOTES),
    ]
    relabel(
        fields,
        expires_on=tr_("ClientFile", "Expires on (empty: by law)"),
        extends_id=tr_("ClientFile", "Extends or renews"),
    )

    def build(values: dict[str, Any]) -> residence.DocumentInput:
        extends = values.pop("extends_id")
        return residence.DocumentInput(**values, extends_id=int(extends) if extends else None)

    def save(data: residence.DocumentInput) -> Any:
        if row is None:
            return residence.add_document(ctx.ws, ctx.client_id, data)
        return residence.update_document(ctx.ws, row.id, data, based_on=row.version)

    dialog = RecordDialog(
        tr_("ClientFile", "Residence document")
        if row is None
        else tr_("ClientFile", "Edit the residence document"),
        fields,
        build,
        residence.SPEC,
        save,
        cross=residence.DOCUMENTS.cross,
        initial=row,
        parent=parent,
        intro=fill(tr_("ClientFile", "Leave the expiry empty to have it computed from the law: "
                                     "{validity}."), validity=validity_summary()),
    )
    if row is not None and row.extends_id:
        dialog.form.set_value("extends_id", str(row.extends_id))
    return dialog


def residence_tab(ctx: ClientContext) -> RecordTab:
    today = clock.today()

    def expiry_colour(d: residence.DocumentView) -> str | None:
        if d.status != DocumentStatus.ISSUED or d.expires_on is None:
            return theme().muted if d.status != DocumentStatus.ISSUED else None
        if d.expires_on < today:
            return theme().danger
        return theme().warning if d.expires_on <= today + timedelta(days=45) else None

    def expiry_text(d: residence.DocumentView) -> str:
        if d.expires_on is None:
            return tr_("ClientFile", "unlimited") if d.doc_type == DocumentType.B_CARD else ""
        text = format_date(d.expires_on)
        if d.status != DocumentStatus.ISSUED:
            return text
        # What the colour says, in words as well.
        if d.expires_on < today:
            return fill(tr_("ClientFile", "{date} (expired)"), date=text)
        if d.expires_on <= today + timedelta(days=45):
            days = (d.expires_on - today).days
            return fill(tr_("ClientFile", "{date} (in {days} days)"), date=text, days=days)
        return text

    columns: list[Column[Any]] = [
        Column(tr_("ClientFile", "Document"), lambda d: i18n.label(d.doc_type)),
        Column(tr_("ClientFile", "Status"), lambda d: i18n.label(d.status)),
        Column(
            tr_("ClientFile", "Requested"),
            lambda d: format_date(d.requested_on),
            key=lambda d: d.requested_on or date.min,
        ),
        Column(
            tr_("ClientFile", "Issued"),
            lambda d: format_date(d.issued_on),
            key=lambda d: (d.issued_on or date.min, d.id),
        ),
        Column(
            tr_("ClientFile", "Expires"),
            lambda d: expiry_text(d),
            key=lambda d: d.expires_on or date.max,
            color=expiry_colour,
        ),
        Column(tr_("ClientFile", "Reference"), lambda d: d.reference or ""),
    ]
    def live_documents() -> list[residence.DocumentView]:
        return [d for d in tab.model.rows if d.void is None]

    tab: RecordTab = RecordTab(
        ctx,
        [Kind.DOCUMENTS],
        columns,
        residence.list_documents,
        add=lambda _: document_dialog(ctx, live_documents(), None, tab),
        edit=lambda r: document_dialog(ctx, live_documents(), r, tab),
        add_label=tr_("ClientFile", "Add a document…"),
        sort_column=3,
        title=tr_("ClientFile", "Residence documents"),
        void_kind="residence-document",
    )
    return tab
