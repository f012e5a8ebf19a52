"""Dashboard: what needs attention (overdue, today, the next 14 days), each item opening the
right tab of the right file; and charts of the caseload and of autonomy goals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.domain.roles import Role
from shelter_desk.domain.vocabulary import (
    DeadlineKind,
    ExploitationForm,
    GoalDomain,
    Phase,
)
from shelter_desk.services import clients, clock, deadlines, goals
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import accessible, chart_labels
from shelter_desk.ui.databus import DataBus
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import show_error
from shelter_desk.ui.models.attention import CLIENT_ROLE, KIND_ROLE, TAB_ROLE, AttentionModel
from shelter_desk.ui.ops import run_in_background
from shelter_desk.ui.printing import print_button
from shelter_desk.ui.views.client_file import view as file_view
from shelter_desk.ui.views.todays_appointments import TodaysAppointments
from shelter_desk.ui.widgets.charts import ChartPanel, bar_chart, stacked_bar_chart

HORIZON_DAYS = 14
TAB_FOR_KIND = {
    DeadlineKind.COURT_DATE: file_view.TAB_JUDICIAL,
    DeadlineKind.APPEAL: file_view.TAB_JUDICIAL,
    DeadlineKind.COMPENSATION_CLAIM: file_view.TAB_JUDICIAL,
    DeadlineKind.DOCUMENT_REMINDER: file_view.TAB_RESIDENCE,
    DeadlineKind.DOCUMENT_RENEWAL: file_view.TAB_RESIDENCE,
    DeadlineKind.DOCUMENT_EXPIRY: file_view.TAB_RESIDENCE,
    DeadlineKind.CONDITION_CHECK: file_view.TAB_CONDITIONS,
    DeadlineKind.BREACH_TO_NOTIFY: file_view.TAB_CONDITIONS,
    DeadlineKind.CONSENT_REVIEW: file_view.TAB_CONSENT,
    DeadlineKind.PROGRAMME_REVIEW: file_view.TAB_OVERVIEW,
    DeadlineKind.PLAN_ACTION: file_view.TAB_PLAN,
}


@dataclass(frozen=True)
class DashboardData:
    today: date
    items: list[deadlines.Deadline]
    names: dict[int, str]
    caseload: dict[str, dict[str, int]]
    goals: dict[GoalDomain, tuple[int, int]]


def load_dashboard(ws: Workspace) -> DashboardData:
    today = clock.today()
    items = deadlines.upcoming(ws, today=today, horizon_days=HORIZON_DAYS)
    names = clients.names(ws, [d.client_id for d in items])
    return DashboardData(
        today, items, names, clients.caseload(ws, today), goals.goal_progress_overview(ws)
    )


def _chart_views(
    caseload: dict[str, dict[str, int]], goal_counts: dict[GoalDomain, tuple[int, int]]
) -> tuple[QChartView, QChartView, QChartView]:
    phase = caseload.get("phase", {})
    phases = [p for p in Phase if p != Phase.CLOSED]
    form = caseload.get("form", {})
    domains = list(GoalDomain)
    return (
        bar_chart(
            tr_("Dashboard", "Open files by phase"),
            [chart_labels.phase(p) for p in phases],
            [phase.get(p.value, 0) for p in phases],
        ),
        bar_chart(
            tr_("Dashboard", "Open files by form of exploitation"),
            [chart_labels.form(f) for f in ExploitationForm],
            [form.get(f.value, 0) for f in ExploitationForm],
        ),
        stacked_bar_chart(
            tr_("Dashboard", "Autonomy goals in open files"),
            [chart_labels.domain(d) for d in domains],
            [
                (tr_("Dashboard", "achieved"), [goal_counts[d][0] for d in domains]),
                (tr_("Dashboard", "open"), [goal_counts[d][1] for d in domains]),
            ],
        ),
    )


class Dashboard(QWidget):
    open_client = Signal(int, int)  # client id, file tab
    check_conditions = Signal(int)  # the monthly reminder opens the three-condition check

    def __init__(self, bus: DataBus) -> None:
        super().__init__()
        self.bus = bus
        self.ws: Workspace | None = None
        self.data: DashboardData | None = None
        self.heading = QLabel(tr_("Dashboard", "Needs attention"))
        self.heading.setObjectName("heading")
        self.summary = QLabel()
        self.summary.setProperty("muted", True)
        self.model = AttentionModel(TAB_FOR_KIND, self)
        # A table, not a tree: a tree lays out every row in Python calls when a heading spans
        # its row; a table's spans and fixed row heights cost nothing per row.
        self.tree = QTableView()
        self.tree.setModel(self.model)
        self.tree.setObjectName("attention")
        accessible.name(self.tree, tr_("Dashboard", "Needs attention"))
        header = self.tree.horizontalHeader()
        header.setResizeContentsPrecision(100)  # widths from the first rows, not thousands
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows = self.tree.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # one height: nothing measured
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.tree.setShowGrid(False)
        self.tree.setWordWrap(False)
        self.tree.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.tree.activated.connect(self._activated)
        left = QWidget()
        lcol = QVBoxLayout(left)
        self.appointments = TodaysAppointments(bus, self.open_client)
        lcol.addWidget(self.appointments)
        lcol.addWidget(self.heading)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(print_button(bus))
        lcol.addLayout(summary_row)
        lcol.addWidget(self.tree)
        # Built with their categories (zero counts) from the start: the room each needs is then
        # known before the counts arrive, and the splitter never has to grow the charts' pane.
        phase_view, form_view, goal_view = _chart_views({}, {d: (0, 0) for d in GoalDomain})
        self.phase_chart = ChartPanel(phase_view)
        self.form_chart = ChartPanel(form_view)
        self.goal_chart = ChartPanel(goal_view)
        self.as_tables = QCheckBox(tr_("Dashboard", "Show the counts as tables"))
        self.as_tables.toggled.connect(self._tables_toggled)
        charts = QWidget()
        charts_col = QVBoxLayout(charts)
        charts_col.setContentsMargins(0, 0, 0, 0)
        charts_col.addWidget(self.as_tables, 0, Qt.AlignmentFlag.AlignRight)
        row = QHBoxLayout()
        charts_col.addLayout(row, 1)
        for chart in (self.phase_chart, self.form_chart, self.goal_chart):
            card = QFrame()
            card.setObjectName("card")
            box = QVBoxLayout(card)
            box.setContentsMargins(4, 4, 4, 4)
            box.addWidget(chart)
            row.addWidget(card, 1)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(charts)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([480, 330])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        bus.changed.connect(lambda area, cid: self.refresh())
        bus.privacy_changed.connect(self.model.set_privacy)

    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self.appointments.set_workspace(ws)
        self.data = None
        self.model.clear()
        self.summary.clear()
        self.refresh()

    def refresh(self) -> None:
        ws = self.ws
        if ws is None or ws.closed or not ws.actor.has(Role.COUNSELLOR, Role.DIRECTOR):
            return
        run_in_background(
            self, lambda: load_dashboard(ws), self._show, lambda e: show_error(self, e)
        )

    def _show(self, data: DashboardData) -> None:
        self.data = data
        self.model.privacy = self.bus.privacy
        self.tree.clearSpans()
        for row in self.model.set_items(data.items, data.names, data.today):
            self.tree.setSpan(row, 0, 1, self.model.columnCount())
        for col in range(3):
            self.tree.resizeColumnToContents(col)
        self.tree.setColumnWidth(1, min(self.tree.columnWidth(1), 290))
        overdue = sum(1 for d in data.items if d.due < data.today)
        if not data.items:  # "0 éléments" read wrong in French; nothing to list says so
            summary = tr_("Dashboard", "Nothing needs attention in the next 14 days.")
        elif len(data.items) == 1:
            summary = tr_("Dashboard", "1 item, %2 overdue. Double-click (or Enter) opens "
                                       "the file.")
        else:
            summary = tr_("Dashboard", "%1 items: %2 overdue. Double-click (or Enter) opens "
                                       "the file.")
        self.summary.setText(summary.replace("%1", str(len(data.items)))
                             .replace("%2", str(overdue)))
        phase_view, form_view, goal_view = _chart_views(data.caseload, data.goals)
        self.phase_chart.set_chart(phase_view)
        self.form_chart.set_chart(form_view)
        self.goal_chart.set_chart(goal_view)
        # Titles may wrap differently with counts than without: the splitter is told now, and
        # once more when the charts' own layouts have been applied. (Not an event filter on
        # the charts: while the window is destroyed it would be called on a half-gone
        # dashboard.)
        self.splitter.refresh()
        QTimer.singleShot(0, self.splitter, self.splitter.refresh)

    def first_focus(self) -> QWidget:
        return self.tree

    def _tables_toggled(self, on: bool) -> None:
        for panel in (self.phase_chart, self.form_chart, self.goal_chart):
            panel.show_table(on)

    def _activated(self, index: QModelIndex) -> None:
        first = index.siblingAtColumn(0)
        client_id = first.data(CLIENT_ROLE)
        if not client_id:
            return  # a heading
        if first.data(KIND_ROLE) == DeadlineKind.CONDITION_CHECK.value:
            self.check_conditions.emit(int(client_id))
            return
        self.open_client.emit(int(client_id), int(first.data(TAB_ROLE)))
