"""Clients: intake (with referral, exploitation and first consents), the file, its details,
referral and exploitation, and assignment. The list is services/client_list.py, admission and
the end of the programme services/programme.py; both are offered here too, for the callers
that ask `clients` for everything about a client."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from shelter_desk.domain.places_and_languages import LEAFLET_LANGUAGES
from shelter_desk.domain.roles import Role
from shelter_desk.domain.vocabulary import (
    BirthDatePrecision,
    ClientStatus,
    DetectionBasis,
    EndReason,
    ExploitationForm,
    Gender,
    ReferralOutcome,
    ReferringService,
    ResidenceTrack,
    Sector,
)
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.base import utcnow
from shelter_desk.models.clients import AccessGrant, Client, ClientAlias
from shelter_desk.models.followup import ConsentEvent
from shelter_desk.models.installation import Installation
from shelter_desk.models.intake import Exploitation, ProgrammeEnd, Referral
from shelter_desk.models.users import User, UserRole
from shelter_desk.services import audit, clock, consent
from shelter_desk.services import validation as v
from shelter_desk.services.changes import ALL_CLIENTS, Kind, Recorded
from shelter_desk.services.client_list import NAMES_BY_ID as NAMES_BY_ID
from shelter_desk.services.client_list import ClientSummary as ClientSummary
from shelter_desk.services.client_list import _summaries
from shelter_desk.services.client_list import caseload as caseload
from shelter_desk.services.client_list import list_clients as list_clients
from shelter_desk.services.client_list import names as names
from shelter_desk.services.client_list import summary as summary
from shelter_desk.services.concurrency import require_basis
from shelter_desk.services.errors import NotFound, ValidationError
from shelter_desk.services.folding import fold, search_key
from shelter_desk.services.guard import (
    client_in_reach,
    grant_in_force,
    require,
    require_case_worker,
)
from shelter_desk.services.programme import ALREADY_ENDED as ALREADY_ENDED
from shelter_desk.services.programme import END_SPEC as END_SPEC
from shelter_desk.services.programme import NOT_IN_INTAKE as NOT_IN_INTAKE
from shelter_desk.services.programme import EndInput as EndInput
from shelter_desk.services.programme import admit as admit
from shelter_desk.services.programme import end_programme as end_programme
from shelter_desk.services.records import Problems, clean, touch
from shelter_desk.services.workspace import Workspace

GUARDIAN_NEEDED = QT_TRANSLATE_NOOP("validation", "is required for a minor")
SECTOR_FOR_LABOUR = QT_TRANSLATE_NOOP("validation", "applies to labour exploitation only")
NOT_A_COUNSELLOR = QT_TRANSLATE_NOOP("validation", "is not an active counsellor")

NOT_A_DUPLICATE = "client.intake.not_a_duplicate"  # audit: gone on past possible duplicates

_PREFIXES = {"payoke": "PAY", "pag-asa": "PAG", "surya": "SUR"}


# -- inputs -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ClientInput:
    first_names: str
    last_name: str
    gender: Gender | str
    nationality: str
    languages: Sequence[str]
    residence_track: ResidenceTrack | str
    intake_date: date
    birth_date: date | None = None
    birth_date_precision: BirthDatePrecision | str = BirthDatePrecision.EXACT
    aliases: Sequence[str] = ()
    is_minor: bool = False
    guardian_name: str | None = None
    guardian_contact: str | None = None
    counsellor: str | None = None  # user name; None: the acting counsellor


@dataclass(frozen=True)
class ReferralInput:
    referred_on: date
    service: ReferringService | str
    detection_basis: DetectionBasis | str
    outcome: ReferralOutcome | str = ReferralOutcome.PENDING
    service_detail: str | None = None
    indicators: str | None = None
    leaflet_language: str | None = None


@dataclass(frozen=True)
class ExploitationInput:
    forms: Sequence[ExploitationForm | str]
    countries: Sequence[str] = ()
    sector: Sector | str | None = None
    loverboy_method: bool = False
    period_start: date | None = None
    period_end: date | None = None
    description: str | None = None


CLIENT_SPEC = {
    "first_names": v.c_text(120),
    "last_name": v.c_text(120),
    "gender": v.c_choice(Gender),
    "nationality": lambda f, x, t: v.country(f, x),
    "languages": lambda f, x, t: v.languages(f, x, at_least_one=True),
    "residence_track": v.c_choice(ResidenceTrack),
    "intake_date": v.c_date(past_only=True),
    "birth_date": v.c_opt_date(past_only=True),
    "birth_date_precision": v.c_choice(BirthDatePrecision),
    "aliases": lambda f, x, t: v.short_texts(f, x, max_len=120, max_items=20),
    "is_minor": v.c_flag(),
    "guardian_name": v.c_opt_text(120),
    "guardian_contact": v.c_opt_text(200),
    "counsellor": lambda f, x, t: None if x is None else v.username(x, f),
}

REFERRAL_SPEC = {
    "referred_on": v.c_date(past_only=True),
    "service": v.c_choice(ReferringService),
    "detection_basis": v.c_choice(DetectionBasis),
    "outcome": v.c_choice(ReferralOutcome),
    "service_detail": v.c_opt_text(200),
    "indicators": v.c_notes(5000),
    "leaflet_language": v.c_language(required=False, among=LEAFLET_LANGUAGES),
}

EXPLOITATION_SPEC = {
    "forms": lambda f, x, t: v.choices(f, x, ExploitationForm, at_least_one=True),
    "countries": lambda f, x, t: v.countries(f, x),
    "sector": v.c_opt_choice(Sector),
    "loverboy_method": v.c_flag(),
    "period_start": v.c_opt_date(past_only=True),
    "period_end": v.c_opt_date(past_only=True),
    "description": v.c_notes(),
}


def _client_cross(values: dict[str, object]) -> None:
    problems = Problems()
    if values["is_minor"] and not values["guardian_name"]:
        problems.add("guardian_name", GUARDIAN_NEEDED)
    with problems.check():
        v.not_before("intake_date", values["intake_date"], "birth_date", values["birth_date"])  # type: ignore[arg-type]
    problems.raise_any()
    if values["birth_date"] is None:
        values["birth_date_precision"] = BirthDatePrecision.ESTIMATED


def _exploitation_cross(values: dict[str, object]) -> None:
    problems = Problems()
    forms = values["forms"] or []
    if values["sector"] is not None and ExploitationForm.LABOUR not in forms:  # type: ignore[operator]
        problems.add("sector", SECTOR_FOR_LABOUR)
    with problems.check():
        v.not_before("period_end", values["period_end"], "period_start", values["period_start"])  # type: ignore[arg-type]
    problems.raise_any()


# -- views ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReferralView(Recorded):
    KIND = Kind.CLIENT
    id: int
    referred_on: date
    service: ReferringService
    service_detail: str | None
    detection_basis: DetectionBasis
    indicators: str | None
    leaflet_language: str | None
    outcome: ReferralOutcome
    version: int | None = None  # what an edit of this copy is based on
    client_id: int = ALL_CLIENTS


@dataclass(frozen=True)
class ExploitationView(Recorded):
    KIND = Kind.CLIENT
    id: int
    forms: tuple[ExploitationForm, ...]
    sector: Sector | None
    loverboy_method: bool
    countries: tuple[str, ...]
    period_start: date | None
    period_end: date | None
    description: str | None
    version: int | None = None  # what an edit of this copy is based on
    client_id: int = ALL_CLIENTS


@dataclass(frozen=True)
class ProgrammeEndView:
    ended_on: date
    reason: EndReason
    note: str | None


@dataclass(frozen=True)
class ClientFile:
    """The header and intake of a client's file (the other areas load per tab)."""

    summary: ClientSummary
    aliases: tuple[str, ...]
    birth_date: date | None
    birth_date_precision: BirthDatePrecision
    gender: Gender
    languages: tuple[str, ...]
    guardian_name: str | None
    guardian_contact: str | None
    residence_track: ResidenceTrack
    counsellor_username: str | None
    referrals: tuple[ReferralView, ...]
    exploitations: tuple[ExploitationView, ...]
    programme_end: ProgrammeEndView | None
    access_granted_to: tuple[str, ...] = field(default=())  # user names
    # The same colleagues as (display name, last day or None: until closed again).
    colleagues: tuple[tuple[str, date | None], ...] = field(default=())
    version: int | None = None  # of the client's record: what an edit of this copy is based on


