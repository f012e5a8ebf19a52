"""Progress reports: who may make them, what consent allows them to say, and their audit.

The report itself rests on the client's consent to programme support (which covers the
shelter's reporting to the magistrate in charge); the client's identity is included only with
their consent to sharing with the prosecutor or labour auditor. Asking for the identity
without that consent is refused with the reason; so is any report once programme support was
withdrawn. Only directors make, sign and export reports."""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelter_desk.domain import residence
from shelter_desk.domain.judiciary import place_name
from shelter_desk.domain.roles import Role
from shelter_desk.domain.vocabulary import (
    BirthDatePrecision,
    Condition,
    ConditionStatus,
    ConsentPurpose,
    DocumentStatus,
    HearingOutcome,
)
from shelter_desk.i18n import QT_TRANSLATE_NOOP, fill
from shelter_desk.i18n.catalogue import Catalogue
from shelter_desk.models.base import utcnow
from shelter_desk.models.clients import Client
from shelter_desk.models.followup import ConditionCheck, CounsellingSession
from shelter_desk.models.installation import Installation
from shelter_desk.models.justice import CourtDate, JudicialCase, ResidenceDocument
from shelter_desk.models.users import User
from shelter_desk.reports import casefile, progress
from shelter_desk.reports import data as rd
from shelter_desk.reports import signing as rs
from shelter_desk.services import audit, clock, consent, seals, signing
from shelter_desk.services.changes import Changes, Kind
from shelter_desk.services.errors import ConsentMissing, NotFound, ValidationError
from shelter_desk.services.guard import client_in_reach, require
from shelter_desk.services.validation import NOT_CHOICE
from shelter_desk.services.voids import live
from shelter_desk.services.workspace import Workspace

REPORT_BASIS = ConsentPurpose.PROGRAMME_SUPPORT
IDENTITY_BASIS = ConsentPurpose.SHARE_PROSECUTOR
RECENT_SESSIONS = 12


class IdentityChoice(enum.StrEnum):
    AUTO = "auto"  # include when consented, else the case code alone
    INCLUDE = "include"  # refuse when not consented
    OMIT = "omit"  # the case code alone in any case


def find_client(ws: Workspace, case_code: str) -> int:
    """A client's id from its case code (as the command line names clients)."""
    with ws.session() as session:
        cid = session.scalar(select(Client.id).where(Client.case_code == case_code.strip()))
    if cid is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "There is no client with case code {code}."),
            code=case_code,
        )
    return int(cid)


def _refuse(ws: Workspace, case_code: str, action: str, exc: ConsentMissing) -> None:
    audit.record_alone(ws, audit.Action.DENIED, client_code=case_code,
                       reason=f"{action}: no consent for {exc.purpose_label}")
    raise exc


def report_data(ws: Workspace, client_id: int, language: str,
                identity: IdentityChoice | str = IdentityChoice.AUTO,
                action: str = "report") -> rd.ReportData:
    """Everything the report shows, after the role and consent gates. Audited by the caller
    once the report is made (report.create / export.create)."""
    require(ws, (Role.DIRECTOR,), f"{action}.create",
            QT_TRANSLATE_NOOP("permissions", "make reports or exports"))
    if language not in rd.REPORT_LANGUAGES:
        raise ValidationError("language", NOT_CHOICE)
    try:
        choice = IdentityChoice(identity)
    except ValueError:
        raise ValidationError("identity", NOT_CHOICE) from None
    with ws.session() as session:
        client = client_in_reach(session, ws, client_id, f"{action}.create")
        code = client.case_code
        try:
            consent.check_consent(session, client, REPORT_BASIS)
            with_identity = choice == IdentityChoice.INCLUDE
            if choice == IdentityChoice.INCLUDE:
                consent.check_consent(session, client, IDENTITY_BASIS)
            elif choice == IdentityChoice.AUTO:
                try:
                    consent.check_consent(session, client, IDENTITY_BASIS)
                    with_identity = True
                except ConsentMissing:
                    with_identity = False
        except ConsentMissing as exc:
            refusal = exc
        else:
            return _gather(session, ws, client, language, with_identity)
    _refuse(ws, code, action, refusal)
    raise AssertionError("unreachable")


