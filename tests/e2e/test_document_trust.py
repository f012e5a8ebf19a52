"""Signed documents that cannot lie and cannot be forged (issue 9): every sentence of a report
derived from the data it describes, clean PDFs, signers named and pinned, and case files that
refuse what unzip and 7-Zip would show differently. Checked with outside tools (pdftotext,
pdffonts, qpdf, pdfinfo, 7z, openssl) where one exists; the command line runs in this
process (tests/e2e/cli.run_here) except where a real process is the point."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import struct
import subprocess
import sys
import tracemalloc
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from shelter_desk.domain.vocabulary import (
    ConsentEventKind,
    ConsentPurpose,
    HearingType,
    JudicialOffice,
    JudicialStage,
)
from shelter_desk.reports import casefile
from shelter_desk.reports.verification import verify_pdf
from shelter_desk.services import consent, judicial, reporting, setup, signing
from shelter_desk.services.workspace import Workspace
from tests.builders import AGO, TODAY, consent_input, new_client
from tests.conftest import CHEAP_KDF
from tests.e2e.cli import run_here

PW = "documents never lie 2026"
DEMO_NAME = "Yohannes Ghebremariam"


def _working_day(start: date) -> date:
    day = start
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


@dataclass
class Shelter:
    data: Path
    root: Path
    consented: str  # both consents, a labour auditor's case in Brussels, one hearing
    renewed: str  # programme support given, then renewed
    withdrawn: str  # identity consent given, then withdrawn
    never: str  # programme support only; no hearing
    ids: dict[str, int]


def _login(data: Path) -> Workspace:
    return setup.login(data, "director", PW, kdf=CHEAP_KDF)


@pytest.fixture(scope="module")
def shelter(tmp_path_factory: pytest.TempPathFactory) -> Shelter:
    data = tmp_path_factory.mktemp("trust") / "data"
    ws, _ = setup.initialise(data, shelter="Pag-Asa", username="director",
                             display_name="Test Director", password=PW, kdf=CHEAP_KDF)
    with ws:
        signing.demo_identity(ws)
        both = new_client(ws, first_names="Amina", last_name="Diallo")
        consent.record(ws, both.id, consent_input(ConsentPurpose.SHARE_PROSECUTOR))
        case = judicial.open_case(ws, both.id, judicial.CaseInput(
            office=JudicialOffice.LABOUR_AUDITOR, district="Bruxelles",
            stage=JudicialStage.FIRST_INSTANCE, opened_on=AGO))
        judicial.add_court_date(ws, case.id, judicial.CourtDateInput(
            court="Tribunal correctionnel de Bruxelles",
            on_date=_working_day(TODAY + timedelta(days=20)), at_time=time(9, 30),
            hearing_type=HearingType.PLEADINGS))
        renewed = new_client(ws, first_names="Olena", last_name="Kovalenko")
        consent.record(ws, renewed.id, consent_input(given_on=AGO + timedelta(days=90)))
        gone = new_client(ws, first_names="Grace", last_name="Okafor")
        consent.record(ws, gone.id, consent_input(ConsentPurpose.SHARE_PROSECUTOR))
        consent.record(ws, gone.id, consent_input(
            ConsentPurpose.SHARE_PROSECUTOR, ConsentEventKind.WITHDRAWAL,
            given_on=AGO + timedelta(days=30)))
        never = new_client(ws, first_names=DEMO_NAME.split()[0], last_name=DEMO_NAME.split()[1])
        root = data.parent / "root.pem"
        root.write_bytes(signing.root_pem(ws))
    return Shelter(data, root, both.case_code, renewed.case_code, gone.case_code,
                   never.case_code, {"consented": both.id, "renewed": renewed.id,
                                     "withdrawn": gone.id, "never": never.id})


@pytest.fixture
def ws(shelter: Shelter) -> Iterator[Workspace]:
    workspace = _login(shelter.data)
    yield workspace
    workspace.close()


def _text(pdf: bytes, tmp_path: Path, name: str = "r.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return " ".join(out.split())  # sentences wrap; compare them whole


# -- 2. every sentence derived from the data it describes --------------------------------------
def test_included_identity_is_said_to_rest_on_the_consent_shown(
        ws: Workspace, shelter: Shelter, tmp_path: Path) -> None:
    made = reporting.make_report(ws, shelter.ids["consented"], "en", "auto")
    text = _text(made.pdf, tmp_path)
    given = AGO.strftime("%d/%m/%Y")
    assert "Amina Diallo" in text
    assert (f"Their identity is included: they consented to “Sharing with the prosecutor or "
            f"labour auditor” on {given}") in text
    assert "Withheld" not in text and "withheld" not in text
    assert "not consented" not in text


def test_omitted_identity_does_not_claim_a_missing_consent(
        ws: Workspace, shelter: Shelter, tmp_path: Path) -> None:
    """The defect: `--identity omit` said "the client has not consented" while the consent
    table showed the consent in force."""
    made = reporting.make_report(ws, shelter.ids["consented"], "en", "omit")
    text = _text(made.pdf, tmp_path)
    assert "Amina" not in text
    assert "has not consented" not in text
    assert "Not included in this report. The case code identifies the file." in text
    assert "left out of this report at the shelter's choice" in text
    # and the table still shows the consent, with its date
    assert re.search(r"Sharing with the prosecutor or labour auditor given on "
                     + AGO.strftime("%d/%m/%Y"), text)


def test_withdrawn_identity_consent_is_named_with_its_date(
        ws: Workspace, shelter: Shelter, tmp_path: Path) -> None:
    made = reporting.make_report(ws, shelter.ids["withdrawn"], "en", "auto")
    text = _text(made.pdf, tmp_path)
    withdrawn = (AGO + timedelta(days=30)).strftime("%d/%m/%Y")
    assert "Grace" not in text
    assert f"on {withdrawn} the client withdrew their consent" in text
    assert f"withdrawn on {withdrawn} (given on {AGO:%d/%m/%Y})" in text
    assert "has not consented" not in text


def test_never_given_identity_consent(ws: Workspace, shelter: Shelter, tmp_path: Path) -> None:
    text = _text(reporting.make_report(ws, shelter.ids["never"], "en").pdf, tmp_path)
    assert "Withheld: the client has not consented" in text
    assert "they have not consented to “Sharing with the prosecutor" in text


def test_renewed_consent_shows_first_given_and_last_renewed(
        ws: Workspace, shelter: Shelter, tmp_path: Path) -> None:
    text = _text(reporting.make_report(ws, shelter.ids["renewed"], "en").pdf, tmp_path)
    renewed = (AGO + timedelta(days=90)).strftime("%d/%m/%Y")
    assert (f"This report rests on the client's consent to “Programme support”, given on "
            f"{AGO:%d/%m/%Y} and last renewed on {renewed}.") in text
    assert f"given on {AGO:%d/%m/%Y}, last renewed on {renewed}" in text


def test_no_consent_sentence_contradicts_the_table_in_any_state(
        ws: Workspace, shelter: Shelter, tmp_path: Path) -> None:
    """For every client and identity choice: the identity sentences agree with the
    share-with-prosecutor row of the consent table."""
    for who in ("consented", "renewed", "withdrawn", "never"):
        for choice in ("auto", "omit"):
            text = _text(reporting.make_report(ws, shelter.ids[who], "en", choice).pdf,
                         tmp_path)
            row = re.search(r"Sharing with the prosecutor or labour auditor (given on|"
                            r"withdrawn on|not given)", text)
            assert row is not None, (who, text)
            in_force = row.group(1) == "given on"
            if in_force:
                assert "has not consented" not in text and "withdrew" not in text, (who, choice)
            else:
                assert "identity is included" not in text, (who, choice)
                assert "at the shelter's choice" not in text, (who, choice)


def test_unsigned_report_says_it_is_not_signed(ws: Workspace, shelter: Shelter,
                                               tmp_path: Path) -> None:
    text = _text(reporting.make_report(ws, shelter.ids["never"], "en").pdf, tmp_path)
    assert "NOT SIGNED" in text
    assert "Signed electronically" not in text


def test_signed_report_says_it_is_signed(ws: Workspace, shelter: Shelter,
                                         tmp_path: Path) -> None:
    text = _text(reporting.signed_report(ws, shelter.ids["never"], "en").pdf, tmp_path)
    assert "Signed electronically by the shelter (PAdES)" in text
    assert "NOT SIGNED" not in text


@pytest.mark.parametrize(("lang", "office", "court", "district"), [
    ("fr", "Pour l’auditorat du travail de Bruxelles", "Tribunal correctionnel de Bruxelles",
     "Auditeur du travail (auditorat du travail), Bruxelles"),
    ("nl", "Voor het arbeidsauditoraat Brussel", "Correctionele rechtbank Brussel",
     "Arbeidsauditeur (arbeidsauditoraat), Brussel"),
])
def test_authority_court_and_district_in_the_reports_language(
        ws: Workspace, shelter: Shelter, tmp_path: Path, lang: str, office: str, court: str,
        district: str) -> None:
    text = _text(reporting.make_report(ws, shelter.ids["consented"], lang).pdf, tmp_path)
    assert office.replace("’", "'") in text.replace("’", "'")
    assert court in text
    assert district.split(" (")[0] in text  # the case's office, in the table
    other = {"fr": r"\bBrussel\b", "nl": r"\bBruxelles\b"}[lang]
    assert not re.search(other, text), "the district in the other language"


def test_dutch_report_says_aandachtspunt_for_a_concern() -> None:
    from shelter_desk.i18n.catalogue import Catalogue

    assert Catalogue("nl").tr("enum", "Concern") == "Aandachtspunt"


# -- 6. clean PDFs -------------------------------------------------------------------------------
def _catalog_version(pdf: bytes) -> str | None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    version = PdfFileReader(io.BytesIO(pdf)).root.get("/Version")
    return str(version).lstrip("/") if version is not None else None


def test_signed_pdf_is_clean(ws: Workspace, shelter: Shelter, tmp_path: Path) -> None:
    made = reporting.signed_report(ws, shelter.ids["consented"], "fr")
    path = tmp_path / "signed.pdf"
    path.write_bytes(made.pdf)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts, "pdffonts lists the fonts"
    for line in fonts:
        emb = line.split()[-5]
        assert emb == "yes", line  # every font embedded, Helvetica never merely referenced
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    header = made.pdf[5:8].decode()
    catalog = _catalog_version(made.pdf)
    assert catalog in (None, header), (header, catalog)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          check=True).stdout
    assert f"PDF version:     {header}" in info
    created = re.search(r"CreationDate:\s+(.+)", info)
    assert created is not None and str(TODAY.year) in created.group(1)
    assert "2000" not in created.group(1)
    assert b"/Lang (fr-BE)" in made.pdf or b"/Lang (fr\\055BE)" in made.pdf
    assert b"/Location (Bruxelles)" in made.pdf
    assert b"Pag-Asa" not in re.findall(rb"/Location \([^)]*\)", made.pdf)[0]


def test_dutch_report_signs_at_brussel(ws: Workspace, shelter: Shelter) -> None:
    made = reporting.signed_report(ws, shelter.ids["never"], "nl")
    assert b"/Location (Brussel)" in made.pdf


def test_rsa_signature_keeps_header_and_catalog_at_1_7(tmp_path: Path) -> None:
    """A key that does not need PDF 2.0 (RSA) gives a 1.7 file with no catalogue override."""
    from pyhanko.sign import signers

    from shelter_desk.reports import progress
    from shelter_desk.reports import signing as rs
    from tests.e2e.pki import make_pki
    from tests.unit.report_data import sample_report

    pki = make_pki()
    signer = signers.SimpleSigner.load_pkcs12_data(pki.pkcs12("x"), [], passphrase=b"x")
    assert rs.pdf_version_for(signer) == (1, 7)
    rendered = progress.build(sample_report(), signed=True, pdf_version=(1, 7))
    signed = rs.sign_pdf(rendered.pdf, signer, page=rendered.signature_box.page,
                         box=rendered.signature_box.box, signer_name="T", reason="r",
                         location="Liège", stamp_lines=("a", "b"))
    assert signed.pdf.startswith(b"%PDF-1.7")
    assert _catalog_version(signed.pdf) in (None, "1.7")


def test_stamp_shows_brussels_time_on_the_nights_the_clocks_change(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import UTC, datetime

    from shelter_desk.reports.data import ReportData
    from shelter_desk.services import reporting as rep

    class Clock(datetime):
        moment = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)  # 03:30 summer time, that night

        @classmethod
        def now(cls, tz=None):  # type: ignore[no-untyped-def, override]
            return cls.moment.astimezone(tz)

    monkeypatch.setattr(rep, "datetime", Clock)
    data = _data_stub("nl")
    opened = signing.OpenSigner(signer=None, subject="", demo=True)  # type: ignore[arg-type]
    lines = rep._stamp_lines(data, opened)
    assert lines[3] == "op 29/03/2026 om 03:30 (Brusselse tijd)"
    assert lines[-1] == "DEMOHANDTEKENING, NIET GELDIG VOOR ECHT GEBRUIK"
    Clock.moment = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 02:30 winter time
    assert rep._stamp_lines(data, opened)[3] == "op 25/10/2026 om 02:30 (Brusselse tijd)"
    real = signing.OpenSigner(signer=None, subject="")  # type: ignore[arg-type]
    assert len(rep._stamp_lines(data, real)) == 4  # no DEMO line for a real identity
    assert isinstance(data, ReportData)


def _data_stub(language: str):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from tests.unit.report_data import sample_report

    return replace(sample_report(), language=language)


# -- 7. calendars ---------------------------------------------------------------------------------
def test_calendar_defines_its_time_zone(ws: Workspace, shelter: Shelter) -> None:
    from icalendar import Calendar

    export = reporting.export_case_file(ws, shelter.ids["consented"], "fr")
    with zipfile.ZipFile(io.BytesIO(export.archive)) as zf:
        ics = zf.read("court-dates.ics")
    cal = Calendar.from_ical(ics)
    zones = [c for c in cal.walk("VTIMEZONE")]
    assert [str(z["TZID"]) for z in zones] == ["Europe/Brussels"]
    [event] = cal.walk("VEVENT")
    assert event["DTSTART"].params["TZID"] == "Europe/Brussels"
    assert event["DTSTART"].dt.weekday() < 5
    assert "Tribunal correctionnel de Bruxelles" in str(event["LOCATION"])


def test_no_calendar_file_without_a_court_date(ws: Workspace, shelter: Shelter) -> None:
    export = reporting.export_case_file(ws, shelter.ids["never"], "fr")
    with zipfile.ZipFile(io.BytesIO(export.archive)) as zf:
        names = zf.namelist()
        manifest = zf.read("manifest.json")
    assert "court-dates.ics" not in names
    assert b"court-dates.ics" not in manifest
    verdict = casefile.verify_case_file(export.archive, shelter.root.read_bytes())
    assert verdict.ok, verdict.problems


# -- 4. the signer named and pinned ---------------------------------------------------------------
@pytest.fixture(scope="module")
def signed_report(shelter: Shelter, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("signed") / "report.pdf"
    r = run_here(shelter.data, "report", shelter.consented, "--lang", "nl", "--out", str(out),
                 "--sign", "--user", "director", "--password-stdin", stdin=PW + "\n")
    assert r.code == 0, r.err
    assert "Signature level: PAdES B-B" in r.out
    return out


def _shown_fingerprint(shelter: Shelter) -> str:
    r = run_here(shelter.data, "signing", "show", "--user", "director", "--password-stdin",
                 stdin=PW + "\n")
    assert r.code == 0, r.err
    found = re.search(r"Certificate fingerprint \(SHA-256\): ([0-9A-F:]{95})", r.out)
    assert found, r.out
    return found.group(1)


def test_signing_show_and_export_cert_agree_on_the_fingerprint(shelter: Shelter,
                                                              tmp_path: Path) -> None:
    shown = _shown_fingerprint(shelter)
    out = tmp_path / "cert.pem"
    r = run_here(shelter.data, "signing", "export-cert", "--out", str(out), "--user",
                 "director", "--password-stdin", stdin=PW + "\n")
    assert r.code == 0 and shown in r.out
    certs = x509.load_pem_x509_certificates(out.read_bytes())
    assert len(certs) == 2  # the certificate, then its chain (here: the demo root)
    der = certs[0].public_bytes(serialization.Encoding.DER)
    assert hashlib.sha256(der).hexdigest().upper() == shown.replace(":", "")


def test_verify_names_and_pins_the_signer(shelter: Shelter, signed_report: Path) -> None:
    shown = _shown_fingerprint(shelter)
    r = run_here(Path("/nonexistent"), "verify", str(signed_report), "--trust",
                 str(shelter.root))
    assert r.code == 0 and f"Fingerprint:   SHA-256 {shown}" in r.out
    assert "Test Director" in r.out
    # as a clerk types it from a letter: lower case, spaces
    typed = shown.replace(":", " ").lower()
    r = run_here(Path("/x"), "verify", str(signed_report), "--trust", str(shelter.root),
                 "--signer", typed)
    assert r.code == 0 and "Expected:      yes" in r.out and "RESULT: VALID" in r.out
    other = "AB" * 32
    r = run_here(Path("/x"), "verify", str(signed_report), "--trust", str(shelter.root),
                 "--signer", other)
    assert r.code == 4 and "RESULT: NOT VALID" in r.out
    assert "signed by another certificate than the one expected" in r.out
    r = run_here(Path("/x"), "verify", str(signed_report), "--signer", "not-a-fingerprint")
    assert r.code == 2 and "64 hexadecimal digits" in r.err


def test_a_trusted_root_alone_accepts_another_holder_but_the_pin_does_not(
        tmp_path: Path) -> None:
    """Why the pin: with a national root any citizen under it verifies. Two certificates under
    one root: the root trusts both; only the pin tells them apart."""
    from tests.e2e.pki import make_pki

    director = make_pki("A. Director (test only)")
    someone = make_pki("Any Citizen (test only)")
    # the second certificate re-issued under the director's root: the same "national" root
    impostor = _issue_under(director, "Any Citizen (test only)")
    data = tmp_path / "d"
    ws, _ = setup.initialise(data, shelter="Sürya", username="director", display_name="D",
                             password=PW, kdf=CHEAP_KDF)
    with ws:
        c = new_client(ws)
        signing.import_pkcs12(ws, impostor.pkcs12("p"), "p")
        forged = reporting.signed_report(ws, c.id, "fr", secret="p").pdf
        signing.import_pkcs12(ws, director.pkcs12("p"), "p")
        genuine = reporting.signed_report(ws, c.id, "fr", secret="p").pdf
        expected = signing.info(ws).fingerprint  # type: ignore[union-attr]
    assert someone.root_pem != director.root_pem
    assert verify_pdf(forged, director.root_pem).ok  # the root alone: accepted
    assert verify_pdf(genuine, director.root_pem, signer=expected).ok
    pinned = verify_pdf(forged, director.root_pem, signer=expected)
    assert not pinned.ok and pinned.pinned is False


def _issue_under(pki, cn: str):  # type: ignore[no-untyped-def]
    """A second signing certificate under `pki`'s root."""
    from datetime import UTC, datetime

    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    from tests.e2e.pki import TestPki

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = datetime.now(UTC) - timedelta(minutes=5)
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)]))
            .issuer_name(pki.root.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + timedelta(days=30))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False,
                                         False), critical=True)
            .sign(pki.root_key, hashes.SHA256()))
    return TestPki(pki.root_pem, cert, key, pki.root, pki.root_key)