def _referral_view(r: Referral) -> ReferralView:
    return ReferralView(r.id, r.referred_on, r.service, r.service_detail, r.detection_basis,
                        r.indicators, r.leaflet_language, r.outcome, r.version, r.client_id)


def _exploitation_view(e: Exploitation) -> ExploitationView:
    return ExploitationView(
        e.id, tuple(ExploitationForm(f) for f in e.forms), e.sector, e.loverboy_method,
        tuple(e.countries), e.period_start, e.period_end, e.description, e.version,
        e.client_id)


# -- helpers ----------------------------------------------------------------------------------
def case_code_prefix(shelter_name: str) -> str:
    folded = fold(shelter_name)
    for name, prefix in _PREFIXES.items():
        if folded.startswith(name):
            return prefix
    letters = "".join(c for c in folded.upper() if "A" <= c <= "Z")
    return (letters[:3] or "SD").ljust(2, "X")


def next_case_code(session: Session, year: int) -> str:
    inst = session.get(Installation, 1)
    prefix = case_code_prefix(inst.shelter_name if inst else "")
    stem = f"{prefix}-{year}-"
    if session.get_bind().dialect.name == "postgresql":
        # Row-level security hides other counsellors' clients; their codes are taken all the same.
        last = session.scalar(text("SELECT sd_last_case_code(:s)"), {"s": stem})
    else:
        last = session.scalar(
            select(func.max(Client.case_code)).where(Client.case_code.like(f"{stem}%")))
    number = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{stem}{number:04d}"


