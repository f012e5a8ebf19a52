"""Reference cycles are collected on the GUI thread, never on a worker: a closed dialog caught
in a cycle and collected by a worker making a report crashed the app (found by
`make screenshots`, which segfaulted in QCalendarWidget's destructor on a pooled thread)."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from shelter_desk.ui import main_thread_gc
from shelter_desk.ui.ops import run_in_background


class _Cyclic:
    """Garbage only the cycle collector can free, reporting the thread that freed it."""

    def __init__(self, where: list[bool]) -> None:
        self.me = self
        self.where = where

    def __del__(self) -> None:
        self.where.append(threading.current_thread() is threading.main_thread())


def _allocate_like_a_report() -> bool:
    for _ in range(40):
        junk: list[list[object]] = [[] for _ in range(2000)]
        for item in junk:
            item.append(item)
    return True


def test_a_worker_allocating_does_not_collect_the_gui_threads_garbage(qtbot: QtBot) -> None:
    main_thread_gc.install()
    assert not gc.isenabled()
    gc.collect()
    where: list[bool] = []
    _Cyclic(where)
    done: list[bool] = []
    failed: list[Exception] = []
    run_in_background(None, _allocate_like_a_report, done.append, failed.append)
    qtbot.waitUntil(lambda: bool(done or failed), timeout=20000)
    assert not failed
    qtbot.waitUntil(lambda: bool(where), timeout=3 * main_thread_gc.INTERVAL_MS + 2000)
    assert where == [True]


def test_the_collector_follows_pythons_own_thresholds(qtbot: QtBot) -> None:
    main_thread_gc.install()
    gc.collect()
    assert main_thread_gc.collect_due() == 0  # nothing due just after a collection
    junk = [[] for _ in range(gc.get_threshold()[0] + 10)]
    for item in junk:
        item.append(item)
    del junk
    assert main_thread_gc.collect_due() > 0