# -- 3. case files that cannot be smuggled into ---------------------------------------------------
@pytest.fixture(scope="module")
def exports(shelter: Shelter, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("exports")
    ws = _login(shelter.data)
    with ws:
        plain = reporting.export_case_file(ws, shelter.ids["consented"], "fr")
        sealed = reporting.export_case_file(ws, shelter.ids["consented"], "fr", encrypt=True)
    (folder / "plain.zip").write_bytes(plain.archive)
    (folder / "sealed.zip").write_bytes(sealed.archive)
    return {"folder": folder, "plain": folder / "plain.zip", "sealed": folder / "sealed.zip",
            "passphrase": sealed.passphrase}


def _verify_export(path: Path, shelter: Shelter, *extra: str, stdin: str = ""):  # type: ignore[no-untyped-def]
    return run_here(Path("/nonexistent"), "verify-export", str(path), "--trust",
                    str(shelter.root), *extra, stdin=stdin)


def _raw_copy(source: Path, target: Path, extra: list[tuple[str, bytes]],
              first: bool = False) -> None:
    """A copy of a real case file with entries added, the way a forger would, keeping the
    original entries byte for byte (encrypted ones stay encrypted)."""
    with zipfile.ZipFile(source) as src:
        infos = src.infolist()
        raw = source.read_bytes()
    out = io.BytesIO()
    central = []

    def add(name: str, local: bytes, info_bytes: bytes) -> None:
        offset = out.tell()
        out.write(local)
        central.append((offset, info_bytes))

    def plain_entry(name: str, content: bytes) -> tuple[bytes, bytes]:
        packed = zlib.compressobj(9, zlib.DEFLATED, -15)
        body = packed.compress(content) + packed.flush()
        crc = zlib.crc32(content)
        encoded = name.encode("utf-8")
        local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, 8, 0, 0x21, crc, len(body),
                            len(content), len(encoded), 0) + encoded + body
        head = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, 8, 0, 0x21, crc,
                           len(body), len(content), len(encoded), 0, 0, 0, 0, 0, 0)
        return local, head + encoded

    def original(info: zipfile.ZipInfo) -> tuple[bytes, bytes]:
        start = info.header_offset
        name_len, extra_len = struct.unpack("<HH", raw[start + 26 : start + 30])
        local = raw[start : start + 30 + name_len + extra_len + info.compress_size]
        encoded = info.filename.encode("utf-8")
        made_by = (info.create_system << 8) | info.create_version
        head = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, made_by,
                           info.extract_version, info.flag_bits, info.compress_type,
                           *_dos_time(info), info.CRC, info.compress_size, info.file_size,
                           len(encoded), len(info.extra), 0, 0, 0, info.external_attr, 0)
        return local, head + encoded + info.extra

    forged = [plain_entry(n, c) for n, c in extra]
    if first:
        for local, head in forged:
            add("", local, head)
    for info in infos:
        local, head = original(info)
        add(info.filename, local, head)
    if not first:
        for local, head in forged:
            add("", local, head)
    directory_start = out.tell()
    for offset, head in central:
        out.write(head[:42] + struct.pack("<I", offset) + head[46:])
    size = out.tell() - directory_start
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), size,
                          directory_start, 0))
    target.write_bytes(out.getvalue())