def _counsellor_id(session: Session, ws: Workspace, username: str | None) -> int | None:
    if username is None:
        if ws.actor.has(Role.COUNSELLOR):
            return ws.actor.user_id
        return None
    user = session.scalars(
        select(User).join(UserRole).where(User.username == username, User.active.is_(True),
                                          UserRole.role == Role.COUNSELLOR)).first()
    if user is None:
        raise ValidationError("counsellor", NOT_A_COUNSELLOR)
    return user.id


def _apply_client(client: Client, values: dict[str, object], aliases: list[str]) -> None:
    for name, value in values.items():
        if name not in ("aliases", "counsellor"):
            setattr(client, name, value)
    client.aliases = [ClientAlias(alias=a) for a in aliases]
    client.search_key = search_key([client.case_code, client.first_names, client.last_name,
                                    f"{client.first_names} {client.last_name}", *aliases])
    client.updated_at = utcnow()


# -- use cases --------------------------------------------------------------------------------
def intake(
    ws: Workspace,
    client: ClientInput,
    referral: ReferralInput,
    exploitation: ExploitationInput | None = None,
    consents: Sequence[consent.ConsentInput] = (),
    *,
    synthetic: bool = False,
    not_duplicates: Sequence[str] = (),
) -> ClientSummary:
    """A new client with their referral, exploitation and first consents, in one transaction.
    `not_duplicates`: the case codes of the possible duplicates (services/duplicates.py) the
    counsellor saw and judged another person; the decision is recorded in the audit trail."""
    require_case_worker(ws, "client.intake")
    values = clean(CLIENT_SPEC, client, _client_cross)
    ref = clean(REFERRAL_SPEC, referral)
    exp = clean(EXPLOITATION_SPEC, exploitation, _exploitation_cross) if exploitation else None
    consent_values = [clean(consent.LEDGER.spec, c, consent._cross) for c in consents]
    seen = [str(v.text("not_duplicates", c, max_len=32)) for c in not_duplicates]
    if ws.actor.user_id is None:
        raise ValidationError("counsellor", v.REQUIRED)
    today = clock.today()
    with ws.session() as session:
        counsellor_id = _counsellor_id(session, ws, values["counsellor"])
        row = Client(case_code=next_case_code(session, values["intake_date"].year),
                     counsellor_id=counsellor_id, status=ClientStatus.INTAKE,
                     synthetic=synthetic, created_at=utcnow())
        _apply_client(row, values, values["aliases"])
        if ref["outcome"] == ReferralOutcome.ADMITTED:
            row.status = ClientStatus.IN_PROGRAMME
        session.add(row)
        session.flush()
        session.add(Referral(client_id=row.id, **ref))
        if exp is not None:
            session.add(Exploitation(client_id=row.id, **{
                **exp, "forms": [f.value for f in exp["forms"]]}))
        for cv in consent_values:
            session.add(ConsentEvent(client_id=row.id, counsellor_id=ws.actor.user_id,
                                     recorded_at=utcnow(), **cv))
        session.flush()
        audit.record(session, ws.actor, "client.intake", client_code=row.case_code)
        if seen:
            audit.record(session, ws.actor, NOT_A_DUPLICATE, client_code=row.case_code,
                         reason=", ".join(seen))
        for cv in consent_values:
            audit.record(session, ws.actor, "consent.grant" if cv["kind"].value == "grant"
                         else "consent.withdraw", client_code=row.case_code,
                         target=cv["purpose"].value)
        return _summaries(session, ws, Client.id == row.id, today)[0]


