"""The consent ledger: the current state per purpose, and every grant and withdrawal."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from shelter_desk.domain.vocabulary import ConsentEventKind, ConsentPurpose
from shelter_desk.i18n import fill
from shelter_desk.ui import i18n
from shelter_desk.ui.client_context import ClientContext
from shelter_desk.ui.formatting import format_date
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.record_kinds.consent import consent_events, consent_withdrawals
from shelter_desk.ui.record_kinds.kind import kind_dialog
from shelter_desk.ui.style import theme
from shelter_desk.ui.views.client_file.record_tab import KindTab


class ConsentTab(QWidget):
    def __init__(self, ctx: ClientContext) -> None:
        super().__init__()
        self.ctx = ctx
        state_box = QGroupBox(tr_("ClientFile", "Current state (from the ledger)"))
        grid = QGridLayout(state_box)
        self.state_labels: dict[ConsentPurpose, QLabel] = {}
        for row, purpose in enumerate(ConsentPurpose):
            grid.addWidget(QLabel(i18n.label(purpose)), row, 0)
            value = QLabel()
            value.setObjectName(f"consent_{purpose.value}")
            self.state_labels[purpose] = value
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)
        self.table = KindTab(ctx, consent_events())
        self.withdraw_button = QPushButton(consent_withdrawals().add_label)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.table.add_tool(self.withdraw_button, 1)
        self.table.model.modelReset.connect(self._update_state)
        layout = QVBoxLayout(self)
        layout.addWidget(state_box)
        layout.addWidget(self.table)

    def granted(self) -> list[ConsentPurpose]:
        """The purposes whose consent is in force, from the ledger shown."""
        latest = self._latest()
        return [p for p in ConsentPurpose
                if p in latest and latest[p].kind == ConsentEventKind.GRANT]

    def _latest(self) -> dict[ConsentPurpose, Any]:
        """The event deciding each purpose: the latest not voided (as services/consent.py)."""
        latest: dict[ConsentPurpose, Any] = {}
        for event in sorted(self.table.model.rows, key=lambda e: (e.given_on, e.id)):
            if event.void is None:
                latest[event.purpose] = event
        return latest

    def withdraw(self) -> None:
        granted = self.granted()
        if granted:
            self.table._run(kind_dialog(consent_withdrawals(), self.ctx.ws, self.ctx.client_id,
                                        None, self, among=granted))

    def _update_state(self) -> None:
        self.withdraw_button.setEnabled(bool(self.granted()))
        self.withdraw_button.setToolTip(
            "" if self.granted() else tr_("ClientFile", "No consent is in force to withdraw."))
        latest = self._latest()
        for purpose, label in self.state_labels.items():
            event = latest.get(purpose)
            if event is None:
                label.setText(tr_("ClientFile", "never given"))
                label.setStyleSheet(f"color: {theme().muted};")
            elif event.kind == ConsentEventKind.GRANT:
                label.setText(
                    fill(tr_("ClientFile", "given on {date}"), date=format_date(event.given_on))
                )
                label.setStyleSheet(f"color: {theme().ok}; font-weight: 600;")
            else:
                label.setText(
                    fill(tr_("ClientFile", "withdrawn on {date}"), date=format_date(event.given_on))
                )
                label.setStyleSheet(f"color: {theme().danger}; font-weight: 600;")
