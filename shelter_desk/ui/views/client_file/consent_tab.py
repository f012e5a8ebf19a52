"""The consent ledger: the current state per purpose, and every grant and withdrawal."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from shelter_desk.domain.vocabulary import ConsentEventKind, ConsentForm, ConsentPurpose
from shelter_desk.i18n import fill
from shelter_desk.services import consent
from shelter_desk.services.changes import Kind
from shelter_desk.ui import i18n
from shelter_desk.ui.client_context import ClientContext
from shelter_desk.ui.formatting import format_date
from shelter_desk.ui.forms.fields import F, language_field, relabel
from shelter_desk.ui.forms.form import BOOL, CHOICE, DATE, NOTES, PICK, TEXT
from shelter_desk.ui.forms.record_dialog import RecordDialog
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.models.record_table import Column
from shelter_desk.ui.style import theme
from shelter_desk.ui.views.client_file.record_tab import RecordTab


def consent_dialog(
    ctx: ClientContext,
    kind: ConsentEventKind,
    parent: QWidget,
    granted: list[ConsentPurpose] | None = None,
) -> RecordDialog:
    """A grant, or a withdrawal of one of the purposes `granted` now (none chosen for the
    counsellor: withdrawing the wrong purpose would block reports)."""
    withdrawal = kind == ConsentEventKind.WITHDRAWAL
    purpose = (F("purpose", PICK, options=[(p.value, i18n.label(p)) for p in granted or []])
               if withdrawal else F("purpose", CHOICE, enum=ConsentPurpose))
    how = F("form", CHOICE, enum=ConsentForm)
    if withdrawal:
        how.label = tr_("ClientFile", "How the withdrawal was expressed")
        purpose.label = tr_("ClientFile", "Purpose withdrawn")
    fields = [
        purpose,
        F("given_on", DATE),
        how,
        language_field("language", optional=False),
        F("interpreter", BOOL),
        F("witness", TEXT),
        F("document_reference", TEXT),
        F("note", NOTES),
    ]
    if withdrawal:
        relabel(fields, given_on=tr_("ClientFile", "Withdrawn on"))
    title = (
        tr_("ClientFile", "Withdraw consent") if withdrawal
        else tr_("ClientFile", "Record consent")
    )
    return RecordDialog(
        title,
        fields,
        lambda v: consent.ConsentInput(kind=kind, **v),
        consent.LEDGER.spec,
        lambda data: consent.record(ctx.ws, ctx.client_id, data),
        cross=consent.LEDGER.cross,
        parent=parent,
        intro=tr_(
            "ClientFile",
            "The ledger is never edited: a correction is a new event. A withdrawal "
            "blocks every later report or export that needs this purpose.",
        ),
    )


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
        columns: list[Column[Any]] = [
            Column(
                tr_("ClientFile", "Date"),
                lambda e: format_date(e.given_on),
                key=lambda e: (e.given_on, e.id),
            ),
            Column(tr_("ClientFile", "Purpose"), lambda e: i18n.label(e.purpose)),
            Column(
                tr_("ClientFile", "Event"),
                lambda e: i18n.label(e.kind),
                color=lambda e: theme().ok if e.kind == ConsentEventKind.GRANT else theme().danger,
            ),
            Column(tr_("ClientFile", "How"), lambda e: i18n.label(e.form)),
            Column(
                tr_("ClientFile", "Language"),
                lambda e: (
                    i18n.language(e.language)
                    + (" " + tr_("ClientFile", "(interpreter)") if e.interpreter else "")
                ),
            ),
            Column(tr_("ClientFile", "Witness"), lambda e: e.witness or ""),
            Column(tr_("ClientFile", "Reference"), lambda e: e.document_reference or ""),
            Column(tr_("ClientFile", "Counsellor"), lambda e: e.counsellor),
        ]
        self.table = RecordTab(
            ctx,
            [Kind.CONSENT],
            columns,
            consent.ledger,
            add=lambda _: consent_dialog(ctx, ConsentEventKind.GRANT, self),
            add_label=tr_("ClientFile", "Record consent…"),
            title=tr_("ClientFile", "Consent ledger"),
            void_kind="consent",
        )
        self.withdraw_button = QPushButton(tr_("ClientFile", "Withdraw consent…"))
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
            self.table._run(consent_dialog(self.ctx, ConsentEventKind.WITHDRAWAL, self, granted))

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
