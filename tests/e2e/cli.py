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