def _dos_time(info: zipfile.ZipInfo) -> tuple[int, int]:
    y, mo, d, h, mi, s = info.date_time
    return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d


def _seven_zip_lists(path: Path) -> list[str]:
    out = subprocess.run(["7z", "l", "-slt", str(path)], capture_output=True, text=True).stdout
    return re.findall(r"^Path = (.+)$", out, re.M)[1:]


def test_the_real_export_verifies(exports: dict[str, object], shelter: Shelter) -> None:
    r = _verify_export(exports["plain"], shelter)  # type: ignore[arg-type]
    assert r.code == 0 and "RESULT: VALID" in r.out, r.out + r.err
    r = _verify_export(exports["sealed"], shelter, "--password-stdin",  # type: ignore[arg-type]
                       stdin=f"{exports['passphrase']}\n")
    assert r.code == 0 and "RESULT: VALID" in r.out, r.out + r.err


def test_a_duplicate_entry_is_refused(exports: dict[str, object], shelter: Shelter,
                                      tmp_path: Path) -> None:
    forged = tmp_path / "forged.zip"
    _raw_copy(exports["plain"], forged, [("progress-report.pdf", b"%PDF-1.7 forged")])  # type: ignore[arg-type]
    # what unzip and 7-Zip would show: two entries of that name, the forged one last
    assert _seven_zip_lists(forged).count("progress-report.pdf") == 2
    r = _verify_export(forged, shelter)
    assert r.code == 4 and "RESULT: NOT VALID" in r.out
    assert "progress-report.pdf: the archive holds this name more than once" in r.out


