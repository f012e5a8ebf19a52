"""Small QtCharts helpers: horizontal bars with labels, in the app's colours."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.i18n import fill
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.style import theme


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(4)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    t = theme()
    chart.setBackgroundBrush(QColor(t.base))
    chart.setTitleBrush(QColor(t.text))
    chart.legend().setLabelColor(QColor(t.text))
    return chart


def _count_axis(top: float) -> QValueAxis:
    """An axis of whole counts: integer ticks only (a 0-1 range ticked in quarters and printed
    with %d reads "0 0 1 1"), at most six of them."""
    top = max(1, math.ceil(top))
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000,
                            10000, 20000, 50000) if top / s <= 5) if top <= 250000 else top
    ticks = math.ceil(top / step)
    axis = QValueAxis()
    axis.setRange(0, step * ticks)
    axis.setTickCount(ticks + 1)
    axis.setLabelFormat("%d")
    return axis


def _titled(title: str, empty: bool) -> str:
    return fill(tr_("Charts", "{title} (none yet)"), title=title) \
        if empty else title


def _small(axis: QBarCategoryAxis | QValueAxis) -> None:
    font = QFont(axis.labelsFont())
    font.setPointSizeF(8.5)
    axis.setLabelsFont(font)


def _view(chart: QChart, categories: int = 6) -> QChartView:
    t = theme()
    for axis in chart.axes():
        _small(axis)  # type: ignore[arg-type]
        axis.setLabelsBrush(QColor(t.text))
        axis.setLinePenColor(QColor(t.muted))
        axis.setGridLineColor(QColor(t.border))
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    # A picture is no Tab stop; its counts are read out (and shown) by ChartPanel.
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    # Qt Charts elides category labels when a category gets less than about 30 px.
    view.setMinimumHeight(max(200, 60 + 26 * categories))
    return view


def bar_chart(
    title: str,
    labels: Sequence[str],
    values: Sequence[float],
    maximum: float | None = None,
    suffix: str = "",
) -> QChartView:
    """One horizontal bar per label (categories top to bottom as given)."""
    chart = _chart(_titled(title, not any(values)))
    bars = QBarSet(title)
    bars.setColor(QColor(theme().accent))
    bars.setLabelColor(QColor(theme().base if theme().name == "high" else "#ffffff"))
    for v in reversed(values):
        bars.append(v)
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value" + suffix)
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.append(list(reversed(labels)))
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    axis_x = _count_axis(maximum if maximum is not None else max(values, default=0) * 1.15)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    chart.legend().hide()
    return _view(chart, len(labels))


def stacked_bar_chart(
    title: str, labels: Sequence[str], stacks: Sequence[tuple[str, Sequence[float]]]
) -> QChartView:
    chart = _chart(_titled(title, not any(any(v) for _, v in stacks)))
    series = QHorizontalStackedBarSeries()
    for i, (name, values) in enumerate(stacks):
        bars = QBarSet(name)
        bars.setColor(QColor(theme().chart[i % len(theme().chart)]))
        for v in reversed(values):
            bars.append(v)
        series.append(bars)
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.append(list(reversed(labels)))
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    total = (
        max(sum(v) for v in zip(*(s[1] for s in stacks), strict=True))
        if stacks and stacks[0][1]
        else 0
    )
    axis_x = _count_axis(total * 1.1)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    # On the right: below, the legend takes the height the category labels need, and Qt
    # Charts elides every label to "…".
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return _view(chart, len(labels))


def replace_chart(view: QChartView, new: QChartView) -> None:
    """Move `new`'s chart into an existing view (keeps layouts simple)."""
    old = view.chart()
    view.setChart(new.chart())
    old.deleteLater()


def chart_counts(chart: QChart) -> tuple[list[str], list[list[str]]]:
    """The numbers behind a bar chart as a table: a column per bar set, a row per category
    (top to bottom as drawn)."""
    series = [s for s in chart.series() if isinstance(s, QAbstractBarSeries)]
    if not series:
        return [], []
    sets = series[0].barSets()
    axis = next((a for a in chart.axes(Qt.Orientation.Vertical)
                 if isinstance(a, QBarCategoryAxis)), None)
    categories = list(axis.categories()) if axis is not None else []
    headers = [""] + [b.label() for b in sets]
    rows = []
    for i in reversed(range(len(categories))):  # stored bottom-up, drawn top-down
        rows.append([categories[i]] + [_number(b.at(i)) for b in sets])
    return headers, rows


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


class ChartPanel(QWidget):
    """A chart, or the same counts as a table: what a screen reader reads (the picture says
    nothing to it), and what anyone who wants the exact numbers can switch to. The title sits
    above, in a label that wraps: a chart's own title is cut when long ("(aucun …")."""

    def __init__(self, view: QChartView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title.setObjectName("chart_title")
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        self.view = view
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.stack.addWidget(view)
        self.stack.addWidget(self.table)
        self._describe()

    def set_chart(self, new: QChartView) -> None:
        replace_chart(self.view, new)
        # The room its categories need (see _view), else Qt Charts elides every label.
        self.view.setMinimumHeight(new.minimumHeight())
        self._describe()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A wrapped title's height depends on the width, which layouts above (a splitter) do
        # not ask: reserve it, or the chart below is squeezed under its minimum.
        # (QLabel answers at least its minimum height, so measure without the one set before.)
        self.title.setMinimumHeight(0)
        self.title.setMinimumHeight(max(self.title.heightForWidth(event.size().width()), 0))
        super().resizeEvent(event)

    def show_table(self, on: bool) -> None:
        self.stack.setCurrentWidget(self.table if on else self.view)

    def chart(self) -> QChart:
        return self.view.chart()

    def _describe(self) -> None:
        chart = self.view.chart()
        headers, rows = chart_counts(chart)
        title = chart.title() or self.title.text()
        self.title.setText(title)
        chart.setTitle("")
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.setAccessibleName(title)
        self.view.setAccessibleName(title)
        summary = "; ".join(
            row[0] + " " + ", ".join(
                (f"{headers[c]} {v}" if len(headers) > 2 else v) for c, v in enumerate(row)
                if c)
            for row in rows)
        self.view.setAccessibleDescription(summary)
