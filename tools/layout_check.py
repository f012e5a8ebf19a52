"""What a screen shows cut or squeezed: used by the tests (tests/ui/test_pseudo_localisation.py)
and by `make screenshots` (tools/screenshots.py --check), so what the docs show was checked."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTabBar,
    QWidget,
)


def visible(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window()) and widget.window().isVisible()


def ui_texts(root: QWidget) -> Iterator[tuple[str, str, QWidget]]:
    """(kind, text, widget) of what a person reads as interface, not as data."""
    for button in root.findChildren(QAbstractButton):
        if visible(button) and button.text().strip():
            yield "button", button.text(), button
    for box in root.findChildren(QGroupBox):
        if visible(box) and box.title():
            yield "group", box.title(), box
    for bar in root.findChildren(QTabBar):
        if visible(bar):
            for i in range(bar.count()):
                if not bar.tabText(i).startswith(("PAY-", "PAG-")):  # a client file's tab
                    yield "tab", bar.tabText(i), bar
    for header in root.findChildren(QHeaderView):
        if visible(header) and header.orientation().name == "Horizontal":
            model = header.model()
            for section in range(header.count()):
                text = model.headerData(section, header.orientation()) if model else None
                if text:
                    yield "header", str(text), header
    for nav in root.findChildren(QListWidget, "navigation"):
        for i in range(nav.count()):
            if not nav.item(i).isHidden():
                yield "navigation", nav.item(i).text(), nav


def clipped(root: QWidget) -> list[str]:
    """Buttons, labels and navigation items narrower than their text needs."""
    problems = []
    for kind, text, widget in ui_texts(root):
        if kind == "button" and widget.width() + 1 < widget.sizeHint().width():
            problems.append(f"clipped button: {text!r} ({widget.width()} < "
                            f"{widget.sizeHint().width()})")
    for label in root.findChildren(QLabel):
        if not visible(label) or not label.text().strip() or label.wordWrap():
            continue
        if label.width() + 1 < label.minimumSizeHint().width():
            problems.append(f"clipped label: {label.text()!r} ({label.width()} < "
                            f"{label.minimumSizeHint().width()})")
    for nav in root.findChildren(QListWidget, "navigation"):
        metrics = nav.fontMetrics()
        for i in range(nav.count()):
            needed = metrics.horizontalAdvance(nav.item(i).text()) + 28
            if needed > nav.viewport().width():
                problems.append(f"clipped navigation item: {nav.item(i).text()!r}")
    return problems


def squeezed(root: QWidget) -> list[str]:
    """Widgets given less room than their layout's minimum: their contents overlap or are cut
    (the overview's rows in French at 1280 x 720 did)."""
    problems = []
    for widget in root.findChildren(QWidget):
        layout = widget.layout()
        if layout is None or not visible(widget) or widget.isWindow():
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractScrollArea) or (
                parent is not None and isinstance(parent.parentWidget(), QAbstractScrollArea)):
            continue  # a scroll area's content scrolls instead
        need = layout.minimumSize()
        if widget.width() + 1 < need.width() or widget.height() + 1 < need.height():
            problems.append(f"squeezed {type(widget).__name__} {widget.objectName()!r}: "
                            f"{widget.width()} x {widget.height()} < "
                            f"{need.width()} x {need.height()}")
    return problems
