"""The screenshot check at Windows' 150 % display scaling, in Dutch and French.

A 1920 x 1080 laptop at 150 % leaves 1280 x 649 logical pixels under the taskbar; every
window and dialog must fit that with no text cut off. QT_SCALE_FACTOR is read when the
application is made, so each run is its own process (tools.screenshots --check).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_every_screen_fits_at_150_percent(lang: str, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [sys.executable, "-m", "tools.screenshots", "--lang", lang, "--scale", "1.5",
         "--size", "1280x649", "--clients", "20", "--check", "--out", str(tmp_path)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    shots = sorted(p.name for p in tmp_path.glob("*.png"))
    # Every page, file tab and dialog was drawn, not only the first few.
    assert {"dashboard.png", "client-overview.png", "dialog-session.png",
            "dialog-three-conditions.png", "login.png", "first-run-recovery.png"} <= set(shots)
    assert len(shots) >= 25
