"""Nothing a UI test made outlives it: its windows, dialogs and controllers are deleted when it
ends, at a moment when no worker runs. pytest-qt closes only the widgets a test registered, with
deleteLater, which only a running event loop carries out: windows were left alive (with their
workspaces and caches), or deleted in the middle of a later test while its own background
calls were running, and the suite slowed as it went."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def _release_widgets_when_the_test_ends() -> Iterator[None]:
    yield
    pool = QThreadPool.globalInstance()
    pool.waitForDone(10000)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        for widget in app.topLevelWidgets():
            widget.deleteLater()  # not close(): a window's closeEvent is the test's business
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
