"""One client's file: a header (case code, name, phase, counsellor) and a tab per area."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from shelter_desk.domain.roles import Role
from shelter_desk.i18n import fill
from shelter_desk.services import clients, clock
from shelter_desk.services.changes import Changes, Kind
from shelter_desk.ui import i18n
from shelter_desk.ui.client_context import ClientContext
from shelter_desk.ui.databus import InSight
from shelter_desk.ui.formatting import format_date
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import show_error
from shelter_desk.ui.ops import run_in_background
from shelter_desk.ui.privacy import masked
from shelter_desk.ui.style import theme
from shelter_desk.ui.views.client_file.appointments_tab import AppointmentsTab
from shelter_desk.ui.views.client_file.consent_tab import ConsentTab
from shelter_desk.ui.views.client_file.followup_tabs import (
    ConditionsTab,
    history_tab,
    notifications_tab,
    reports_tab,
    sessions_tab,
)
from shelter_desk.ui.views.client_file.goals_tab import GoalsTab
from shelter_desk.ui.views.client_file.justice_tabs import JudicialTab, residence_tab
from shelter_desk.ui.views.client_file.overview_tab import OverviewData, OverviewTab
from shelter_desk.ui.views.client_file.plan_tabs import PlanTab, notes_tab

(
    TAB_OVERVIEW,
    TAB_PLAN,
    TAB_APPOINTMENTS,
    TAB_SESSIONS,
    TAB_NOTES,
    TAB_CONSENT,
    TAB_CONDITIONS,
    TAB_JUDICIAL,
    TAB_RESIDENCE,
    TAB_GOALS,
    TAB_NOTIFICATIONS,
    TAB_REPORTS,
    TAB_HISTORY,
) = range(13)


class ClientFileView(QWidget):
    """Made only after the file was opened (and the opening audited) by the caller."""

    title_changed = Signal(str)
    report_requested = Signal(int)

    def __init__(self, ctx: ClientContext, opened: clients.ClientFile,
                 overview: OverviewData | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.summary = opened.summary
        header = QFrame()
        header.setObjectName("header")
        self.code_label = QLabel()
        self.code_label.setObjectName("heading")
        self.name_label = QLabel()
        self.name_label.setObjectName("client_name")
        self.meta_label = QLabel()
        self.meta_label.setProperty("muted", True)
        self.meta_label.setWordWrap(True)  # long in French; wraps rather than widen the window
        self.deadline_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.code_label)
        top.addWidget(self.name_label, 1)
        top.addWidget(self.deadline_label)
        col = QVBoxLayout(header)
        col.addLayout(top)
        col.addWidget(self.meta_label)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("client_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(OverviewTab(ctx, overview), tr_("ClientFile", "Overview"))
        self.tabs.addTab(PlanTab(ctx), tr_("ClientFile", "Plan"))
        self.tabs.addTab(AppointmentsTab(ctx), tr_("ClientFile", "Appointments"))
        self.tabs.addTab(sessions_tab(ctx), tr_("ClientFile", "Sessions"))
        self.tabs.addTab(notes_tab(ctx), tr_("ClientFile", "Notes"))
        self.tabs.addTab(ConsentTab(ctx), tr_("ClientFile", "Consent"))
        self.conditions = ConditionsTab(ctx)
        self.tabs.addTab(self.conditions, tr_("ClientFile", "Conditions"))
        self.tabs.addTab(JudicialTab(ctx), tr_("ClientFile", "Judicial"))
        self.tabs.addTab(residence_tab(ctx), tr_("ClientFile", "Residence"))
        self.tabs.addTab(GoalsTab(ctx), tr_("ClientFile", "Goals"))
        self.tabs.addTab(notifications_tab(ctx), tr_("ClientFile", "Notifications"))
        self.tabs.addTab(
            reports_tab(ctx, self.report_requested.emit, ctx.ws.actor.has(Role.DIRECTOR)),
            tr_("ClientFile", "Reports"),
        )
        self.tabs.addTab(history_tab(ctx), tr_("ClientFile", "History"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(header)
        layout.addWidget(self.tabs)
        self.sight = InSight(header, self.refresh_header)
        ctx.bus.changed.connect(self._bus_changed)
        ctx.bus.privacy_changed.connect(self._privacy_changed)
        self._show(self.summary)

    def _privacy_changed(self, _on: bool) -> None:
        self._show(self.summary)

    def _bus_changed(self, changes: Changes) -> None:
        """The header shows the client's details, phase and next deadline."""
        if changes.concerns(self.ctx.client_id) and (
                changes.status or changes.touches(Kind.CLIENT)):
            self.sight.request()

    def refresh_header(self) -> None:
        ws, cid = self.ctx.ws, self.ctx.client_id
        if ws.closed:
            return
        run_in_background(self, lambda: clients.summary(ws, cid), self._show,
                          lambda e: show_error(self, e))

    def _show(self, s: clients.ClientSummary) -> None:
        self.summary = s
        self.code_label.setText(s.case_code)
        self.name_label.setText(masked(s.name, self.ctx.bus.privacy))
        self.meta_label.setText(
            "  ·  ".join(
                filter(
                    None,
                    [
                        i18n.label(s.phase),
                        i18n.country(s.nationality),
                        fill(tr_("ClientFile", "counsellor: {name}"), name=s.counsellor)
                        if s.counsellor
                        else tr_("ClientFile", "no counsellor assigned"),
                        fill(tr_("ClientFile", "intake {date}"), date=format_date(s.intake_date)),
                        tr_("ClientFile", "synthetic demo client") if s.synthetic else "",
                    ],
                )
            )
        )
        d = s.next_deadline
        if d is None:
            self.deadline_label.setText("")
        else:
            overdue = d.due < clock.today()
            # Overdue said in words as well as in red: colour alone tells nothing to many.
            self.deadline_label.setText(
                fill((tr_("ClientFile", "Overdue: {kind}, {date}") if overdue
                 else tr_("ClientFile", "Next: {kind}, {date}")),
                     kind=i18n.label(d.kind), date=format_date(d.due))
            )
            colour = theme().danger if overdue else theme().muted
            self.deadline_label.setStyleSheet(f"color: {colour};")
