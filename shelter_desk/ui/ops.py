"""Run a service call off the GUI thread, with a progress dialog for anything slow and one
place where failures become messages. The GUI never freezes on Argon2, SQLCipher or PDF work."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

# How long a call may run before the progress dialog shows (ms): quick calls stay silent.
PROGRESS_DELAY_MS = 400


class _Signals(QObject):
    finished = Signal(object, float)
    failed = Signal(object, float)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(True)

    def run(self) -> None:
        start = time.perf_counter()
        try:
            result = self.fn()
        except Exception as exc:
            self.signals.failed.emit(exc, time.perf_counter() - start)
        else:
            self.signals.finished.emit(result, time.perf_counter() - start)


class Operation(QObject):
    """One background call. Keep a reference until `done` or `error` fired."""

    done = Signal(object)
    error = Signal(object)

    def __init__(self, parent: QWidget | None, fn: Callable[[], Any], label: str = "") -> None:
        super().__init__(parent)
        self._task = _Task(fn)
        self._task.signals.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._task.signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._progress: QProgressDialog | None = None
        self.seconds = 0.0
        if label and parent is not None:
            self._progress = QProgressDialog(label, "", 0, 0, parent)
            self._progress.setCancelButton(None)
            self._progress.setWindowModality(Qt.WindowModality.WindowModal)
            self._progress.setMinimumDuration(PROGRESS_DELAY_MS)
            self._progress.setAutoClose(True)

    def start(self) -> Operation:
        _RUNNING.add(self)
        QThreadPool.globalInstance().start(self._task)
        return self

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    def _on_finished(self, result: object, seconds: float) -> None:
        self.seconds = seconds
        self._close_progress()
        _RUNNING.discard(self)
        self.done.emit(result)

    def _on_failed(self, exc: object, seconds: float) -> None:
        self.seconds = seconds
        self._close_progress()
        _RUNNING.discard(self)
        self.error.emit(exc)


# Operations alive until they report back (so a caller need not keep them).
_RUNNING: set[Operation] = set()


def run_in_background(
    parent: QWidget | None,
    fn: Callable[[], Any],
    on_done: Callable[[Any], object],
    on_error: Callable[[Exception], object],
    label: str = "",
) -> Operation:
    op = Operation(parent, fn, label)
    op.done.connect(on_done)
    op.error.connect(on_error)
    return op.start()


def wait_for_all(timeout_ms: int = 30000) -> bool:
    """For shutdown and tests: block until queued calls finished."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
