"""Make the database files of every earlier schema version, for the upgrade test.

Each file is made by the program *as it was* when that schema was the newest: the tree of the
commit named below (`git archive`, into a temporary folder), its own `shelter-desk demo` (or
`init` for the first schema, which had no demo), run with this checkout's Python environment.
Next to the files, manifest.json records what the old program itself read back: the accounts
and their passwords (synthetic, printed by the demo), the rows per table and the clients' case
codes and names, which the test then expects to find after the upgrade to head.

Run from the repository's root when a migration is added (add the new previous head below),
naming the schema to make (all of them when none is named):
    .venv/bin/python tests/data/make_old_schemas.py 0007
Everything in these files is synthetic demo data.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]

# schema revision -> the last commit on main whose newest migration it was. 0003 is the head
# the first round shipped. 0004 and 0005 are missing on purpose: two branches each wrote a
# "0004", renumbered when they were merged, so a file made at those commits carries a revision
# that now names another migration. Those files never left a developer's machine.
SCHEMAS = {
    "0001": "2808e4552cc754beecdadef8759bfba03dea17dc",
    "0002": "84ea626c8fbb2da8116cdf6166498e83e3ae8643",
    "0003": "fcea9daaab3bba743c164a0a0a17775e5a3319d1",
    "0006": "e6905a8a74055c23f03bdf8561c52c774ce7846b",
    "0007": "72d49d105056ec86ea6afbf92d47f011ff53703c",
    "0008": "ec00971891cdff063363ce8bd12d7248071d1521",
    "0009": "7381f39314d93c1f417d58c51392fa564db1156e",
    "0010": "2d27b089ec3f189956fc7f537187f4e095867403",
    "0011": "675a49061be88c8dd4987035e485d79fbc35bb90",
    "0012": "643e97ea5dae7c47ec1c3b46b01caeec6c0d73ce",
    "0013": "7202fbc9a1b1bdf60455d39e22e8620e30f79184",
}

# Run inside the old checkout: read back what that version wrote, with its own code.
READ_BACK = r"""
import json, sys
from pathlib import Path
from sqlalchemy import text
from shelter_desk.services import setup
ws = setup.login(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
with ws.session() as s:
    tables = [r[0] for r in s.execute(text(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"))]
    counts = {t: s.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() for t in tables}
    revision = s.execute(text("SELECT version_num FROM alembic_version")).scalar()
    clients = []
    if "clients" in tables:
        clients = [list(r) for r in s.execute(text(
            "SELECT case_code, first_names, last_name FROM clients ORDER BY case_code"))]
print(json.dumps({"revision": revision, "rows": counts, "clients": clients}))
"""


def _run(args: list[str], cwd: Path, stdin: str = "") -> str:
    done = subprocess.run(args, cwd=cwd, input=stdin, capture_output=True, text=True,
                          env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin",
                               "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"},
                          timeout=600)
    if done.returncode != 0:
        sys.exit(f"{args} in {cwd} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def make(revision: str, commit: str, python: str) -> None:
    out = HERE / f"schema-{revision}"
    shutil.rmtree(out, ignore_errors=True)
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "old"
        tree.mkdir()
        archive = subprocess.run(["git", "archive", "--format=tar", commit], cwd=REPO,
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
        data = Path(tmp) / "data"
        if revision == "0001":
            password = "synthetic-passphrase-of-schema-0001"
            _run([python, "-m", "shelter_desk", "init", "--data-dir", str(data),
                  "--user", "director", "--shelter", "Pag-Asa", "--password-stdin"],
                 tree, stdin=f"{password}\n{password}\n")
            accounts = {"director": password}
        else:
            printed = _run([python, "-m", "shelter_desk", "demo", "--data-dir", str(data),
                            "--clients", "5"], tree)
            accounts = dict(re.findall(r"^\s+(\w+)\s+(\S+-\d+)\s*$", printed, re.M))
        manifest = json.loads(_run(
            [python, "-c", READ_BACK, str(data), "director", accounts["director"]], tree))
        assert manifest["revision"].startswith(revision), manifest["revision"]
        manifest["made_by_commit"] = commit
        manifest["accounts"] = accounts
        out.mkdir(parents=True)
        for name in ("shelter.db", "keyslots.json"):
            shutil.copy(data / name, out / name)
        (out / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False)
                                           + "\n", encoding="utf-8")
    print(f"schema {revision}: {out.relative_to(REPO)}")


if __name__ == "__main__":
    for rev in sys.argv[1:] or list(SCHEMAS):
        make(rev, SCHEMAS[rev], sys.executable)