def test_an_unencrypted_entry_in_an_encrypted_file_is_refused_without_the_passphrase(
        exports: dict[str, object], shelter: Shelter, tmp_path: Path) -> None:
    forged = tmp_path / "forged.zip"
    _raw_copy(exports["sealed"], forged, [("progress-report.pdf", b"%PDF forged")],  # type: ignore[arg-type]
              first=True)
    r = _verify_export(forged, shelter, "--password-stdin",
                       stdin=f"{exports['passphrase']}\n")
    assert r.code == 4, r.out + r.err
    assert "more than once" in r.out
    other = tmp_path / "other.zip"
    _raw_copy(exports["sealed"], other, [("readme.txt", b"call this number")], first=True)  # type: ignore[arg-type]
    r = _verify_export(other, shelter)  # no passphrase needed to see the forgery
    assert r.code == 4
    assert "readme.txt: not encrypted, in an encrypted case file" in r.out


@pytest.mark.parametrize("name", ["../progress-report.pdf", "/etc/cron.d/x", "a\\b.pdf",
                                  "sub/case.json", "C:evil.pdf"])
def test_odd_paths_are_refused(exports: dict[str, object], shelter: Shelter, tmp_path: Path,
                               name: str) -> None:
    forged = tmp_path / "forged.zip"
    _raw_copy(exports["plain"], forged, [(name, b"x")])  # type: ignore[arg-type]
    r = _verify_export(forged, shelter)
    assert r.code == 4 and "a path a case file never holds" in r.out


