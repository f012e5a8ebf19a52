"""The monthly check of the three conditions in one dialog: each condition with its result,
the evidence, the counsellor's assessment and whom it was reported to. Saved together (all
three or none); every problem shows beside its field at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.domain.vocabulary import Condition, ConditionStatus
from shelter_desk.i18n import fill
from shelter_desk.i18n.field_labels import label_for
from shelter_desk.services import conditions
from shelter_desk.services.records import field_errors
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import i18n
from shelter_desk.ui.accessible import buttons_in_reading_order
from shelter_desk.ui.dialogs.discard_guard import DiscardGuard
from shelter_desk.ui.forms.form import BOOL, CHOICE, NOTES, Field, Form
from shelter_desk.ui.forms.record_dialog import translated_errors
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import describe
from shelter_desk.ui.ops import run_in_background
from shelter_desk.ui.screen_fit import fitting_height
from shelter_desk.ui.widgets.date_edit import DateEdit
from shelter_desk.ui.widgets.scroll import vertical_scroll


def _fields() -> list[Field]:
    def label(name: str) -> str:
        return i18n.field_label(label_for(name))

    return [
        Field("status", tr_("Conditions", "&Result"), CHOICE, enum=ConditionStatus,
              no_default=True),
        Field("evidence", label("evidence"), NOTES,
              placeholder=tr_("Conditions", "What was seen or said (needed for a concern or a "
                              "breach)")),
        Field("assessment", label("assessment"), NOTES),
        Field("notified_prosecutor", tr_("Conditions", "Reported to the prosecutor"), BOOL),
        Field("notified_immigration_office",
              tr_("Conditions", "Reported to the Immigration Office"), BOOL),
        Field("not_notified_reason", tr_("Conditions", "A breach not reported: why"), NOTES),
    ]


class ThreeConditionsDialog(QDialog):
    def __init__(self, ws: Workspace, client_id: int, case_code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.client_id = ws, client_id
        self.saved: list[conditions.CheckView] = []
        self.setWindowTitle(fill(tr_("Conditions", "The three conditions: {case}"), case=case_code))
        self.checked_on = DateEdit(optional=False)
        self.checked_on.setObjectName("checked_on")
        date_label = QLabel(tr_("Conditions", "Checked &on"))
        date_label.setBuddy(self.checked_on)
        top = QFormLayout()
        top.addRow(date_label, self.checked_on)
        self.forms: dict[Condition, Form] = {}
        # One under the other: side by side, three forms do not fit a laptop's width.
        row = QVBoxLayout()
        for condition in Condition:
            box = QGroupBox(i18n.label(condition))
            box.setObjectName(f"condition_{condition.value}")
            form = Form(_fields())
            form.setObjectName(f"form_{condition.value}")
            form.changed.connect(self.validate)
            QVBoxLayout(box).addWidget(form)
            self.forms[condition] = form
            row.addWidget(box)
        body = QWidget()
        body.setLayout(row)
        scroll = vertical_scroll(body)
        self.error = QLabel()
        self.error.setProperty("error", True)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr_("Conditions", "Save the three checks"))
        self.save_button.setProperty("primary", True)
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        buttons_in_reading_order(self.buttons)
        self.discard_guard = DiscardGuard(
            self, lambda: (self.checked_on.value(), [f.state() for f in self.forms.values()]),
            [self.buttons.button(QDialogButtonBox.StandardButton.Cancel)])
        intro = QLabel(tr_(
            "Conditions", "Check all three together, as the monthly reminder asks. A concern or "
            "a breach needs its evidence; a breach is reported to the prosecutor, or the reason "
            "not to is recorded. Reports ticked here are recorded under Notifications too."))
        intro.setWordWrap(True)
        intro.setProperty("muted", True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.checked_on.changed.connect(self.validate)
        self.resize(760, fitting_height(720))
        self.forms[Condition.NO_CONTACT].widgets["status"].setFocus(Qt.FocusReason.OtherFocusReason)

    def inputs(self) -> list[conditions.CheckInput]:
        day = self.checked_on.value()
        return [conditions.CheckInput(condition=condition, checked_on=day,  # type: ignore[arg-type]
                                      **form.values())
                for condition, form in self.forms.items()]

    def errors(self) -> dict[Condition, dict[str, str]]:
        out = {}
        for data in self.inputs():
            found = translated_errors(field_errors(conditions.CHECKS.spec, data,
                                                   conditions.CHECKS.cross))
            condition = Condition(data.condition)
            out[condition] = {**found, **self.forms[condition].typing_errors()}
        return out

    def validate(self) -> dict[Condition, dict[str, str]]:
        errors = self.errors()
        for condition, form in self.forms.items():
            form.show_errors(errors[condition])
            breach = form.value("status") == ConditionStatus.BREACH.value
            reason = form.widgets["not_notified_reason"]
            reason.setEnabled(breach and not form.value("notified_prosecutor"))
        dated = errors[Condition.NO_CONTACT].get("checked_on", "")
        if dated or not any(errors.values()):
            self.error.setText(dated)
            self.error.setVisible(bool(dated))
        return errors

    def attempt(self) -> None:
        for form in self.forms.values():
            form.show_all = True
        errors = self.validate()
        wrong = [condition for condition, found in errors.items() if found]
        if wrong:
            # Said at the bottom, beside Save, as well: the field may be scrolled out of view.
            self.error.setText(fill(
                tr_("Conditions", "Something is missing or wrong in: {conditions}."),
                conditions=", ".join(i18n.label(c) for c in wrong)))
            self.error.show()
            self.forms[wrong[0]].focus_first_error(errors[wrong[0]])
            return
        data = self.inputs()
        ws, client_id = self.ws, self.client_id
        self.save_button.setEnabled(False)
        run_in_background(self, lambda: conditions.record_checks(ws, client_id, data),
                          self._saved, self._failed)

    def _saved(self, rows: list[Any]) -> None:
        self.saved = rows
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(describe(exc))
        self.error.show()
