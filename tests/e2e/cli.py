"""Running `shelter-desk` as a user would: a subprocess, passwords on standard input."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    code: int
    out: str
    err: str


def run(data_dir: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None) -> Result:
    proc = subprocess.run(
        [sys.executable, "-m", "shelter_desk", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO,
        env={**os.environ, **(env or {})},
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return Result(proc.returncode, proc.stdout, proc.stderr)


def recovery_code_from(init_output: str) -> str:
    lines = [ln.strip() for ln in init_output.splitlines()]
    return lines[lines.index("RECOVERY CODE (shown only this once):") + 2]


def run_here(data_dir: Path, *args: str, stdin: str = "") -> Result:
    """The same command, run in this process: what a user sees on stdout and stderr and the
    exit status, without a new interpreter (seconds of imports) per call. Tests that need a
    separate process (races, signals, the installed entry point) use `run`."""
    import contextlib
    import io

    from shelter_desk.__main__ import main

    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(["--data-dir", str(data_dir), *args])
            except SystemExit as exc:  # argparse: usage errors and --help
                code = exc.code if isinstance(exc.code, int) else 1
    finally:
        sys.stdin = old_stdin
    assert "Traceback" not in err.getvalue(), err.getvalue()
    return Result(code, out.getvalue(), err.getvalue())
