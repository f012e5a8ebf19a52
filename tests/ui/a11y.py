"""An accessibility audit through Qt's own accessibility interface (QAccessible), the same one a
screen reader (NVDA, JAWS, Orca) reads: EN 301 549 clause 11 / WCAG 2.1 AA, 1.3.1, 2.4.3, 4.1.2.

Three findings, each a defect:
- a widget the Tab key reaches whose accessible name is empty (the screen reader says "edit",
  "combo box", "table" and nothing more);
- a label naming a field (a form row's label, or a label ending in a colon) with no buddy, so
  neither its shortcut nor the screen reader connects it to its field;
- a Tab order that jumps backwards in reading order (up the window, or left along a row),
  except into a column further right."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFormLayout,
    QLabel,
    QLayout,
    QWidget,
)

# Pixels: rows of one form differ by more than this; widgets of one row by less.
ROW_TOLERANCE = 6


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def describe(widget: QWidget) -> str:
    """Enough to find the widget in the code: its class, object name and the nearest names."""
    parts = [type(widget).__name__]
    if widget.objectName():
        parts.append(f"#{widget.objectName()}")
    chain = []
    parent = widget.parentWidget()
    while parent is not None and len(chain) < 4:
        name = parent.objectName() or accessible_name(parent)
        chain.append(f"{type(parent).__name__}{'#' + name if name else ''}")
        parent = parent.parentWidget()
    if chain:
        parts.append("in " + " < ".join(chain))
    return " ".join(parts)


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled() and widget.width() > 0


def tab_stop(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and shown(widget)


def _viewport_of_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def unnamed(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not tab_stop(widget) or _viewport_of_scroll_area(widget):
            continue
        if widget.focusProxy() is not None:
            continue  # focus goes to the proxy, which is checked itself
        if not accessible_name(widget):
            found.append(describe(widget))
    return found


def _focusable_inside(item: QWidget | QLayout | None) -> bool:
    if item is None:
        return False
    if isinstance(item, QLayout):
        for i in range(item.count()):
            child = item.itemAt(i)
            if child is not None and _focusable_inside(child.widget() or child.layout()):
                return True
        return False
    return tab_stop(item) or any(tab_stop(w) for w in item.findChildren(QWidget))


def labels_without_buddy(root: QWidget) -> list[str]:
    found = []
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            if not isinstance(label, QLabel) or not shown(label) or field_item is None \
                    or not label.text().strip():
                continue
            field = field_item.widget() or field_item.layout()
            if _focusable_inside(field) and label.buddy() is None:
                found.append(f"form label {label.text()!r} in {describe(label)}")
    for label in root.findChildren(QLabel):
        text = label.text().strip()
        if shown(label) and text.endswith(":") and label.buddy() is None \
                and not label.openExternalLinks():
            found.append(f"label {text!r} in {describe(label)}")
    return sorted(set(found))


@dataclass
class Stop:
    widget: QWidget
    rect: QRect

    @property
    def name(self) -> str:
        return f"{describe(self.widget)} {accessible_name(self.widget)!r}"


def tab_walk(window: QWidget, limit: int = 400) -> list[Stop]:
    """Press Tab from the window's first stop until focus comes round again; the stops in
    the order a keyboard user meets them."""
    window.activateWindow()
    QApplication.processEvents()
    first = window.focusWidget()
    if first is None or not tab_stop(first):
        first = next((w for w in window.findChildren(QWidget) if tab_stop(w)), None)
        if first is None:
            return []
        first.setFocus(Qt.FocusReason.TabFocusReason)
    stops: list[Stop] = []
    seen: set[int] = set()
    current = window.focusWidget() or first
    for _ in range(limit):
        key = id(current)
        if key in seen:
            break
        seen.add(key)
        top_left = current.mapTo(window, QPoint(0, 0))
        stops.append(Stop(current, QRect(top_left, current.size())))
        window.focusNextChild()
        QApplication.processEvents()
        nxt = window.focusWidget()
        if nxt is None or nxt is current:
            break
        current = nxt
    return _rotate_to_reading_start(stops)


def _rotate_to_reading_start(stops: list[Stop]) -> list[Stop]:
    """The walk is a cycle, and going from the last stop back to the first is no defect: start
    it where it reads best (fewest backward jumps, then nearest the top left)."""
    if not stops:
        return stops

    def cost(i: int) -> tuple[int, int, int]:
        rotated = stops[i:] + stops[:i]
        return (len(backward_jumps(rotated)), stops[i].rect.top() // 40, stops[i].rect.left())

    start = min(range(len(stops)), key=cost)
    return stops[start:] + stops[:start]


def _common_ancestor(a: QWidget, b: QWidget) -> QWidget:
    ancestors = []
    w: QWidget | None = a
    while w is not None:
        ancestors.append(w)
        w = w.parentWidget()
    w = b
    while w is not None and w not in ancestors:
        w = w.parentWidget()
    return w or a.window()


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    """`widget`'s rectangle in `ancestor`'s coordinates; leaving a scroll area on the way, the
    part scrolled out of sight counts as its edge (what is below the fold reads before what
    is below the scroll area)."""
    rect = QRect(QPoint(0, 0), widget.size())
    w = widget
    while w is not ancestor and w.parentWidget() is not None:
        parent = w.parentWidget()
        assert parent is not None
        if isinstance(parent.parentWidget(), QAbstractScrollArea) \
                and parent.parentWidget().viewport() is parent:  # type: ignore[union-attr]
            rect.translate(w.pos())
            height, width = parent.height(), parent.width()
            top = min(max(rect.top(), 0), height - 1)
            left = min(max(rect.left(), 0), width - 1)
            rect = QRect(left, top, min(rect.width(), width - left),
                         max(1, min(rect.bottom(), height - 1) - top + 1))
        else:
            rect.translate(w.pos())
        w = parent
    return rect


def backward_jumps(stops: list[Stop]) -> list[str]:
    found = []
    for a, b in pairwise(stops):
        common = _common_ancestor(a.widget, b.widget)
        ra, rb = _rect_in(a.widget, common), _rect_in(b.widget, common)
        new_column = rb.left() >= ra.right() - ROW_TOLERANCE
        goes_up = rb.top() < ra.top() - ROW_TOLERANCE and rb.bottom() < ra.top()
        same_row_leftwards = abs(rb.top() - ra.top()) <= ROW_TOLERANCE \
            and rb.right() <= ra.left() + ROW_TOLERANCE
        if (goes_up and not new_column) or same_row_leftwards:
            found.append(f"Tab from {a.name} at {a.rect.topLeft().toTuple()} "
                         f"back to {b.name} at {b.rect.topLeft().toTuple()}")
    return found


@dataclass
class Findings:
    where: str
    unnamed: list[str]
    labels: list[str]
    jumps: list[str]

    def problems(self) -> list[str]:
        return ([f"{self.where}: unnamed {u}" for u in self.unnamed]
                + [f"{self.where}: no buddy for {label}" for label in self.labels]
                + [f"{self.where}: {j}" for j in self.jumps])


def audit(window: QWidget, where: str, walk_tabs: bool = True) -> Findings:
    return Findings(
        where,
        unnamed(window),
        labels_without_buddy(window),
        backward_jumps(tab_walk(window)) if walk_tabs else [],
    )
