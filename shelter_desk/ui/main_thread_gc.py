"""Python's cycle collector, run on the GUI thread only.

Left alone, Python collects reference cycles in whichever thread happens to allocate when a
threshold is crossed: often a worker making a report. A closed dialog caught in a cycle (a
lambda connected to its own signal is enough) is then destroyed on that worker, and Qt crashes
tearing down widgets off the GUI thread. So automatic collection is switched off and the same
generational thresholds are checked from a timer on the GUI thread instead.

What lasts the whole session (modules, classes, the main window) is set aside while the first
login window waits for the password (`settle`), before any workspace is open: a full pass then
walks only what came after, not the whole heap (it held the window about 50 ms after the
password, issue 13). When a workspace closes it all comes back (`thaw`) and is collected there
and then, and nothing is set aside again, so nothing of a closed workspace caught in a cycle
outlives it."""

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


def settle() -> None:
    """Collect, then keep what is left out of later passes (gc.freeze)."""
    gc.collect()
    gc.freeze()


def thaw(collect: bool = True) -> None:
    """Everything set aside goes back to the collector; with `collect`, cycles among it are
    freed now."""
    gc.unfreeze()
    if collect:
        gc.collect()


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