def update_client(ws: Workspace, client_id: int, data: ClientInput,
                  based_on: int | None = None) -> ClientSummary:
    """`based_on`: the version of the file the editing form showed (ClientFile.version)."""
    require_case_worker(ws, "client.update")
    values = clean(CLIENT_SPEC, data, _client_cross)
    with ws.session() as session:
        row = client_in_reach(session, ws, client_id, "client.update")
        require_basis(session, row, based_on)
        if values["counsellor"] is not None:
            require(ws, (Role.DIRECTOR,), "client.assign",
                    QT_TRANSLATE_NOOP("permissions", "assign counsellors"),
                    client_code=row.case_code)
            row.counsellor_id = _counsellor_id(session, ws, values["counsellor"])
        row.aliases.clear()
        session.flush()
        _apply_client(row, values, values["aliases"])
        audit.record(session, ws.actor, "client.update", client_code=row.case_code)
        return _summaries(session, ws, Client.id == row.id, clock.today())[0]


def update_referral(ws: Workspace, referral_id: int, data: ReferralInput,
                    based_on: int | None = None) -> ReferralView:
    require_case_worker(ws, "referral.update")
    values = clean(REFERRAL_SPEC, data)
    with ws.session() as session:
        ref = session.get(Referral, referral_id) if isinstance(referral_id, int) else None
        if ref is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no such referral."))
        client = client_in_reach(session, ws, ref.client_id, "referral.update")
        require_basis(session, ref, based_on)
        for name, value in values.items():
            setattr(ref, name, value)
        audit.record(session, ws.actor, "referral.update", client_code=client.case_code)
        touch(client)
        return _referral_view(ref)


