"""The command line speaks Dutch or French: $SHELTER_DESK_LANG, else the locale."""

from __future__ import annotations

from pathlib import Path

import pytest

from shelter_desk.cli.i18n import cli_language
from tests.e2e.cli import run, run_here

PW = "kettle sunrise 4471 dune"
COUNSELLOR_PW = "second window 8823 lake"


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"SHELTER_DESK_LANG": "fr", "LANG": "nl_BE.UTF-8"}, "fr"),
        ({"LC_ALL": "nl_BE.UTF-8", "LANG": "fr_BE.UTF-8"}, "nl"),
        ({"LANG": "fr_BE.UTF-8"}, "fr"),
        ({"LANG": "de_BE.UTF-8"}, "en"),
        ({"LC_ALL": "C"}, "en"),
        ({}, "en"),
    ],
)
def test_language_comes_from_the_environment(environ: dict[str, str], language: str) -> None:
    assert cli_language(environ) == language


def _init(data: Path, language: str) -> str:
    r = run_here(data, "init", "--shelter", "Pag-Asa", "--user", "director", "--password-stdin",
            stdin=PW + "\n", env={"SHELTER_DESK_LANG": language})
    assert r.code == 0, r.err
    return r.out


def test_dutch_messages_and_errors(tmp_path: Path) -> None:
    data = tmp_path / "data"
    out = _init(data, "nl")
    assert "HERSTELCODE (wordt maar één keer getoond):" in out
    assert "kan nu inloggen" in out

    nl = {"SHELTER_DESK_LANG": "nl"}
    # Smoke: the real program takes Dutch from its environment.
    r = run(data, "check", "--user", "director", "--password-stdin", stdin="wrong\n", env=nl)
    assert r.code == 3
    assert r.err.strip() == "shelter-desk: De gebruikersnaam of het wachtwoord is niet juist."

    r = run_here(data, "users", "add", "mila", "--role", "counsellor", "--user", "director",
            "--password-stdin", stdin=f"{PW}\n{COUNSELLOR_PW}\n", env=nl)
    assert r.code == 0, r.err
    r = run_here(data, "backup", "--out", str(tmp_path / "b.zip"), "--user", "mila",
            "--password-stdin", stdin=COUNSELLOR_PW + "\n", env=nl)
    assert r.code == 5
    assert "U hebt geen toestemming om back-ups te maken." in r.err


def test_french_messages_and_verdicts(tmp_path: Path) -> None:
    data = tmp_path / "data"
    out = _init(data, "fr")
    assert "CODE DE RÉCUPÉRATION (affiché une seule fois) :" in out

    fr = {"SHELTER_DESK_LANG": "fr"}
    # Smoke: the real program takes French from its environment.
    r = run(data, "check", "--user", "director", "--password-stdin", stdin=PW + "\n", env=fr)
    assert r.code == 0, r.err
    assert "Intégrité de la base de données : ok" in r.out
    assert "Journal d'audit : ok" in r.out

    r = run_here(data, "restore", str(tmp_path / "absent.zip"), "--recovery", "--password-stdin",
            stdin="x\n", env=fr)
    assert r.code == 1
    assert "Fichier de sauvegarde introuvable" in r.err

    pdf = tmp_path / "not-signed.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    r = run_here(data, "verify", str(pdf), env=fr)
    assert "RÉSULTAT : NON VALIDE" in r.out
    assert "problème : pas un PDF lisible" in r.out


def test_help_is_translated(tmp_path: Path) -> None:
    r = run_here(tmp_path, "report", "--help", env={"SHELTER_DESK_LANG": "nl"})
    assert r.code == 0
    assert "de taal van het parket" in " ".join(r.out.split())
    r = run_here(tmp_path, "--help", env={"SHELTER_DESK_LANG": "fr"})
    assert "traite des êtres humains" in " ".join(r.out.split())


def test_usage_errors_are_translated(tmp_path: Path) -> None:
    r = run_here(tmp_path, "report", env={"SHELTER_DESK_LANG": "fr"})
    assert r.code == 2
    assert "erreur : les arguments suivants sont obligatoires" in r.err
    r = run_here(tmp_path, "report", "X", "--lang", "de", "--out", "x.pdf",
            env={"SHELTER_DESK_LANG": "nl"})
    assert r.code == 2
    assert "ongeldige keuze: 'de'" in r.err
