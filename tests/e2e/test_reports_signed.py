"""Signed progress reports and case files, end to end, checked with tools nobody here wrote:
pyHanko's validator, poppler's pdfsig and pdftotext, qpdf, 7-Zip."""

from __future__ import annotations

import io
import json
import subprocess
import unicodedata
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader

from shelter_desk.domain.vocabulary import ConsentEventKind, ConsentPurpose
from shelter_desk.reports.verification import verify_pdf
from shelter_desk.services import clients, consent, counselling, setup
from tests.builders import TODAY, client_input, consent_input, referral_input, session_input
from tests.e2e.cli import run_here
from tests.e2e.pki import make_pki, softhsm_token

PW = "demo passphrase 2026 e2e"
P12_PASS = "p12 test passphrase"
NOTE = "CONFIDENTIAL-SESSION-NOTE-7731"


@pytest.fixture(scope="module")
def shelter(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """A demo installation with a demo signing identity and one client in every script."""
    data = tmp_path_factory.mktemp("reports") / "data"
    assert run_here(data, "demo", "--clients", "30", "--password-stdin", stdin=PW + "\n").code == 0
    ws = setup.login(data, "counsellor1", PW)
    try:
        c = clients.intake(
            ws,
            client_input(
                first_names="Salma",
                last_name="Haddad",
                nationality="MA",
                languages=["ar", "fr"],
                aliases=["سلمى حداد", "Сальма Хаддад", "Σάλμα"],
            ),
            referral_input(outcome="admitted"),
            None,
            [consent_input(), consent_input(ConsentPurpose.SHARE_PROSECUTOR)],
        )
        counselling.add_session(ws, c.id, session_input(confidential_notes=NOTE))
        pseudo = clients.intake(
            ws,
            client_input(first_names="Quirina", last_name="Vandersteen"),
            referral_input(outcome="admitted"),
            None,
            [consent_input()],
        )
        gone = clients.intake(
            ws,
            client_input(first_names="Withdrawn", last_name="Consent"),
            referral_input(outcome="admitted"),
            None,
            [
                consent_input(given_on=TODAY - timedelta(days=30)),
                consent_input(ConsentPurpose.SHARE_PROSECUTOR),
            ],
        )
        consent.record(
            ws,
            gone.id,
            consent_input(
                ConsentPurpose.PROGRAMME_SUPPORT, ConsentEventKind.WITHDRAWAL, given_on=TODAY
            ),
        )
    finally:
        ws.close()
    root = data.parent / "root.pem"
    assert (
        run_here(
            data,
            "signing",
            "export-root",
            "--out",
            str(root),
            "--user",
            "admin",
            "--password-stdin",
            stdin=PW + "\n",
        ).code
        == 0
    )
    return {
        "data": data,
        "code": c.case_code,
        "pseudo": pseudo.case_code,
        "withdrawn": gone.case_code,
        "root": root,
    }


def _report(shelter: dict[str, object], out: Path, *extra: str, code: str | None = None):  # type: ignore[no-untyped-def]
    return run_here(
        shelter["data"],
        "report",
        code or shelter["code"],
        "--lang",
        "en",  # type: ignore[arg-type]
        "--out",
        str(out),
        *extra,
        "--user",
        "director",
        "--password-stdin",
        stdin=PW + "\n",
    )


@pytest.fixture(scope="module")
def signed(shelter: dict[str, object], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("signed") / "report.pdf"
    r = _report(shelter, out, "--sign")
    assert r.code == 0, r.err
    return out


def test_signed_report_validates_with_pyhanko(signed: Path, shelter: dict[str, object]) -> None:
    verdict = verify_pdf(signed.read_bytes(), Path(shelter["root"]).read_bytes())  # type: ignore[arg-type]
    assert verdict.intact and verdict.trusted and verdict.unmodified and verdict.covers_whole_file
    reader = PdfFileReader(io.BytesIO(signed.read_bytes()))
    sig = reader.embedded_signatures[0]
    assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"  # PAdES
    assert reader.root["/Perms"]["/DocMDP"] is not None  # certified


def test_pdfsig_reads_a_valid_total_signature(signed: Path) -> None:
    out = subprocess.run(["pdfsig", str(signed)], capture_output=True, text=True).stdout
    # pdfsig exits 0 even for a broken signature: its words are what count.
    assert "Signature is Valid." in out
    assert "Total document signed" in out


def test_pdftoppm_renders_both_pages_as_a4(signed: Path, tmp_path: Path) -> None:
    from PIL import Image

    from tools.report_pages import DPI, render

    pngs = render(signed, tmp_path)
    assert [p.name for p in pngs] == ["report-page-1.png", "report-page-2.png"]
    for png in pngs:
        with Image.open(png) as page:
            width, height = page.size  # A4; pdftoppm rounds part pixels up
            assert abs(width - 21.0 / 2.54 * DPI) <= 1 and abs(height - 29.7 / 2.54 * DPI) <= 1
            darkest, lightest = page.convert("L").getextrema()
            assert lightest == 255 and darkest < 80  # a white page with text on it


def test_verify_command_accepts_it_with_the_root(signed: Path, shelter: dict[str, object]) -> None:
    r = run_here(Path("/nonexistent"), "verify", str(signed), "--trust", str(shelter["root"]))
    assert r.code == 0 and "RESULT: VALID" in r.out


def test_one_changed_byte_fails(signed: Path, shelter: dict[str, object], tmp_path: Path) -> None:
    data = bytearray(signed.read_bytes())
    data[2000] ^= 0x01  # inside the first signed range
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(data))
    r = run_here(tmp_path, "verify", str(bad), "--trust", str(shelter["root"]))
    assert r.code == 4 and "Intact:        NO" in r.out
    assert (
        "Digest Mismatch"
        in subprocess.run(["pdfsig", str(bad)], capture_output=True, text=True).stdout
    )


def test_an_appended_update_fails(signed: Path, shelter: dict[str, object], tmp_path: Path) -> None:
    writer = IncrementalPdfFileWriter(io.BytesIO(signed.read_bytes()))

    info = generic.DictionaryObject(
        {generic.NameObject("/Title"): generic.TextStringObject("changed later")}
    )
    writer.trailer["/Info"] = writer.add_object(info)
    out = io.BytesIO()
    writer.write(out)
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(out.getvalue())
    verdict = verify_pdf(tampered.read_bytes(), Path(shelter["root"]).read_bytes())  # type: ignore[arg-type]
    assert verdict.intact and not verdict.unmodified
    r = run_here(tmp_path, "verify", str(tampered), "--trust", str(shelter["root"]))
    assert r.code == 4 and "Unmodified:    NO" in r.out
    assert (
        "Not total document signed"
        in subprocess.run(["pdfsig", str(tampered)], capture_output=True, text=True).stdout
    )


def test_an_untrusted_root_is_not_trusted(signed: Path, tmp_path: Path) -> None:
    other = tmp_path / "other-root.pem"
    other.write_bytes(make_pki().root_pem)
    r = run_here(tmp_path, "verify", str(signed), "--trust", str(other))
    assert r.code == 4 and "Trusted:       NO" in r.out and "Traceback" not in r.err


def test_pdftotext_finds_names_in_every_script_and_no_note(
    shelter: dict[str, object], tmp_path: Path
) -> None:
    out = tmp_path / "r.pdf"
    assert _report(shelter, out, "--identity", "include").code == 0
    text = unicodedata.normalize(
        "NFKC",
        subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout,
    )
    assert shelter["code"] in text
    assert "Salma Haddad" in text
    assert "Сальма Хаддад" in text and "Σάλμα" in text
    assert "سلمى حداد" in text  # shaped Arabic, given back in reading order
    assert NOTE not in text
    assert "Progress report" in text and "CONFIDENTIAL" in text
    check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_without_identity_consent_the_case_code_alone(
    shelter: dict[str, object], tmp_path: Path
) -> None:
    out = tmp_path / "p.pdf"
    r = _report(shelter, out, code=shelter["pseudo"])  # type: ignore[arg-type]
    assert r.code == 0 and "Identity withheld" in r.out
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert shelter["pseudo"] in text and "Quirina" not in text and "Vandersteen" not in text
    r = _report(shelter, tmp_path / "q.pdf", "--identity", "include", code=shelter["pseudo"])  # type: ignore[arg-type]
    assert r.code == 5 and "never given" in r.err
    assert not (tmp_path / "q.pdf").exists()


def test_a_withdrawn_consent_refuses_the_report(shelter: dict[str, object], tmp_path: Path) -> None:
    out = tmp_path / "w.pdf"
    r = _report(shelter, out, "--sign", code=shelter["withdrawn"])  # type: ignore[arg-type]
    assert r.code == 5
    assert "Programme support" in r.err and "withdrawn on" in r.err
    assert not out.exists()


def test_a_counsellor_cannot_sign_or_export(shelter: dict[str, object], tmp_path: Path) -> None:
    out = tmp_path / "c.pdf"
    r = run_here(
        shelter["data"],
        "report",
        shelter["code"],
        "--lang",
        "nl",
        "--out",
        str(out),  # type: ignore[arg-type]
        "--sign",
        "--user",
        "counsellor1",
        "--password-stdin",
        stdin=PW + "\n",
    )
    assert r.code == 5 and not out.exists()
    r = run_here(
        shelter["data"],
        "export",
        shelter["code"],
        "--out",
        str(tmp_path / "c.zip"),  # type: ignore[arg-type]
        "--user",
        "counsellor1",
        "--password-stdin",
        stdin=PW + "\n",
    )
    assert r.code == 5 and not (tmp_path / "c.zip").exists()


# -- PKCS#12 ----------------------------------------------------------------------------------
def test_pkcs12_identity_and_a_wrong_passphrase(tmp_path: Path) -> None:
    data = tmp_path / "p12"
    assert run_here(data, "demo", "--clients", "5", "--password-stdin", stdin=PW + "\n").code == 0
    pki = make_pki()
    p12 = tmp_path / "shelter.p12"
    p12.write_bytes(pki.pkcs12(P12_PASS))
    r = run_here(
        data,
        "signing",
        "import-p12",
        str(p12),
        "--user",
        "admin",
        "--password-stdin",
        stdin=f"{PW}\nnot the passphrase\n",
    )
    assert r.code == 3 and "passphrase is not correct" in r.err
    r = run_here(
        data,
        "signing",
        "import-p12",
        str(p12),
        "--user",
        "admin",
        "--password-stdin",
        stdin=f"{PW}\n{P12_PASS}\n",
    )
    assert r.code == 0, r.err
    code = run_here(
        data, "clients", "list", "--user", "director", "--password-stdin", stdin=PW + "\n"
    ).out.split("\t")[0]
    out = tmp_path / "r.pdf"
    r = run_here(
        data,
        "report",
        code,
        "--lang",
        "fr",
        "--out",
        str(out),
        "--sign",
        "--user",
        "director",
        "--password-stdin",
        stdin=f"{PW}\nwrong passphrase\n",
    )
    assert r.code == 3 and "Nothing was written" in r.err and not out.exists()
    r = run_here(
        data,
        "report",
        code,
        "--lang",
        "fr",
        "--out",
        str(out),
        "--sign",
        "--user",
        "director",
        "--password-stdin",
        stdin=f"{PW}\n{P12_PASS}\n",
    )
    assert r.code == 0, r.err
    root = tmp_path / "root.pem"
    root.write_bytes(pki.root_pem)
    assert verify_pdf(out.read_bytes(), pki.root_pem).ok


# -- PKCS#11 (SoftHSM2) -----------------------------------------------------------------------
def test_pkcs11_token_signing_and_a_wrong_pin(tmp_path: Path) -> None:
    data = tmp_path / "token"
    assert run_here(data, "demo", "--clients", "5", "--password-stdin", stdin=PW + "\n").code == 0
    pki = make_pki("Token Director (test only)")
    token = softhsm_token(tmp_path / "hsm", pki)
    chain = tmp_path / "chain.pem"
    chain.write_bytes(pki.root_pem)
    base = [
        "signing",
        "use-token",
        "--module",
        token.module,
        "--label",
        token.label,
        "--chain",
        str(chain),
        "--user",
        "admin",
        "--password-stdin",
    ]
    # In this process: python-pkcs11 loads and initialises a module once per process, reading
    # SOFTHSM2_CONF then; a second SoftHSM token in one test run would need `run`.
    r = run_here(data, *base, stdin=f"{PW}\n000000\n", env=token.env)
    assert r.code == 3 and "PIN is not correct" in r.err
    r = run_here(data, *base, stdin=f"{PW}\n{token.pin}\n", env=token.env)
    assert r.code == 0, r.err
    assert "Token Director" in r.out
    code = run_here(
        data, "clients", "list", "--user", "director", "--password-stdin", stdin=PW + "\n"
    ).out.split("\t")[0]
    out = tmp_path / "r.pdf"
    sign = [
        "report",
        code,
        "--lang",
        "nl",
        "--out",
        str(out),
        "--sign",
        "--user",
        "director",
        "--password-stdin",
    ]
    r = run_here(data, *sign, stdin=f"{PW}\n111111\n", env=token.env)
    assert r.code == 3 and not out.exists()
    r = run_here(data, *sign, stdin=f"{PW}\n{token.pin}\n", env=token.env)
    assert r.code == 0, r.err
    verdict = verify_pdf(out.read_bytes(), pki.root_pem)
    assert verdict.ok and "Token Director" in verdict.signer


# -- case files -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def export(shelter: dict[str, object], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export") / "case.zip"
    r = run_here(
        shelter["data"],
        "export",
        shelter["code"],
        "--out",
        str(out),
        "--lang",
        "fr",  # type: ignore[arg-type]
        "--recipient",
        "Parquet de Bruxelles (test)",
        "--user",
        "director",
        "--password-stdin",
        stdin=PW + "\n",
    )
    assert r.code == 0, r.err
    return out


def test_export_holds_what_it_promises(export: Path, shelter: dict[str, object]) -> None:
    with zipfile.ZipFile(export) as zf:
        # no court date for this client, so no calendar (test_document_trust has one)
        assert sorted(zf.namelist()) == [
            "case.json",
            "manifest.json",
            "manifest.json.p7s",
            "progress-report.pdf",
        ]
        case = json.loads(zf.read("case.json"))
    assert case["format"] == "shelter_desk-case-file" and case["schema_version"] == 1
    assert case["case_code"] == shelter["code"]
    assert case["identity"]["last_name"] == "Haddad"
    r = run_here(export.parent, "verify-export", str(export), "--trust", str(shelter["root"]))
    assert r.code == 0 and "RESULT: VALID" in r.out


def _rewrite(src: Path, dst: Path, change: str) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            content = zin.read(item.filename)
            if change == "removed" and item.filename == "case.json":
                continue
            if change == "changed" and item.filename == "case.json":
                content = content.replace(b"Haddad", b"Haddat")
            zout.writestr(item, content)
        if change == "added":
            zout.writestr("extra.txt", b"slipped in later")


@pytest.mark.parametrize("change", ["changed", "added", "removed"])
def test_verify_export_detects_tampering(
    export: Path, shelter: dict[str, object], tmp_path: Path, change: str
) -> None:
    tampered = tmp_path / f"{change}.zip"
    _rewrite(export, tampered, change)
    r = run_here(tmp_path, "verify-export", str(tampered), "--trust", str(shelter["root"]))
    assert r.code == 4 and "RESULT: NOT VALID" in r.out
    assert change in r.out


def test_an_encrypted_export_opens_with_7zip_and_its_passphrase(
    shelter: dict[str, object], tmp_path: Path
) -> None:
    out = tmp_path / "enc.zip"
    r = run_here(
        shelter["data"],
        "export",
        shelter["code"],
        "--out",
        str(out),
        "--encrypt",  # type: ignore[arg-type]
        "--user",
        "director",
        "--password-stdin",
        stdin=PW + "\n",
    )
    assert r.code == 0, r.err
    passphrase = r.out.split("never with the file:")[1].split()[0]
    wrong = subprocess.run(["7z", "t", "-pnot-it", str(out)], capture_output=True, text=True)
    assert wrong.returncode != 0
    ok = subprocess.run(["7z", "t", f"-p{passphrase}", str(out)], capture_output=True, text=True)
    assert ok.returncode == 0 and "Everything is Ok" in ok.stdout
    with zipfile.ZipFile(out) as zf, pytest.raises(RuntimeError):
        zf.read("case.json")  # no reading without the passphrase
    r = run_here(
        tmp_path,
        "verify-export",
        str(out),
        "--trust",
        str(shelter["root"]),
        "--password-stdin",
        stdin=passphrase + "\n",
    )
    assert r.code == 0, r.out
