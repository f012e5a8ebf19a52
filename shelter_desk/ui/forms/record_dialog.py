"""Add or edit one record: a form that validates as you type with the service's own checks,
and saves off the GUI thread. A refusal the database alone can judge (e.g. withdrawing a
consent that was never given) comes back beside its field; nothing invalid is ever saved."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from shelter_desk.services.errors import ValidationError
from shelter_desk.services.records import CrossCheck, Fields, field_errors
from shelter_desk.ui import i18n
from shelter_desk.ui.accessible import buttons_in_reading_order
from shelter_desk.ui.dialogs.discard_guard import DiscardGuard
from shelter_desk.ui.forms.form import Field, Form
from shelter_desk.ui.messages import describe
from shelter_desk.ui.ops import run_in_background
from shelter_desk.ui.screen_fit import fitting_height
from shelter_desk.ui.widgets.scroll import vertical_scroll

Build = Callable[[dict[str, Any]], Any]
Save = Callable[[Any], Any]


def translated_errors(errors: dict[str, ValidationError]) -> dict[str, str]:
    return {name: i18n.validation_message(exc) for name, exc in errors.items()}


class RecordDialog(QDialog):
    def __init__(
        self,
        title: str,
        fields: Sequence[Field],
        build: Build,
        spec: Fields,
        save: Save,
        *,
        cross: CrossCheck | None = None,
        initial: object | None = None,
        intro: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.build, self.spec, self.cross, self.save = build, spec, cross, save
        self.result_value: Any = None
        self.form = Form(fields)
        if initial is not None:
            self.form.set_values(initial)
        self.general_error = QLabel()
        self.general_error.setProperty("error", True)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setProperty("primary", True)
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        buttons_in_reading_order(self.buttons)
        self.discard_guard = DiscardGuard(
            self, self.form.state,
            [self.buttons.button(QDialogButtonBox.StandardButton.Cancel)])
        scroll = vertical_scroll(self.form)
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            text.setProperty("muted", True)
            layout.addWidget(text)
        layout.addWidget(scroll)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.form.changed.connect(self.validate)
        self.validate()
        first = next(iter(self.form.widgets.values()), None)
        if first is not None:
            first.setFocus()
        wanted = min(760, self.form.sizeHint().height() + 140)
        self.resize(self.sizeHint().width(), fitting_height(wanted))

    def current_errors(self) -> dict[str, str]:
        try:
            data = self.build(self.form.values())
        except ValidationError as exc:
            return {exc.field: i18n.validation_message(exc)}
        return {**translated_errors(field_errors(self.spec, data, self.cross)),
                **self.form.typing_errors()}

    def validate(self) -> dict[str, str]:
        errors = self.current_errors()
        self.form.show_errors(errors)
        outside = [m for name, m in errors.items() if name not in self.form.fields]
        self.general_error.setText("\n".join(outside))
        self.general_error.setVisible(bool(outside) and self.form.show_all)
        return errors

    def attempt(self) -> None:
        self.form.show_all = True
        errors = self.validate()
        if errors:
            self.form.focus_first_error(errors)
            return
        data = self.build(self.form.values())
        self.save_button.setEnabled(False)
        run_in_background(self, lambda: self.save(data), self._saved, self._failed)

    def _saved(self, result: Any) -> None:
        self.result_value = result
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError) and exc.field in self.form.fields:
            self.form.show_errors({exc.field: i18n.validation_message(exc)})
            self.form.widgets[exc.field].setFocus()
            return
        self.general_error.setText(describe(exc))
        self.general_error.show()
