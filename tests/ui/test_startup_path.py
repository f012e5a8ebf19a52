"""The login window needs Qt, the key slots and Argon2; everything else loads while the
password is typed (issue 13). Checked in a fresh interpreter, as the desktop starts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = ("sqlalchemy", "alembic", "pyhanko", "reportlab", "fontTools", "aiohttp", "psycopg",
         "pycountry",  # reads its package metadata on import: about 0.1 s
         "cryptography",  # the slots are opened with it after the password: about 20 ms
         "shelter_desk.ui.main_window", "shelter_desk.cli.main", "shelter_desk.services.setup")

PROBE = """
import json, sys
from pathlib import Path
sys.argv = ["shelter-desk", "--data-dir", sys.argv[1]]
from PySide6.QtCore import QTimer
import shelter_desk.app as app_module
from shelter_desk.ui.dialogs import login_dialog
seen = {}
shown = login_dialog.LoginDialog.showEvent
def show_event(dialog, event):
    shown(dialog, event)
    seen["loaded"] = sorted(m for m in sys.modules if m.split(".")[0] in {heavy_roots}
                            or m in {heavy})
    QTimer.singleShot(0, lambda: (print(json.dumps(seen)), sys.stdout.flush(),
                                  __import__("os")._exit(0)))
login_dialog.LoginDialog.showEvent = show_event
app_module.preload = lambda: None  # what the window itself loaded, not the preload's work
from shelter_desk.__main__ import main
main()
"""


def test_the_login_window_appears_before_the_database_layer_loads(
        team_dir: Path) -> None:
    roots = {m.split(".")[0] for m in HEAVY if not m.startswith("shelter_desk")}
    probe = PROBE.replace("{heavy_roots}", repr(roots)).replace("{heavy}", repr(set(HEAVY)))
    done = subprocess.run([sys.executable, "-c", probe, str(team_dir)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["loaded"] == []


def test_the_preload_brings_in_what_the_first_screen_needs() -> None:
    probe = ("import sys, shelter_desk.app as a; a.preload().join(120); "
             "from shelter_desk.domain import places_and_languages as p; "
             "print(all(m in sys.modules for m in a.PRELOAD), 'pycountry' in sys.modules, "
             "p._catalogue.cache_info().currsize, p.country_codes.cache_info().currsize)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=180)
    # The modules, and the countries with their names (the client list's first rows need
    # them: loading them on the GUI thread held the window about 20 ms after login).
    assert done.stdout.strip() == "True True 1 1", done.stderr[-2000:]
