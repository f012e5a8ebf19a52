"""Run as its own process by bench/gui_startup.py: the real program's start, timed from outside.

    python -m bench.gui_probe bare T0
    python -m bench.gui_probe app T0 DATA_DIR USER PASSWORD [FILTER_TEXT]

T0 is the parent's clock (time.time()) just before it started this process. Prints one JSON
line: seconds from T0 to the first window painted; for `app` also from the password accepted
to the dashboard's and the client list's rows shown, the longest the GUI thread was blocked
meanwhile, one keystroke in the client filter to its repaint, and the memory (RSS) then.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

RESULT: dict[str, Any] = {}


def _rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _finish() -> None:
    print(json.dumps(RESULT), flush=True)
    os._exit(0)


def bare(t0: float) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1])
    label = QLabel("shelter_desk")
    label.show()

    def painted() -> None:
        RESULT["painted"] = time.time() - t0
        RESULT["rss_mib"] = _rss_mib()
        _finish()

    QTimer.singleShot(0, painted)
    app.exec()


class _Watch:
    """The longest the GUI thread went without turning its event loop (a 1 ms timer)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()


def app(t0: float, data_dir: str, user: str, password: str, typed: str) -> None:
    from PySide6.QtCore import QTimer

    import shelter_desk.ui.dialogs.login_dialog as login
    from shelter_desk import app as shelter_app

    shown = login.LoginDialog.showEvent

    def show_event(dialog: Any, event: Any) -> None:
        shown(dialog, event)
        if "painted" not in RESULT:
            QTimer.singleShot(0, lambda: _painted(dialog))

    login.LoginDialog.showEvent = show_event  # type: ignore[method-assign]
    watch: list[_Watch] = []

    def _painted(dialog: Any) -> None:
        RESULT["painted"] = time.time() - t0
        RESULT["rss_login_mib"] = _rss_mib()
        # The program may use the wait for the password (it builds the main window then): how
        # long the login window stops answering meanwhile is measured as well.
        watch.append(_Watch())
        watch[0].start()
        # Typing takes a person a few seconds: the program may use them.
        QTimer.singleShot(2000, lambda: _type(dialog))

    def _type(dialog: Any) -> None:
        dialog.user_edit.setText(user)
        dialog.password_edit.setText(password)
        RESULT["longest_block_login"] = watch[0].longest
        dialog.logged_in.connect(lambda _ws: _unlocked())
        RESULT["_submitted"] = time.perf_counter()
        dialog.ok_button.click()

    def _unlocked() -> None:
        watch[0].start()
        RESULT["_unlocked"] = time.perf_counter()
        QTimer.singleShot(0, _poll)

    def _poll() -> None:
        controller = controllers[0]
        window = controller._window
        now = time.perf_counter()
        if window is not None:
            if "dashboard_rows" not in RESULT and window.dashboard.model.rowCount():
                RESULT["dashboard_rows"] = now - RESULT["_unlocked"]
            if "client_rows" not in RESULT and window.clients.model.rowCount():
                RESULT["client_rows"] = now - RESULT["_unlocked"]
        if "dashboard_rows" in RESULT and "client_rows" in RESULT:
            RESULT["password_to_rows"] = now - RESULT["_submitted"]
            RESULT["longest_block"] = watch[0].longest
            RESULT["rss_after_mib"] = _rss_mib()
            QTimer.singleShot(200, lambda: _keystroke(window))
            return
        if now - RESULT["_unlocked"] > 120:
            RESULT["error"] = "no rows after 120 s"
            _finish()
        QTimer.singleShot(1, _poll)

    def _keystroke(window: Any) -> None:
        from PySide6.QtWidgets import QApplication

        window.show_page("clients")
        QApplication.processEvents()
        samples: list[float] = []
        for text in [typed[:n] for n in range(1, len(typed) + 1)] + [""]:
            start = time.perf_counter()
            window.clients.search.setText(text)
            window.clients.table.viewport().repaint()
            samples.append(time.perf_counter() - start)
        RESULT["keystroke"] = sorted(samples[:-1])[len(samples[:-1]) // 2]
        RESULT["clearing"] = samples[-1]
        _finish()

    controllers: list[Any] = []
    original = shelter_app.AppController.__init__

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        controllers.append(self)

    shelter_app.AppController.__init__ = init  # type: ignore[method-assign]
    sys.argv = [sys.argv[0], "--data-dir", data_dir]
    from shelter_desk.__main__ import main

    main()


if __name__ == "__main__":
    mode, start = sys.argv[1], float(sys.argv[2])
    if mode == "bare":
        bare(start)
    else:
        app(start, *sys.argv[3:6], sys.argv[6] if len(sys.argv) > 6 else "stan")
