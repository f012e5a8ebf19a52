"""Administration › Signing: the shelter's signing identity, its trust root and certificate
(with the fingerprints a prosecutor's office pins), and the timestamp authority."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.domain.roles import Role
from shelter_desk.i18n import fill
from shelter_desk.services import signing
from shelter_desk.services.files import save_output
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.dialogs.token_dialog import TokenDialog
from shelter_desk.ui.formatting import format_datetime
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import show_error
from shelter_desk.ui.ops import run_in_background


class SigningTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.ws: Workspace | None = None
        self.current = QLabel()
        self.current.setObjectName("signing_identity")
        self.current.setWordWrap(True)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.p12_button = QPushButton(tr_("Signing", "Import a PKCS#12 file…"))
        self.token_button = QPushButton(tr_("Signing", "Use a token (eID)…"))
        self.demo_button = QPushButton(tr_("Signing", "Generate a demo identity"))
        self.root_button = QPushButton(tr_("Signing", "Export the trust root…"))
        self.cert_button = QPushButton(tr_("Signing", "Export the certificate…"))
        for b, slot in (
            (self.p12_button, self.import_p12),
            (self.token_button, self.use_token),
            (self.demo_button, self.demo),
            (self.root_button, self.export_root),
            (self.cert_button, self.export_cert),
        ):
            b.clicked.connect(slot)
        row = QHBoxLayout()
        for b in (self.p12_button, self.token_button, self.demo_button):
            row.addWidget(b)
        row.addStretch()
        exports = QHBoxLayout()
        for b in (self.root_button, self.cert_button):
            exports.addWidget(b)
        exports.addStretch()
        note = QLabel(
            tr_(
                "Signing",
                "Reports and case files are certified with this identity. Hand the trust root "
                "to the prosecutor's office: with it, anyone can check that a report comes from "
                "the shelter unchanged. A demo identity is for trying the program only.",
            )
        )
        note.setWordWrap(True)
        note.setProperty("muted", True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addLayout(row)
        layout.addLayout(exports)
        layout.addWidget(note)
        layout.addWidget(self._timestamp_box())
        layout.addStretch()

    def _timestamp_box(self) -> QGroupBox:
        box = QGroupBox(tr_("Signing", "Timestamp authority"))
        self.tsa_url = QLineEdit()
        self.tsa_url.setObjectName("tsa_url")
        self.tsa_url.setPlaceholderText("https://tsa.example.be/tsr")
        self.tsa_root_path: str | None = None
        self.tsa_root_button = QPushButton(tr_("Signing", "Its root certificate…"))
        self.tsa_root_button.clicked.connect(self._choose_tsa_root)
        self.tsa_save = QPushButton(tr_("Signing", "Use this authority"))
        self.tsa_save.clicked.connect(self.save_tsa)
        self.tsa_off = QPushButton(tr_("Signing", "Stop timestamping"))
        self.tsa_off.clicked.connect(self.stop_tsa)
        self.tsa_state = QLabel()
        self.tsa_state.setObjectName("tsa_state")
        self.tsa_state.setWordWrap(True)
        self.tsa_state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        explain = QLabel(tr_(
            "Signing", "With a timestamp authority (RFC 3161), every signature carries a time "
            "that the authority proves (PAdES B-T), and the certificates' revocation data when "
            "they say where to find it (B-LT), so that a report can still be checked after its "
            "certificate has expired. Without one, a signature's time is the computer's clock."))
        explain.setWordWrap(True)
        explain.setProperty("muted", True)
        url_label = QLabel(tr_("Signing", "&Address"))
        url_label.setBuddy(self.tsa_url)
        form = QFormLayout()
        form.addRow(url_label, self.tsa_url)
        buttons = QHBoxLayout()
        for b in (self.tsa_root_button, self.tsa_save, self.tsa_off):
            buttons.addWidget(b)
        buttons.addStretch()
        col = QVBoxLayout(box)
        col.addWidget(explain)
        col.addLayout(form)
        col.addLayout(buttons)
        col.addWidget(self.tsa_state)
        return box

    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self.current.clear()
        if ws is None:
            return
        admin = ws.actor.has(Role.ADMINISTRATOR)
        for b in (self.p12_button, self.token_button, self.demo_button, self.tsa_root_button,
                  self.tsa_save, self.tsa_off):
            b.setEnabled(admin)
        self.tsa_url.setReadOnly(not admin)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Read again each time it is shown: the identity may have been changed meanwhile
        from the command line or another workstation (it offered a demo identity over a real
        one)."""
        super().showEvent(event)
        if self.ws is not None and not self.ws.closed:
            self.refresh()

    def refresh(self) -> None:
        ws = self.ws
        if ws is not None:
            run_in_background(
                self, lambda: (signing.info(ws), signing.timestamp_authority(ws)), self._shown,
                lambda e: show_error(self, e)
            )

    def _shown(self, state: tuple[signing.IdentityInfo | None,
                                  signing.TimestampAuthority]) -> None:
        info, tsa = state
        self._show(info)
        self._show_tsa(tsa)

    def _show_tsa(self, tsa: signing.TimestampAuthority) -> None:
        self.tsa_url.setText(tsa.url or "")
        self.tsa_root_path = None
        if not tsa.url:
            text = tr_("Signing", "Not in use: signatures are PAdES B-B.")
        elif tsa.root_fingerprint:
            text = fill(tr_("Signing", "In use. Its root certificate (SHA-256): {fingerprint}"),
                        fingerprint=tsa.root_fingerprint)
        else:
            text = tr_("Signing", "In use, without its root certificate: signatures are "
                       "timestamped (B-T) but carry no revocation data (B-LT).")
        self.tsa_state.setText(text)
        self.tsa_off.setEnabled(bool(tsa.url) and self.tsa_save.isEnabled())

    def _choose_tsa_root(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr_("Signing", "The authority's root certificate"), "",
            tr_("Signing", "PEM (*.pem *.crt)"))
        if path:
            self.tsa_root_path = path
            self.tsa_state.setText(fill(tr_("Signing", "Root certificate chosen: {file}"),
                                        file=Path(path).name))

    def save_tsa(self) -> None:
        ws, url, root = self.ws, self.tsa_url.text(), self.tsa_root_path
        if ws is None:
            return
        run_in_background(
            self,
            lambda: signing.set_timestamp_authority(
                ws, url, Path(root).read_bytes() if root else None),
            self._show_tsa, lambda e: show_error(self, e))

    def stop_tsa(self) -> None:
        ws = self.ws
        if ws is not None:
            run_in_background(self, lambda: signing.set_timestamp_authority(ws, None),
                              self._show_tsa, lambda e: show_error(self, e))

    def _show(self, info: signing.IdentityInfo | None) -> None:
        if info is None:
            self.current.setText(tr_("Signing", "No signing identity is set up yet."))
            self.root_button.setEnabled(False)
            self.cert_button.setEnabled(False)
            return
        kinds = {
            signing.PKCS12: tr_("Signing", "PKCS#12 file"),
            signing.PKCS11: tr_("Signing", "token (PKCS#11)"),
            signing.DEMO: tr_("Signing", "DEMO identity — not for real use"),
        }
        self.current.setText(
            fill(tr_("Signing", "{subject}\n{kind}\nset up by {who} on {when}"),
                 subject=info.subject, kind=kinds[info.kind], who=info.set_up_by,
                 when=format_datetime(info.set_up_at))
            + "\n\n"
            + fill(tr_("Signing", "Certificate fingerprint (SHA-256): {fingerprint}"),
                   fingerprint=info.fingerprint)
            + "\n"
            + fill(tr_("Signing", "Root fingerprint (SHA-256): {fingerprint}"),
                   fingerprint=info.root_fingerprint)
        )
        self.root_button.setEnabled(True)
        self.cert_button.setEnabled(True)

    def import_p12(self) -> None:
        ws = self.ws
        path, _ = QFileDialog.getOpenFileName(
            self, tr_("Signing", "PKCS#12 file"), "", tr_("Signing", "PKCS#12 (*.p12 *.pfx)")
        )
        if ws is None or not path:
            return
        passphrase, ok = QInputDialog.getText(
            self,
            tr_("Signing", "PKCS#12"),
            tr_("Signing", "Its passphrase:"),
            QLineEdit.EchoMode.Password,
        )
        if ok:
            run_in_background(
                self,
                lambda: signing.import_pkcs12(ws, Path(path).read_bytes(), passphrase),
                lambda _: self.refresh(),
                lambda e: show_error(self, e),
            )

    def use_token(self) -> None:
        ws, dialog = self.ws, TokenDialog(self)
        if ws is None or dialog.exec() != QDialog.DialogCode.Accepted:
            return
        args = (dialog.module.text(), dialog.label.text(), dialog.pin.text())
        key = dialog.key_label.text() or signing.EID_SIGNATURE_LABEL
        dialog.pin.clear()
        run_in_background(
            self,
            lambda: signing.use_token(ws, *args, key_label=key),
            lambda _: self.refresh(),
            lambda e: show_error(self, e),
            tr_("Signing", "Reading the token…"),
        )

    def demo(self) -> None:
        ws = self.ws
        if (
            ws is None
            or QMessageBox.question(
                self,
                tr_("Signing", "Demo identity"),
                tr_(
                    "Signing",
                    "Replace the signing identity with a generated DEMO identity? Reports signed "
                    "with it say so and prove nothing to a prosecutor.",
                ),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        run_in_background(
            self,
            lambda: signing.demo_identity(ws),
            lambda _: self.refresh(),
            lambda e: show_error(self, e),
        )

    def export_root(self) -> None:
        ws = self.ws
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr_("Signing", "Save the trust root"),
            "shelter-trust-root.pem",
            tr_("Signing", "PEM (*.pem)"),
        )
        if ws is not None and path:
            run_in_background(
                self,
                lambda: save_output(Path(path), signing.root_pem(ws)),
                lambda p: QMessageBox.information(
                    self,
                    tr_("Signing", "Trust root"),
                    fill(tr_("Signing", "Saved to {file}."), file=p),
                ),
                lambda e: show_error(self, e),
            )

    def export_cert(self) -> None:
        ws = self.ws
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr_("Signing", "Save the signing certificate"),
            "shelter-signing-certificate.pem",
            tr_("Signing", "PEM (*.pem)"),
        )
        if ws is not None and path:
            run_in_background(
                self,
                lambda: save_output(Path(path), signing.certificate_pem(ws)),
                lambda p: QMessageBox.information(
                    self,
                    tr_("Signing", "Signing certificate"),
                    fill(tr_("Signing", "Saved to {file}."), file=p),
                ),
                lambda e: show_error(self, e),
            )
