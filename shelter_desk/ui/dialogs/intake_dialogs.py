"""Dialogs for the client's details, referral and exploitation (also used by the new-client
wizard's pages) and for ending the programme."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from shelter_desk.domain.vocabulary import (
    BirthDatePrecision,
    DetectionBasis,
    EndReason,
    ExploitationForm,
    Gender,
    ReferralOutcome,
    ReferringService,
    ResidenceTrack,
    Sector,
)
from shelter_desk.services import clients
from shelter_desk.ui.client_context import ClientContext
from shelter_desk.ui.forms.fields import (
    F,
    countries_field,
    country_field,
    language_field,
    languages_field,
    relabel,
)
from shelter_desk.ui.forms.form import (
    BOOL,
    CHOICE,
    DATE,
    LINES,
    MULTI_CHOICE,
    NOTES,
    OPT_CHOICE,
    OPT_DATE,
    PICK,
    TEXT,
    Field,
)
from shelter_desk.ui.forms.record_dialog import RecordDialog
from shelter_desk.ui.i18n import tr_


def client_fields(counsellors: list[tuple[str, str]] | None) -> list[Field]:
    fields = [
        F("first_names", TEXT),
        F("last_name", TEXT),
        F("aliases", LINES, placeholder=tr_(
            "ClientFile", "One per line: other spellings, the name in the client's script")),
        F("birth_date", OPT_DATE),
        F("birth_date_precision", CHOICE, enum=BirthDatePrecision),
        F("gender", CHOICE, enum=Gender, no_default=True),  # no silent "Female"
        country_field("nationality"),
        languages_field("languages"),
        F("residence_track", CHOICE, enum=ResidenceTrack),
        F("intake_date", DATE),
        F("is_minor", BOOL),
        F("guardian_name", TEXT),
        F("guardian_contact", TEXT),
    ]
    relabel(fields, is_minor=tr_("ClientFile", "Unaccompanied minor"))
    if counsellors is not None:
        fields.append(F("counsellor", PICK, options=counsellors, optional_pick=True))
    return fields


def referral_fields() -> list[Field]:
    return [
        F("referred_on", DATE),
        F("service", CHOICE, enum=ReferringService),
        F("service_detail", TEXT),
        F("detection_basis", CHOICE, enum=DetectionBasis),
        F("indicators", NOTES),
        language_field("leaflet_language", leaflet=True),
        F("outcome", CHOICE, enum=ReferralOutcome),
    ]


def exploitation_fields() -> list[Field]:
    return [
        F("forms", MULTI_CHOICE, enum=ExploitationForm),
        F("sector", OPT_CHOICE, enum=Sector),
        F("loverboy_method", BOOL),
        countries_field("countries"),
        F("period_start", OPT_DATE),
        F("period_end", OPT_DATE),
        F("description", NOTES),
    ]


def client_input(values: dict[str, Any]) -> clients.ClientInput:
    return clients.ClientInput(**{"counsellor": None, **values})


def edit_client_dialog(
    ctx: ClientContext,
    file: clients.ClientFile,
    counsellors: list[tuple[str, str]] | None,
    parent: QWidget,
) -> RecordDialog:
    dialog = RecordDialog(
        tr_("ClientFile", "Client details"),
        client_fields(counsellors),
        client_input,
        clients.CLIENT_SPEC,
        lambda data: clients.update_client(ctx.ws, ctx.client_id, data, based_on=file.version),
        cross=clients._client_cross,
        parent=parent,
    )
    s = file.summary
    for name, value in (
        ("first_names", s.first_names),
        ("last_name", s.last_name),
        ("aliases", list(file.aliases)),
        ("birth_date", file.birth_date),
        ("birth_date_precision", file.birth_date_precision),
        ("gender", file.gender),
        ("nationality", s.nationality),
        ("languages", list(file.languages)),
        ("residence_track", file.residence_track),
        ("intake_date", s.intake_date),
        ("is_minor", s.is_minor),
        ("guardian_name", file.guardian_name),
        ("guardian_contact", file.guardian_contact),
    ):
        dialog.form.set_value(name, value)
    if counsellors is not None:
        dialog.form.set_value("counsellor", file.counsellor_username)
    dialog.form.touched.clear()
    return dialog


def edit_referral_dialog(
    ctx: ClientContext, ref: clients.ReferralView, parent: QWidget
) -> RecordDialog:
    return RecordDialog(
        tr_("ClientFile", "Referral"),
        referral_fields(),
        lambda v: clients.ReferralInput(**v),
        clients.REFERRAL_SPEC,
        lambda data: clients.update_referral(ctx.ws, ref.id, data, based_on=ref.version),
        initial=ref,
        parent=parent,
    )


def exploitation_dialog(
    ctx: ClientContext, row: clients.ExploitationView | None, parent: QWidget
) -> RecordDialog:
    return RecordDialog(
        tr_("ClientFile", "Exploitation"),
        exploitation_fields(),
        lambda v: clients.ExploitationInput(**v),
        clients.EXPLOITATION_SPEC,
        lambda data: clients.save_exploitation(
            ctx.ws, ctx.client_id, data, row.id if row else None,
            based_on=row.version if row else None,
        ),
        cross=clients._exploitation_cross,
        initial=row,
        parent=parent,
        intro=tr_(
            "ClientFile",
            "Loverboy is a recruitment method, not a form of exploitation: tick it "
            "together with the form it led to.",
        ),
    )


def end_dialog(ctx: ClientContext, parent: QWidget) -> RecordDialog:
    return RecordDialog(
        tr_("ClientFile", "End the programme"),
        [F("ended_on", DATE), F("reason", CHOICE, enum=EndReason), F("note", NOTES)],
        lambda v: clients.EndInput(**v),
        clients.END_SPEC,
        lambda data: clients.end_programme(ctx.ws, ctx.client_id, data),
        parent=parent,
        intro=tr_(
            "ClientFile",
            "Ending the programme closes the file: no more deadlines are computed. "
            "Remember to notify the prosecutor or labour auditor (end of guidance).",
        ),
    )
