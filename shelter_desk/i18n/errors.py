"""The shapes of the failures error_text words, shared by the layers that raise them (services)
and the front ends that show them, so that neither has to import the other."""

from __future__ import annotations

from typing import Any

from shelter_desk.i18n.field_labels import label_for
from shelter_desk.i18n.fill import fill
from shelter_desk.i18n.marking import Translatable


class FieldError(Translatable):
    """Invalid input, nothing written.

    `field` is the input's attribute name (a form shows the message beside that widget);
    `label` the field's English name and `template` the English message, both marked for
    translation, with `params` filled in after translating."""

    def __init__(self, field: str, template: str, label: str | None = None, **params: Any):
        shown_label = label or label_for(field)
        super().__init__(f"{shown_label}: {fill(template, **params)}")
        # After Translatable's __init__, which would keep the composed English text instead.
        self.field = field
        self.label = shown_label
        self.template = template
        self.params = params

    @property
    def message(self) -> str:
        return fill(self.template, **self.params)


class ConsentRefusal(Translatable):
    """The client has not given (or has withdrawn) the consent a report or export needs."""

    def __init__(self, case_code: str, purpose_label: str, withdrawn_on: str | None) -> None:
        self.case_code = case_code
        self.purpose_label = purpose_label
        self.withdrawn_on = withdrawn_on
        why = (f"it was withdrawn on {withdrawn_on}" if withdrawn_on
               else "it was never given")
        super().__init__(
            f"Refused: {case_code} has no consent for '{purpose_label}' ({why})."
        )
