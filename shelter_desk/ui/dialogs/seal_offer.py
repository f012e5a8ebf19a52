"""The weekly offer to seal the audit history (services/seals.py): shown to a director in the
status bar after logging in when the last seal is a week old (or there is none) and the history
has grown since. It waits there, never in the way of the work."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from shelter_desk.i18n import fill

if TYPE_CHECKING:  # signing loads pyHanko: when the button is pressed, not with the offer
    from shelter_desk.services import seals
    from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.formatting import format_datetime
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import show_error
from shelter_desk.ui.ops import run_in_background


def ask_signing_secret(parent: QWidget, ws: Workspace) -> tuple[bool, str | None]:
    """The PKCS#12 passphrase or token PIN, when the shelter's identity needs one."""
    from shelter_desk.services import signing

    info = signing.info(ws)
    if info is None:
        return False, None
    if not info.needs_secret:
        return True, None
    prompt = (tr_("Seal", "Passphrase of the signing certificate:") if info.kind == signing.PKCS12
              else tr_("Seal", "PIN of the signing token (eID):"))
    secret, ok = QInputDialog.getText(parent, tr_("Seal", "Seal the audit history"), prompt,
                                      QLineEdit.EchoMode.Password)
    return ok, secret if ok else None


class SealReminder(QWidget):
    """"Last sealed …  [Seal now…]" in the status bar."""

    def __init__(self, ws: Workspace, last_sealed_at: datetime | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.label = QLabel(
            fill(tr_("Seal", "Audit history last sealed on {when}."),
                 when=format_datetime(last_sealed_at))
            if last_sealed_at else tr_("Seal", "The audit history has never been sealed."))
        self.label.setToolTip(tr_(
            "Seal", "A seal, signed with the shelter's key, lets the integrity check prove "
            "without anything from outside that nobody rewrote the history up to it."))
        self.button = QPushButton(tr_("Seal", "Seal now…"))
        self.button.clicked.connect(self.seal)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.button)

    def seal(self) -> None:
        ok, secret = ask_signing_secret(self, self.ws)
        if not ok:
            return
        self.button.setEnabled(False)

        def seal() -> seals.SealInfo:
            from shelter_desk.services import seals

            return seals.seal(self.ws, secret)

        run_in_background(self, seal, self._sealed, self._failed)

    def _sealed(self, made: seals.SealInfo) -> None:
        QMessageBox.information(
            self.window(), tr_("Seal", "Seal the audit history"),
            fill(tr_("Seal", "Sealed: {count} entries, signed by {signer}."),
                 count=made.length, signer=made.signer))
        self.hide()

    def _failed(self, exc: Exception) -> None:
        self.button.setEnabled(True)
        show_error(self.window(), exc)
