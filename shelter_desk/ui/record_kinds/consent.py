"""The consent ledger: grants and withdrawals, never edited (a correction is a new event).
A withdrawal is the same kind of record, from another dialog: its purpose is picked among
those granted now (`DialogFor.among`)."""

from __future__ import annotations

import dataclasses
from typing import Any

from shelter_desk.domain.vocabulary import ConsentEventKind, ConsentForm, ConsentPurpose
from shelter_desk.services import consent
from shelter_desk.services.changes import Kind
from shelter_desk.ui import i18n
from shelter_desk.ui.formatting import format_date
from shelter_desk.ui.forms.fields import F, language_field
from shelter_desk.ui.forms.form import BOOL, CHOICE, DATE, NOTES, PICK, TEXT
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.models.record_table import Column
from shelter_desk.ui.record_kinds.kind import DialogFor, RecordKind
from shelter_desk.ui.style import theme


def _event(kind: ConsentEventKind) -> Any:
    return lambda values, _target: consent.ConsentInput(kind=kind, **values)


def consent_events() -> RecordKind:
    """The ledger, and a grant as its Add… records it."""
    return RecordKind(
        changes=(Kind.CONSENT,),
        void_kind="consent",
        title=tr_("ClientFile", "Consent ledger"),
        add_label=tr_("ClientFile", "Record consent…"),
        add_title=tr_("ClientFile", "Record consent"),
        edit_title="",
        intro=tr_(
            "ClientFile",
            "The ledger is never edited: a correction is a new event. A withdrawal "
            "blocks every later report or export that needs this purpose.",
        ),
        fields=(
            F("purpose", CHOICE, enum=ConsentPurpose),
            F("given_on", DATE),
            F("form", CHOICE, enum=ConsentForm),
            language_field("language", optional=False),
            F("interpreter", BOOL),
            F("witness", TEXT),
            F("document_reference", TEXT),
            F("note", NOTES),
        ),
        input=consent.ConsentInput,
        build=_event(ConsentEventKind.GRANT),
        spec=consent.LEDGER.spec,
        cross=consent.LEDGER.cross,
        load=consent.ledger,
        add=consent.record,
        update=None,
        columns=(
            Column(
                tr_("ClientFile", "Date"),
                lambda e: format_date(e.given_on),
                key=lambda e: (e.given_on, e.id),
            ),
            Column(tr_("ClientFile", "Purpose"), lambda e: i18n.label(e.purpose)),
            Column(
                tr_("ClientFile", "Event"),
                lambda e: i18n.label(e.kind),
                color=lambda e: theme().ok if e.kind == ConsentEventKind.GRANT else theme().danger,
            ),
            Column(tr_("ClientFile", "How"), lambda e: i18n.label(e.form)),
            Column(
                tr_("ClientFile", "Language"),
                lambda e: (
                    i18n.language(e.language)
                    + (" " + tr_("ClientFile", "(interpreter)") if e.interpreter else "")
                ),
            ),
            Column(tr_("ClientFile", "Witness"), lambda e: e.witness or ""),
            Column(tr_("ClientFile", "Reference"), lambda e: e.document_reference or ""),
            Column(tr_("ClientFile", "Counsellor"), lambda e: e.counsellor),
        ),
    )


def _granted(target: DialogFor) -> dict[str, list[tuple[str, str]]]:
    return {"purpose": [(p.value, i18n.label(p)) for p in target.among]}


def consent_withdrawals() -> RecordKind:
    """A withdrawal of one of the purposes granted now (none chosen for the counsellor:
    withdrawing the wrong purpose would block reports)."""
    grants = consent_events()
    return dataclasses.replace(
        grants,
        add_label=tr_("ClientFile", "Withdraw consent…"),
        add_title=tr_("ClientFile", "Withdraw consent"),
        fields=(F("purpose", PICK), *grants.fields[1:]),
        labels={
            "purpose": tr_("ClientFile", "Purpose withdrawn"),
            "given_on": tr_("ClientFile", "Withdrawn on"),
            "form": tr_("ClientFile", "How the withdrawal was expressed"),
        },
        options=_granted,
        build=_event(ConsentEventKind.WITHDRAWAL),
    )
