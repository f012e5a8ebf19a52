"""First run: create the database. The shelter, the UI language, the first director (with a
strength meter), then the recovery code shown once, printable, and confirmed by typing part
of it back."""

from __future__ import annotations

import secrets
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPageLayout, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from shelter_desk.i18n import fill
from shelter_desk.services import setup, validation
from shelter_desk.services.errors import ValidationError
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import accessible, i18n
from shelter_desk.ui.i18n import retranslate_wizard_buttons, tr_
from shelter_desk.ui.messages import describe
from shelter_desk.ui.ops import run_in_background
from shelter_desk.ui.printing import choose_printer
from shelter_desk.ui.style import monospace_font
from shelter_desk.ui.widgets.language_box import LanguageBox
from shelter_desk.ui.widgets.password_field import NewPasswordField


class _Page(QWizardPage):
    """A page that says everything again in the language just chosen."""

    def retranslate(self) -> None:
        """Each page sets its own texts here."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ShelterPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.choices: dict[str, QRadioButton] = {}
        # First, so whoever sits down can switch before reading anything else.
        self.language_box = LanguageBox()
        self.language = self.language_box.combo
        layout = QVBoxLayout(self)
        layout.addWidget(self.language_box)
        self.question = QLabel()
        layout.addWidget(self.question)
        for name in setup.KNOWN_SHELTERS:
            button = QRadioButton(name)
            button.setObjectName(f"shelter_{name}")
            self.choices[name] = button
            layout.addWidget(button)
        self.other = QRadioButton()
        self.other_name = QLineEdit()
        self.other_name.setObjectName("other_shelter")
        self.other_name.setEnabled(False)
        self.other.toggled.connect(self.other_name.setEnabled)
        layout.addWidget(self.other)
        layout.addWidget(self.other_name)
        layout.addStretch()
        for b in [*self.choices.values(), self.other]:
            b.toggled.connect(lambda _: self.completeChanged.emit())
        self.other_name.textChanged.connect(lambda _: self.completeChanged.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(tr_("FirstRun", "Welcome to shelter_desk"))
        self.setSubTitle(tr_(
            "FirstRun", "This creates the encrypted database on this computer. Nothing is ever "
            "stored unencrypted. The language chosen here is also the director's."))
        self.question.setText(tr_("FirstRun", "Which shelter is this?"))
        self.other.setText(tr_("FirstRun", "Another shelter:"))

    def shelter(self) -> str:
        for name, b in self.choices.items():
            if b.isChecked():
                return name
        return self.other_name.text().strip() if self.other.isChecked() else ""

    def isComplete(self) -> bool:
        return bool(self.shelter())


class DirectorPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("display_name")
        self.password = NewPasswordField()
        self.error = QLabel()
        self.error.setProperty("error", True)
        self.error.setWordWrap(True)
        self.labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(self.labels, (self.username, self.display_name,
                                              self.password), strict=True):
            label.setBuddy(field)
        form = QFormLayout(self)
        form.addRow(self.labels[0], self.username)
        form.addRow(self.labels[1], self.display_name)
        form.addRow(self.labels[2], self.password)
        form.addRow("", self.error)
        self.username.textChanged.connect(self._changed)
        self.display_name.textChanged.connect(self._changed)
        self.password.changed.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(tr_("FirstRun", "The director's account"))
        self.setSubTitle(tr_(
            "FirstRun", "The first account is the director's, who is also administrator "
            "(adds staff, makes backups). Choose a long passphrase."))
        for label, text in zip(self.labels, (tr_("FirstRun", "&User name"),
                                             tr_("FirstRun", "&Full name"),
                                             tr_("FirstRun", "&Password")), strict=True):
            label.setText(text)
        if self.username.text():
            self._changed()

    def _changed(self) -> None:
        try:
            name = validation.username(self.username.text())
            self.password.set_username(name)
            self.error.setText("")
        except ValidationError as exc:
            self.error.setText(i18n.validation_message(exc) if self.username.text() else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        try:
            validation.username(self.username.text())
        except ValidationError:
            return False
        return bool(self.display_name.text().strip()) and self.password.is_acceptable()


class RecoveryPage(_Page):
    """Shows the recovery code once; finishing needs one group of it typed back."""

    def __init__(self) -> None:
        super().__init__()
        self.code = ""
        self.group = 0
        self.code_label = QLabel()
        self.code_label.setObjectName("recovery_code")
        self.code_label.setFont(monospace_font(15))
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_code)
        self.confirm_label = QLabel()
        self.confirm_label.setWordWrap(True)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirm_group")
        self.confirm.setFont(monospace_font(12))
        self.confirm.setMaxLength(setup.RECOVERY_CODE_GROUP_LENGTH)
        self.confirm_label.setBuddy(self.confirm)
        accessible.name(self.confirm, tr_("FirstRun", "One group of the recovery code"))
        self.confirm.textChanged.connect(self._typed)
        self.mismatch = QLabel()
        self.mismatch.setObjectName("confirm_mismatch")
        self.mismatch.setProperty("error", True)
        self.mismatch.setWordWrap(True)
        self.mismatch.hide()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setProperty("error", True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.code_label)
        layout.addWidget(self.print_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(12)
        layout.addWidget(self.confirm_label)
        layout.addWidget(self.confirm)
        layout.addWidget(self.mismatch)
        layout.addStretch()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(tr_("FirstRun", "The recovery code"))
        # Short: the wizard's subtitle is cut after two lines; the warning has its own line.
        self.setSubTitle(tr_(
            "FirstRun", "Shown only now. Print it or write it down and keep it in the safe."))
        self.warning.setText(tr_(
            "FirstRun", "It opens the database if every password is lost, and anyone who has "
            "it can read everything."))
        self.print_button.setText(tr_("FirstRun", "Print…"))
        if self.code:
            self.confirm_label.setText(fill(tr_(
                "FirstRun", "To confirm you have it, type group number {group} of the code (five "
                "characters; groups are separated by dashes, counted from the left):",
            ), group=self.group + 1))
        self._typed()

    def _typed(self, _text: str = "") -> None:
        """A whole group typed that is not the one asked for: say so, never stay silent."""
        typed = self.confirm.text().strip()
        wrong = len(typed) == setup.RECOVERY_CODE_GROUP_LENGTH and not self.isComplete()
        self.mismatch.setText(fill(tr_(
            "FirstRun", "That is not group {group}. Count the groups from the left on the code "
            "above (or on your printed sheet) and type that one."), group=self.group + 1)
            if wrong else "")
        self.mismatch.setVisible(wrong)
        self.completeChanged.emit()

    def show_code(self, code: str) -> None:
        self.code = code
        self.group = secrets.randbelow(setup.RECOVERY_CODE_GROUPS)
        groups = code.split("-")
        half = len(groups) // 2
        # Two lines of four groups: easy to copy onto paper, no group cut at the edge.
        self.code_label.setText("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]))
        self.retranslate()

    def isComplete(self) -> bool:
        if not self.code:
            return False
        expected = self.code.split("-")[self.group]
        return self.confirm.text().strip().upper() == expected

    def print_code(self) -> None:
        printer = choose_printer(self)
        if printer is not None:
            render_code_sheet(printer, self.code)


def render_code_sheet(printer: QPrinter, code: str) -> None:
    """One A4 page: what the code is for, the code large, where to keep it. Printed directly:
    no file is written."""
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    doc = QTextDocument()
    doc.setHtml(
        "<h2>shelter_desk — " + tr_("FirstRun", "recovery code") + "</h2>"
        f"<p style='font-family: DejaVu Sans Mono; font-size: 20pt'>{code}</p>"
        "<p>"
        + tr_(
            "FirstRun",
            "This code opens the encrypted database if every password is lost. Keep "
            "this sheet in the safe. Anyone who has it can read every file.",
        )
        + "</p>"
    )
    painter = QPainter(printer)
    doc.drawContents(painter)
    painter.end()


class FirstRunWizard(QWizard):
    """Creates the database; `workspace` holds the director's session when it is done."""

    def __init__(self, data_dir: Path, parent: Any = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.workspace: Workspace | None = None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(640, 520)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.shelter_page = ShelterPage()
        self.director_page = DirectorPage()
        self.recovery_page = RecoveryPage()
        self.addPage(self.shelter_page)
        self.addPage(self.director_page)
        self.addPage(self.recovery_page)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr_("FirstRun", "shelter_desk: first start"))
        retranslate_wizard_buttons(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is self.director_page and self.workspace is None:
            self._create()
            return False  # moves on by itself once the database exists
        return super().validateCurrentPage()

    def _create(self) -> None:
        d = self.director_page
        create = partial(
            setup.initialise,
            self.data_dir,
            shelter=self.shelter_page.shelter(),
            username=d.username.text(),
            display_name=d.display_name.text(),
            password=d.password.password(),
            language=self.shelter_page.language_box.language(),
        )
        d.password.clear()
        self.button(QWizard.WizardButton.NextButton).setEnabled(False)
        d.error.setText(tr_("FirstRun", "Creating the encrypted database…"))
        run_in_background(self, create, self._created, self._failed)

    def _created(self, result: tuple[Workspace, str]) -> None:
        self.workspace, code = result
        self.recovery_page.show_code(code)
        self.director_page.error.setText("")
        self.next()

    def _failed(self, exc: Exception) -> None:
        self.director_page.error.setText(describe(exc))
        self.button(QWizard.WizardButton.NextButton).setEnabled(True)

    def reject(self) -> None:
        if self.workspace is not None:
            return  # the database exists: the code must be confirmed before going on
        super().reject()
