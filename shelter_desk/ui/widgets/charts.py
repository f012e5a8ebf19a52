"""Small QtCharts helpers: horizontal bars with labels, in the app's colours."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from shelter_desk.ui.style import ACCENT, OK

PALETTE = (ACCENT, "#8fb3d6", OK, "#c9a227", "#a1665e", "#6d5a9c", "#4f8f8b", "#b0b7be")


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(4)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _small(axis: QBarCategoryAxis | QValueAxis) -> None:
    font = QFont(axis.labelsFont())
    font.setPointSizeF(8.5)
    axis.setLabelsFont(font)


def _view(chart: QChart, categories: int = 6) -> QChartView:
    for axis in chart.axes():
        _small(axis)  # type: ignore[arg-type]
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
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
    chart = _chart(title)
    bars = QBarSet(title)
    bars.setColor(QColor(ACCENT))
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
    axis_x = QValueAxis()
    axis_x.setRange(0, maximum if maximum is not None else max([1.0, *values]) * 1.15)
    axis_x.applyNiceNumbers()
    axis_x.setLabelFormat("%d")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    chart.legend().hide()
    return _view(chart, len(labels))


def stacked_bar_chart(
    title: str, labels: Sequence[str], stacks: Sequence[tuple[str, Sequence[float]]]
) -> QChartView:
    chart = _chart(title)
    series = QHorizontalStackedBarSeries()
    for i, (name, values) in enumerate(stacks):
        bars = QBarSet(name)
        bars.setColor(QColor(PALETTE[i % len(PALETTE)]))
        for v in reversed(values):
            bars.append(v)
        series.append(bars)
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.append(list(reversed(labels)))
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    axis_x = QValueAxis()
    total = (
        max([1.0, *(sum(v) for v in zip(*(s[1] for s in stacks), strict=True))])
        if stacks and stacks[0][1]
        else 1.0
    )
    axis_x.setRange(0, total * 1.1)
    axis_x.applyNiceNumbers()
    axis_x.setLabelFormat("%d")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    return _view(chart, len(labels) + 1)


def replace_chart(view: QChartView, new: QChartView) -> None:
    """Move `new`'s chart into an existing view (keeps layouts simple)."""
    old = view.chart()
    view.setChart(new.chart())
    old.deleteLater()
