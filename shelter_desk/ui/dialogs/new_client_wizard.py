"""A new client: intake, referral, exploitation and first consent, saved in one transaction.
Once the intake page is complete, existing clients who may be the same person are looked for
(services/duplicates.py); when there are any, a page shows them and the counsellor decides."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from shelter_desk.domain.vocabulary import ConsentEventKind, ConsentForm, ConsentPurpose
from shelter_desk.services import clients, consent, duplicates
from shelter_desk.services.clock import today
from shelter_desk.services.records import CrossCheck, Fields, field_errors
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import i18n
from shelter_desk.ui.dialogs.discard_guard import DiscardGuard
from shelter_desk.ui.dialogs.intake_dialogs import (
    client_fields,
    client_input,
    exploitation_fields,
    referral_fields,
)
from shelter_desk.ui.forms.fields import F, language_field
from shelter_desk.ui.forms.form import BOOL, CHOICE, DATE, TEXT, Field, Form
from shelter_desk.ui.forms.record_dialog import translated_errors
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import describe
from shelter_desk.ui.ops import run_in_background
from shelter_desk.ui.screen_fit import fitting_size
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
        self.box = QVBoxLayout(self)
        self.box.addWidget(scroll)
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


class IntakePage(FormPage):
    """Who the client is. Completing it looks for possible duplicates first (off the GUI
    thread); the wizard goes on when the look is done."""

    checked = Signal()

    def __init__(self, ws: Workspace, counsellors: list[tuple[str, str]] | None) -> None:
        super().__init__(
            tr_("NewClientWizard", "Intake"),
            tr_("NewClientWizard", "Who the client is. A case code is given automatically."),
            client_fields(counsellors),
            client_input,
            clients.CLIENT_SPEC,
            clients._client_cross,
        )
        self.ws = ws
        self.matches: list[duplicates.PossibleDuplicate] = []
        self.checked_for: object = None  # the input the matches were found for
        self.checking = False
        self.problem = QLabel()
        self.problem.setProperty("error", True)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.box.addWidget(self.problem)

    def validatePage(self) -> bool:
        if not super().validatePage() or self.checking:
            return False
        data = self.value()
        if self.checked_for == data:
            return True
        self.checking = True
        self.problem.hide()
        ws = self.ws
        run_in_background(self, lambda: duplicates.possible_duplicates(ws, data),
                          lambda found: self._found(data, found), self._failed,
                          tr_("NewClientWizard", "Looking for existing clients like this one…"))
        return False

    def _found(self, data: object, found: list[duplicates.PossibleDuplicate]) -> None:
        self.checking = False
        self.matches, self.checked_for = found, data
        self.checked.emit()

    def _failed(self, exc: Exception) -> None:
        self.checking = False
        self.problem.setText(describe(exc))
        self.problem.show()


class DuplicatesPage(QWizardPage):
    """The existing clients who may be the one being entered; the counsellor decides."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr_("NewClientWizard", "Possible duplicates"))
        self.setSubTitle(tr_(
            "NewClientWizard",
            "These existing clients may be the same person. Nothing is merged: open the "
            "existing file, or go on if this is another person."))
        self.matches: list[duplicates.PossibleDuplicate] = []
        self.table = QTreeWidget()
        self.table.setObjectName("possible_duplicates")
        self.table.setAccessibleName(tr_("NewClientWizard", "Possible duplicates"))
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([
            tr_("NewClientWizard", "Case code"), tr_("NewClientWizard", "Phase"),
            tr_("NewClientWizard", "Counsellor"), tr_("NewClientWizard", "Born"),
            tr_("NewClientWizard", "Name")])  # the name last: the long text for others fits
        self.open_existing = QPushButton(tr_("NewClientWizard", "&Open the existing file"))
        self.open_existing.setObjectName("open_existing")
        self.open_existing.setEnabled(False)
        self.another_person = QCheckBox(tr_(
            "NewClientWizard", "&This is another person: create a new file"))
        self.another_person.setObjectName("another_person")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_existing)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.another_person)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.itemActivated.connect(lambda *_: self.open_existing.click())
        self.another_person.toggled.connect(lambda *_: self.completeChanged.emit())

    def show_matches(self, matches: list[duplicates.PossibleDuplicate]) -> None:
        self.matches = matches
        self.table.clear()
        other = tr_("NewClientWizard", "a client of another counsellor")
        for d in matches:
            item = QTreeWidgetItem([
                d.case_code, i18n.label(d.phase),
                (d.counsellor or "") if d.in_reach else "",
                "" if d.birth_year is None else str(d.birth_year),
                d.name if d.in_reach and d.name else other])
            if not d.in_reach:
                font = item.font(4)
                font.setItalic(True)
                item.setFont(4, font)
            self.table.addTopLevelItem(item)
        for column in range(self.table.columnCount()):
            self.table.resizeColumnToContents(column)
        self.another_person.setChecked(False)
        self._selected()

    def chosen(self) -> duplicates.PossibleDuplicate | None:
        item = self.table.currentItem()
        row = -1 if item is None else self.table.indexOfTopLevelItem(item)
        return self.matches[row] if 0 <= row < len(self.matches) else None

    def _selected(self) -> None:
        chosen = self.chosen()
        self.open_existing.setEnabled(chosen is not None and chosen.in_reach)

    def isComplete(self) -> bool:
        return self.another_person.isChecked()


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
        self.open_instead: int | None = None  # an existing client's file, chosen over a new one
        self.setWindowTitle(tr_("NewClientWizard", "New client"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(fitting_size(760, 660))
        self.client_page = IntakePage(ws, counsellors)
        self.client_page.form.set_value("intake_date", today())
        self.client_page.checked.connect(self._checked)
        self.duplicates_page = DuplicatesPage()
        self.duplicates_page.open_existing.clicked.connect(self._open_existing)
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
        self.addPage(self.client_page)
        self.addPage(self.duplicates_page)
        self.referral_id = self.addPage(self.referral_page)
        self.addPage(self.exploitation_page)
        self.addPage(self.consent_page)
        self.button(QWizard.WizardButton.FinishButton).setText(
            tr_("NewClientWizard", "Create the file")
        )
        self.discard_guard = DiscardGuard(
            self, self._entered, [self.button(QWizard.WizardButton.CancelButton)])

    def nextId(self) -> int:
        if self.currentPage() is self.client_page and not self.client_page.matches:
            return self.referral_id  # no look-alike: straight on to the referral
        return super().nextId()

    def _checked(self) -> None:
        self.duplicates_page.show_matches(self.client_page.matches)
        if self.currentPage() is self.client_page:
            self.next()

    def _open_existing(self) -> None:
        chosen = self.duplicates_page.chosen()
        if chosen is not None and chosen.client_id is not None:
            self.open_instead = chosen.client_id
            self.reject()  # by the program: what was typed goes without asking

    def not_duplicates(self) -> list[str]:
        """The case codes shown as possible duplicates, judged another person."""
        if not self.duplicates_page.another_person.isChecked():
            return []
        return [d.case_code for d in self.client_page.matches]

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
        ws, seen = self.ws, self.not_duplicates()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        run_in_background(self, lambda: clients.intake(ws, *data, not_duplicates=seen),
                          self._created, self._failed)

    def _created(self, summary: clients.ClientSummary) -> None:
        self.created = summary
        super().accept()

    def _failed(self, exc: Exception) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.consent_page.error.setText(describe(exc))
