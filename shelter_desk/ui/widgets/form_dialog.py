"""The layout every small form dialog shares: the form, then OK and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout

from shelter_desk.ui.accessible import buttons_in_reading_order


def lay_out_form(dialog: QDialog, form: QFormLayout) -> QDialogButtonBox:
    """Put `form` above OK/Cancel in `dialog`; OK accepts, Cancel rejects. Returns the buttons
    (to enable OK only when the form is valid)."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    buttons_in_reading_order(buttons)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    return buttons
