"""Translating what the core marks with QT_TRANSLATE_NOOP: enumerations, field names,
validation messages, rules; and names of countries and languages in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWizard

from shelter_desk.domain.labelled import LABEL_CONTEXT, LabelledEnum
from shelter_desk.domain.places_and_languages import country_name, language_name
from shelter_desk.services import error_text
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
    return error_text.validation_text(exc, QCoreApplication.translate)


def country(code: str) -> str:
    return country_name(code, ui_language()) if code else ""


def language(code: str | None) -> str:
    return language_name(code, ui_language()) if code else ""


def tr_(context: str, text: str) -> str:
    """QCoreApplication.translate under a short name that lupdate knows (Makefile:
    -tr-function-alias translate+=tr_), for code outside a QObject's methods."""
    return QCoreApplication.translate(context, text)


def labelled(label_text: str, value: str) -> str:
    """"Label: value" as the language writes it (French puts a space before the colon)."""
    return QCoreApplication.translate("format", "%1: %2").replace("%1", label_text).replace(
        "%2", value)


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