def test_an_unlisted_entry_is_refused(exports: dict[str, object], shelter: Shelter,
                                      tmp_path: Path) -> None:
    forged = tmp_path / "forged.zip"
    _raw_copy(exports["plain"], forged, [("extra.pdf", b"%PDF more")])  # type: ignore[arg-type]
    r = _verify_export(forged, shelter)
    assert r.code == 4
    assert "extra.pdf: added after the case file was made" in r.out
    assert "the archive holds 6 entries; the manifest lists 5" in r.out


def test_an_inflation_bomb_is_refused_in_bounded_memory(
        exports: dict[str, object], shelter: Shelter, tmp_path: Path) -> None:
    """A 1 MB entry that inflates to 1 GiB, under a name the manifest lists with its small
    size: refused before or while reading, never holding the gigabyte."""
    with zipfile.ZipFile(exports["plain"]) as zf:  # type: ignore[arg-type]
        kept = {n: zf.read(n) for n in zf.namelist() if n != "case.json"}
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in kept.items():
            zf.writestr(name, content)
        with zf.open("case.json", "w", force_zip64=False) as entry:
            block = b"\0" * (1 << 20)
            for _ in range(1024):
                entry.write(block)
    assert bomb.stat().st_size < 4 * 1024 * 1024
    tracemalloc.start()
    try:
        verdict = casefile.verify_case_file(bomb.read_bytes(), shelter.root.read_bytes())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert not verdict.ok
    assert any("larger than the manifest says" in p for p in verdict.problems)
    assert peak < 64 * 1024 * 1024, peak
    # and headers that lie about the size: the read still stops at the manifest's
    lying = _shrink_sizes(bytearray(bomb.read_bytes()), "case.json")
    tracemalloc.start()
    try:
        verdict = casefile.verify_case_file(bytes(lying), shelter.root.read_bytes())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert not verdict.ok and peak < 64 * 1024 * 1024, (verdict.problems, peak)


