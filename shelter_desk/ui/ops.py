"""Run a service call off the GUI thread, with a progress dialog for anything slow and one
place where failures become messages. The GUI never freezes on Argon2, SQLCipher or PDF work."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from shelter_desk.ui import main_thread_gc

# How long a call may run before the progress dialog shows (ms): quick calls stay silent.
PROGRESS_DELAY_MS = 400


class _Outcome:
    """What a task hands back to the GUI thread. Boxed, because a bare None sent through a
    queued Signal(object) upsets PySide6's reference counting ("deallocating None")."""

    __slots__ = ("failed", "seconds", "value")

    def __init__(self, value: object, seconds: float, failed: bool) -> None:
        self.value = value
        self.seconds = seconds
        self.failed = failed


class _Signals(QObject):
    finished = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(True)

    def run(self) -> None:
        start = time.perf_counter()
        try:
            outcome = _Outcome(self.fn(), time.perf_counter() - start, failed=False)
        except Exception as exc:  # every failure goes back to the GUI thread
            outcome = _Outcome(exc, time.perf_counter() - start, failed=True)
        self.signals.finished.emit(outcome)


class Operation(QObject):
    """One background call. Reports once, through `finished` (an _Outcome)."""

    finished = Signal(object)

    def __init__(self, parent: QWidget | None, fn: Callable[[], Any], label: str = "") -> None:
        super().__init__(parent)
        self._task = _Task(fn)
        self._task.signals.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._progress: QProgressDialog | None = None
        self.seconds = 0.0
        if label and parent is not None:
            self._progress = QProgressDialog(label, "", 0, 0, parent)
            self._progress.setCancelButton(None)
            self._progress.setWindowModality(Qt.WindowModality.WindowModal)
            self._progress.setMinimumDuration(PROGRESS_DELAY_MS)
            self._progress.setAutoClose(True)

    def start(self) -> Operation:
        main_thread_gc.install()  # before the first worker runs Python code
        _RUNNING.add(self)
        QThreadPool.globalInstance().start(self._task)
        return self

    def _on_finished(self, outcome: _Outcome) -> None:
        self.seconds = outcome.seconds
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        _RUNNING.discard(self)
        self.finished.emit(outcome)


# Operations alive until they report back (so a caller need not keep them).
_RUNNING: set[Operation] = set()
# Bumped when the workspace closes (a lock, a logout): what calls started before it read is
# not shown after it (a list loaded just before Ctrl+L must not fill the emptied views).
_EPOCH = [0]


def forget_pending() -> None:
    """Drop the results of every call already started: they come from a closed workspace."""
    _EPOCH[0] += 1


def run_in_background(
    parent: QWidget | None,
    fn: Callable[[], Any],
    on_done: Callable[[Any], object],
    on_error: Callable[[Exception], object],
    label: str = "",
) -> Operation:
    """Call `fn` on a worker thread; then `on_done(result)` or `on_error(exception)` on the
    GUI thread. Nothing is reported if `parent` was deleted meanwhile, nor after
    `forget_pending` (the workspace closed)."""
    op = Operation(parent, fn, label)
    epoch = _EPOCH[0]

    def report(outcome: _Outcome) -> None:
        if epoch != _EPOCH[0]:
            return
        if outcome.failed:
            on_error(outcome.value)  # type: ignore[arg-type]
        else:
            on_done(outcome.value)

    op.finished.connect(report)
    return op.start()


def wait_for_all(timeout_ms: int = 30000) -> bool:
    """For shutdown and tests: block until queued calls finished."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
