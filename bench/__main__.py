"""Run every benchmark and rewrite docs/performance.md with the results."""

from __future__ import annotations

import math
import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

from bench import server, store_and_services
from bench.harness import Result

REPORT = Path(__file__).resolve().parents[1] / "docs" / "performance.md"


def _seconds(value: float) -> str:
    """Four significant digits, never in exponent form: 18.55, 0.2031, 0.000009158."""
    if value <= 0:
        return "0"
    decimals = max(0, 3 - math.floor(math.log10(value)))
    return f"{value:.{decimals}f}"


def _table(results: list[Result]) -> str:
    lines = ["| measured | seconds | baseline (same run) | baseline s | ratio | note |",
             "|---|---:|---|---:|---:|---|"]
    for r in results:
        lines.append(f"| {r.name} | {_seconds(r.seconds)} | {r.baseline_name} | "
                     f"{_seconds(r.baseline_seconds)} | {r.ratio:.1f}x | {r.note} |")
    return "\n".join(lines)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results = store_and_services.run()
    on_server = server.run()
    try:
        from bench import gui_latency
    except ImportError:
        gui = []
    else:
        gui = gui_latency.run()
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    text = f"""# Performance

Measured by `make bench` on {datetime.now(UTC):%Y-%m-%d} ({machine}). Each figure is the median
of several runs; the **ratio** compares it with a baseline measured in the same run on the same
machine, so it can be compared across machines. Timing assertions are never part of the test
suite.

## Store and services (5,000 synthetic clients)

{_table(results)}
"""
    text += f"""
## The shelter's server (PostgreSQL on 127.0.0.1 with TLS, 5,000 synthetic clients)

{_table(on_server)}
"""
    if gui:
        text += f"""
## The desktop application

{_table(gui)}
"""
    text += """
## Reading the figures
- The demo generator writes every row of a 2-3 year history for each client in one
  transaction; the baseline is the bare cost of SQLCipher writing the same number of rows.
- List, search and deadline figures include computing each client's phase and next deadline
  from all their documents, hearings, checks and consents.
- Logging in is dominated by Argon2id, on purpose: it is what makes a stolen key-slot file
  expensive to attack. The rest is the page-by-page integrity check of the whole file.
- Search matches the folded names in SQL and computes phases only for the clients it finds, so
  it costs about as much as reading the client table once.
- On the server every personal field is sealed (AES-256-GCM) on the way in and opened on the
  way out, each row crosses TLS, and row-level security is evaluated for every row: the ratios
  against SQLCipher (same run, same caseload) show what that costs. Search goes through the
  blind index and opens only the candidates' names.
- Ten writers: ten workspaces (ten staff accounts, ten database roles) edit the same client and
  add sessions to it at once. A save based on a copy someone else has changed since is refused
  and made again after a reload; "lost updates" counts acknowledged saves (and sessions) whose
  effect is missing at the end, "chain breaks" the audit chain's problems. Both must be 0.
- The background helper hands work to a thread and its result back to the GUI thread. Its own
  cost (a fraction of a millisecond) is far below one screen frame (16 ms); a real load through
  it costs what the load costs, while the window keeps repainting and answering.
"""
    REPORT.write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
