"""Residence documents: the expiry computed from the law when left empty, and which document
one extends or renews (picked among the client's others: `DialogFor.among`)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from shelter_desk.domain import residence as document_rules
from shelter_desk.domain.vocabulary import DocumentStatus, DocumentType
from shelter_desk.i18n import fill
from shelter_desk.services import clock, residence
from shelter_desk.services.changes import Kind
from shelter_desk.ui import i18n
from shelter_desk.ui.formatting import format_date
from shelter_desk.ui.forms.fields import F
from shelter_desk.ui.forms.form import CHOICE, NOTES, OPT_DATE, PICK, TEXT
from shelter_desk.ui.forms.record_dialog import RecordDialog
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.models.record_table import Column
from shelter_desk.ui.record_kinds.kind import DialogFor, RecordKind
from shelter_desk.ui.style import theme


def validity_summary() -> str:
    """Each document type's validity, as the rule table (domain/residence.py) has it."""
    parts = []
    for doc_type, rule in document_rules.RULES.items():
        if rule.validity.days is not None:
            span = fill(tr_("ClientFile", "{count} days"), count=rule.validity.days)
        elif rule.validity.months is not None:
            span = fill(tr_("ClientFile", "{count} months"), count=rule.validity.months)
        else:
            span = tr_("ClientFile", "unlimited")
        parts.append(i18n.labelled(i18n.label(doc_type), span))
    return "; ".join(parts)


def _others(target: DialogFor) -> dict[str, list[tuple[str, str]]]:
    return {"extends_id": [
        (str(d.id), f"{i18n.label(d.doc_type)} — {format_date(d.issued_on)}")
        for d in target.among
        if target.row is None or d.id != target.row.id
    ]}


def _build(values: dict[str, Any], _: DialogFor) -> residence.DocumentInput:
    values = dict(values)
    extends = values.pop("extends_id")
    return residence.DocumentInput(**values, extends_id=int(extends) if extends else None)


def _prepare(dialog: RecordDialog, target: DialogFor) -> None:
    if target.row is not None and target.row.extends_id:
        dialog.form.set_value("extends_id", str(target.row.extends_id))


def residence_documents() -> RecordKind:
    today = clock.today()

    def expiry_colour(d: residence.DocumentView) -> str | None:
        if d.status != DocumentStatus.ISSUED or d.expires_on is None:
            return theme().muted if d.status != DocumentStatus.ISSUED else None
        if d.expires_on < today:
            return theme().danger
        return theme().warning if d.expires_on <= today + timedelta(days=45) else None

    def expiry_text(d: residence.DocumentView) -> str:
        if d.expires_on is None:
            return tr_("ClientFile", "unlimited") if d.doc_type == DocumentType.B_CARD else ""
        text = format_date(d.expires_on)
        if d.status != DocumentStatus.ISSUED:
            return text
        # What the colour says, in words as well.
        if d.expires_on < today:
            return fill(tr_("ClientFile", "{date} (expired)"), date=text)
        if d.expires_on <= today + timedelta(days=45):
            days = (d.expires_on - today).days
            return fill(tr_("ClientFile", "{date} (in {days} days)"), date=text, days=days)
        return text

    return RecordKind(
        changes=(Kind.DOCUMENTS,),
        void_kind="residence-document",
        title=tr_("ClientFile", "Residence documents"),
        add_label=tr_("ClientFile", "Add a document…"),
        add_title=tr_("ClientFile", "Residence document"),
        edit_title=tr_("ClientFile", "Edit the residence document"),
        intro=fill(tr_("ClientFile", "Leave the expiry empty to have it computed from the law: "
                                     "{validity}."), validity=validity_summary()),
        fields=(
            F("doc_type", CHOICE, enum=DocumentType),
            F("status", CHOICE, enum=DocumentStatus),
            F("requested_on", OPT_DATE),
            F("issued_on", OPT_DATE),
            F("expires_on", OPT_DATE),
            F("extends_id", PICK, optional_pick=True),
            F("reference", TEXT),
            F("notes", NOTES),
        ),
        labels={
            "expires_on": tr_("ClientFile", "Expires on (empty: by law)"),
            "extends_id": tr_("ClientFile", "Extends or renews"),
        },
        options=_others,
        input=residence.DocumentInput,
        build=_build,
        spec=residence.SPEC,
        cross=residence.DOCUMENTS.cross,
        prepare=_prepare,
        load=residence.list_documents,
        add=residence.add_document,
        update=residence.update_document,
        sort_column=3,
        columns=(
            Column(tr_("ClientFile", "Document"), lambda d: i18n.label(d.doc_type)),
            Column(tr_("ClientFile", "Status"), lambda d: i18n.label(d.status)),
            Column(
                tr_("ClientFile", "Requested"),
                lambda d: format_date(d.requested_on),
                key=lambda d: d.requested_on or date.min,
            ),
            Column(
                tr_("ClientFile", "Issued"),
                lambda d: format_date(d.issued_on),
                key=lambda d: (d.issued_on or date.min, d.id),
            ),
            Column(
                tr_("ClientFile", "Expires"),
                lambda d: expiry_text(d),
                key=lambda d: d.expires_on or date.max,
                color=expiry_colour,
            ),
            Column(tr_("ClientFile", "Reference"), lambda d: d.reference or ""),
        ),
    )