def _shrink_sizes(data: bytearray, name: str) -> bytearray:
    """Claim the entry is 10 bytes in both its headers (its data still inflates to 1 GiB)."""
    encoded = name.encode()
    # (signature, offset of the uncompressed size, offset of the name) in each header
    for signature, size_at, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        pos = 0
        while (pos := data.find(signature, pos)) >= 0:
            if data[pos + name_at : pos + name_at + len(encoded)] == encoded:
                data[pos + size_at : pos + size_at + 4] = struct.pack("<I", 10)
            pos += 4
    return data


def test_data_outside_the_entries_is_refused(exports: dict[str, object], shelter: Shelter,
                                             tmp_path: Path) -> None:
    raw = Path(exports["plain"]).read_bytes()  # type: ignore[arg-type]
    prefixed = tmp_path / "prefixed.zip"
    prefixed.write_bytes(b"\0" * 512 + raw)  # something else first, as in a polyglot file
    with zipfile.ZipFile(prefixed) as zf:  # a reader that looks from the end still opens it
        assert "progress-report.pdf" in zf.namelist()
    r = _verify_export(prefixed, shelter)
    assert r.code == 4 and "data outside its entries" in r.out
    appended = tmp_path / "appended.zip"
    appended.write_bytes(raw + b"hidden payload")
    r = _verify_export(appended, shelter)
    assert r.code == 4


def test_entry_names_cannot_draw_a_fake_result(exports: dict[str, object], shelter: Shelter,
                                               tmp_path: Path) -> None:
    trick = "x\x1b[2K\rRESULT: VALID\n.pdf"
    forged = tmp_path / "forged.zip"
    _raw_copy(exports["plain"], forged, [(trick, b"x")])  # type: ignore[arg-type]
    r = _verify_export(forged, shelter)
    assert r.code == 4
    assert "\x1b" not in r.out and "\r" not in r.out
    results = [line for line in r.out.splitlines() if line.startswith("RESULT")]
    assert results == ["RESULT: NOT VALID"]
    assert "\\x1b[2K\\x0dRESULT: VALID\\x0a.pdf" in r.out


def test_a_flipped_byte_in_an_encrypted_case_file(exports: dict[str, object], shelter: Shelter,
                                                  tmp_path: Path) -> None:
    raw = bytearray(Path(exports["sealed"]).read_bytes())  # type: ignore[arg-type]
    with zipfile.ZipFile(io.BytesIO(bytes(raw))) as zf:
        info = zf.getinfo("progress-report.pdf")
    raw[info.header_offset + 200] ^= 0x40  # inside its encrypted data
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(raw))
    r = _verify_export(damaged, shelter, "--password-stdin", stdin=f"{exports['passphrase']}\n")
    assert r.code == 4, r.out + r.err
    assert "progress-report.pdf: damaged" in r.out or "changed" in r.out


