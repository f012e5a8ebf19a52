"""Each UI test's windows and controllers go when the test ends, at a moment when no worker
runs: pytest-qt closes a test's widgets with deleteLater, which only a running event loop
carries out, so without this they were deleted (or collected) in the middle of a later test,
while its own background calls were running."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool


@pytest.fixture(autouse=True)
def _release_widgets_when_the_test_ends() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(10000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
