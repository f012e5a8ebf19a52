"""Autonomy goals: the list, a progress chart, and the milestones of the selected goal."""

from __future__ import annotations

from typing import Any

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

from shelter_desk.domain.vocabulary import GoalDomain, GoalStatus
from shelter_desk.i18n import fill
from shelter_desk.services import goals
from shelter_desk.services.changes import Kind
from shelter_desk.ui import accessible, chart_labels, i18n
from shelter_desk.ui.client_context import ClientContext
from shelter_desk.ui.formatting import format_date
from shelter_desk.ui.forms.fields import F, relabel
from shelter_desk.ui.forms.form import CHOICE, DATE, INT, NOTES, OPT_DATE
from shelter_desk.ui.forms.record_dialog import RecordDialog
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.models.record_table import Column
from shelter_desk.ui.style import theme
from shelter_desk.ui.views.client_file.record_tab import RecordTab
from shelter_desk.ui.widgets.charts import ChartPanel, bar_chart


def goal_dialog(ctx: ClientContext, row: goals.GoalView | None, parent: QWidget) -> RecordDialog:
    fields = [
        F("domain", CHOICE, enum=GoalDomain),
        F("description", NOTES),
        F("set_on", DATE),
        F("target_date", OPT_DATE),
        F("status", CHOICE, enum=GoalStatus),
        F("progress", INT, minimum=0, maximum=100, suffix=" %"),
    ]

    def save(data: goals.GoalInput) -> Any:
        if row is None:
            return goals.add_goal(ctx.ws, ctx.client_id, data)
        return goals.update_goal(ctx.ws, row.id, data, based_on=row.version)

    return RecordDialog(
        tr_("ClientFile", "Autonomy goal") if row is None else tr_("ClientFile", "Edit the goal"),
        fields,
        lambda v: goals.GoalInput(**v),
        goals.GOALS.spec,
        save,
        cross=goals.GOALS.cross,
        initial=row,
        parent=parent,
    )


def milestone_dialog(ctx: ClientContext, goal: goals.GoalView, parent: QWidget) -> RecordDialog:
    fields = [
        F("reached_on", DATE),
        F("description", NOTES),
        F("progress", INT, minimum=0, maximum=100, suffix=" %"),
    ]
    relabel(fields, progress=tr_("ClientFile", "Progress of the goal now"))
    dialog = RecordDialog(
        fill(tr_("ClientFile", "Milestone: {goal}"), goal=goal.description[:60]),
        fields,
        lambda v: goals.MilestoneInput(**v),
        goals.MILESTONE_SPEC,
        lambda data: goals.add_milestone(ctx.ws, goal.id, data),
        parent=parent,
    )
    dialog.form.set_value("progress", min(100, goal.progress + 10))
    return dialog


class GoalsTab(QWidget):
    def __init__(self, ctx: ClientContext) -> None:
        super().__init__()
        self.ctx = ctx
        columns: list[Column[Any]] = [
            Column(tr_("ClientFile", "Area"), lambda g: i18n.label(g.domain)),
            Column(tr_("ClientFile", "Goal"), lambda g: g.description),
            Column(
                tr_("ClientFile", "Set"), lambda g: format_date(g.set_on), key=lambda g: g.set_on
            ),
            Column(
                tr_("ClientFile", "Target"),
                lambda g: format_date(g.target_date),
                key=lambda g: g.target_date or g.set_on,
            ),
            Column(
                tr_("ClientFile", "Status"),
                lambda g: i18n.label(g.status),
                color=lambda g: (
                    theme().ok
                    if g.status == GoalStatus.ACHIEVED
                    else theme().muted
                    if g.status == GoalStatus.ABANDONED
                    else None
                ),
            ),
            Column(
                tr_("ClientFile", "Progress"),
                lambda g: f"{g.progress} %",
                key=lambda g: g.progress,
                align_right=True,
            ),
        ]
        self.table = RecordTab(
            ctx,
            [Kind.GOALS],
            columns,
            goals.list_goals,
            add=lambda _: goal_dialog(ctx, None, self),
            edit=lambda r: goal_dialog(ctx, r, self),
            add_label=tr_("ClientFile", "Add a goal…"),
            sort_column=2,
            descending=False,
            title=tr_("ClientFile", "Autonomy goals"),
            void_kind="goal",
        )
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
