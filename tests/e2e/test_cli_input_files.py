"""Every command that takes a certificate or PKCS#12 file gives a one-line message and exit
status 1 (unusable input, docs/cli.md) for a file that is not one: a README, a private key,
a DER certificate, an empty file, a missing one. Never "internal error" and 70 (review E)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from shelter_desk.services import maintenance, setup, signing
from shelter_desk.services.errors import ValidationError
from tests.conftest import CHEAP_KDF
from tests.e2e.cli import run_here
from tests.e2e.conftest import Documents, signed_documents
from tests.e2e.pki import make_pki

PW = "certificates only 2026"
LOGIN = ("--user", "director", "--password-stdin")
REPO = Path(__file__).resolve().parents[2]


@dataclass
class Setting(Documents):
    not_certificates: dict[str, Path]


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Setting:
    folder = tmp_path_factory.mktemp("inputs")
    documents = signed_documents(folder, PW)
    pki = make_pki()
    files = {
        "readme": REPO / "README.md",
        "private-key": folder / "key.pem",
        "der-certificate": folder / "root.der",
        "empty": folder / "empty.pem",
        "damaged-pem": folder / "damaged.pem",
    }
    files["private-key"].write_bytes(pki.key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    files["der-certificate"].write_bytes(pki.root.public_bytes(serialization.Encoding.DER))
    files["empty"].write_bytes(b"")
    files["damaged-pem"].write_bytes(pki.root_pem.replace(b"A", b"#", 3))
    return Setting(**vars(documents), not_certificates=files)


def _commands(s: Setting) -> dict[str, Callable[[Path], tuple[str, ...]]]:
    """Each command and option that reads a certificate file, with the bad file in its place."""
    return {
        "check --trust": lambda bad: ("check", "--trust", str(bad), *LOGIN),
        "verify --trust": lambda bad: ("verify", str(s.report), "--trust", str(bad)),
        "verify --tsa-trust": lambda bad: ("verify", str(s.report), "--trust", str(s.root),
                                           "--tsa-trust", str(bad)),
        "verify-export --trust": lambda bad: ("verify-export", str(s.case_file), "--trust",
                                              str(bad)),
        "verify-export --tsa-trust": lambda bad: ("verify-export", str(s.case_file),
                                                  "--trust", str(s.root), "--tsa-trust",
                                                  str(bad)),
        "signing tsa --root": lambda bad: ("signing", "tsa", "--url", "http://127.0.0.1:9/",
                                           "--root", str(bad), *LOGIN),
        "signing use-token --chain": lambda bad: ("signing", "use-token", "--module",
                                                  "/nonexistent/libbeidpkcs11.so", "--label",
                                                  "BELPIC", "--chain", str(bad), *LOGIN),
    }


COMMANDS = ["check --trust", "verify --trust", "verify --tsa-trust", "verify-export --trust",
            "verify-export --tsa-trust", "signing tsa --root", "signing use-token --chain"]
BAD = ["readme", "private-key", "der-certificate", "empty", "damaged-pem", "missing"]


@pytest.mark.parametrize("bad", BAD)
@pytest.mark.parametrize("command", COMMANDS)
def test_a_file_that_is_no_certificate_is_one_line_and_status_1(
        setting: Setting, tmp_path: Path, command: str, bad: str) -> None:
    path = setting.not_certificates.get(bad, tmp_path / "no-such-file.pem")
    args = _commands(setting)[command](path)
    r = run_here(setting.data, *args, stdin=PW + "\n")
    assert r.code == 1, (r.code, r.out, r.err)
    lines = r.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("shelter-desk: "), r.err
    assert str(path) in lines[0]
    assert "internal error" not in r.err
    if bad != "missing":
        assert "not a PEM certificate" in lines[0]


@pytest.mark.parametrize("bad", ["readme", "der-certificate", "empty", "private-key"])
def test_import_p12_of_a_file_that_is_not_pkcs12(setting: Setting, bad: str) -> None:
    """Not reported as a wrong passphrase (exit 3): it is the wrong file (exit 1)."""
    r = run_here(setting.data, "signing", "import-p12", str(setting.not_certificates[bad]),
                 *LOGIN, stdin=f"{PW}\nany passphrase\n")
    assert r.code == 1, (r.code, r.out, r.err)
    assert "This is not a PKCS#12 file" in r.err and "Nothing was written." in r.err
    assert len(r.err.strip().splitlines()) == 1


def test_import_p12_with_a_wrong_passphrase_is_status_3(setting: Setting,
                                                        tmp_path: Path) -> None:
    """Documented with the other wrong secrets (docs/cli.md, exit status 3)."""
    p12 = tmp_path / "id.p12"
    p12.write_bytes(make_pki().pkcs12("the right one"))
    r = run_here(setting.data, "signing", "import-p12", str(p12), *LOGIN,
                 stdin=f"{PW}\nthe wrong one\n")
    assert r.code == 3 and "passphrase is not correct" in r.err, (r.code, r.err)


def test_the_services_refuse_what_is_not_a_certificate(setting: Setting) -> None:
    """The same for any front end: a ValidationError naming the field, not a ValueError."""
    ws = setup.login(setting.data, "director", PW, kdf=CHEAP_KDF)
    with ws:
        with pytest.raises(ValidationError) as refused:
            maintenance.check(ws, None, (REPO / "README.md").read_bytes())
        assert refused.value.field == "trust_root"
        with pytest.raises(ValidationError) as refused:
            signing.use_token(ws, "/nonexistent/lib.so", "BELPIC", "1234",
                              chain_pem=b"not a certificate")
        assert refused.value.field == "chain"
