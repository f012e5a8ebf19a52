"""Translating what the core marks with QT_TRANSLATE_NOOP: enumerations, field names,
validation messages, rules; and names of countries and languages in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWizard

from shelter_desk.domain.labelled import LABEL_CONTEXT, LabelledEnum
from shelter_desk.domain.places_and_languages import country_name, language_name
from shelter_desk.i18n import Translation, error_text, join
from shelter_desk.services.errors import ValidationError


def ui_language() -> str:
    name = QLocale().name()[:2]
    return name if name in ("nl", "fr") else "en"


def label(member: LabelledEnum | None) -> str:
    if member is None:
        return ""
    return QCoreApplication.translate(LABEL_CONTEXT, member.label)


def field_label(text: str) -> str:
    return QCoreApplication.translate("fields", text)


def rule(text: str) -> str:
    return QCoreApplication.translate("rules", text)


def validation_message(exc: ValidationError) -> str:
    return error_text.validation_text(exc, tr_)


def country(code: str) -> str:
    return country_name(code, ui_language()) if code else ""


def language(code: str | None) -> str:
    return language_name(code, ui_language()) if code else ""


def tr_(context: str, text: str) -> str:
    """QCoreApplication.translate under a short name that lupdate knows (Makefile:
    -tr-function-alias translate+=tr_): the UI's one translate function. It returns a
    Translation, so that `fill(tr_(context, "… {name} …"), name=value)` falls back to the
    English when a translation is damaged. Always two literal arguments (lupdate skips a call
    with more): the fields go to fill."""
    return Translation(QCoreApplication.translate(context, text), text)


def labelled(label_text: str, value: str) -> str:
    """"Label: value" as the language writes it (French puts a space before the colon)."""
    return join.labelled(label_text, value, tr_)


def retranslate_wizard_buttons(wizard: QWizard) -> None:
    """QWizard names its buttons once, when made: after a language change on the first
    screen they stayed English. Qt's own catalogue has the words."""
    t = QCoreApplication.translate
    for button, text in (
        (QWizard.WizardButton.BackButton, t("QWizard", "< &Back")),
        (QWizard.WizardButton.NextButton, t("QWizard", "&Next >")),
        (QWizard.WizardButton.CommitButton, t("QWizard", "Commit")),
        (QWizard.WizardButton.CancelButton, t("QWizard", "Cancel")),
        (QWizard.WizardButton.HelpButton, t("QWizard", "&Help")),
    ):
        wizard.setButtonText(button, text)
