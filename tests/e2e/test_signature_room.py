"""The room a signature takes in the PDF is found once per signer and kept (issue 13):
pyHanko otherwise builds a whole dummy signature before each real one to estimate it. A kept
room that turns out too small is estimated again, and every report still verifies."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyhanko.sign.signers.pdf_signer import PdfSigningSession

from shelter_desk.reports import signing as report_signing
from shelter_desk.services import reporting, setup, signing
from tests.builders import new_client
from tests.conftest import CHEAP_KDF
from tests.e2e.cli import run_here

PW = "room for a signature 2026"


def test_the_room_is_estimated_once_and_again_when_outgrown(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    estimates: list[int] = []
    estimate = PdfSigningSession.estimate_signature_container_size

    async def counted(self: PdfSigningSession, *args: object, **kwargs: object) -> int:
        size: int = await estimate(self, *args, **kwargs)  # type: ignore[arg-type]
        estimates.append(size)
        return size

    monkeypatch.setattr(PdfSigningSession, "estimate_signature_container_size", counted)
    monkeypatch.setattr(report_signing, "_reserved", {})
    data = tmp_path / "data"
    ws, _ = setup.initialise(data, shelter="Payoke", username="director", display_name="D",
                             password=PW, kdf=CHEAP_KDF)
    pdfs: list[bytes] = []
    with ws:
        signing.demo_identity(ws)
        client = new_client(ws).id
        root = tmp_path / "root.pem"
        root.write_bytes(signing.root_pem(ws))
        pdfs.append(reporting.signed_report(ws, client, "nl").pdf)
        assert len(estimates) == 1
        (key, kept), = report_signing._reserved.items()
        assert kept == estimates[0]  # read back from the signed file's /ByteRange
        pdfs.append(reporting.signed_report(ws, client, "fr").pdf)
        assert len(estimates) == 1

        report_signing._reserved[key] = 64  # far less than any signature needs
        pdfs.append(reporting.signed_report(ws, client, "en").pdf)
        assert len(estimates) == 2
        assert report_signing._reserved[key] == estimates[1]

    for n, pdf in enumerate(pdfs):
        path = tmp_path / f"report-{n}.pdf"
        path.write_bytes(pdf)
        r = run_here(Path("/nonexistent"), "verify", str(path), "--trust", str(root))
        assert r.code == 0, r.out + r.err
        assert "PAdES B-B" in r.out
