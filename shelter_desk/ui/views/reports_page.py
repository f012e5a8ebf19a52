"""Reports (directors): make a progress report in the prosecutor's language, preview it in
memory, print it, sign and save it, export the case file; and verify a signed PDF (anyone)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
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
from shelter_desk.services import clients, reporting, signing
from shelter_desk.services.files import save_output
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.databus import DataBus
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import describe, show_error
from shelter_desk.ui.ops import run_in_background
from shelter_desk.ui.privacy import masked
from shelter_desk.ui.widgets.pdf_preview import PdfPreview, print_document

LANGUAGES = (("nl", "Nederlands"), ("fr", "Français"), ("en", "English"))


def verification_text(verdict: Any) -> str:
    """The verdict of a signed PDF, in words, for a message box."""

    def yes(flag: bool) -> str:
        return tr_("Reports", "yes") if flag else tr_("Reports", "NO")

    lines = [
        tr_("Reports", "Valid: the report is intact, signed by a trusted signer and unmodified.")
        if verdict.ok
        else tr_("Reports", "NOT VALID."),
        "",
        tr_("Reports", "Intact: %1").replace("%1", yes(verdict.intact)),
        tr_("Reports", "Trusted: %1").replace("%1", yes(verdict.trusted)),
        tr_("Reports", "Unmodified since signing: %1").replace("%1", yes(verdict.unmodified)),
        tr_("Reports", "Signature covers the whole file: %1").replace(
            "%1", yes(verdict.covers_whole_file)
        ),
        tr_("Reports", "Signer: %1").replace("%1", verdict.signer or "—"),
    ]
    if verdict.signed_at:
        lines.append(
            tr_("Reports", "Signed at: %1").replace("%1", f"{verdict.signed_at:%Y-%m-%d %H:%M %Z}")
        )
    return "\n".join(lines)


class ReportsPage(QWidget):
    def __init__(self, bus: DataBus) -> None:
        super().__init__()
        self.bus = bus
        self.ws: Workspace | None = None
        self.current_pdf: bytes | None = None
        self.client = QComboBox()
        self.client.setObjectName("report_client")
        self.client.setEditable(True)
        self.client.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.language = QComboBox()
        self.language.setObjectName("report_language")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.identity = QComboBox()
        self.identity.setObjectName("report_identity")
        for value, text in (
            ("auto", tr_("Reports", "Include the identity if the client consented")),
            ("include", tr_("Reports", "Include the identity (refused without consent)")),
            ("omit", tr_("Reports", "Case code only")),
        ):
            self.identity.addItem(text, value)
        self.preview_button = QPushButton(tr_("Reports", "&Preview"))
        self.preview_button.setProperty("primary", True)
        self.print_button = QPushButton(tr_("Reports", "P&rint…"))
        self.sign_button = QPushButton(tr_("Reports", "&Sign and save…"))
        self.export_button = QPushButton(tr_("Reports", "&Export the case file…"))
        self.verify_button = QPushButton(tr_("Reports", "&Verify a signed PDF…"))
        for button, slot in (
            (self.preview_button, self.preview),
            (self.print_button, self.print_report),
            (self.sign_button, self.sign_and_save),
            (self.export_button, self.export_case_file),
            (self.verify_button, self.verify_pdf),
        ):
            button.clicked.connect(slot)
        self.status = QLabel()
        self.status.setObjectName("report_status")
        self.status.setWordWrap(True)
        self.identity_label = QLabel()
        self.identity_label.setWordWrap(True)
        self.identity_label.setProperty("muted", True)
        form = QFormLayout()
        form.addRow(tr_("Reports", "Client"), self.client)
        form.addRow(tr_("Reports", "Language (the prosecutor's)"), self.language)
        form.addRow(tr_("Reports", "Identity"), self.identity)
        box = QGroupBox(tr_("Reports", "Progress report"))
        col = QVBoxLayout(box)
        col.addLayout(form)
        row = QHBoxLayout()
        for b in (self.preview_button, self.print_button, self.sign_button, self.export_button):
            row.addWidget(b)
        row.addStretch()
        row.addWidget(self.verify_button)
        col.addLayout(row)
        col.addWidget(self.status)
        col.addWidget(self.identity_label)
        self.preview_view = PdfPreview()
        self.preview_view.setObjectName("report_preview")
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.preview_view, 1)
        bus.privacy_changed.connect(lambda _: self._fill_clients())
        self._rows: list[clients.ClientSummary] = []

    # -- state ------------------------------------------------------------------------------
    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self.current_pdf = None
        self.preview_view.clear()
        self.status.clear()
        self.client.clear()
        if ws is None:
            return
        director = ws.actor.has(Role.DIRECTOR)
        for b in (self.preview_button, self.print_button, self.sign_button, self.export_button):
            b.setEnabled(director)
        if director:
            run_in_background(
                self, lambda: clients.list_clients(ws), self._loaded, lambda e: show_error(self, e)
            )

    def _loaded(self, rows: list[clients.ClientSummary]) -> None:
        self._rows = [r for r in rows if r.status.value != "closed"] + [
            r for r in rows if r.status.value == "closed"
        ]
        self._fill_clients()

    def _fill_clients(self) -> None:
        chosen = self.client.currentData()
        self.client.clear()
        for r in self._rows:
            self.client.addItem(f"{r.case_code}  {masked(r.name, self.bus.privacy)}", r.id)
        if chosen:
            self.select_client(int(chosen))

    def select_client(self, client_id: int) -> None:
        index = self.client.findData(client_id)
        if index >= 0:
            self.client.setCurrentIndex(index)

    def _choice(self) -> tuple[int, str, str] | None:
        cid = self.client.currentData()
        if cid is None:
            self.status.setText(tr_("Reports", "Choose a client first."))
            return None
        return int(cid), self.language.currentData(), self.identity.currentData()

    # -- actions ----------------------------------------------------------------------------
    def preview(self) -> None:
        ws, choice = self.ws, self._choice()
        if ws is None or choice is None:
            return
        self.status.setText(tr_("Reports", "Making the report…"))
        run_in_background(
            self,
            lambda: reporting.make_report(ws, *choice),
            self._previewed,
            self._refused,
            tr_("Reports", "Making the report…"),
        )

    def _previewed(self, made: reporting.MadeReport) -> None:
        self.current_pdf = made.pdf
        self.preview_view.show_pdf(made.pdf)
        self.status.setText(
            tr_("Reports", "Preview of %1 (not signed, not saved).").replace("%1", made.case_code)
        )
        self.identity_label.setText(
            tr_("Reports", "The client's identity is included (they consented to sharing it).")
            if made.identity_included
            else tr_("Reports", "The identity is withheld: the report names the case code only.")
        )

    def _refused(self, exc: Exception) -> None:
        self.status.setText(describe(exc))
        self.status.setProperty("error", True)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def print_report(self) -> None:
        if self.current_pdf is None:
            self.status.setText(tr_("Reports", "Preview the report first; then print it."))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_document(self.preview_view.pdf_document, printer)

    def _secret(self) -> tuple[bool, str | None]:
        """Ask the PKCS#12 passphrase or token PIN when the identity needs one."""
        ws = self.ws
        info = signing.info(ws) if ws else None
        if info is None:
            QMessageBox.warning(self, tr_("Reports", "Signing"), describe(signing.NoIdentity()))
            return False, None
        if not info.needs_secret:
            return True, None
        prompt = (
            tr_("Reports", "Passphrase of the signing certificate:")
            if info.kind == signing.PKCS12
            else tr_("Reports", "PIN of the signing token (eID):")
        )
        secret, ok = QInputDialog.getText(
            self, tr_("Reports", "Sign"), prompt, QLineEdit.EchoMode.Password
        )
        return ok, secret if ok else None

    def sign_and_save(self) -> None:
        ws, choice = self.ws, self._choice()
        if ws is None or choice is None:
            return
        ok, secret = self._secret()
        if not ok:
            return
        code = self.client.currentText().split()[0]
        lang = choice[1]
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr_("Reports", "Save the signed report"),
            f"{code}-progress-report-{lang}.pdf",
            tr_("Reports", "PDF files (*.pdf)"),
        )
        if not path:
            return

        def work() -> Path:
            made = reporting.signed_report(ws, *choice, secret=secret)
            return save_output(Path(path), made.pdf)

        run_in_background(
            self,
            work,
            lambda p: self.status.setText(
                tr_("Reports", "Signed report saved to %1.").replace("%1", str(p))
            ),
            self._refused,
            tr_("Reports", "Signing the report…"),
        )

    def export_case_file(self) -> None:
        ws, choice = self.ws, self._choice()
        if ws is None or choice is None:
            return
        encrypt = (
            QMessageBox.question(
                self,
                tr_("Reports", "Export"),
                tr_(
                    "Reports",
                    "Encrypt the case file (AES-256)? The passphrase is shown "
                    "once, to be given by phone.",
                ),
            )
            == QMessageBox.StandardButton.Yes
        )
        ok, secret = self._secret()
        if not ok:
            return
        code = self.client.currentText().split()[0]
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr_("Reports", "Save the case file"),
            f"{code}-case-file.zip",
            tr_("Reports", "ZIP files (*.zip)"),
        )
        if not path:
            return

        def work() -> tuple[Path, str | None]:
            result = reporting.export_case_file(ws, *choice, secret=secret, encrypt=encrypt)
            return save_output(Path(path), result.archive), result.passphrase

        def done(result: tuple[Path, str | None]) -> None:
            saved, passphrase = result
            self.status.setText(tr_("Reports", "Case file saved to %1.").replace("%1", str(saved)))
            if passphrase:
                QMessageBox.information(
                    self,
                    tr_("Reports", "Passphrase"),
                    tr_(
                        "Reports", "Give this passphrase BY PHONE, never with the file:\n\n%1"
                    ).replace("%1", passphrase),
                )

        run_in_background(
            self, work, done, self._refused, tr_("Reports", "Exporting the case file…")
        )

    def verify_pdf(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr_("Reports", "A signed report"), "", tr_("Reports", "PDF files (*.pdf)")
        )
        if not path:
            return
        ws = self.ws

        def work() -> Any:
            from shelter_desk.reports.verification import verify_pdf

            roots = signing.root_pem(ws) if ws is not None and signing.info(ws) else b""
            return verify_pdf(Path(path).read_bytes(), roots)

        run_in_background(
            self,
            work,
            lambda v: QMessageBox.information(
                self, tr_("Reports", "Verification"), verification_text(v)
            ),
            lambda e: show_error(self, e),
        )
