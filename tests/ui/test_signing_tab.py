"""Administration › Signing as an administrator uses it: the fingerprints a prosecutor's office
pins, the certificate export, and the timestamp authority (issue 9)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from shelter_desk.services import signing
from shelter_desk.services.workspace import Workspace
from tests.conftest import DIRECTOR, DIRECTOR_PASSWORD
from tests.e2e.pki import make_pki
from tests.ui.helpers import open_app, settle


def test_fingerprints_export_and_timestamp_authority(
        qtbot: QtBot, team_dir: Path, director: Workspace, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    info = signing.demo_identity(director)
    controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD)
    try:
        tab = controller.window.administration.signing
        qtbot.waitUntil(lambda: info.fingerprint in tab.current.text(), timeout=10000)
        assert info.root_fingerprint in tab.current.text()
        assert "Not in use" in tab.tsa_state.text()

        saved = tmp_path / "cert.pem"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
        monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
        qtbot.mouseClick(tab.cert_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(saved.exists, timeout=10000)
        assert saved.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")

        root = tmp_path / "tsa-root.pem"
        root.write_bytes(make_pki().root_pem)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(root), ""))
        tab.tsa_url.setText("https://tsa.example.test/tsr")
        qtbot.mouseClick(tab.tsa_root_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(tab.tsa_save, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "In use" in tab.tsa_state.text(), timeout=10000)
        tsa = signing.timestamp_authority(director)
        assert tsa.url == "https://tsa.example.test/tsr" and tsa.root_fingerprint
        assert tsa.root_fingerprint in tab.tsa_state.text()

        qtbot.mouseClick(tab.tsa_off, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Not in use" in tab.tsa_state.text(), timeout=10000)
        assert signing.timestamp_authority(director).url is None
    finally:
        settle(qtbot)
        controller.shutdown()


def test_a_bad_address_is_refused_with_the_reason(qtbot: QtBot, team_dir: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("shelter_desk.ui.views.signing_tab.show_error",
                        lambda parent, exc: shown.append(str(exc)))
    controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD)
    try:
        tab = controller.window.administration.signing
        tab.tsa_url.setText("tsa.example.test")
        qtbot.mouseClick(tab.tsa_save, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(shown), timeout=10000)
        assert "http" in shown[0]
    finally:
        settle(qtbot)
        controller.shutdown()