def test_a_wrong_passphrase_is_unusable_input(exports: dict[str, object],
                                              shelter: Shelter) -> None:
    r = _verify_export(exports["sealed"], shelter, "--password-stdin",  # type: ignore[arg-type]
                       stdin="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF\n")
    assert r.code == 1 and "the passphrase is not correct" in r.err
    assert len(r.err.strip().splitlines()) == 1


@pytest.mark.slow
def test_no_passphrase_available_is_one_line_and_status_1(exports: dict[str, object],
                                                          shelter: Shelter) -> None:
    """A real process with no terminal and an empty standard input (a script that forgot the
    passphrase)."""
    proc = subprocess.run(
        [sys.executable, "-m", "shelter_desk", "verify-export", str(exports["sealed"]),
         "--trust", str(shelter.root)],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120,
        start_new_session=True, env={**os.environ, "SHELTER_DESK_LANG": "en"})
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr
    assert len([ln for ln in proc.stderr.splitlines() if ln.startswith("shelter-desk:")]) == 1


@pytest.mark.parametrize("command", ["verify", "verify-export"])
def test_any_input_gives_a_documented_status(command: str, shelter: Shelter,
                                             exports: dict[str, object], signed_report: Path,
                                             tmp_path: Path) -> None:
    real = (signed_report if command == "verify" else Path(exports["plain"])).read_bytes()  # type: ignore[arg-type]
    cases: dict[str, tuple[Path, int]] = {}

    def case(name: str, content: bytes, status: int) -> None:
        path = tmp_path / name
        path.write_bytes(content)
        cases[name] = (path, status)

    case("empty", b"", 4)
    case("random", os.urandom(5000), 4)
    case("truncated", real[: len(real) // 2], 4)
    case("other-kind", Path(exports["plain"]).read_bytes() if command == "verify"  # type: ignore[arg-type]
         else signed_report.read_bytes(), 4)
    huge = tmp_path / "huge"
    with huge.open("wb") as fh:
        fh.truncate(300 * 1024 * 1024)  # sparse: costs no disk
    cases["huge"] = (huge, 1)
    folder = tmp_path / "a-folder"
    folder.mkdir()
    cases["folder"] = (folder, 1)
    cases["missing"] = (tmp_path / "nothing-here", 1)
    for name, (path, status) in cases.items():
        r = run_here(Path("/nonexistent"), command, str(path), "--trust", str(shelter.root))
        assert r.code == status, (name, r.code, r.out, r.err)
        assert r.code != 70
        if status == 1:
            assert len(r.err.strip().splitlines()) == 1, (name, r.err)
        else:
            assert "RESULT: NOT VALID" in r.out, (name, r.out)


# -- review C: nothing outside the signed entries ---------------------------------------------
def _rebuilt(source: Path, target: Path, change: Callable[[zipfile.ZipInfo], None]) -> None:
    """The real (plain) case file written again entry by entry with every header field as it
    was, but what `change` alters: so a rejection is about that change alone."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as out:
        for old in src.infolist():
            info = zipfile.ZipInfo(old.filename, date_time=old.date_time)
            info.compress_type, info.external_attr = old.compress_type, old.external_attr
            info.create_system = old.create_system
            change(info)
            out.writestr(info, src.read(old))


def _verify_rebuilt(exports: dict[str, object], shelter: Shelter, tmp_path: Path,
                    change: Callable[[zipfile.ZipInfo], None]):  # type: ignore[no-untyped-def]
    forged = tmp_path / "forged.zip"
    _rebuilt(Path(exports["plain"]), forged, change)  # type: ignore[arg-type]
    return _verify_export(forged, shelter)


def test_a_faithful_rebuild_still_verifies(exports: dict[str, object], shelter: Shelter,
                                           tmp_path: Path) -> None:
    """The control for the forgeries below: the same entries with the same headers pass."""
    r = _verify_rebuilt(exports, shelter, tmp_path, lambda info: None)
    assert r.code == 0 and "RESULT: VALID" in r.out, r.out + r.err


def test_entries_carry_the_time_the_file_was_made_and_nothing_else(
        exports: dict[str, object]) -> None:
    """What the checker holds the file to: the exporter's own headers (unzip -l shows the
    Brussels time the manifest records; no comment; no extra field but AES's)."""
    from datetime import datetime

    for kind in ("plain", "sealed"):
        with zipfile.ZipFile(Path(exports[kind])) as zf:  # type: ignore[arg-type]
            infos = zf.infolist()
            assert zf.comment == b""
            if kind == "plain":
                made = datetime.fromisoformat(json.loads(zf.read("manifest.json"))["made_at"])
                assert made.utcoffset() is not None
                assert {i.date_time for i in infos} == {
                    (made.year, made.month, made.day, made.hour, made.minute, made.second)}
        for info in infos:
            assert info.comment == b""
            assert info.extra == (casefile.AES_EXTRA if kind == "sealed" else b"")
            assert info.external_attr == casefile.ENTRY_PERMISSIONS


@pytest.mark.parametrize(("change", "says"), [
    (lambda i: setattr(i, "comment", b"Superseded: see the corrected report sent separately")
     if i.filename == "progress-report.pdf" else None,
     "progress-report.pdf: carries a comment"),
    (lambda i: setattr(i, "date_time", (2019, 1, 1, 0, 0, 0)),
     "progress-report.pdf: dated 2019-01-01 00:00:00, but the case file was made on"),
    (lambda i: setattr(i, "extra", struct.pack("<HH", 0xCAFE, 2008) + b"HIDDEN: "
                       + b"x" * 2000) if i.filename == "case.json" else None,
     "case.json: its header carries data a case file never holds"),
    (lambda i: setattr(i, "external_attr", 0o100755 << 16),  # made executable
     "manifest.json: file attributes a case file never has"),
])
def test_text_or_data_outside_the_entries_is_refused(
        exports: dict[str, object], shelter: Shelter, tmp_path: Path,
        change: Callable[[zipfile.ZipInfo], None], says: str) -> None:
    r = _verify_rebuilt(exports, shelter, tmp_path, change)
    assert r.code == 4 and "RESULT: NOT VALID" in r.out, r.out + r.err
    assert says in r.out


def test_an_archive_comment_is_refused_even_encrypted_without_the_passphrase(
        exports: dict[str, object], shelter: Shelter, tmp_path: Path) -> None:
    note = b"NOTE FROM THE SHELTER: the client withdrew her statement. RESULT: VALID"
    for kind in ("plain", "sealed"):
        forged = tmp_path / f"{kind}.zip"
        forged.write_bytes(Path(exports[kind]).read_bytes())  # type: ignore[arg-type]
        with zipfile.ZipFile(forged, "a") as zf:
            zf.comment = note
        assert note.decode() in subprocess.run(["unzip", "-l", str(forged)],
                                               capture_output=True, text=True).stdout
        r = _verify_export(forged, shelter)  # no passphrase asked: refused before
        assert r.code == 4, (kind, r.out, r.err)
        assert "the archive carries a comment" in r.out
        assert [ln for ln in r.out.splitlines() if "RESULT" in ln] == ["RESULT: NOT VALID"]


def _patched_local_header(raw: bytes, name: str, at: int, value: bytes) -> bytes:
    """`raw` with bytes of `name`'s own (local) header replaced, the directory left alone."""
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        start = zf.getinfo(name).header_offset
    data = bytearray(raw)
    data[start + at : start + at + len(value)] = value
    return bytes(data)


def test_a_local_header_that_disagrees_with_the_directory_is_refused(
        exports: dict[str, object], shelter: Shelter, tmp_path: Path) -> None:
    """Some tools show the entry's own header, some the directory: both must say the same.
    A date changed in the local header only, and in an encrypted file the AES field's key
    strength changed in the local header only (seen without the passphrase)."""
    raw = Path(exports["plain"]).read_bytes()  # type: ignore[arg-type]
    dated = tmp_path / "dated.zip"
    dated.write_bytes(_patched_local_header(raw, "case.json", 10, struct.pack("<HH", 0, 0x4E21)))
    r = _verify_export(dated, shelter)
    assert r.code == 4 and "case.json: its own header and the archive's list" in r.out
    sealed = Path(exports["sealed"]).read_bytes()  # type: ignore[arg-type]
    name_len = len("case.json")
    weaker = tmp_path / "weaker.zip"
    weaker.write_bytes(_patched_local_header(sealed, "case.json", 30 + name_len + 8, b"\x01"))
    r = _verify_export(weaker, shelter)
    assert r.code == 4 and "case.json: its header carries data" in r.out


def test_junk_between_the_directory_and_its_end_record_is_refused(
        exports: dict[str, object], shelter: Shelter, tmp_path: Path) -> None:
    raw = Path(exports["plain"]).read_bytes()  # type: ignore[arg-type]
    end = raw.rfind(b"PK\x05\x06")
    record = bytearray(raw[end:])
    gap = b"HIDDEN" * 10
    forged = tmp_path / "gap.zip"
    forged.write_bytes(raw[:end] + gap + bytes(record))
    r = _verify_export(forged, shelter)
    assert r.code == 4 and "RESULT: NOT VALID" in r.out


def test_a_case_file_from_before_dated_entries_verifies_with_a_note(
        shelter: Shelter) -> None:
    """Case files made before the manifest recorded when they were made (and the entries
    carried that time) still verify: their dates cannot be checked, and the result says so."""
    from datetime import UTC, datetime

    ws = _login(shelter.data)
    with ws:
        data = reporting.report_data(ws, shelter.ids["never"], "en")
        opened = signing.open_signer(ws, None)
        files = {"progress-report.pdf": reporting._sign(data, opened).pdf,
                 "case.json": json.dumps(casefile.case_json(data)).encode()}
        doc = json.loads(casefile.manifest_for(data.case_code, files, "1:" + "0" * 64,
                                               datetime.now(UTC)))
        del doc["made_at"]
        manifest = json.dumps(doc, indent=2, sort_keys=True).encode()
        from shelter_desk.reports.signing import sign_detached

        signature = sign_detached(manifest, opened.signer)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:  # as the old exporter did
        for name, content in [*files.items(), ("manifest.json", manifest),
                              ("manifest.json.p7s", signature)]:
            zf.writestr(name, content)
    verdict = casefile.verify_case_file(buffer.getvalue(), shelter.root.read_bytes())
    assert verdict.ok, verdict.problems
    assert any("entries' dates and attributes cannot be checked" in n for n in verdict.notes)
