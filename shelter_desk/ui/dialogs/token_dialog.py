"""Use a signing token (a smart card or HSM through PKCS#11) for the shelter's signature."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from shelter_desk.services import signing
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.widgets.form_dialog import lay_out_form


class TokenDialog(QDialog):
    """Module path, token label and PIN of a PKCS#11 token (e.g. the Belgian eID)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr_("Signing", "Sign with a token"))
        self.module = QLineEdit()
        self.module.setPlaceholderText("/usr/lib/x86_64-linux-gnu/libbeidpkcs11.so.0")
        self.label = QLineEdit()
        self.label.setPlaceholderText(tr_("Signing", "e.g. BELPIC"))
        self.key_label = QLineEdit(signing.EID_SIGNATURE_LABEL)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(tr_("Signing", "PKCS#11 module"), self.module)
        form.addRow(tr_("Signing", "Token label"), self.label)
        form.addRow(tr_("Signing", "Key label"), self.key_label)
        form.addRow(tr_("Signing", "PIN (checked once, never stored)"), self.pin)
        lay_out_form(self, form)
