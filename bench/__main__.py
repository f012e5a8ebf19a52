"""Run every benchmark and rewrite docs/performance.md with the results (`make bench`)."""

from __future__ import annotations

import math
import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

from bench import caseload, gui_latency, gui_startup, server
from bench.harness import Result

REPORT = Path(__file__).resolve().parents[1] / "docs" / "performance.md"


def _figure(value: float, unit: str = "s") -> str:
    """Four significant digits, never in exponent form: 18.55 s, 0.2031 s, 312 MiB."""
    if unit != "s":
        return f"{value:.0f} {unit}"
    if value <= 0:
        return "—"
    decimals = max(0, 3 - math.floor(math.log10(value)))
    return f"{value:.{decimals}f} s"


def _table(results: list[Result], goals: bool = False) -> str:
    head = "| measured | figure | floor (same run) | floor | ratio |"
    rule = "|---|---:|---|---:|---:|"
    if goals:
        head += " goal | verdict |"
        rule += "---|---|"
    else:
        head += " note |"
        rule += "---|"
    lines = [head, rule]
    for r in results:
        ratio = f"{r.ratio:.1f}x" if r.baseline_seconds else "—"
        line = (f"| {r.name} | {_figure(r.seconds, r.unit)} | {r.baseline_name} | "
                f"{_figure(r.baseline_seconds, r.unit)} | {ratio} |")
        line += f" {r.goal} | {r.verdict} |" if goals else f" {r.note} |"
        lines.append(line)
    return "\n".join(lines)


def _compile_bytecode() -> None:
    """The program as installed: pip, the .deb and the Windows bundle all carry compiled
    bytecode. A source checkout under PYTHONDONTWRITEBYTECODE (set on the build machines)
    would compile every module at each start, about 30 ms of the login window's time that no
    installed workstation pays, while the bare-window floor's PySide6 is compiled."""
    import compileall

    import shelter_desk

    compileall.compile_dir(str(Path(shelter_desk.__file__).parent), quiet=1)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _compile_bytecode()
    with caseload.temporary() as tmp:
        rows, growth, folders = caseload.run(Path(tmp))
        gui_rows, gui_growth = gui_startup.run(folders, caseload.MAIN)
    # BENCH_SERVER=0: the caseload and the desktop only; the server's section (a quarter of an
    # hour, most of it filling the server) is kept from the report as it was.
    on_server = server.run() if os.environ.get("BENCH_SERVER", "1") != "0" else None
    helper = gui_latency.run()
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    text = f"""# Performance

Measured by `make bench` on {datetime.now(UTC):%Y-%m-%d} ({machine}). Each figure is the median
of several runs; the **floor** is the least the same work can cost, measured in the same run on
the same machine, so the **ratio** compares across machines. The goals are issue 13's. Timing
assertions are never part of the test suite.

## The desktop and the caseload ({caseload.MAIN:,} synthetic clients)

{_table(gui_rows + rows, goals=True)}

## Growth with the caseload

{_table(growth + gui_growth)}

{_server_section(on_server)}

## The background helper

{_table(helper)}
"""
    text += READING
    REPORT.write_text(text)
    print(text)
    return 0


SERVER_HEADING = ("## The shelter's server (PostgreSQL on 127.0.0.1 with TLS, 5,000 synthetic "
                  "clients)")


def _server_section(results: list[Result] | None) -> str:
    if results is not None:
        return f"{SERVER_HEADING}\n\n{_table(results)}\n"
    old = REPORT.read_text() if REPORT.exists() else ""
    start = old.find(SERVER_HEADING)
    if start < 0:
        return f"{SERVER_HEADING}\n\nNot measured in this run (BENCH_SERVER=0).\n"
    end = old.find("\n## ", start + len(SERVER_HEADING))
    kept = "\n".join(line for line in old[start:end if end > 0 else len(old)].splitlines()
                     if not line.startswith("(Kept from an earlier run")).rstrip()
    return f"{kept}\n\n(Kept from an earlier run: this one was made with BENCH_SERVER=0.)\n"


READING = """
## Reading the figures
- **Start**: the desktop is started as a person starts it, in a new process each time, and
  timed to the login window painted. The login window needs only Qt, the key slots and
  Argon2; the database layer, reports and signing load on a thread while the password is
  typed (the probe waits two seconds, as typing does). The bench first compiles the package's
  bytecode, as every installed form of the program carries it, and makes one start of each
  kind that is not counted (the files in the page cache, as on a workstation that has run the
  program before). The probes use a workstation configuration of their own: the login screen
  is in English, the demo director's language.
- **Unlock to the list** leaves Argon2id out (the demo's slots use cheap parameters); logging
  in as shipped is measured on its own row. The whole file's page-by-page check runs after
  login, in the background, and still closes everything if it finds damage.
- **Kept status**: each client's phase and deadlines are kept in two tables, rebuilt in the
  same transaction as every change to the records and on the first read after the calendar
  overtakes them (services/status.py), so lists and the dashboard read plain columns.
- **Filter**: a keystroke filters the ordered list in Python comprehensions and resets the
  model; the figure includes the table's repaint. Clearing shows every row again.
- **Demo**: the generator writes every row of a 2-3 year history for each client in one
  transaction, then computes every client's kept status; the floor is SQLCipher writing the
  same number of rows.
- **Signed report**: the median of reports after the first of the process, which loads the
  libraries and finds the room the signer's signature takes in the PDF (kept for the next).
  The report reads the client's data, embeds the Noto fonts, draws a visible stamp and seals
  the audit history with a second signature; the floor does none of that.
- **Server**: every personal field is sealed (AES-256-GCM) on the way in and opened on the way
  out, each row crosses TLS, and row-level security is evaluated for every row. Ten writers:
  ten workspaces edit the same client at once; "lost updates" and "chain breaks" must be 0.
- **Background helper**: its own cost is a fraction of a millisecond, far below one frame.
"""


if __name__ == "__main__":
    sys.exit(main())