def _gather(session: Session, ws: Workspace, c: Client, language: str,
            with_identity: bool) -> rd.ReportData:
    today = clock.today()
    inst = session.get(Installation, 1)
    author = session.get(User, ws.actor.user_id) if ws.actor.user_id else None
    identity = None
    if with_identity:
        identity = rd.Identity(
            first_names=c.first_names, last_name=c.last_name,
            aliases=tuple(a.alias for a in c.aliases), birth_date=c.birth_date,
            birth_year_only=c.birth_date_precision == BirthDatePrecision.YEAR,
            nationality=c.nationality, languages=tuple(c.languages))

    docs = session.scalars(select(ResidenceDocument).where(
        ResidenceDocument.client_id == c.id, ResidenceDocument.status == DocumentStatus.ISSUED,
        ResidenceDocument.issued_on.is_not(None), live(ResidenceDocument))).all()
    doc = residence.in_force(docs, today)

    checks = session.scalars(select(ConditionCheck).where(ConditionCheck.client_id == c.id,
                                                          live(ConditionCheck))
                             .order_by(ConditionCheck.checked_on, ConditionCheck.id)).all()
    sections = []
    for condition in Condition:
        mine = [x for x in checks if x.condition == condition]
        last = mine[-1] if mine else None
        sections.append(rd.ConditionSection(
            condition=condition, latest=last.status if last else None,
            latest_on=last.checked_on if last else None, checks=len(mine),
            issues=tuple(rd.ConditionCheckLine(x.checked_on, x.status, x.evidence,
                                               x.notified_prosecutor)
                         for x in mine if x.status != ConditionStatus.COMPLIED)))

    sessions = session.scalars(select(CounsellingSession).where(
        CounsellingSession.client_id == c.id, live(CounsellingSession))
        .order_by(CounsellingSession.held_on.desc())).all()
    kinds = Counter(s.kind for s in sessions)
    attendance = rd.Attendance(
        total=len(sessions), since=sessions[-1].held_on if sessions else None,
        by_kind=tuple(sorted(kinds.items(), key=lambda kv: -kv[1])),
        recent_dates=tuple(s.held_on for s in sessions[:RECENT_SESSIONS]),
        client_stopped=sum(1 for s in sessions if s.client_stopped))

    cases = session.scalars(select(JudicialCase).where(JudicialCase.client_id == c.id,
                                                      live(JudicialCase))
                            .order_by(JudicialCase.opened_on)).all()
    hearings = session.scalars(
        select(CourtDate).join(JudicialCase, JudicialCase.id == CourtDate.case_id)
        .where(JudicialCase.client_id == c.id, live(JudicialCase), live(CourtDate))
        .order_by(CourtDate.on_date, CourtDate.at_utc, CourtDate.at_time, CourtDate.id)).all()
    from shelter_desk.models.followup import AutonomyGoal

    goals = session.scalars(select(AutonomyGoal).where(AutonomyGoal.client_id == c.id,
                                                       live(AutonomyGoal))
                            .order_by(AutonomyGoal.set_on)).all()
    state = consent.state_from_events(consent.counted_events(session, c.id))
    anchor = audit.anchor(session)
    return rd.ReportData(
        language=language, shelter=inst.shelter_name if inst else "",
        city=(inst.city or "") if inst else "", case_code=c.case_code,
        generated_at=utcnow(), author=author.display_name if author else ws.actor.display_name,
        intake_date=c.intake_date, period_end=today,
        phase=residence.phase_of(c.status, doc.doc_type if doc else None),
        document=doc.doc_type if doc else None, document_issued=doc.issued_on if doc else None,
        document_expires=doc.expires_on if doc else None, identity=identity,
        conditions=tuple(sections), attendance=attendance,
        judicial=tuple(rd.JudicialSummary(j.office, j.district, j.stage, j.pv_number,
                                          j.case_number, j.standing) for j in cases),
        hearings=tuple(rd.Hearing(h.on_date, h.at_time, h.court, h.hearing_type,
                                  h.attendance_required,
                                  None if h.outcome == HearingOutcome.SCHEDULED
                                  else h.client_attended, h.outcome, h.at_utc)
                        for h in hearings),
        goals=tuple(rd.Goal(g.domain, g.description, g.status, g.progress, g.target_date)
                    for g in goals),
        consent=tuple(rd.ConsentLine(p, state[p].granted, state[p].since, state[p].given_on,
                                     state[p].renewed_on) for p in ConsentPurpose),
        basis=REPORT_BASIS, identity_basis=IDENTITY_BASIS,
        audit_length=anchor.length, audit_head=anchor.head, synthetic=c.synthetic)


# -- making, signing, exporting -------------------------------------------------------------
STAMP_TITLE = QT_TRANSLATE_NOOP("report", "Signed on behalf of the shelter")
STAMP_WHEN = QT_TRANSLATE_NOOP("report", "on {date} at {time} (Brussels time)")
STAMP_DEMO = QT_TRANSLATE_NOOP("report", "DEMO SIGNATURE, NOT VALID FOR REAL USE")
SIGN_REASON = QT_TRANSLATE_NOOP("report", "Progress report to the magistrate in charge")
BRUSSELS = ZoneInfo("Europe/Brussels")


