"""The real program started as a person starts it, in its own process each time (bench/
gui_probe.py drives it): start to the login window painted, the password to the rows shown,
the longest the window stopped answering meanwhile, one keystroke in the filter, memory."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.harness import Result

REPEAT = 3


def _probe(*args: str, config: str | None = None) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if config is not None:
        # A workstation of its own: the login screen's language, remembered per workstation,
        # then is English like the demo director's. Another one (the machine's own settings,
        # say French from an earlier session) rebuilds the window after the password.
        env["XDG_CONFIG_HOME"] = config
    start = time.time()
    done = subprocess.run([sys.executable, "-m", "bench.gui_probe", args[0], str(start),
                           *args[1:]], capture_output=True, text=True, timeout=600, env=env)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"the probe printed nothing: {done.stderr[-1500:]}")
    found: dict[str, Any] = json.loads(lines[-1])
    if "error" in found:
        raise RuntimeError(found["error"])
    return found


def _median(samples: list[dict[str, Any]], key: str) -> float:
    return statistics.median(float(s[key]) for s in samples)


def run(folders: dict[int, Path], main: int) -> tuple[list[Result], list[Result]]:
    """(rows for the main caseload, memory growth rows)."""
    # One start not counted, of each: a workstation that has run the program before has its
    # files in the page cache (this machine's kernel reclaims it within minutes).
    _probe("bare")
    bare = [_probe("bare") for _ in range(5)]
    bare_paint = _median(bare, "painted")
    bare_rss = _median(bare, "rss_mib")
    with tempfile.TemporaryDirectory(prefix="shelter-desk-bench-config-") as config:
        _probe("app", str(folders[main]), "director", "benchmark passphrase 2026",
               config=config)
        runs = {n: [_probe("app", str(folder), "director", "benchmark passphrase 2026",
                           config=config)
                    for _ in range(REPEAT)] for n, folder in folders.items()}
    app = runs[main]
    rows = [
        Result("start to the login window painted", _median(app, "painted"),
               "bare PySide6 window", bare_paint, goal="<= 1.5x the bare window",
               limit_ratio=1.5),
        Result(f"password to the rows shown (dashboard and list, {main:,} clients)",
               _median(app, "password_to_rows"), "—", 0, goal="<= 1 s", limit_seconds=1.0),
        Result("longest the window did not answer meanwhile", _median(app, "longest_block"),
               "one frame", 1 / 60, goal="<= 16 ms", limit_seconds=0.016),
        Result("longest the login window did not answer while the password was typed (the "
               "main window is built then)", _median(app, "longest_block_login"), "one frame",
               1 / 60),
        Result("one keystroke in the client filter, to its repaint",
               _median(app, "keystroke"), "—", 0, goal="<= 8 ms", limit_seconds=0.008),
        Result("clearing the filter, to its repaint", _median(app, "clearing"), "—", 0,
               goal="<= 8 ms", limit_seconds=0.008),
        Result(f"memory after login, {main:,}-client list and dashboard",
               _median(app, "rss_after_mib"), "bare PySide6 window", bare_rss,
               goal="<= 150 MiB", limit_seconds=150, unit="MiB"),
        Result("memory at the login window", _median(app, "rss_login_mib"),
               "bare PySide6 window", bare_rss, unit="MiB"),
    ]
    growth = [Result(f"memory after login, {n:,} clients", _median(samples, "rss_after_mib"),
                     "bare PySide6 window", bare_rss, unit="MiB")
              for n, samples in runs.items()]
    growth += [Result(f"password to the rows shown, {n:,} clients",
                      _median(samples, "password_to_rows"), "—", 0)
               for n, samples in runs.items()]
    return rows, growth
