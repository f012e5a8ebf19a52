"""Autonomy goals: the list, a progress chart, and the milestones of the selected goal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.i18n import fill
from shelter_desk.services import goals as service
from shelter_desk.ui import accessible, chart_labels
from shelter_desk.ui.client_context import ClientContext
from shelter_desk.ui.formatting import format_date
from shelter_desk.ui.forms.fields import F, relabel
from shelter_desk.ui.forms.form import DATE, INT, NOTES
from shelter_desk.ui.forms.record_dialog import RecordDialog
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.record_kinds.goals import goals
from shelter_desk.ui.views.client_file.record_tab import KindTab
from shelter_desk.ui.widgets.charts import ChartPanel, bar_chart


def milestone_dialog(ctx: ClientContext, goal: service.GoalView, parent: QWidget) -> RecordDialog:
    fields = [
        F("reached_on", DATE),
        F("description", NOTES),
        F("progress", INT, minimum=0, maximum=100, suffix=" %"),
    ]
    relabel(fields, progress=tr_("ClientFile", "Progress of the goal now"))
    dialog = RecordDialog(
        fill(tr_("ClientFile", "Milestone: {goal}"), goal=goal.description[:60]),
        fields,
        lambda v: service.MilestoneInput(**v),
        service.MILESTONE_SPEC,
        lambda data: service.add_milestone(ctx.ws, goal.id, data),
        parent=parent,
    )
    dialog.form.set_value("progress", min(100, goal.progress + 10))
    return dialog


class GoalsTab(QWidget):
    def __init__(self, ctx: ClientContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.table = KindTab(ctx, goals())
        self.milestone_button = QPushButton(tr_("ClientFile", "Add a milestone…"))
        self.milestone_button.clicked.connect(self.add_milestone)
        self.table.add_tool(self.milestone_button, 2)
        self.chart = ChartPanel(
            bar_chart(tr_("ClientFile", "Progress per goal (%)"), [], [], maximum=100))
        self.as_table = QCheckBox(tr_("ClientFile", "Show the progress as a table"))
        self.as_table.toggled.connect(self.chart.show_table)
        self.milestones = QListWidget()
        self.milestones.setObjectName("milestones")
        accessible.name(self.milestones, tr_("ClientFile", "Milestones of the selected goal"))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.as_table, 0, Qt.AlignmentFlag.AlignRight)
        side_layout.addWidget(self.chart, 2)
        caption = QLabel(tr_("ClientFile", "Milestones of the selected goal"))
        caption.setObjectName("subheading")
        side_layout.addWidget(caption)
        side_layout.addWidget(self.milestones, 1)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 430])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.table.model.modelReset.connect(self._update_chart)
        self.table.table.selectionModel().selectionChanged.connect(self._update_milestones)
        self._update_milestones()

    def add_milestone(self) -> None:
        goal = self.table.selected()
        if goal is not None and goal.void is None:
            self.table._run(milestone_dialog(self.ctx, goal, self))

    def _update_chart(self) -> None:
        rows = sorted((g for g in self.table.model.rows if g.void is None),
                      key=lambda g: g.set_on)
        labels = [chart_labels.domain(g.domain) for g in rows]
        self.chart.set_chart(
            bar_chart(
                tr_("ClientFile", "Progress per goal (%)"),
                labels,
                [g.progress for g in rows],
                maximum=100,
            ),
        )
        self._update_milestones()

    def _update_milestones(self, *_: object) -> None:
        self.milestones.clear()
        goal = self.table.selected()
        self.milestone_button.setEnabled(goal is not None and goal.void is None)
        if goal is None:
            self.milestones.addItem(tr_("ClientFile", "Choose a goal to see its milestones."))
            return
        for m in goal.milestones:
            self.milestones.addItem(
                f"{format_date(m.reached_on)}  ·  {m.progress} %  ·  {m.description}"
            )
        if not goal.milestones:
            self.milestones.addItem(tr_("ClientFile", "No milestone yet."))
