"""`make screenshots` (also): the first two pages of a signed progress report from a synthetic
demo, rendered by poppler's pdftoppm as a prosecutor's PDF viewer would show them, in English
(docs/screenshots/) and in Dutch and French (docs/screenshots/nl|fr/)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

from shelter_desk import demo
from shelter_desk.domain.vocabulary import ClientStatus
from shelter_desk.services import clients, reporting, setup
from shelter_desk.services.errors import ConsentMissing
from shelter_desk.services.workspace import Workspace
from shelter_desk.store.keyslots import KdfParams

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "docs" / "screenshots"
PASSWORD = "report pages demo 2026"  # noqa: S105 (a throwaway demo database)
CHEAP = KdfParams(time_cost=1, memory_cost=8 * 1024, parallelism=1)
PAGES = (1, 2)
DPI = 100


def _non_latin(text: str) -> bool:
    return any(ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def showcase_client(ws: Workspace) -> int:
    """A client in the programme who consented to sharing their identity, preferably one whose
    names are also written in another script (the report must show those too)."""
    fallback = None
    for row in clients.list_clients(ws, status=ClientStatus.IN_PROGRAMME):
        try:
            data = reporting.report_data(ws, row.id, "en")
        except ConsentMissing:
            continue
        if data.identity is None:
            continue
        if any(_non_latin(a) for a in data.identity.aliases):
            return row.id
        fallback = fallback or row.id
    if fallback is None:
        raise SystemExit("no demo client consented to sharing their identity")
    return fallback


def render(pdf: Path, folder: Path) -> list[Path]:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise SystemExit("pdftoppm is missing: run `make system-deps` (poppler-utils)")
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for page in PAGES:
        target = folder / f"report-page-{page}"
        subprocess.run([pdftoppm, "-png", "-r", str(DPI), "-f", str(page), "-l", str(page),
                        "-singlefile", str(pdf), str(target)], check=True)
        out.append(target.with_suffix(".png"))
    return out


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="shelter-report-pages-") as tmp:
        data_dir = Path(tmp) / "demo"
        demo.create_demo(data_dir, clients=60, password=PASSWORD, kdf=CHEAP)
        with setup.login(data_dir, "director", PASSWORD, kdf=CHEAP) as ws:
            client_id = showcase_client(ws)
            for language, folder in (("en", SHOTS), ("nl", SHOTS / "nl"), ("fr", SHOTS / "fr")):
                made = reporting.signed_report(ws, client_id, language)
                pdf = Path(tmp) / f"report-{language}.pdf"
                pdf.write_bytes(made.pdf)
                for png in render(pdf, folder):
                    print(png.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