@dataclass(frozen=True)
class MadeReport:
    pdf: bytes
    case_code: str
    language: str
    pages: int
    identity_included: bool
    signed_by: str | None
    level: str | None = None  # the PAdES level of a signed report ("B-B", "B-T", "B-LT")
    # What making it changed: a signed report is listed in the file's Reports and History
    # tabs; an unsigned preview only in its History (audited).
    changes: Changes | None = None


def make_report(ws: Workspace, client_id: int, language: str,
                identity: IdentityChoice | str = IdentityChoice.AUTO) -> MadeReport:
    """An unsigned report (for the preview and for printing); it says it is not signed.
    Audited."""
    data = report_data(ws, client_id, language, identity)
    rendered = progress.build(data, signed=False)
    audit.record_alone(ws, "report.create", client_code=data.case_code,
                       reason=f"{language}, identity {'included' if data.identity else 'omitted'}")
    return MadeReport(rendered.pdf, data.case_code, language, rendered.pages,
                      data.identity is not None, None)


def _stamp_lines(data: rd.ReportData, opened: signing.OpenSigner) -> tuple[str, ...]:
    """The stamp names the signer as the certificate does (its common name), as pdfsig and
    `verify` name them; not the person logged in, who may place another's signature."""
    cat = Catalogue(data.language)
    now = datetime.now(BRUSSELS)
    when = fill(cat.tr("report", STAMP_WHEN), date=now.strftime("%d/%m/%Y"),
                                               time=now.strftime("%H:%M"))
    lines = [cat.tr("report", STAMP_TITLE), opened.subject, data.shelter, when]
    if opened.demo:
        lines.append(cat.tr("report", STAMP_DEMO))
    return tuple(lines)


def _sign(data: rd.ReportData, opened: signing.OpenSigner) -> rs.SignedPdf:
    lines = _stamp_lines(data, opened)
    rendered = progress.build(data, signed=True, pdf_version=rs.pdf_version_for(opened.signer),
                              stamp_lines=lines)
    cat = Catalogue(data.language)
    return rs.sign_pdf(
        rendered.pdf, opened.signer, page=rendered.signature_box.page,
        box=rendered.signature_box.box, signer_name=opened.subject,
        reason=cat.tr("report", SIGN_REASON),
        location=place_name(data.city, data.language) if data.city else None,
        stamp_lines=lines, tsa_url=opened.tsa_url, roots_pem=opened.roots_pem)


def signed_report(ws: Workspace, client_id: int, language: str,
                  identity: IdentityChoice | str = IdentityChoice.AUTO,
                  secret: str | None = None) -> MadeReport:
    """A report certified with the shelter's signature. Nothing comes back if signing fails."""
    data = report_data(ws, client_id, language, identity)
    opened = signing.open_signer(ws, secret)
    try:
        signed = _sign(data, opened)
        seals.seal_with(ws, opened, seals.REPORT)
    finally:
        opened.close()
    subject = opened.subject
    with ws.session() as session:
        audit.record(session, ws.actor, "report.create", client_code=data.case_code,
                     reason=f"{language}, identity "
                            f"{'included' if data.identity else 'omitted'}")
        audit.record(session, ws.actor, "report.sign", client_code=data.case_code,
                     target=subject[:120], reason=signed.level.value)
    return MadeReport(signed.pdf, data.case_code, language, 0, data.identity is not None,
                      subject, signed.level.value, Changes.of(client_id, Kind.REPORTS))


@dataclass(frozen=True)
class CaseFileExport:
    archive: bytes
    case_code: str
    passphrase: str | None
    changes: Changes | None = None  # listed in the file's Reports and History tabs


def export_case_file(ws: Workspace, client_id: int, language: str,
                     identity: IdentityChoice | str = IdentityChoice.AUTO,
                     secret: str | None = None, encrypt: bool = False,
                     recipient: str | None = None) -> CaseFileExport:
    """The case file for the judicial authorities (directors only, consent-gated, audited)."""
    data = report_data(ws, client_id, language, identity, action="export")
    opened = signing.open_signer(ws, secret)
    passphrase = casefile.new_passphrase() if encrypt else None
    try:
        signed = _sign(data, opened)
        archive = casefile.assemble(signed.pdf, data, opened.signer, passphrase,
                                    tsa_url=opened.tsa_url)
        seals.seal_with(ws, opened, seals.EXPORT)
    finally:
        opened.close()
    subject = opened.subject
    with ws.session() as session:
        audit.record(session, ws.actor, "export.create", client_code=data.case_code,
                     recipient=(recipient or "")[:120] or None,
                     reason=f"{language}, identity "
                            f"{'included' if data.identity else 'omitted'}"
                            f"{', encrypted' if encrypt else ''}")
        audit.record(session, ws.actor, "report.sign", client_code=data.case_code,
                     target=subject[:120], reason=signed.level.value)
    return CaseFileExport(archive, data.case_code, passphrase,
                          Changes.of(client_id, Kind.REPORTS))
