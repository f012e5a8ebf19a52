"""The layer contracts hold, and would catch a violation (so the lint step can fail)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=root,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(root), "PATH": str(LINT_IMPORTS.parent)},
        timeout=300,
    )


def test_contracts_are_kept() -> None:
    result = _lint(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "8 kept, 0 broken" in result.stdout


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(
        REPO / "shelter_desk", root / "shelter_desk", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(REPO / "pyproject.toml", root)
    return root


def test_ui_importing_sqlalchemy_is_caught(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    (root / "shelter_desk" / "ui" / "sneaky.py").write_text("import sqlalchemy\n")
    result = _lint(root)
    assert result.returncode != 0 and "BROKEN" in result.stdout


def test_services_importing_qt_is_caught(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    (root / "shelter_desk" / "services" / "sneaky.py").write_text("import PySide6.QtCore\n")
    result = _lint(root)
    assert result.returncode != 0 and "BROKEN" in result.stdout


def test_domain_importing_the_database_is_caught(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    (root / "shelter_desk" / "domain" / "sneaky.py").write_text("import sqlalchemy\n")
    result = _lint(root)
    assert result.returncode != 0 and "BROKEN" in result.stdout


@pytest.mark.parametrize("package", ["dialogs", "record_kinds"])
def test_a_dialog_or_record_kind_importing_a_view_is_caught(tmp_path: Path,
                                                            package: str) -> None:
    root = _copy(tmp_path)
    (root / "shelter_desk" / "ui" / package / "sneaky.py").write_text(
        "from shelter_desk.ui.views import dashboard\n")
    result = _lint(root)
    assert result.returncode != 0
    assert "Forms, dialogs and record kinds are used by the views" in result.stdout


@pytest.mark.parametrize("sneaky", ["import PySide6.QtCore\n",
                                    "from shelter_desk.services import errors\n"])
def test_words_importing_qt_or_a_layer_is_caught(tmp_path: Path, sneaky: str) -> None:
    root = _copy(tmp_path)
    (root / "shelter_desk" / "i18n" / "sneaky.py").write_text(sneaky)
    result = _lint(root)
    assert result.returncode != 0 and "Words (shelter_desk.i18n)" in result.stdout
