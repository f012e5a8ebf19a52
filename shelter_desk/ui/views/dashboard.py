"""Dashboard: what needs attention (overdue, today, the next 14 days), each item opening the
right tab of the right file; and charts of the caseload and of autonomy goals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
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
    ReminderStep,
)
from shelter_desk.i18n import fill
from shelter_desk.services import clients, clock, goals, reminders
from shelter_desk.services.changes import Changes, Kind
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import accessible, chart_labels, i18n
from shelter_desk.ui.databus import DataBus, InSight
from shelter_desk.ui.deadline_text import subject_text
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import show_error
from shelter_desk.ui.models.attention import (
    CLIENT_ROLE,
    KIND_ROLE,
    MORE_ROLE,
    TAB_ROLE,
    AttentionModel,
)
from shelter_desk.ui.ops import run_in_background
from shelter_desk.ui.printing import print_button
from shelter_desk.ui.privacy import masked
from shelter_desk.ui.views.client_file import view as file_view
from shelter_desk.ui.views.todays_appointments import TodaysAppointments
from shelter_desk.ui.widgets.charts import ChartPanel, bar_chart, stacked_bar_chart
from shelter_desk.ui.widgets.scroll import vertical_scroll

HORIZON_DAYS = 14
# A long list loads about this many of its overdue items (the latest) and of those after today
# (the soonest), and counts the others; "Show all" loads every one (services/reminders.py).
LIST_LIMIT = 100
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
    items: list[reminders.Reminder]
    names: dict[int, str]
    caseload: dict[str, dict[str, int]]
    goals: dict[GoalDomain, tuple[int, int]]
    staff: dict[int, str]
    left_out: tuple[reminders.LeftOut, ...] = ()  # counted, not loaded ("Show all" loads them)


def load_dashboard(ws: Workspace, everything: bool = False) -> DashboardData:
    """What the dashboard shows; a long list in part (`LIST_LIMIT`) unless `everything`."""
    today = clock.today()
    loaded = reminders.load(ws, today=today, horizon_days=HORIZON_DAYS,
                            limit=None if everything else LIST_LIMIT)
    return DashboardData(
        today, loaded.items, loaded.names, clients.caseload(ws, today),
        goals.goal_progress_overview(ws), loaded.staff, loaded.left_out,
    )


def _chart_builders(
    caseload: dict[str, dict[str, int]], goal_counts: dict[GoalDomain, tuple[int, int]]
) -> tuple[Callable[[], QChartView], Callable[[], QChartView], Callable[[], QChartView]]:
    """How to make each of the three charts: each is made in an event-loop turn of its own
    (about 4-10 ms each), not the three at once before the list is shown."""
    phase = caseload.get("phase", {})
    phases = [p for p in Phase if p != Phase.CLOSED]
    form = caseload.get("form", {})
    domains = list(GoalDomain)
    return (
        lambda: bar_chart(
            tr_("Dashboard", "Open files by phase"),
            [chart_labels.phase(p) for p in phases],
            [phase.get(p.value, 0) for p in phases],
        ),
        lambda: bar_chart(
            tr_("Dashboard", "Open files by form of exploitation"),
            [chart_labels.form(f) for f in ExploitationForm],
            [form.get(f.value, 0) for f in ExploitationForm],
        ),
        lambda: stacked_bar_chart(
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
        self.dialog: QDialog | None = None
        # The reminder (its key) and row acted on: selected again once the list reloads.
        self._keep: tuple[reminders.Key, int] | None = None
        self.everything = False  # "Show all" asked for: a long list loaded whole
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
        header.setStretchLastSection(False)
        # The detail takes the room left (it is the longest); whose it is, what it needs.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
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
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        left = QWidget()
        lcol = QVBoxLayout(left)
        self.appointments = TodaysAppointments(bus, self.open_client)
        lcol.addWidget(self.appointments)
        lcol.addWidget(self.heading)
        # What to do about the selected reminder beside the summary, not in a row of its own:
        # on a laptop's screen every row of the list counts.
        self.summary.setWordWrap(True)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        self.show_all_button = QPushButton()
        self.show_all_button.setToolTip(tr_(
            "Dashboard", "A long list shows the latest overdue items and the soonest ones, "
                         "and counts the others: list every item"))
        self.show_all_button.clicked.connect(self.show_everything)
        self.show_all_button.hide()
        summary_row.addWidget(self.show_all_button)
        summary_row.addLayout(self._action_row())
        summary_row.addSpacing(12)
        summary_row.addWidget(print_button(bus))
        lcol.addLayout(summary_row)
        lcol.addLayout(self._filter_row())
        lcol.addWidget(self.tree)
        # Built with their categories (zero counts) from the start: the room each needs is then
        # known before the counts arrive, and the splitter never has to grow the charts' pane.
        phase_view, form_view, goal_view = (
            make() for make in _chart_builders({}, {d: (0, 0) for d in GoalDomain}))
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
        # The charts scroll in their pane rather than hold the list to a few rows on a laptop's
        # screen: the list is what a counsellor acts on.
        self.charts_pane = vertical_scroll(charts)
        self.charts_pane.setMinimumHeight(120)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(self.charts_pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([540, 270])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.sight = InSight(self, self.refresh)
        bus.changed.connect(self._data_changed)
        bus.privacy_changed.connect(self.model.set_privacy)

    def _filter_row(self) -> QHBoxLayout:
        """Which reminders: of one kind, whose, grouped by day or by person, done and snoozed
        ones too or not."""
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(tr_("Dashboard", "All kinds"), None)
        for kind in DeadlineKind:
            self.kind_filter.addItem(i18n.label(kind), kind.value)
        self.whose_filter = QComboBox()
        self.whose_filter.addItem(tr_("Dashboard", "Everyone"), None)
        self.group_by = QComboBox()
        self.group_by.addItem(tr_("Dashboard", "By day"), False)
        self.group_by.addItem(tr_("Dashboard", "By counsellor"), True)
        self.show_handled = QCheckBox(tr_("Dashboard", "Show done and snoozed"))
        row = QHBoxLayout()
        for text, box in ((tr_("Dashboard", "&Kind"), self.kind_filter),
                          (tr_("Dashboard", "&Whose"), self.whose_filter),
                          (tr_("Dashboard", "&Group"), self.group_by)):
            label = QLabel(text)
            label.setBuddy(box)
            accessible.name(box, text.replace("&", ""))
            row.addWidget(label)
            row.addWidget(box)
            box.currentIndexChanged.connect(self._filters_changed)
        row.addWidget(self.show_handled)
        self.show_handled.toggled.connect(self._filters_changed)
        row.addStretch(1)
        return row

    def _action_row(self) -> QHBoxLayout:
        self.done_button = QPushButton(tr_("Dashboard", "&Done…"))
        self.snooze_button = QPushButton(tr_("Dashboard", "S&nooze…"))
        self.hand_button = QPushButton(tr_("Dashboard", "Hand &over…"))
        self.reopen_button = QPushButton(tr_("Dashboard", "&Reopen"))
        self.done_button.setToolTip(tr_("Dashboard", "Mark the selected reminder done, saying "
                                                     "what was done"))
        self.snooze_button.setToolTip(tr_("Dashboard", "Take the selected reminder off the "
                                                       "list until a day, saying why"))
        self.hand_button.setToolTip(tr_("Dashboard", "Hand the selected reminder to a colleague "
                                                     "who works on the file"))
        self.reopen_button.setToolTip(tr_("Dashboard", "Put a done or snoozed reminder back on "
                                                       "the list"))
        row = QHBoxLayout()
        for button, step in ((self.done_button, ReminderStep.DONE),
                             (self.snooze_button, ReminderStep.SNOOZED),
                             (self.hand_button, ReminderStep.ASSIGNED)):
            button.clicked.connect(lambda _=False, s=step: self.act(s))
            row.addWidget(button)
        self.reopen_button.clicked.connect(self.reopen)
        row.addWidget(self.reopen_button)
        self._selection_changed()
        return row

    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self.appointments.set_workspace(ws)
        self.data = None
        self.everything = False
        if ws is not None:  # a director reads the list by person first
            self.group_by.setCurrentIndex(1 if ws.actor.has(Role.DIRECTOR) else 0)
        self.model.clear()
        self.summary.clear()
        self.refresh()

    def _data_changed(self, changes: Changes) -> None:
        """Reminders come from clients' deadlines (their status), the charts from their
        phase, exploitation (client details) and goals."""
        if changes.status or changes.touches(Kind.CLIENT, Kind.REMINDERS, Kind.GOALS):
            self.sight.request()

    def refresh(self) -> None:
        ws = self.ws
        if ws is None or ws.closed or not ws.actor.has(Role.COUNSELLOR, Role.DIRECTOR):
            return
        everything = self.everything
        run_in_background(
            self, lambda: load_dashboard(ws, everything), self._show,
            lambda e: show_error(self, e)
        )

    def show_everything(self) -> None:
        """Every item that needs attention, none left out however long the list."""
        self.everything = True
        self.show_all_button.setEnabled(False)  # until the whole list arrives
        self.refresh()

    def _show(self, data: DashboardData) -> None:
        self.data = data
        chosen = self.whose_filter.currentData()
        self.whose_filter.blockSignals(True)
        self.whose_filter.clear()
        self.whose_filter.addItem(tr_("Dashboard", "Everyone"), None)
        if self.ws is not None and self.ws.actor.user_id is not None:
            self.whose_filter.addItem(tr_("Dashboard", "Mine"), self.ws.actor.user_id)
        for uid, name in sorted(data.staff.items(), key=lambda p: p[1].casefold()):
            self.whose_filter.addItem(name, uid)
        at = self.whose_filter.findData(chosen) if chosen is not None else 0
        self.whose_filter.setCurrentIndex(max(at, 0))
        self.whose_filter.blockSignals(False)
        self._fill()
        # The list first; each chart in a turn of its own (about 10 ms each), so the window
        # answers in between while the caseload appears (issue 13: no step over a frame).
        builders = _chart_builders(data.caseload, data.goals)
        for panel, make in zip((self.phase_chart, self.form_chart, self.goal_chart), builders,
                               strict=True):
            QTimer.singleShot(0, panel, lambda p=panel, m=make: self._chart(data, p, m))

    def _chart(self, data: DashboardData, panel: ChartPanel,
               make: Callable[[], QChartView]) -> None:
        if self.data is not data:  # newer figures came first
            return
        panel.set_chart(make())
        if panel is not self.goal_chart:
            return
        # Titles may wrap differently with counts than without: the splitter is told now, and
        # once more when the charts' own layouts have been applied. (Not an event filter on
        # the charts: while the window is destroyed it would be called on a half-gone
        # dashboard.)
        self.splitter.refresh()
        QTimer.singleShot(0, self.splitter, self.splitter.refresh)

    def _filters_changed(self, *_: object) -> None:
        if self.data is not None:
            self._fill()

    def _fill(self) -> None:
        """The list as the filters choose it, and the summary of what is shown."""
        data = self.data
        if data is None:
            return
        kind, whose = self.kind_filter.currentData(), self.whose_filter.currentData()
        handled = self.show_handled.isChecked()
        shown = [r for r in data.items
                 if (kind is None or r.deadline.kind.value == kind)
                 and (whose is None or r.responsible_id == whose)
                 and (handled or not r.handled(data.today))]
        # Those left out are open, and their counsellor's: the filters count them the same.
        more = [m for m in data.left_out
                if (kind is None or m.kind.value == kind)
                and (whose is None or m.counsellor_id == whose)]
        listed = len(shown) + sum(m.count for m in more)
        total = len(data.items) + sum(m.count for m in data.left_out)
        self.show_all_button.setVisible(bool(data.left_out))
        self.show_all_button.setEnabled(True)
        self.show_all_button.setText(fill(tr_("Dashboard", "Show &all {count}"), count=total))
        self.model.privacy = self.bus.privacy
        self.tree.clearSpans()
        for row in self.model.set_items(shown, data.names, data.today, data.staff,
                                        bool(self.group_by.currentData()), more):
            self.tree.setSpan(row, 0, 1, self.model.columnCount())
        for col in range(3):
            self.tree.resizeColumnToContents(col)
        self.tree.setColumnWidth(1, min(self.tree.columnWidth(1), 290))
        self.tree.resizeColumnToContents(4)
        self.tree.setColumnWidth(4, min(self.tree.columnWidth(4), 240))

        overdue = sum(1 for r in shown if r.deadline.due < data.today
                      and not r.handled(data.today)) + sum(m.count for m in more if m.overdue)
        if not listed:  # "0 éléments" read wrong in French; nothing to list says so
            summary = tr_("Dashboard", "Nothing needs attention in the next 14 days.") \
                if listed == total else tr_("Dashboard", "Nothing to show "
                                                         "with these filters.")
        elif listed == 1:
            summary = tr_("Dashboard", "1 item, {overdue} overdue. Double-click (or Enter) opens "
                                       "the file.")
        else:
            summary = tr_("Dashboard", "{count} items: {overdue} overdue. Double-click (or Enter) "
                                       "opens the file.")
        self.summary.setText(fill(summary, count=listed, overdue=overdue))
        self._reselect()
        self._selection_changed()

    def _remember_selection(self) -> None:
        rows = self.tree.selectionModel().selectedRows()
        r = self.selected()
        self._keep = (reminders.key_of(r.deadline), rows[0].row()) if r and rows else None

    def _reselect(self) -> None:
        """After an action the same reminder stays selected (shown done or snoozed), else the
        one now in its row: the keyboard goes on where it was."""
        if self._keep is None:
            return
        key, at = self._keep
        self._keep = None
        model = self.model
        rows = [i for i in range(model.rowCount()) if model.reminder(i) is not None]
        if not rows:
            return
        same = [i for i in rows if reminders.key_of(model.reminder(i).deadline) == key]  # type: ignore[union-attr]
        self.tree.selectRow(same[0] if same else min(rows, key=lambda i: abs(i - at)))

    def selected(self) -> reminders.Reminder | None:
        rows = self.tree.selectionModel().selectedRows() if self.tree.selectionModel() else []
        return self.model.reminder(rows[0].row()) if rows else None

    def _selection_changed(self, *_: object) -> None:
        r = self.selected()
        today = self.data.today if self.data is not None else clock.today()
        open_ = r is not None and not r.handled(today)
        for button in (self.done_button, self.snooze_button, self.hand_button):
            button.setEnabled(open_)
        self.reopen_button.setEnabled(r is not None and r.state is not None
                                      and r.state.step in (ReminderStep.DONE,
                                                           ReminderStep.SNOOZED))

    def _describe(self, r: reminders.Reminder) -> str:
        from shelter_desk.ui.dialogs.reminder_dialog import describe_deadline

        name = masked(self.data.names.get(r.deadline.client_id, "") if self.data else "",
                      self.bus.privacy)
        client = f"{r.deadline.case_code}  {name}" if name else r.deadline.case_code
        return describe_deadline(r.deadline, client, subject_text(r.deadline, self.bus.privacy))

    def act(self, step: ReminderStep) -> None:
        """Done, snooze or hand over the selected reminder, in a dialog."""
        from shelter_desk.ui.dialogs.reminder_dialog import ReminderDialog

        r, ws = self.selected(), self.ws
        if r is None or ws is None:
            return
        if step == ReminderStep.ASSIGNED:
            client_id = r.deadline.client_id
            run_in_background(self, lambda: reminders.colleagues(ws, client_id),
                              lambda people: self._open(ReminderDialog(
                                  ws, step, r, self._describe(r), people, self)),
                              lambda e: show_error(self, e))
            return
        self._open(ReminderDialog(ws, step, r, self._describe(r), None, self))

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog  # tests drive the open dialog
        self._remember_selection()
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.dialog = None
        self.tree.setFocus()
        if accepted:
            self._changed(dialog)
        else:
            self._keep = None

    def reopen(self) -> None:
        r, ws = self.selected(), self.ws
        if r is None or ws is None:
            return
        self._remember_selection()
        self.tree.setFocus()
        run_in_background(self, lambda: reminders.reopen(ws, r.deadline),
                          lambda state: self.bus.publish(state.changes),
                          lambda e: show_error(self, e))

    def _changed(self, dialog: QDialog) -> None:
        state = getattr(dialog, "result_value", None)
        if isinstance(state, reminders.ReminderState):
            self.bus.publish(state.changes)  # a done agreed action: the file's plan too
            return
        r = getattr(dialog, "deadline", None)
        self.bus.publish(Changes.of(r.client_id, Kind.REMINDERS, Kind.PLAN) if r is not None
                         else Changes.anything())

    def first_focus(self) -> QWidget:
        return self.tree

    def _tables_toggled(self, on: bool) -> None:
        for panel in (self.phase_chart, self.form_chart, self.goal_chart):
            panel.show_table(on)

    def _activated(self, index: QModelIndex) -> None:
        first = index.siblingAtColumn(0)
        if first.data(MORE_ROLE):
            self.show_everything()
            return
        client_id = first.data(CLIENT_ROLE)
        if not client_id:
            return  # a heading
        if first.data(KIND_ROLE) == DeadlineKind.CONDITION_CHECK.value:
            self.check_conditions.emit(int(client_id))
            return
        self.open_client.emit(int(client_id), int(first.data(TAB_ROLE)))
