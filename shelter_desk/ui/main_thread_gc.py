"""Python's cycle collector, run on the GUI thread only.

Left alone, Python collects reference cycles in whichever thread happens to allocate when a
threshold is crossed: often a worker making a report. A closed dialog caught in a cycle (a
lambda connected to its own signal is enough) is then destroyed on that worker, and Qt crashes
tearing down widgets off the GUI thread. So automatic collection is switched off and the same
generational thresholds are checked from a timer on the GUI thread instead."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 1000

_THRESHOLDS = gc.get_threshold()
_installed: list[QObject] = []


def collect_due() -> int:
    """Collect the generations whose thresholds are crossed, as Python itself would."""
    count0, count1, count2 = gc.get_count()
    if count0 <= _THRESHOLDS[0]:
        return 0
    generation = 0
    if count1 > _THRESHOLDS[1]:
        generation = 2 if count2 > _THRESHOLDS[2] else 1
    return gc.collect(generation)


def install() -> None:
    """Once per application, from the GUI thread (idempotent)."""
    app = QCoreApplication.instance()
    if app is None or _installed:
        return
    timer = QTimer(app)
    timer.setObjectName("main-thread-gc")
    timer.timeout.connect(collect_due)
    timer.start(INTERVAL_MS)
    gc.disable()
    _installed.append(timer)
