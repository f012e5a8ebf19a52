"""The background helper: how long from asking for work to its result on the GUI thread,
against calling the same function directly (the helper's own cost, and a real load)."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.harness import Result, median_seconds
from shelter_desk import demo
from shelter_desk.services import clients, setup
from shelter_desk.store.keyslots import KdfParams

CHEAP = KdfParams(time_cost=1, memory_cost=8 * 1024, parallelism=1)
PASSWORD = "benchmark passphrase 2026"


def _round_trip(fn: Callable[[], Any]) -> float:
    """Ask for `fn` in the background and wait in an event loop (as the GUI does: idle, not
    spinning) until its result arrives on this thread."""
    from PySide6.QtCore import QEventLoop

    from shelter_desk.ui.ops import run_in_background

    done: list[float] = []
    loop = QEventLoop()

    def finish(_: object) -> None:
        done.append(time.perf_counter() - start)
        loop.quit()

    start = time.perf_counter()
    run_in_background(None, fn, finish, finish)
    if not done:
        loop.exec()
    return done[0]


def _event_loop_turn() -> float:
    """The least the GUI thread can wait for anything: a zero-delay timer firing."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    start = time.perf_counter()
    QTimer.singleShot(0, loop.quit)
    loop.exec()
    return time.perf_counter() - start


def run() -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    out: list[Result] = []

    def trivial() -> int:
        return 1

    helper = median_seconds(lambda: _round_trip(trivial), repeat=50)
    turn = median_seconds(_event_loop_turn, repeat=50)
    out.append(Result("background helper round trip, trivial call", helper,
                      "one turn of the GUI event loop (zero-delay timer)", turn,
                      "the helper's own latency"))
    with tempfile.TemporaryDirectory(prefix="shelter-gui-bench-") as tmp:
        data = Path(tmp) / "demo"
        demo.create_demo(data, clients=300, password=PASSWORD, kdf=CHEAP)
        ws = setup.login(data, "director", PASSWORD, kdf=CHEAP)
        loaded = median_seconds(lambda: _round_trip(lambda: clients.list_clients(ws)), repeat=5)
        plain = median_seconds(lambda: clients.list_clients(ws), repeat=5)
        out.append(Result("client list (300) through the helper", loaded,
                          "the same list loaded directly", plain,
                          "GUI stays responsive meanwhile"))
        ws.close()
    del app
    return out
