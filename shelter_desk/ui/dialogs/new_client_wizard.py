"""A new client: intake, referral, exploitation and first consent, saved in one transaction."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from shelter_desk.domain.vocabulary import ConsentEventKind, ConsentForm, ConsentPurpose
from shelter_desk.services import clients, consent
from shelter_desk.services.clock import today
from shelter_desk.services.records import CrossCheck, Fields, field_errors
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import i18n
from shelter_desk.ui.dialogs.discard_guard import DiscardGuard
from shelter_desk.ui.dialogs.record_dialog import translated_errors
from shelter_desk.ui.forms import BOOL, CHOICE, DATE, TEXT, Field, Form
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import describe
from shelter_desk.ui.ops import run_in_background
from shelter_desk.ui.screen_fit import fitting_size
from shelter_desk.ui.views.client_file.fields import F, language_field
from shelter_desk.ui.views.client_file.intake_dialogs import (
    client_fields,
    client_input,
    exploitation_fields,
    referral_fields,
)
from shelter_desk.ui.widgets.scroll import vertical_scroll


class FormPage(QWizardPage):
    """A wizard page holding one form, complete when its input passes the service's checks."""

    def __init__(
        self,
        title: str,
        subtitle: str,
        fields: list[Field],
        build: Any,
        spec: Fields,
        cross: CrossCheck | None = None,
    ) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.form = Form(fields)
        self.build, self.spec, self.cross = build, spec, cross
        scroll = vertical_scroll(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self.form.changed.connect(self._changed)

    def errors(self) -> dict[str, str]:
        return {**translated_errors(field_errors(self.spec, self.value(), self.cross)),
                **self.form.typing_errors()}

    def value(self) -> Any:
        return self.build(self.form.values())

    def _changed(self) -> None:
        self.form.show_errors(self.errors())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.errors()

    def validatePage(self) -> bool:
        self.form.show_all = True
        errors = self.errors()
        self.form.show_errors(errors)
        return not errors


class ConsentPage(QWizardPage):
    """The first consents: which purposes, how and in which language."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr_("NewClientWizard", "First consent"))
        self.setSubTitle(
            tr_(
                "NewClientWizard",
                "Tick what the client agreed to today. Consent to programme "
                "support is needed to start; the rest can follow later.",
            )
        )
        self.boxes: dict[ConsentPurpose, QCheckBox] = {}
        layout = QVBoxLayout(self)
        for purpose in ConsentPurpose:
            box = QCheckBox(i18n.label(purpose))
            box.setObjectName(f"consent_{purpose.value}")
            box.setChecked(purpose == ConsentPurpose.PROGRAMME_SUPPORT)
            self.boxes[purpose] = box
            layout.addWidget(box)
        self.form = Form(
            [
                F("given_on", DATE),
                F("form", CHOICE, enum=ConsentForm),
                language_field("language", optional=False),
                F("interpreter", BOOL),
                F("witness", TEXT),
                F("document_reference", TEXT),
            ]
        )
        layout.addWidget(self.form)
        self.error = QLabel()
        self.error.setProperty("error", True)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.form.changed.connect(self._changed)

    def inputs(self) -> list[consent.ConsentInput]:
        v = self.form.values()
        return [
            consent.ConsentInput(purpose=p, kind=ConsentEventKind.GRANT, **v)
            for p, box in self.boxes.items()
            if box.isChecked()
        ]

    def errors(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for data in self.inputs()[:1]:
            out.update(
                translated_errors(field_errors(consent.LEDGER.spec, data, consent.LEDGER.cross))
            )
        return {**out, **self.form.typing_errors()}

    def _changed(self) -> None:
        self.form.show_errors(self.errors())

    def validatePage(self) -> bool:
        self.form.show_all = True
        errors = self.errors()
        self.form.show_errors(errors)
        return not errors


class NewClientWizard(QWizard):
    def __init__(
        self, ws: Workspace, counsellors: list[tuple[str, str]] | None, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.created: clients.ClientSummary | None = None
        self.setWindowTitle(tr_("NewClientWizard", "New client"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(fitting_size(760, 660))
        self.client_page = FormPage(
            tr_("NewClientWizard", "Intake"),
            tr_("NewClientWizard", "Who the client is. A case code is given automatically."),
            client_fields(counsellors),
            client_input,
            clients.CLIENT_SPEC,
            clients._client_cross,
        )
        self.client_page.form.set_value("intake_date", today())
        self.referral_page = FormPage(
            tr_("NewClientWizard", "Referral"),
            tr_("NewClientWizard", "Who referred the client, and on what basis."),
            referral_fields(),
            lambda v: clients.ReferralInput(**v),
            clients.REFERRAL_SPEC,
        )
        self.referral_page.form.set_value("referred_on", today())
        self.exploitation_page = FormPage(
            tr_("NewClientWizard", "Exploitation"),
            tr_("NewClientWizard", "What the client went through, as far as known today."),
            exploitation_fields(),
            lambda v: clients.ExploitationInput(**v),
            clients.EXPLOITATION_SPEC,
            clients._exploitation_cross,
        )
        self.consent_page = ConsentPage()
        self.consent_page.form.set_value("given_on", today())
        for page in (
            self.client_page,
            self.referral_page,
            self.exploitation_page,
            self.consent_page,
        ):
            self.addPage(page)
        self.button(QWizard.WizardButton.FinishButton).setText(
            tr_("NewClientWizard", "Create the file")
        )
        self.discard_guard = DiscardGuard(
            self, self._entered, [self.button(QWizard.WizardButton.CancelButton)])

    def _entered(self) -> object:
        return (self.client_page.form.state(), self.referral_page.form.state(),
                self.exploitation_page.form.state(), self.consent_page.form.state(),
                [box.isChecked() for box in self.consent_page.boxes.values()])

    def accept(self) -> None:
        data = (
            self.client_page.value(),
            self.referral_page.value(),
            self.exploitation_page.value(),
            self.consent_page.inputs(),
        )
        ws = self.ws
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        run_in_background(self, lambda: clients.intake(ws, *data), self._created, self._failed)

    def _created(self, summary: clients.ClientSummary) -> None:
        self.created = summary
        super().accept()

    def _failed(self, exc: Exception) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.consent_page.error.setText(describe(exc))
