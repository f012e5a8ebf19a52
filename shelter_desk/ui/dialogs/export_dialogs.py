"""Exporting a case file: how (encrypted unless the director decides otherwise, with Cancel on
Escape), to whom (kept in the audit trail); then its passphrase, to copy or print for the phone
call, shown once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.i18n import fill
from shelter_desk.ui.accessible import buttons_in_reading_order
from shelter_desk.ui.clipboard import CLEAR_AFTER_SECONDS, copy_secret
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.printing import choose_printer


class ExportDialog(QDialog):
    def __init__(self, case_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr_("Export", "Export the case file"))
        intro = QLabel(fill(tr_("Export", "The case file of {case} for the judicial authorities: "
                                "the signed progress report, the case data and the court dates, "
                                "with a signed manifest."), case=case_code))
        intro.setWordWrap(True)
        self.encrypted = QRadioButton(tr_("Export", "&Encrypted (recommended)"))
        self.encrypted.setObjectName("export_encrypted")
        self.encrypted.setChecked(True)
        encrypted_note = QLabel(tr_("Export", "AES-256. You will see a passphrase once: give it "
                                    "to the recipient by phone, never with the file."))
        self.plain = QRadioButton(tr_("Export", "&Not encrypted (only for a channel that is "
                                      "itself secure)"))
        self.plain.setObjectName("export_plain")
        encrypted_note.setWordWrap(True)
        encrypted_note.setProperty("muted", True)
        group = QButtonGroup(self)
        group.addButton(self.encrypted)
        group.addButton(self.plain)
        self.recipient = QLineEdit()
        self.recipient.setObjectName("export_recipient")
        self.recipient.setMaxLength(120)
        self.recipient.setMinimumWidth(self.recipient.fontMetrics().averageCharWidth() * 40)
        self.recipient.setPlaceholderText(tr_("Export", "e.g. Parquet de Bruxelles, magistrate X"))
        form = QFormLayout()
        recipient_label = QLabel(tr_("Export", "&Recipient (kept in the audit trail)"))
        recipient_label.setBuddy(self.recipient)
        form.addRow(recipient_label, self.recipient)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr_("Export", "E&xport…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons_in_reading_order(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.encrypted)
        layout.addWidget(encrypted_note)
        layout.addWidget(self.plain)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def encrypt(self) -> bool:
        return self.encrypted.isChecked()

    def recipient_text(self) -> str | None:
        return self.recipient.text().strip() or None


class PassphraseDialog(QDialog):
    """The passphrase of an encrypted case file, shown once: copy it (the clipboard forgets it
    after a minute) or print it (to a printer, never to a file)."""

    def __init__(self, case_code: str, passphrase: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_code, self.passphrase = case_code, passphrase
        self.setWindowTitle(tr_("Export", "Passphrase of the case file"))
        intro = QLabel(tr_("Export", "Give this passphrase to the recipient BY PHONE, never with "
                           "the file. It is shown only now."))
        intro.setWordWrap(True)
        self.shown = QLabel(passphrase)
        self.shown.setObjectName("passphrase")
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.shown.setFont(font)
        self.shown.setAccessibleName(tr_("Export", "Passphrase"))
        self.status = QLabel()
        self.status.setObjectName("passphrase_status")
        self.status.setWordWrap(True)
        self.copy_button = QPushButton(tr_("Export", "&Copy"))
        self.print_button = QPushButton(tr_("Export", "&Print…"))
        self.copy_button.clicked.connect(self.copy)
        self.print_button.clicked.connect(self.print_passphrase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons_in_reading_order(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.shown)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def copy(self) -> None:
        copy_secret(self.passphrase)
        self.status.setText(fill(
            tr_("Export", "Copied. The clipboard is cleared in {seconds} seconds."),
            seconds=CLEAR_AFTER_SECONDS))

    def print_passphrase(self) -> None:
        printer = choose_printer(self)
        if printer is None:
            return
        document = QTextDocument()
        document.setPlainText("\n\n".join((
            fill(tr_("Export", "Passphrase of the case file {case}"), case=self.case_code),
            self.passphrase,
            tr_("Export", "Give it BY PHONE, never with the file."))))
        document.print_(printer)
        self.status.setText(tr_("Export", "Sent to the printer."))
