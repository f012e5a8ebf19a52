"""Reports (directors): make a progress report in the prosecutor's language, preview it in
memory, print it, sign and save it, export the case file; and verify a signed PDF (anyone)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
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
from shelter_desk.i18n import Message, fill
from shelter_desk.services import clients, report_language, reporting, signing
from shelter_desk.services.changes import Changes, Kind
from shelter_desk.services.files import save_output
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import accessible, translations
from shelter_desk.ui.databus import DataBus, InSight
from shelter_desk.ui.dialogs.export_dialogs import ExportDialog, PassphraseDialog
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import describe, show_error
from shelter_desk.ui.ops import run_in_background
from shelter_desk.ui.printing import choose_printer
from shelter_desk.ui.privacy import masked
from shelter_desk.ui.widgets.pdf_preview import PdfPreview, print_document

LANGUAGES = (("nl", "Nederlands"), ("fr", "Français"), ("en", "English"))
BRUSSELS = ZoneInfo("Europe/Brussels")


def verification_text(verdict: Any) -> str:
    """The verdict of a signed PDF, in words, for a message box."""

    def yes(flag: bool) -> str:
        return tr_("Reports", "yes") if flag else tr_("Reports", "NO")

    def when(moment: datetime) -> str:
        return moment.astimezone(BRUSSELS).strftime("%d/%m/%Y %H:%M")

    lines = [
        tr_("Reports", "Valid: the report is intact, signed by a trusted signer and unmodified.")
        if verdict.ok
        else tr_("Reports", "NOT VALID."),
        "",
        fill(tr_("Reports", "Intact: {answer}"), answer=yes(verdict.intact)),
        fill(tr_("Reports", "Trusted: {answer}"), answer=yes(verdict.trusted)),
        fill(tr_("Reports", "Unmodified since signing: {answer}"), answer=yes(verdict.unmodified)),
        fill(tr_("Reports", "Signature covers the whole file: {answer}"),
             answer=yes(verdict.covers_whole_file)),
        fill(tr_("Reports", "Signer: {signer}"), signer=verdict.signer or "—"),
        fill(tr_("Reports", "Certificate fingerprint (SHA-256): {fingerprint}"),
             fingerprint=verdict.fingerprint or "—"),
    ]
    if verdict.signed_at:
        lines.append(fill(tr_("Reports", "Signed at: {when} (the signer's own clock)"),
                          when=when(verdict.signed_at)))
    if verdict.timestamp is not None:
        lines.append(fill(tr_("Reports", "Timestamp: {when}, by {authority}"),
                          when=when(verdict.timestamp.at), authority=verdict.timestamp.authority))
    if verdict.level is not None:
        lines.append(fill(tr_("Reports", "Level: PAdES {level}"), level=verdict.level.value))
    lines += [said(p) for p in (*verdict.problems, *verdict.notes)]
    return "\n".join(lines)


def said(finding: str) -> str:
    """A finding of the verifier in the UI language."""
    if isinstance(finding, Message):
        text: str = finding.translated(tr_)
        return text
    return finding


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
        completer = self.client.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.client_edit = self.client.lineEdit()
        assert self.client_edit is not None
        self.client_edit.setPlaceholderText(
            tr_("Reports", "Type part of a case code or name, then choose from the list"))
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
        self.choice_hint = QLabel()
        self.choice_hint.setObjectName("report_choice_hint")
        self.choice_hint.setWordWrap(True)
        self.choice_hint.setProperty("muted", True)
        self.choice_hint.setMinimumHeight(self.choice_hint.fontMetrics().lineSpacing() * 2)
        self.status = QLabel()
        self.status.setObjectName("report_status")
        self.status.setWordWrap(True)
        self.identity_label = QLabel()
        self.identity_label.setWordWrap(True)
        self.identity_label.setProperty("muted", True)
        form = QFormLayout()
        form.addRow(tr_("Reports", "Client"), self.client)
        form.addRow("", self.choice_hint)
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
        accessible.name(self.preview_view, tr_("Reports", "Preview of the report"))
        self.preview_view.set_placeholder(tr_(
            "Reports", "Preview shows the report here, made in memory. Nothing is saved or "
                       "sent until you sign and save it, or export the case file."))
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.preview_view, 1)
        bus.privacy_changed.connect(lambda _: self._fill_clients())
        self.list_sight = InSight(self, self._reload_list)
        bus.changed.connect(self._data_changed)
        self._pending: int | None = None
        self._rows: list[clients.ClientSummary] = []
        self._director = False
        self.client.currentIndexChanged.connect(lambda _: self._choice_changed())
        self.client.currentIndexChanged.connect(lambda _: self._suggest_language())
        self.client.editTextChanged.connect(lambda _: self._choice_changed())
        self.client_edit.editingFinished.connect(self._take_exact_case_code)
        self.language.currentIndexChanged.connect(lambda _: self._choice_changed())
        self.identity.currentIndexChanged.connect(lambda _: self._choice_changed())
        self._choice_changed()

    # -- state ------------------------------------------------------------------------------
    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self._rows = []
        self.client.clear()
        self._director = ws is not None and ws.actor.has(Role.DIRECTOR)
        self._choice_changed()
        self.status.clear()
        if ws is not None and self._director:
            run_in_background(
                self, lambda: clients.list_clients(ws), self._loaded, lambda e: show_error(self, e)
            )

    def _data_changed(self, changes: Changes) -> None:
        """A client added, renamed, admitted or closed elsewhere: the list follows, now if the
        page is shown, else when it next is (it knew only the clients there at login)."""
        if changes.touches(Kind.CLIENT):
            self.list_sight.request()
        # The preview shown is of the file as it was: a change to it (a consent withdrawn, a
        # session added) leaves a preview the page would still print. Cleared, as a change of
        # choice clears it; a report this page saved (the file's Reports) leaves it.
        chosen = self.chosen_client()
        if (self.current_pdf is not None and chosen is not None and changes.concerns(chosen)
                and (changes.everything or changes.kinds - {Kind.REPORTS})):
            self._choice_changed()
            self._say(tr_("Reports", "The file changed after the preview was made: preview it "
                                     "again."))

    def _reload_list(self) -> None:
        ws = self.ws
        if ws is not None and self._director and not ws.closed:
            run_in_background(
                self, lambda: clients.list_clients(ws), self._loaded, lambda e: show_error(self, e)
            )

    def _loaded(self, rows: list[clients.ClientSummary]) -> None:
        self._rows = [r for r in rows if r.status.value != "closed"] + [
            r for r in rows if r.status.value == "closed"
        ]
        self._fill_clients()

    def _fill_clients(self) -> None:
        chosen = self.chosen_client()
        with QSignalBlocker(self.client):
            self.client.clear()
            for r in self._rows:
                self.client.addItem(f"{r.case_code}  {masked(r.name, self.bus.privacy)}", r.id)
            self.client.setCurrentIndex(-1)
            self.client.setEditText("")
        wanted = self._pending if self._pending is not None else chosen
        if wanted is not None:
            self.select_client(wanted)
        self._choice_changed()

    def first_focus(self) -> QWidget:
        return self.client

    def select_client(self, client_id: int) -> None:
        """Choose this client; one not in the list yet (made after it loaded) is chosen when
        the list comes back."""
        index = self.client.findData(client_id)
        self._pending = None if index >= 0 else client_id
        if index < 0:
            self._reload_list()
        if index >= 0:
            self.client.setCurrentIndex(index)
            self.client.setEditText(self.client.itemText(index))

    def chosen_client(self) -> int | None:
        """The client chosen from the list; None while the box holds anything else (typed
        text that names no entry, or nothing)."""
        index = self.client.currentIndex()
        if index < 0 or self.client.itemText(index) != self.client.currentText():
            return None
        data = self.client.itemData(index)
        return int(data) if data is not None else None

    def _case_code(self, client_id: int) -> str:
        return next((r.case_code for r in self._rows if r.id == client_id), "")

    def _take_exact_case_code(self) -> None:
        """A case code typed in full names one client: take it as chosen."""
        typed = self.client.currentText().strip().casefold()
        if not typed or self.chosen_client() is not None:
            return
        matches = [r.id for r in self._rows if r.case_code.casefold() == typed]
        if len(matches) == 1:
            self.select_client(matches[0])

    def _suggest_language(self) -> None:
        """Offer the language of the district the client's case is in; else the director's
        own language when it is Dutch or French; the choice stays theirs."""
        ws, cid = self.ws, self.chosen_client()
        if ws is None or cid is None or ws.closed:
            return

        def offer(language: str | None) -> None:
            if self.chosen_client() != cid:
                return  # another client chosen meanwhile
            fallback = translations.current() if translations.current() in ("nl", "fr") \
                else None
            index = self.language.findData(language or fallback)
            if index >= 0:
                self.language.setCurrentIndex(index)

        run_in_background(self, lambda: report_language.suggested_language(ws, cid), offer,
                          lambda _e: None)

    def _choice_changed(self) -> None:
        """Whatever changes, the preview shown and what was said about it no longer match
        it: clear them."""
        self.status.clear()
        self.current_pdf = None
        self.preview_view.clear()
        self.identity_label.clear()
        chosen = self.chosen_client() is not None
        for b in (self.preview_button, self.sign_button, self.export_button):
            b.setEnabled(self._director and chosen)
        self.print_button.setEnabled(False)
        typed = self.client.currentText().strip()
        if not self._director or chosen:
            hint = ""
        elif typed:
            hint = fill(tr_("Reports", "\u201c{typed}\u201d is not a client in the list: choose "
                                       "one from the list to make, sign or export a report."),
                        typed=typed)
        else:
            hint = tr_("Reports", "Choose a client from the list to make, sign or export a "
                       "report.")
        self.choice_hint.setText(hint)
        # Always there, so the buttons below do not jump when the hint comes and goes.

    def _choice(self) -> tuple[int, str, str] | None:
        cid = self.chosen_client()
        if cid is None:
            self._say(tr_("Reports", "Choose a client from the list first."))
            return None
        return cid, self.language.currentData(), self.identity.currentData()

    def _file_name(self, client_id: int, kind: str, extension: str) -> str:
        """From the case code and the date only: a file name travels further than its
        content, and must never carry a name."""
        return f"{self._case_code(client_id)}-{kind}-{date.today().isoformat()}.{extension}"

    # -- actions ----------------------------------------------------------------------------
    def preview(self) -> None:
        ws, choice = self.ws, self._choice()
        if ws is None or choice is None:
            return
        self._say(tr_("Reports", "Making the report…"))
        asked = choice

        def shown(made: reporting.MadeReport) -> None:
            if self._choice_now() == asked:  # the choice did not change meanwhile
                self._previewed(made)

        run_in_background(
            self,
            lambda: reporting.make_report(ws, *choice),
            shown,
            self._refused,
            tr_("Reports", "Making the report…"),
        )

    def _choice_now(self) -> tuple[int, str, str] | None:
        cid = self.chosen_client()
        if cid is None:
            return None
        return cid, self.language.currentData(), self.identity.currentData()

    def _previewed(self, made: reporting.MadeReport) -> None:
        self.current_pdf = made.pdf
        self.preview_view.show_pdf(made.pdf)
        self.print_button.setEnabled(True)
        self._say(
            fill(tr_("Reports", "Preview of {case} (not signed, not saved)."), case=made.case_code)
        )
        self.identity_label.setText(
            tr_("Reports", "The client's identity is included (they consented to sharing it).")
            if made.identity_included
            else tr_("Reports", "The identity is withheld: the report names the case code only.")
        )

    def _say(self, text: str, error: bool = False) -> None:
        """The status line: red only for the failure it reports, never for what follows."""
        self.status.setText(text)
        self.status.setProperty("error", error)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _refused(self, exc: Exception) -> None:
        self._say(describe(exc), error=True)

    def print_report(self) -> None:
        if self.current_pdf is None:
            self._say(tr_("Reports", "Preview the report first; then print it."))
            return
        printer = choose_printer(self)
        if printer is not None:
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
        lang = choice[1]
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr_("Reports", "Save the signed report"),
            self._file_name(choice[0], f"progress-report-{lang}", "pdf"),
            tr_("Reports", "PDF files (*.pdf)"),
        )
        if not path:
            return

        def work() -> tuple[Path, reporting.MadeReport]:
            made = reporting.signed_report(ws, *choice, secret=secret)
            return save_output(Path(path), made.pdf), made

        def done(result: tuple[Path, reporting.MadeReport]) -> None:
            saved, made = result
            self._say(
                fill(tr_("Reports", "Signed report of {case} saved to {file} (PAdES {level})."),
                     case=made.case_code, file=saved, level=made.level or ""))
            if made.changes is not None:  # the file's Reports and History tabs
                self.bus.publish(made.changes)

        run_in_background(self, work, done, self._refused, tr_("Reports", "Signing the report…"))

    def export_case_file(self) -> None:
        ws, choice = self.ws, self._choice()
        if ws is None or choice is None:
            return
        dialog = ExportDialog(self._case_code(choice[0]), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        encrypt, recipient = dialog.encrypt(), dialog.recipient_text()
        ok, secret = self._secret()
        if not ok:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr_("Reports", "Save the case file"),
            self._file_name(choice[0], "case-file", "zip"),
            tr_("Reports", "ZIP files (*.zip)"),
        )
        if not path:
            return

        def work() -> tuple[Path, reporting.CaseFileExport]:
            result = reporting.export_case_file(ws, *choice, secret=secret, encrypt=encrypt,
                                                recipient=recipient)
            return save_output(Path(path), result.archive), result

        def done(outcome: tuple[Path, reporting.CaseFileExport]) -> None:
            saved, result = outcome
            self._say(fill(tr_("Reports", "Case file of {case} saved to {file}."),
                           case=result.case_code, file=saved))
            if result.changes is not None:
                self.bus.publish(result.changes)
            if result.passphrase:
                PassphraseDialog(result.case_code, result.passphrase, self).exec()

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
