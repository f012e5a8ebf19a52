"""Time that can be proven and documents that outlive their certificates (issue 9, part 5):
PAdES B-T and B-LT with a timestamp authority and an OCSP responder run on 127.0.0.1 by the
test itself (certomancer), B-LTA by `signing add-timestamp`, the manifest's CMS signature with
its signing time and timestamp token, checked with openssl and pdfsig as well as our own
`verify`."""

from __future__ import annotations

import io
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from asn1crypto import cms
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from shelter_desk.services import setup, signing
from tests.builders import consent_input, new_client
from tests.conftest import CHEAP_KDF
from tests.e2e.cli import run_here
from tests.e2e.trust_services import TrustServices, trust_services

PW = "time can be proven 2026"
P12 = "p12 of the test director"


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TrustServices]:
    with trust_services(tmp_path_factory.mktemp("pki")) as running:
        yield running


@pytest.fixture(scope="module")
def shelter(services: TrustServices, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("tsa-shelter")
    data = folder / "data"
    ws, _ = setup.initialise(data, shelter="Payoke", username="director",
                             display_name="Test Director", password=PW, kdf=CHEAP_KDF)
    with ws:
        client = new_client(ws, first_names="Mariam", last_name="Tesfaye")
        from shelter_desk.domain.vocabulary import ConsentPurpose
        from shelter_desk.services import consent

        consent.record(ws, client.id, consent_input(ConsentPurpose.SHARE_PROSECUTOR))
        signing.import_pkcs12(ws, services.pkcs12(P12), P12)
        code = client.case_code
    paths = {"data": data, "root": folder / "root.pem", "tsa_root": folder / "tsa-root.pem"}
    paths["root"].write_bytes(services.root_pem)
    paths["tsa_root"].write_bytes(services.tsa_root_pem)
    r = run_here(data, "signing", "tsa", "--url", services.tsa_url, "--root",
                 str(paths["tsa_root"]), "--user", "director", "--password-stdin",
                 stdin=PW + "\n")
    assert r.code == 0, r.err
    assert f"Timestamp authority: {services.tsa_url}" in r.out
    paths["code"] = Path(code)
    return paths


def _as_director(shelter: dict[str, Path], *args: str, secrets: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    return run_here(shelter["data"], *args, "--user", "director", "--password-stdin",
                    stdin="\n".join((PW, *secrets)) + "\n")


def _verify(path: Path, shelter: dict[str, Path], *extra: str):  # type: ignore[no-untyped-def]
    return run_here(Path("/nonexistent"), "verify", str(path), "--trust", str(shelter["root"]),
                    *extra)


@pytest.fixture(scope="module")
def lt_report(shelter: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("lt") / "report.pdf"
    r = _as_director(shelter, "report", str(shelter["code"]), "--lang", "nl", "--out", str(out),
                     "--sign", secrets=(P12,))
    assert r.code == 0, r.err
    assert "Signature level: PAdES B-LT" in r.out
    return out


def test_a_timestamped_report_is_b_lt_and_verifies(lt_report: Path,
                                                   shelter: dict[str, Path]) -> None:
    r = _verify(lt_report, shelter, "--tsa-trust", str(shelter["tsa_root"]))
    assert r.code == 0, r.out
    assert "RESULT: VALID" in r.out and "Level:         PAdES B-LT" in r.out
    assert "Timestamp:" in r.out and "Test timestamp authority" in r.out
    assert "(trusted)" in r.out
    assert "archival additions only" in r.out  # the DSS came after the signature


def test_without_the_tsa_root_the_time_is_not_proven_but_the_signature_holds(
        lt_report: Path, shelter: dict[str, Path]) -> None:
    r = _verify(lt_report, shelter)
    assert r.code == 0 and "RESULT: VALID" in r.out
    assert "note: the timestamp authority is not among the given roots" in r.out


def test_pdfsig_and_qpdf_accept_the_timestamped_report(lt_report: Path) -> None:
    out = subprocess.run(["pdfsig", str(lt_report)], capture_output=True, text=True).stdout
    assert "Signature is Valid." in out
    assert subprocess.run(["qpdf", "--check", str(lt_report)], capture_output=True).returncode == 0


def test_add_timestamp_makes_b_lta_and_any_later_change_still_fails(
        lt_report: Path, shelter: dict[str, Path], tmp_path: Path) -> None:
    lta = tmp_path / "lta.pdf"
    r = _as_director(shelter, "signing", "add-timestamp", str(lt_report), "--out", str(lta))
    assert r.code == 0, r.err
    assert "PAdES B-LTA" in r.out
    r = _verify(lta, shelter, "--tsa-trust", str(shelter["tsa_root"]))
    assert r.code == 0, r.out
    assert "Level:         PAdES B-LTA" in r.out and "Archived:" in r.out
    # an archival timestamp can be renewed: a second one verifies too
    again = tmp_path / "lta2.pdf"
    assert _as_director(shelter, "signing", "add-timestamp", str(lta), "--out",
                        str(again)).code == 0
    assert _verify(again, shelter, "--tsa-trust", str(shelter["tsa_root"])).code == 0
    # but a title changed after all of it is a change, and so is an update that only
    # appends an object nothing refers to (pyHanko lets that pass as harmless)
    for change in (_retitled, _orphan_appended):
        tampered = tmp_path / f"{change.__name__}.pdf"
        tampered.write_bytes(change(again.read_bytes()))
        r = _verify(tampered, shelter, "--tsa-trust", str(shelter["tsa_root"]))
        assert r.code == 4 and "Unmodified:    NO" in r.out, (change.__name__, r.out)


def _retitled(pdf: bytes) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    info_ref = writer.trailer.raw_get("/Info")
    info = info_ref.get_object()
    info[generic.NameObject("/Title")] = generic.TextStringObject("changed later")
    writer.mark_update(info_ref)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _orphan_appended(pdf: bytes) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    writer.add_object(generic.DictionaryObject(
        {generic.NameObject("/Note"): generic.TextStringObject("appended later")}))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_add_timestamp_refuses_a_file_that_is_not_an_intact_signed_report(
        shelter: dict[str, Path], tmp_path: Path) -> None:
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7\n%%EOF\n")
    r = _as_director(shelter, "signing", "add-timestamp", str(junk))
    assert r.code == 1 and "not an intact signed report" in r.err
    assert junk.read_bytes() == b"%PDF-1.7\n%%EOF\n"


def test_the_manifest_signature_carries_its_time_and_a_timestamp(
        shelter: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "case.zip"
    r = _as_director(shelter, "export", str(shelter["code"]), "--out", str(out),
                     secrets=(P12,))
    assert r.code == 0, r.err
    with zipfile.ZipFile(out) as zf:
        manifest, p7s = zf.read("manifest.json"), zf.read("manifest.json.p7s")
    (tmp_path / "manifest.json").write_bytes(manifest)
    (tmp_path / "manifest.json.p7s").write_bytes(p7s)
    signer_info = cms.ContentInfo.load(p7s)["content"]["signer_infos"][0]
    signed = {a["type"].native for a in signer_info["signed_attrs"]}
    unsigned = {a["type"].native for a in signer_info["unsigned_attrs"]}
    assert "signing_time" in signed
    assert "signature_time_stamp_token" in unsigned
    check = subprocess.run(
        ["openssl", "cms", "-verify", "-binary", "-inform", "DER",
         "-in", str(tmp_path / "manifest.json.p7s"), "-content", str(tmp_path / "manifest.json"),
         "-CAfile", str(shelter["root"]), "-purpose", "any", "-out", "/dev/null"],
        capture_output=True, text=True)
    assert check.returncode == 0 and "Verification successful" in check.stderr, check.stderr
    r = run_here(Path("/x"), "verify-export", str(out), "--trust", str(shelter["root"]),
                 "--tsa-trust", str(shelter["tsa_root"]))
    assert r.code == 0, r.out
    assert "Manifest:" in r.out and "RESULT: VALID" in r.out


def test_a_timestamp_authority_that_does_not_answer_writes_nothing(
        shelter: dict[str, Path], tmp_path: Path) -> None:
    ws = setup.login(shelter["data"], "director", PW, kdf=CHEAP_KDF)
    with ws:
        before = signing.timestamp_authority(ws)
        signing.set_timestamp_authority(ws, "http://127.0.0.1:9/tsa")  # nothing listens there
    out = tmp_path / "never.pdf"
    try:
        r = _as_director(shelter, "report", str(shelter["code"]), "--lang", "fr", "--out",
                         str(out), "--sign", secrets=(P12,))
        assert r.code == 1 and "The timestamp authority did not answer" in r.err
        assert "Nothing was written." in r.err
        assert not out.exists()
    finally:
        ws = setup.login(shelter["data"], "director", PW, kdf=CHEAP_KDF)
        with ws:
            signing.set_timestamp_authority(ws, before.url)


def test_the_room_kept_for_a_timestamped_signature_fits_and_a_silent_authority_is_asked_once(
        shelter: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """The room for a B-LT signature (its timestamp token inside) is estimated for the first
    report and kept for the next, which still verifies. An authority that stops answering is
    asked as often as without a kept room: a failure other than a too-small room is never
    retried (a token's PIN or a slow authority must not be tried twice)."""
    from pyhanko.sign.signers.pdf_signer import PdfSigningSession
    from pyhanko.sign.timestamps import HTTPTimeStamper

    from shelter_desk.reports import signing as report_signing
    from shelter_desk.services import clients, reporting

    estimated: list[int] = []
    estimate = PdfSigningSession.estimate_signature_container_size

    async def counted_estimate(self: PdfSigningSession, *args: object,
                               **kwargs: object) -> int:
        size: int = await estimate(self, *args, **kwargs)  # type: ignore[arg-type]
        estimated.append(size)
        return size

    asked: list[str] = []
    ask = HTTPTimeStamper.async_timestamp

    async def counted_ask(self: HTTPTimeStamper, *args: object, **kwargs: object) -> object:
        asked.append(self.url)
        return await ask(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(PdfSigningSession, "estimate_signature_container_size",
                        counted_estimate)
    monkeypatch.setattr(HTTPTimeStamper, "async_timestamp", counted_ask)
    monkeypatch.setattr(report_signing, "_reserved", {})
    ws = setup.login(shelter["data"], "director", PW, kdf=CHEAP_KDF)
    with ws:
        client = clients.list_clients(ws)[0].id
        reporting.signed_report(ws, client, "nl", secret=P12)
        assert len(estimated) == 1
        second = reporting.signed_report(ws, client, "fr", secret=P12)
        assert len(estimated) == 1 and second.level == "B-LT"

        before = signing.timestamp_authority(ws)
        try:
            (key, kept), = report_signing._reserved.items()
            silent = "http://127.0.0.1:9/tsa"  # nothing listens there
            report_signing._reserved[(key[0], silent, key[2])] = kept
            signing.set_timestamp_authority(ws, silent)
            asked.clear()
            with pytest.raises(report_signing.SigningError):
                reporting.signed_report(ws, client, "nl", secret=P12)
            # Once for the B-LT signature, once for its fallback to B-T; not for the room.
            assert asked == [silent, silent]
        finally:
            signing.set_timestamp_authority(ws, before.url)
    second_path = shelter["data"].parent / "second.pdf"
    second_path.write_bytes(second.pdf)
    r = _verify(second_path, shelter, "--tsa-trust", str(shelter["tsa_root"]))
    assert r.code == 0, r.out + r.err
    assert "PAdES B-LT" in r.out


def test_the_tsa_setting_refuses_what_is_not_an_address(shelter: dict[str, Path]) -> None:
    r = _as_director(shelter, "signing", "tsa", "--url", "ftp://example/tsa")
    assert r.code == 1 and "http:// or https://" in r.err


def test_without_a_tsa_signatures_stay_b_b_and_say_so(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ws, _ = setup.initialise(data, shelter="Sürya", username="director", display_name="D",
                             password=PW, kdf=CHEAP_KDF)
    with ws:
        signing.demo_identity(ws)
        code = new_client(ws).case_code
        root = tmp_path / "root.pem"
        root.write_bytes(signing.root_pem(ws))
    shown = run_here(data, "signing", "show", "--user", "director", "--password-stdin",
                     stdin=PW + "\n")
    assert "Timestamp authority: none" in shown.out
    out = tmp_path / "r.pdf"
    r = run_here(data, "report", code, "--lang", "fr", "--out", str(out), "--sign", "--user",
                 "director", "--password-stdin", stdin=PW + "\n")
    assert "Signature level: PAdES B-B" in r.out
    r = run_here(data, "verify", str(out), "--trust", str(root))
    assert r.code == 0 and "Level:         PAdES B-B" in r.out and "Timestamp:" not in r.out
