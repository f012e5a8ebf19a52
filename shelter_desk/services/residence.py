"""Residence documents requested on the client's behalf, with their computed expiry."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from shelter_desk.domain import residence as rules_of
from shelter_desk.domain.vocabulary import DocumentStatus, DocumentType, ResidenceTrack
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.justice import ResidenceDocument
from shelter_desk.services import audit
from shelter_desk.services import validation as v
from shelter_desk.services.changes import Kind, Recorded
from shelter_desk.services.errors import ValidationError
from shelter_desk.services.guard import client_in_reach, require_case_worker
from shelter_desk.services.records import Area, Problems, clean, touch, user_names
from shelter_desk.services.voids import VoidMark
from shelter_desk.services.workspace import Workspace

ISSUE_DATE_NEEDED = QT_TRANSLATE_NOOP("validation", "is required once the document is issued")
NOT_FOR_TRACK = QT_TRANSLATE_NOOP(
    "validation", "does not apply: EU and Belgian citizens follow other residence rules")
EXTENDS_OTHER = QT_TRANSLATE_NOOP(
    "validation", "must be an earlier document of the same client and type")
NO_MORE_EXTENSIONS = QT_TRANSLATE_NOOP(
    "validation", "an attestation of immatriculation can be extended only once")
ONLY_FOR_MINORS = QT_TRANSLATE_NOOP("validation", "is only for unaccompanied minors")


@dataclass(frozen=True)
class DocumentInput:
    doc_type: DocumentType | str
    status: DocumentStatus | str
    requested_on: date | None = None
    issued_on: date | None = None
    expires_on: date | None = None  # left empty: computed from the law's validity
    extends_id: int | None = None
    reference: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class DocumentView(Recorded):
    KIND = Kind.DOCUMENTS
    id: int
    client_id: int
    doc_type: DocumentType
    status: DocumentStatus
    requested_on: date | None
    issued_on: date | None
    expires_on: date | None
    extends_id: int | None
    reference: str | None
    notes: str | None
    version: int | None = None  # what an edit of this copy is based on
    void: VoidMark | None = None  # set when the record was voided


def _view(r: ResidenceDocument, names: dict[int, str]) -> DocumentView:
    return DocumentView(
        id=r.id, client_id=r.client_id, doc_type=r.doc_type, status=r.status,
        requested_on=r.requested_on, issued_on=r.issued_on, expires_on=r.expires_on,
        extends_id=r.extends_id, reference=r.reference, notes=r.notes, version=r.version,
    )


def _cross(values: dict[str, object]) -> None:
    problems = Problems()
    issued = values["issued_on"]
    if values["status"] == DocumentStatus.ISSUED and issued is None:
        problems.add("issued_on", ISSUE_DATE_NEEDED)
    with problems.check():
        v.not_before("issued_on", issued, "requested_on", values["requested_on"])  # type: ignore[arg-type]
    with problems.check():
        v.not_before("expires_on", values["expires_on"], "issued_on", issued)  # type: ignore[arg-type]
    problems.raise_any()
    if values["expires_on"] is None and isinstance(issued, date):
        values["expires_on"] = rules_of.expiry(values["doc_type"], issued)  # type: ignore[arg-type]


SPEC = {
    "doc_type": v.c_choice(DocumentType),
    "status": v.c_choice(DocumentStatus),
    "requested_on": v.c_opt_date(past_only=True),
    "issued_on": v.c_opt_date(past_only=True),
    "expires_on": v.c_opt_date(max_future_days=366 * 10),
    "extends_id": v.c_opt_id(),
    "reference": v.c_opt_text(60),
    "notes": v.c_notes(5000),
}

DOCUMENTS: Area[ResidenceDocument, DocumentView] = Area(
    model=ResidenceDocument, action="residence", spec=SPEC, to_view=_view,
    order=(ResidenceDocument.issued_on, ResidenceDocument.requested_on, ResidenceDocument.id),
    cross=_cross,
)


def _check_against_client(ws: Workspace, client_id: int, values: dict[str, object],
                          record_id: int | None) -> None:
    with ws.session() as session:
        client = client_in_reach(session, ws, client_id, "residence.check")
        if client.residence_track != ResidenceTrack.THIRD_COUNTRY:
            raise ValidationError("doc_type", NOT_FOR_TRACK)
        rule = rules_of.rule_for(values["doc_type"])  # type: ignore[arg-type]
        if rule.minors_only and not client.is_minor:
            raise ValidationError("doc_type", ONLY_FOR_MINORS)
        extends = values["extends_id"]
        if extends is None:
            return
        base = session.get(ResidenceDocument, extends)
        if (base is None or base.client_id != client.id or base.doc_type != values["doc_type"]
                or base.id == record_id):
            raise ValidationError("extends_id", EXTENDS_OTHER)
        if rule.max_extensions is not None:
            others = session.scalars(select(ResidenceDocument.id).where(
                ResidenceDocument.extends_id == extends,
                ResidenceDocument.id != (record_id or 0))).all()
            if base.extends_id is not None or len(others) >= rule.max_extensions:
                raise ValidationError("extends_id", NO_MORE_EXTENSIONS)


def add_document(ws: Workspace, client_id: int, data: DocumentInput) -> DocumentView:
    require_case_worker(ws, "residence.add")
    values = clean(SPEC, data, _cross)
    _check_against_client(ws, client_id, values, None)
    with ws.session() as session:
        client = client_in_reach(session, ws, client_id, "residence.add")
        row = ResidenceDocument(client_id=client.id, **values)
        session.add(row)
        session.flush()
        audit.record(session, ws.actor, "residence.add", client_code=client.case_code,
                     target=f"residence_documents#{row.id}")
        touch(client)
        return _view(row, user_names(session))


def update_document(ws: Workspace, document_id: int, data: DocumentInput,
                    based_on: int | None = None) -> DocumentView:
    """Also how a document ends: status withdrawn or refused."""
    require_case_worker(ws, "residence.update")
    values = clean(SPEC, data, _cross)
    with ws.session() as session:
        row = DOCUMENTS._get(session, document_id)
        client_id = row.client_id
    _check_against_client(ws, client_id, values, document_id)
    return DOCUMENTS.update(ws, document_id, data, based_on)


def list_documents(ws: Workspace, client_id: int) -> list[DocumentView]:
    return DOCUMENTS.list(ws, client_id)


def current_document(docs: list[DocumentView], today: date) -> DocumentView | None:
    """The issued document valid today (the latest issued if several), else None."""
    return rules_of.in_force(docs, today)