def save_exploitation(ws: Workspace, client_id: int, data: ExploitationInput,
                      exploitation_id: int | None = None,
                      based_on: int | None = None) -> ExploitationView:
    """Add an exploitation record, or (with its id, and the version its form showed)
    change one."""
    require_case_worker(ws, "exploitation.save")
    values = clean(EXPLOITATION_SPEC, data, _exploitation_cross)
    values["forms"] = [f.value for f in values["forms"]]
    with ws.session() as session:
        client = client_in_reach(session, ws, client_id, "exploitation.save")
        if exploitation_id is None:
            row = Exploitation(client_id=client.id, **values)
            session.add(row)
        else:
            found = session.get(Exploitation, exploitation_id)
            if found is None or found.client_id != client.id:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no such exploitation record."))
            require_basis(session, found, based_on)
            row = found
            for name, value in values.items():
                setattr(row, name, value)
        session.flush()
        audit.record(session, ws.actor, "exploitation.save", client_code=client.case_code)
        touch(client)
        return _exploitation_view(row)


def open_client_file(ws: Workspace, client_id: int) -> ClientFile:
    """The client's file. Opening it is recorded in the audit trail."""
    return _file(ws, client_id, audited=True)


def file_details(ws: Workspace, client_id: int) -> ClientFile:
    """The same, for refreshing a file already open on screen (its opening was recorded)."""
    return _file(ws, client_id, audited=False)


def _file(ws: Workspace, client_id: int, *, audited: bool) -> ClientFile:
    require_case_worker(ws, "client.open")
    with ws.session() as session:
        c = client_in_reach(session, ws, client_id, "client.open")
        return file_in(session, ws, c, audited=audited)


def file_in(session: Session, ws: Workspace, c: Client, *, audited: bool = False
            ) -> ClientFile:
    """The file of client `c` (already in reach) in a transaction already open."""
    summary = _summaries(session, ws, Client.id == c.id, clock.today())[0]
    refs = session.scalars(select(Referral).where(Referral.client_id == c.id)
                           .order_by(Referral.referred_on)).all()
    exps = session.scalars(select(Exploitation).where(Exploitation.client_id == c.id)
                           .order_by(Exploitation.id)).all()
    end = session.scalars(select(ProgrammeEnd).where(ProgrammeEnd.client_id == c.id)).first()
    counsellor = session.get(User, c.counsellor_id) if c.counsellor_id else None
    granted = session.execute(
        select(User.username, User.display_name, AccessGrant.until)
        .join(AccessGrant, AccessGrant.user_id == User.id)
        .where(AccessGrant.client_id == c.id, grant_in_force(clock.today()))
        .order_by(AccessGrant.granted_at, AccessGrant.id)).all()
    if audited:
        audit.record(session, ws.actor, "client.open", client_code=c.case_code)
    return ClientFile(
        summary=summary, aliases=tuple(a.alias for a in c.aliases),
        birth_date=c.birth_date, birth_date_precision=c.birth_date_precision,
        gender=c.gender, languages=tuple(c.languages), guardian_name=c.guardian_name,
        guardian_contact=c.guardian_contact, residence_track=c.residence_track,
        counsellor_username=counsellor.username if counsellor else None,
        referrals=tuple(_referral_view(r) for r in refs),
        exploitations=tuple(_exploitation_view(e) for e in exps),
        programme_end=ProgrammeEndView(end.ended_on, end.reason, end.note) if end else None,
        access_granted_to=tuple(g[0] for g in granted),
        colleagues=tuple((g[1], g[2]) for g in granted), version=c.version,
    )


def counsellors(ws: Workspace) -> list[tuple[str, str]]:
    """(user name, display name) of active counsellors, for assignment and filters."""
    require_case_worker(ws, "user.list")
    with ws.session() as session:
        return counsellors_in(session)


def counsellors_in(session: Session) -> list[tuple[str, str]]:
    rows = session.execute(
        select(User.username, User.display_name).join(UserRole)
        .where(User.active.is_(True), UserRole.role == Role.COUNSELLOR)
        .order_by(User.display_name)).all()
    return [(r[0], r[1]) for r in rows]
