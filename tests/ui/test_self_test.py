"""`shelter-desk --self-test`: every step passes on a working installation, a broken one fails
the run with the step named, and nothing is left behind either way."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from shelter_desk import selftest
from shelter_desk.services import clients, signing
from shelter_desk.services.workspace import Workspace
from tests.conftest import CHEAP_KDF

REPO = Path(__file__).resolve().parents[2]
STEPS = 10


@pytest.fixture
def temp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The self-test's temporary folders land here, so a test can see what is left."""
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root


def run(monkeypatch: pytest.MonkeyPatch, language: str = "en") -> tuple[int, str]:
    monkeypatch.setenv("SHELTER_DESK_LANG", language)
    out = io.StringIO()
    code = selftest.run_self_test(out=out, kdf=CHEAP_KDF)
    return code, out.getvalue()


def marks(output: str, mark: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(f"[{mark}]")]


def test_a_working_installation_passes_every_step(
        qapp: object, temp_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_data = tmp_path / "real-data"
    monkeypatch.setenv("SHELTER_DESK_DATA_DIR", str(real_data))
    code, output = run(monkeypatch)
    assert code == 0, output
    assert len(marks(output, "OK")) == STEPS, output
    assert f"All {STEPS} checks passed." in output
    versions = next(line for line in output.splitlines() if line.startswith("Versions:"))
    assert "SQLCipher 4." in versions and "Qt 6." in versions and "Python 3." in versions
    assert "signed by Self-test Director (DEMO" in output
    assert list(temp_root.iterdir()) == []  # nothing left behind
    assert not real_data.exists()  # the real data folder is never touched


def test_it_speaks_the_users_language(
        qapp: object, temp_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, output = run(monkeypatch, "fr")
    assert code == 0, output
    assert "[OK] Créer une base de données chiffrée : SQLCipher 4." in output
    assert f"Les {STEPS} contrôles ont tous réussi." in output
    assert "checks" not in output and "Sign a report" not in output


def test_a_failed_signature_fails_the_run_and_skips_what_needs_it(
        qapp: object, temp_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(ws: object) -> None:
        raise signing.NoIdentity()

    monkeypatch.setattr(signing, "demo_identity", broken)
    code, output = run(monkeypatch)
    assert code == 1
    failed = marks(output, "FAILED")
    assert len(failed) == 1 and "Sign a report" in failed[0] and "No signing identity" in failed[0]
    assert [line.split("]")[1].split(":")[0].strip() for line in marks(output, "NOT RUN")] == [
        "Verify the signed report"]
    assert f"2 of {STEPS} checks FAILED." in output
    assert list(temp_root.iterdir()) == []


def test_a_bundle_without_libpq_fails_the_server_driver_step(
        qapp: object, temp_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import psycopg

    def no_libpq() -> int:
        raise ImportError("no pq wrapper available")

    monkeypatch.setattr(psycopg.pq, "version", no_libpq)
    code, output = run(monkeypatch)
    assert code == 1
    failed = marks(output, "FAILED")
    assert len(failed) == 1 and "PostgreSQL driver" in failed[0], output


def test_a_name_left_in_clear_in_the_data_folder_is_found(
        qapp: object, temp_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As if a version kept a debug log of what was typed beside the database."""
    real = clients.intake

    def logging_intake(ws: Workspace, client: clients.ClientInput, *args: object,
                       **kwargs: object) -> clients.ClientSummary:
        (ws.data_dir / "debug.log").write_text(f"intake {client!r}\n")
        return real(ws, client, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(clients, "intake", logging_intake)
    code, output = run(monkeypatch)
    assert code == 1
    (failed,) = marks(output, "FAILED")
    assert "not readable as plain SQLite" in failed
    assert "the client's name is readable in debug.log" in failed
    assert list(temp_root.iterdir()) == []


def test_missing_fonts_and_catalogues_are_named(
        qapp: object, temp_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setattr(selftest, "fonts_dir", lambda: empty)
    monkeypatch.setattr(selftest, "translations_dir", lambda: empty)
    code, output = run(monkeypatch)
    assert code == 1
    failed = "\n".join(marks(output, "FAILED"))
    assert f"NotoSans-Regular.ttf is missing from {empty}" in failed
    assert "the nl catalogue is missing or empty" in failed


def test_a_damaged_qt_catalogue_is_refused(
        qapp: object, temp_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = selftest.translations_dir()
    copy = tmp_path / "translations"
    copy.mkdir()
    for path in shipped.glob("*.ts"):
        (copy / path.name).write_bytes(path.read_bytes())
    (copy / "shelter_desk_nl.qm").write_bytes(b"not a catalogue")
    (copy / "shelter_desk_fr.qm").write_bytes((shipped / "shelter_desk_fr.qm").read_bytes())
    monkeypatch.setattr(selftest, "translations_dir", lambda: copy)
    code, output = run(monkeypatch)
    assert code == 1
    (failed,) = marks(output, "FAILED")
    assert "nl: shelter_desk_nl.qm does not load" in failed


def test_the_plain_sqlite_probe_can_say_yes(tmp_path: Path) -> None:
    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert selftest._plain_sqlite_reads(plain)


def test_the_flag_loads_the_self_test_only_when_given() -> None:
    probe = ("import sys, shelter_desk.__main__; "
             "print('shelter_desk.selftest' in sys.modules, 'PySide6' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            cwd=REPO, timeout=120, check=True)
    assert result.stdout.split() == ["False", "False"]


@pytest.mark.slow
def test_the_real_command_passes_and_leaves_nothing(tmp_path: Path) -> None:
    """A real process with the product's Argon2 parameters, as the IT would run it."""
    temp, home = tmp_path / "tmp", tmp_path / "home"
    temp.mkdir()
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "SHELTER_DESK_DATA_DIR"}
    env.update(TMPDIR=str(temp), TEMP=str(temp), HOME=str(home), QT_QPA_PLATFORM="offscreen",
               XDG_DATA_HOME=str(home / "data"), SHELTER_DESK_LANG="nl")
    result = subprocess.run([sys.executable, "-m", "shelter_desk", "--self-test"],
                            capture_output=True, text=True, cwd=REPO, env=env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Alle {STEPS} controles geslaagd." in result.stdout
    assert "Traceback" not in result.stderr
    assert list(temp.iterdir()) == []
    assert not (home / "data" / "shelter-desk").exists()
