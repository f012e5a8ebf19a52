"""The overview: who the client is, how they came in, and a timeline from referral to now."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.domain.roles import Role
from shelter_desk.domain.vocabulary import (
    BirthDatePrecision,
    ClientStatus,
    ConditionStatus,
    ConsentEventKind,
    DocumentStatus,
    HearingOutcome,
)
from shelter_desk.i18n import fill
from shelter_desk.services import clients, counselling, overview
from shelter_desk.services.changes import Changes, Kind
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import accessible, i18n
from shelter_desk.ui.client_context import ClientContext
from shelter_desk.ui.databus import InSight
from shelter_desk.ui.dialogs.intake_dialogs import (
    edit_client_dialog,
    edit_referral_dialog,
    end_dialog,
    exploitation_dialog,
)
from shelter_desk.ui.formatting import format_date, format_month_year
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import show_error
from shelter_desk.ui.ops import run_in_background
from shelter_desk.ui.printing import print_button
from shelter_desk.ui.privacy import masked
from shelter_desk.ui.style import theme
from shelter_desk.ui.widgets.scroll import vertical_scroll

R = TypeVar("R")


@dataclass(frozen=True)
class Event:
    day: date
    text: str
    colour: str | None = None


# Everything the overview shows, read in one transaction (services/overview.py).
OverviewData = overview.Overview

# The kinds of record the overview's details and timeline are made of (sessions aside: a
# session changes only the count and the first session's day, reloaded alone).
SHOWN = (Kind.CLIENT, Kind.CONSENT, Kind.CONDITIONS, Kind.DOCUMENTS, Kind.JUDICIAL, Kind.GOALS,
         Kind.NOTIFICATIONS)


def load_overview(ws: Workspace, client_id: int) -> OverviewData:
    """Everything the overview shows, gathered off the GUI thread: one service call, one
    transaction."""
    return overview.load(ws, client_id)


def timeline(data: OverviewData) -> tuple[Event, ...]:
    """The timeline from referral to now, newest first."""
    f = data.file
    events: list[Event] = []
    for r in f.referrals:
        events.append(
            Event(
                r.referred_on,
                fill(tr_("ClientFile", "Referred by {service}"), service=i18n.label(r.service)),
            )
        )
    events.append(Event(f.summary.intake_date, tr_("ClientFile", "Intake")))
    if data.sessions.first_on is not None:
        events.append(Event(data.sessions.first_on,
                            tr_("ClientFile", "First counselling session")))
    for e in data.consent:
        verb = (
            tr_("ClientFile", "Consent given: {purpose}")
            if e.kind == ConsentEventKind.GRANT
            else tr_("ClientFile", "Consent withdrawn: {purpose}")
        )
        events.append(
            Event(
                e.given_on,
                fill(verb, purpose=i18n.label(e.purpose)),
                None if e.kind == ConsentEventKind.GRANT else theme().danger,
            )
        )
    for c in data.checks:
        if c.status != ConditionStatus.COMPLIED:
            events.append(
                Event(
                    c.checked_on,
                    i18n.labelled(i18n.label(c.status), i18n.label(c.condition)),
                    theme().danger if c.status == ConditionStatus.BREACH else theme().warning,
                )
            )
    for d in data.documents:
        if d.status == DocumentStatus.ISSUED and d.issued_on:
            events.append(
                Event(
                    d.issued_on,
                    fill(tr_("ClientFile", "Issued: {document}"), document=i18n.label(d.doc_type)),
                )
            )
    for case in data.cases:
        events.append(
            Event(
                case.opened_on,
                fill(tr_("ClientFile", "Judicial case opened ({office})"),
                     office=i18n.label(case.office)),
            )
        )
        if case.final_decision_on:
            events.append(Event(case.final_decision_on, tr_("ClientFile", "Final decision")))
    for h in data.court_dates:
        colour = theme().warning if h.outcome == HearingOutcome.SCHEDULED else None
        events.append(
            Event(
                h.on_date,
                f"{i18n.label(h.hearing_type)} — {h.court} ({i18n.label(h.outcome)})",
                colour,
            )
        )
    for g in data.goals:
        for m in g.milestones:
            events.append(Event(m.reached_on, i18n.labelled(i18n.label(g.domain),
                                                             m.description)))
    for n in data.notifications:
        events.append(
            Event(
                n.sent_on,
                fill(tr_("ClientFile", "Notified {recipient}: {reason}"),
                     recipient=i18n.label(n.recipient), reason=i18n.label(n.reason)),
                theme().muted,
            )
        )
    if f.programme_end:
        events.append(
            Event(
                f.programme_end.ended_on,
                fill(tr_("ClientFile", "Programme ended: {reason}"),
                     reason=i18n.label(f.programme_end.reason)),
                theme().ok,
            )
        )
    return tuple(sorted(events, key=lambda e: e.day, reverse=True))


class OverviewTab(QWidget):
    def __init__(self, ctx: ClientContext, initial: OverviewData | None = None) -> None:
        """`initial`: the overview loaded together with the file, so that the tab appears
        filled (no empty boxes, no layout jumping into place)."""
        super().__init__()
        self.ctx = ctx
        self.data: OverviewData | None = None
        self.events: tuple[Event, ...] = ()
        self._whole = False  # a change asks for more than the session count
        self.details = QFormLayout()
        details_box = QGroupBox(tr_("ClientFile", "The client"))
        details_box.setLayout(self.details)
        self.intake = QFormLayout()
        intake_box = QGroupBox(tr_("ClientFile", "Referral and exploitation"))
        intake_box.setLayout(self.intake)
        left = QVBoxLayout()
        left.addWidget(details_box)
        left.addWidget(intake_box)
        # Two short rows: one row of five buttons is wider than the pane on a laptop in Dutch.
        edits, programme = QHBoxLayout(), QHBoxLayout()
        self.edit_button = QPushButton(tr_("ClientFile", "Edit details…"))
        self.referral_button = QPushButton(tr_("ClientFile", "Edit referral…"))
        self.exploitation_button = QPushButton(tr_("ClientFile", "Edit exploitation…"))
        self.admit_button = QPushButton(tr_("ClientFile", "Admit to the programme"))
        self.end_button = QPushButton(tr_("ClientFile", "End the programme…"))
        for b, slot, row in (
            (self.edit_button, self.edit_details, edits),
            (self.referral_button, self.edit_referral, edits),
            (self.exploitation_button, self.edit_exploitation, edits),
            (self.admit_button, self.admit, programme),
            (self.end_button, self.end, programme),
        ):
            b.clicked.connect(slot)
            row.addWidget(b)
        # Directors open the file to a colleague (leave cover) and close it again.
        self.access_button = QPushButton(tr_("ClientFile", "Colleagues with access…"))
        self.access_button.clicked.connect(self.manage_access)
        if ctx.ws.actor.has(Role.DIRECTOR):
            programme.addWidget(self.access_button)
        programme.addWidget(print_button(ctx.bus))
        edits.addStretch()
        programme.addStretch()
        buttons = QVBoxLayout()
        buttons.addLayout(edits)
        buttons.addLayout(programme)
        left.addLayout(buttons)
        left.addStretch()
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        accessible.name(self.timeline, tr_("ClientFile", "Timeline (newest first)"))
        self.timeline.setAlternatingRowColors(True)
        # Long entries wrap instead of hiding behind a sideways scroll bar.
        self.timeline.setWordWrap(True)
        self.timeline.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right = QVBoxLayout()
        caption = QLabel(tr_("ClientFile", "Timeline (newest first)"))
        caption.setObjectName("subheading")
        right.addWidget(caption)
        right.addWidget(self.timeline)
        # The details scroll rather than make the window taller than a laptop's screen.
        left_widget = QWidget()
        left_widget.setLayout(left)
        scroll = vertical_scroll(left_widget)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll, 3)
        layout.addLayout(right, 2)
        self.sight = InSight(self, self._reload)
        ctx.bus.changed.connect(self._bus_changed)
        ctx.bus.privacy_changed.connect(self._privacy_changed)
        if initial is not None:
            self._show(initial)
        else:
            self.refresh()

    def _privacy_changed(self, _on: bool) -> None:
        if self.data is not None:
            self._show(self.data)

    def _bus_changed(self, changes: Changes) -> None:
        if not changes.concerns(self.ctx.client_id):
            return
        if changes.touches(*SHOWN):
            self._whole = True
        elif not changes.touches(Kind.SESSIONS):
            return
        self.sight.request()

    def _reload(self) -> None:
        whole, self._whole = self._whole, False
        if whole or self.data is None:
            self.refresh()
        else:
            self.refresh_sessions()

    def refresh(self) -> None:
        ws, cid = self.ctx.ws, self.ctx.client_id
        if ws.closed:
            return
        run_in_background(
            self, lambda: load_overview(ws, cid), self._show, lambda e: show_error(self, e)
        )

    def refresh_sessions(self) -> None:
        """Only the session count and the first session's day (a session saved or voided)."""
        ws, cid = self.ctx.ws, self.ctx.client_id
        if ws.closed:
            return
        run_in_background(
            self, lambda: counselling.tally(ws, cid), self._sessions_loaded,
            lambda e: show_error(self, e)
        )

    def _sessions_loaded(self, tally: counselling.SessionTally) -> None:
        if self.data is not None and tally != self.data.sessions:
            self._show(replace(self.data, sessions=tally))

    def _show(self, data: OverviewData) -> None:
        self.data = data
        self.events = timeline(data)
        f, s = data.file, data.file.summary
        _fill(
            self.details,
            [
                (tr_("ClientFile", "Case code"), s.case_code),
                (tr_("ClientFile", "Name"), masked(s.name, self.ctx.bus.privacy)),
                (tr_("ClientFile", "Aliases"), masked(", ".join(f.aliases), self.ctx.bus.privacy)),
                (tr_("ClientFile", "Born"), born(f)),
                (tr_("ClientFile", "Sex / gender"), i18n.label(f.gender)),
                (tr_("ClientFile", "Nationality"), i18n.country(s.nationality)),
                (tr_("ClientFile", "Languages"), ", ".join(i18n.language(c) for c in f.languages)),
                (tr_("ClientFile", "Residence track"), i18n.label(f.residence_track)),
                (
                    tr_("ClientFile", "Minor"),
                    # The guardian is a person too: privacy mode hides them as it hides the client.
                    masked((f.guardian_name or "")
                           + (f" ({f.guardian_contact})" if f.guardian_contact else ""),
                           self.ctx.bus.privacy)
                    if s.is_minor
                    else tr_("ClientFile", "no"),
                ),
                (tr_("ClientFile", "Intake"), format_date(s.intake_date)),
                (tr_("ClientFile", "Counselling sessions"), str(data.sessions.count)),
                (tr_("ClientFile", "Also open to"), ", ".join(
                    name if until is None
                    else fill(tr_("ClientFile", "{name} (until {date})"),
                              name=name, date=format_date(until))
                    for name, until in f.colleagues)),
            ],
        )
        rows: list[tuple[str, str]] = []
        for r in f.referrals:
            rows += [
                (
                    tr_("ClientFile", "Referred"),
                    f"{format_date(r.referred_on)} — {i18n.label(r.service)}"
                    + (f" ({r.service_detail})" if r.service_detail else ""),
                ),
                (tr_("ClientFile", "Detected on"), i18n.label(r.detection_basis)),
                (tr_("ClientFile", "Leaflet"), i18n.language(r.leaflet_language)),
                (tr_("ClientFile", "Outcome"), i18n.label(r.outcome)),
            ]
        for x in f.exploitations:
            rows += [
                (
                    tr_("ClientFile", "Exploitation"),
                    ", ".join(i18n.label(form) for form in x.forms)
                    + (f" — {i18n.label(x.sector)}" if x.sector else "")
                    + (" — " + tr_("ClientFile", "loverboy method") if x.loverboy_method else ""),
                ),
                (tr_("ClientFile", "Countries"), ", ".join(i18n.country(c) for c in x.countries)),
                (
                    tr_("ClientFile", "Period"),
                    f"{format_date(x.period_start)} – {format_date(x.period_end)}",
                ),
            ]
        if f.programme_end:
            rows.append(
                (
                    tr_("ClientFile", "Ended"),
                    f"{format_date(f.programme_end.ended_on)} — "
                    f"{i18n.label(f.programme_end.reason)}",
                )
            )
        _fill(self.intake, rows)
        self.timeline.clear()
        for e in self.events:
            item = QListWidgetItem(f"{format_date(e.day)}   {e.text}")
            if e.colour:
                item.setForeground(_colour(e.colour))
            self.timeline.addItem(item)
        closed = s.status == ClientStatus.CLOSED
        self.admit_button.setVisible(s.status == ClientStatus.INTAKE)
        self.end_button.setEnabled(not closed)
        self.referral_button.setEnabled(bool(f.referrals))

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            saved = getattr(dialog, "result_value", None)
            found = getattr(saved, "changes", None)
            self.ctx.changed(found if isinstance(found, Changes) else Kind.CLIENT)

    def edit_details(self) -> None:
        if not self.data:
            return
        if self.ctx.bus.privacy and QMessageBox.question(
            self, tr_("ClientFile", "Privacy mode"),
            tr_("ClientFile", "Privacy mode is on. Editing the details shows the client's name "
                "and aliases on the screen. Show them?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        ) != QMessageBox.StandardButton.Yes:
            return
        self._run(edit_client_dialog(self.ctx, self.data.file, self.data.counsellors, self))

    def edit_referral(self) -> None:
        if self.data and self.data.file.referrals:
            self._run(edit_referral_dialog(self.ctx, self.data.file.referrals[-1], self))

    def edit_exploitation(self) -> None:
        if self.data:
            exps = self.data.file.exploitations
            self._run(exploitation_dialog(self.ctx, exps[-1] if exps else None, self))

    def admit(self) -> None:
        if (
            QMessageBox.question(
                self,
                tr_("ClientFile", "Admit"),
                tr_("ClientFile", "Admit this client to the programme?"),
            )
            == QMessageBox.StandardButton.Yes
        ):
            ws, cid = self.ctx.ws, self.ctx.client_id
            run_in_background(
                self,
                lambda: clients.admit(ws, cid),
                lambda admitted: self.ctx.changed(admitted.changes),
                lambda e: show_error(self, e),
            )

    def end(self) -> None:
        self._run(end_dialog(self.ctx, self))

    def manage_access(self) -> None:
        if not self.data:
            return
        from shelter_desk.ui.dialogs.access_dialog import AccessDialog

        s = self.data.file.summary
        dialog = AccessDialog(self.ctx.ws, s.id, s.case_code, self.data.file.counsellor_username,
                              self)
        dialog.exec()
        if dialog.changed:
            self.ctx.changed(Kind.CLIENT)


def born(f: clients.ClientFile) -> str:
    """The birth date as precisely as it is known."""
    if f.birth_date is None:
        return tr_("ClientFile", "unknown")
    if f.birth_date_precision == BirthDatePrecision.YEAR:
        return str(f.birth_date.year)
    if f.birth_date_precision == BirthDatePrecision.MONTH:
        return format_month_year(f.birth_date)
    text = format_date(f.birth_date)
    if f.birth_date_precision == BirthDatePrecision.ESTIMATED:
        text += " " + tr_("ClientFile", "(estimated)")
    return text


def _fill(form: QFormLayout, rows: list[tuple[str, str]]) -> None:
    while form.rowCount():
        form.removeRow(0)
    for label, value in rows:
        text = QLabel(value)
        text.setWordWrap(True)
        # A name in Arabic or Hebrew stays in the value column, not pushed to the far edge.
        text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
                          | Qt.AlignmentFlag.AlignTop)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(QLabel(label), text)


def _colour(name: str) -> Any:
    from PySide6.QtGui import QColor

    return QColor(name)
