"""A synthetic demo installation: believable 2-3 year histories across every area of the file.

Every client is marked synthetic; names are invented combinations. Rows are generated in plain
Python and inserted in bulk (one transaction), so 5,000 clients take seconds, not minutes.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import insert

from shelter_desk.demo.names import COURTS, DISTRICTS, ORIGINS, Courts, Origin
from shelter_desk.domain import residence as residence_rules
from shelter_desk.domain import rules
from shelter_desk.domain.judiciary import next_court_day
from shelter_desk.domain.places_and_languages import LEAFLET_LANGUAGES
from shelter_desk.domain.roles import Role
from shelter_desk.domain.vocabulary import (
    ActionStatus,
    AppointmentKind,
    AppointmentStatus,
    BirthDatePrecision,
    ClientStatus,
    Condition,
    ConditionStatus,
    ConsentEventKind,
    ConsentForm,
    ConsentPurpose,
    DetectionBasis,
    DocumentStatus,
    DocumentType,
    EndReason,
    ExploitationForm,
    Gender,
    GoalDomain,
    GoalStatus,
    HearingOutcome,
    HearingType,
    JudicialOffice,
    JudicialStage,
    NoteKind,
    NotificationReason,
    NotificationRecipient,
    ReferralOutcome,
    ReferringService,
    ResidenceTrack,
    Sector,
    SessionKind,
    SessionPlace,
    Standing,
)
from shelter_desk.domain.wall_clock import instant
from shelter_desk.models.appointments import Appointment
from shelter_desk.models.base import Base, table_of, utcnow
from shelter_desk.models.case_plan import CaseNote, PlanAction
from shelter_desk.models.clients import Client, ClientAlias
from shelter_desk.models.corrections import RecordVoid
from shelter_desk.models.followup import (
    AutonomyGoal,
    ConditionCheck,
    ConsentEvent,
    CounsellingSession,
    GoalMilestone,
    Notification,
)
from shelter_desk.models.intake import Exploitation, ProgrammeEnd, Referral
from shelter_desk.models.justice import CourtDate, JudicialCase, ResidenceDocument
from shelter_desk.services import audit, clock, setup, signing, status, users
from shelter_desk.services.clients import case_code_prefix
from shelter_desk.services.folding import search_key
from shelter_desk.services.workspace import Workspace
from shelter_desk.store.keyslots import DEFAULT_KDF, KdfParams

T = TypeVar("T")
DEMO_SHELTER = "Pag-Asa (synthetic demo data)"
DEMO_CITY = "Bruxelles"
ACCOUNTS = {
    "director": ("Demo Director (synthetic)", (Role.DIRECTOR, Role.ADMINISTRATOR)),
    "counsellor1": ("Demo Counsellor One (synthetic)", (Role.COUNSELLOR,)),
    "counsellor2": ("Demo Counsellor Two (synthetic)", (Role.COUNSELLOR,)),
    "admin": ("Demo Administrator (synthetic)", (Role.ADMINISTRATOR,)),
}
MAX_CLIENTS = 50000  # scale tests (make bench grows to 20,000)
NOTE = "Synthetic demo note: "
SESSION_NOTES = (
    "talked through the week; sleeping better.",
    "prepared the hearing with the lawyer's questions.",
    "accompanied to the Immigration Office appointment.",
    "housing search: two visits planned.",
    "Dutch course enrolment discussed.",
    "budget plan reviewed; first own savings.",
    "worried about family at home; contact via the shelter only.",
    "GP appointment arranged; follow-up in two weeks.",
)


@dataclass(frozen=True)
class DemoResult:
    data_dir: Path
    passwords: dict[str, str]
    clients: int


def demo_password() -> str:
    """Five words from a small list plus digits: easy to type in a demo, never a real secret."""
    words = ("amber", "basil", "cedar", "delta", "ember", "fjord", "grove", "harbor", "iris",
             "juniper", "koala", "lotus", "maple", "nectar", "olive", "pepper", "quartz")
    return "-".join(secrets.choice(words) for _ in range(4)) + f"-{secrets.randbelow(90) + 10}"


def _weighted(rng: random.Random, options: Sequence[tuple[T, float]]) -> T:
    return rng.choices([o for o, _ in options], weights=[w for _, w in options])[0]


@dataclass
class _Rows:
    """Rows per table, with the next id of each."""

    tables: dict[type[Base], list[dict[str, Any]]] = field(default_factory=dict)
    next_ids: dict[type[Base], int] = field(default_factory=dict)

    def add(self, model: type[Base], **values: Any) -> int:
        row_id = self.next_ids.get(model, 1)
        self.next_ids[model] = row_id + 1
        self.tables.setdefault(model, []).append({"id": row_id, **values})
        return row_id


class _Generator:
    def __init__(self, rng: random.Random, today: date, prefix: str,
                 counsellor_ids: list[int]) -> None:
        self.rng = rng
        self.today = today
        self.prefix = prefix
        self.counsellor_ids = counsellor_ids
        self.rows = _Rows()
        self.codes: dict[int, int] = {}

    # -- one client --------------------------------------------------------------------------
    def client(self) -> None:
        rng, today = self.rng, self.today
        origin = rng.choices(ORIGINS, weights=[o.weight for o in ORIGINS])[0]
        forms = self._forms(origin)
        sexual = ExploitationForm.SEXUAL in forms
        gender = Gender.FEMALE if rng.random() < (0.9 if sexual else 0.3) else Gender.MALE
        if rng.random() < 0.01:
            gender = Gender.NON_BINARY
        intake = today - timedelta(days=rng.randint(3, 3 * 365))
        minor = rng.random() < 0.04
        age = rng.randint(15, 17) if minor else rng.randint(18, 52)
        birth = intake - timedelta(days=age * 365 + rng.randint(0, 364))
        precision = _weighted(rng, [(BirthDatePrecision.EXACT, 70), (BirthDatePrecision.YEAR, 20),
                                    (BirthDatePrecision.ESTIMATED, 10)])
        if precision == BirthDatePrecision.YEAR:
            birth = birth.replace(month=1, day=1)
        track = (ResidenceTrack.BELGIAN if origin.country == "BE" else ResidenceTrack.EU
                 if origin.country in ("RO", "BG", "HU") else ResidenceTrack.THIRD_COUNTRY)
        first = rng.choice(origin.female if gender == Gender.FEMALE else origin.male)
        last = rng.choice(origin.surnames)
        aliases: list[str] = []
        scripts = [s for s in origin.scripts if s[0].split()[0] == first]
        if scripts and rng.random() < 0.8:
            first, last = scripts[0][0].split(" ", 1)
            aliases.append(scripts[0][1])
        if rng.random() < 0.25:
            aliases.append(f"{rng.choice(('Lily', 'Mimi', 'Angel', 'Baby', 'Sunny', 'Max'))}")
        end = self._end_date(intake)
        status = (ClientStatus.CLOSED if end else ClientStatus.INTAKE
                  if (today - intake).days < 45 and rng.random() < 0.7
                  else ClientStatus.IN_PROGRAMME)
        year = intake.year
        self.codes[year] = self.codes.get(year, 0) + 1
        code = f"{self.prefix}-{year}-{self.codes[year]:04d}"
        counsellor = rng.choice(self.counsellor_ids)
        langs = list(origin.languages[: rng.randint(1, len(origin.languages))])
        if rng.random() < 0.4:
            langs.append(rng.choice(("fr", "nl", "en")))
        cid = self.rows.add(
            Client, case_code=code, first_names=first, last_name=last, birth_date=birth,
            birth_date_precision=precision, gender=gender, nationality=origin.country,
            languages=list(dict.fromkeys(langs)), is_minor=minor,
            guardian_name=f"Guardian {rng.randint(1, 40)} (synthetic)" if minor else None,
            guardian_contact="Guardianship Service, FPS Justice (synthetic)" if minor else None,
            residence_track=track, intake_date=intake, counsellor_id=counsellor, status=status,
            search_key=search_key([code, first, last, f"{first} {last}", *aliases]),
            synthetic=True, created_at=utcnow(), updated_at=utcnow(),
        )
        for alias in aliases:
            self.rows.add(ClientAlias, client_id=cid, alias=alias)
        stop = end or today
        self._referral(cid, origin, intake, status, forms)
        self._exploitation(cid, origin, forms, intake)
        self._consents(cid, origin, intake, stop, counsellor, track)
        self._sessions(cid, origin, intake, stop, counsellor)
        if status != ClientStatus.INTAKE:
            self._checks(cid, intake, stop, counsellor, status)
        if track == ResidenceTrack.THIRD_COUNTRY:
            # Still in intake: the first document is requested, not yet issued (an issued one
            # would put the client in the programme's reflection period).
            self._documents(cid, intake, stop, minor, counsellor,
                            requested_only=status == ClientStatus.INTAKE)
        if rng.random() < 0.85:
            self._judicial(cid, forms, intake, end)
        if status != ClientStatus.INTAKE:
            self._goals(cid, intake, stop)
        if end:
            reason = _weighted(rng, [(EndReason.AUTONOMY, 45), (EndReason.VOLUNTARY_RETURN, 10),
                                     (EndReason.STOPPED_BY_CLIENT, 12),
                                     (EndReason.CONTACT_WITH_EXPLOITERS, 6),
                                     (EndReason.DISAPPEARED, 12), (EndReason.TRANSFERRED, 5),
                                     (EndReason.NOT_TRAFFICKING, 5), (EndReason.OTHER, 5)])
            self.rows.add(ProgrammeEnd, client_id=cid, ended_on=end, reason=reason,
                          note=NOTE + "programme closed.")
            self.rows.add(Notification, client_id=cid, sent_on=end,
                          recipient=NotificationRecipient.PROSECUTOR,
                          reason=NotificationReason.END_OF_GUIDANCE, reference=None,
                          note=None, counsellor_id=counsellor)

    def _end_date(self, intake: date) -> date | None:
        years = (self.today - intake).days / 365
        share = 0.6 if years > 2 else 0.2 if years > 1 else 0.05
        if self.rng.random() >= share:
            return None
        span = (self.today - intake).days
        return intake + timedelta(days=self.rng.randint(min(60, span), span))

    def _forms(self, origin: Origin) -> list[ExploitationForm]:
        rng = self.rng
        if rng.random() < origin.sexual_share:
            forms = [ExploitationForm.SEXUAL]
        else:
            forms = [_weighted(rng, [(ExploitationForm.LABOUR, 85), (ExploitationForm.BEGGING, 4),
                                     (ExploitationForm.FORCED_CRIMINALITY, 6),
                                     (ExploitationForm.ORGAN_REMOVAL, 0.5),
                                     (ExploitationForm.AGGRAVATED_SMUGGLING, 4.5)])]
        if rng.random() < 0.05:
            extra = rng.choice(list(ExploitationForm))
            if extra not in forms:
                forms.append(extra)
        return forms

    def _referral(self, cid: int, origin: Origin, intake: date, status: ClientStatus,
                  forms: list[ExploitationForm]) -> None:
        rng = self.rng
        labour = ExploitationForm.LABOUR in forms
        service = _weighted(rng, [
            (ReferringService.POLICE, 35),
            (ReferringService.SOCIAL_INSPECTION, 15 if labour else 2),
            (ReferringService.LABOUR_AUDITOR, 8 if labour else 1), (ReferringService.PROSECUTOR, 5),
            (ReferringService.IMMIGRATION_OFFICE, 5), (ReferringService.ASYLUM_RECEPTION, 7),
            (ReferringService.CPAS_OCMW, 4), (ReferringService.HOSPITAL, 3),
            (ReferringService.NGO, 10), (ReferringService.LAWYER, 3), (ReferringService.SELF, 3),
            (ReferringService.OTHER, 2)])
        leaflet = next((lang for lang in origin.languages if lang in LEAFLET_LANGUAGES), "en")
        self.rows.add(
            Referral, client_id=cid, referred_on=intake - timedelta(days=rng.randint(0, 10)),
            service=service, service_detail=None,
            detection_basis=DetectionBasis.OWN_ACCOUNT if rng.random() < 0.6
            else DetectionBasis.INDICATORS,
            indicators=NOTE + "indicators noted by the first responder.",
            leaflet_language=leaflet,
            outcome=ReferralOutcome.REFLECTION_PERIOD if status == ClientStatus.INTAKE
            else ReferralOutcome.ADMITTED)

    def _exploitation(self, cid: int, origin: Origin, forms: list[ExploitationForm],
                      intake: date) -> None:
        rng = self.rng
        sector = None
        if ExploitationForm.LABOUR in forms:
            sector = _weighted(rng, [(Sector.HOSPITALITY, 25), (Sector.CONSTRUCTION, 20),
                                     (Sector.AGRICULTURE, 10), (Sector.CLEANING, 10),
                                     (Sector.CAR_WASH, 8), (Sector.RETAIL, 7),
                                     (Sector.DOMESTIC_WORK, 8), (Sector.TRANSPORT, 7),
                                     (Sector.OTHER, 5)])
        loverboy = ExploitationForm.SEXUAL in forms and rng.random() < origin.loverboy_share
        countries = ["BE"] if origin.country == "BE" else [origin.country, "BE"]
        if rng.random() < 0.2:
            countries.insert(1, rng.choice(("FR", "NL", "DE", "IT", "ES")))
        start = intake - timedelta(days=rng.randint(60, 1500))
        self.rows.add(Exploitation, client_id=cid, forms=[f.value for f in forms],
                      sector=sector, loverboy_method=loverboy, countries=countries,
                      period_start=start, period_end=intake - timedelta(days=rng.randint(1, 30)),
                      description=NOTE + "circumstances as the client described them.")

    def _consents(self, cid: int, origin: Origin, intake: date, stop: date, counsellor: int,
                  track: ResidenceTrack) -> None:
        rng = self.rng
        language = origin.languages[0]
        shares = {
            ConsentPurpose.PROGRAMME_SUPPORT: 1.0, ConsentPurpose.SHARE_PROSECUTOR: 0.9,
            ConsentPurpose.SHARE_POLICE: 0.75, ConsentPurpose.SHARE_OTHER_SHELTER: 0.1,
            ConsentPurpose.ANONYMOUS_STATISTICS: 0.7,
            ConsentPurpose.SHARE_IMMIGRATION_OFFICE:
                0.95 if track == ResidenceTrack.THIRD_COUNTRY else 0.1,
        }
        for purpose, share in shares.items():
            if rng.random() >= share:
                continue
            given = intake + timedelta(days=rng.randint(0, 3))
            given = min(given, self.today)
            self._consent(cid, purpose, ConsentEventKind.GRANT, given, counsellor, language)
            if purpose != ConsentPurpose.PROGRAMME_SUPPORT and rng.random() < 0.06:
                later = given + timedelta(days=rng.randint(10, max(11, (stop - given).days)))
                self._consent(cid, purpose, ConsentEventKind.WITHDRAWAL, min(later, self.today),
                              counsellor, language)
                continue
            # The yearly review, recorded as a renewed consent (most files keep up with it).
            review = rules.add_months(given, rules.CONSENT_REVIEW_MONTHS)
            while review <= stop and rng.random() < 0.93:
                renewed = min(review + timedelta(days=rng.randint(-10, 20)), self.today)
                self._consent(cid, purpose, ConsentEventKind.GRANT, renewed, counsellor,
                              language)
                review = rules.add_months(review, rules.CONSENT_REVIEW_MONTHS)

    def _consent(self, cid: int, purpose: ConsentPurpose, kind: ConsentEventKind, day: date,
                 counsellor: int, language: str) -> None:
        oral = self.rng.random() < 0.15
        self.rows.add(
            ConsentEvent, client_id=cid, purpose=purpose, kind=kind, given_on=day,
            form=ConsentForm.ORAL_WITH_WITNESS if oral else ConsentForm.WRITTEN,
            language=language, interpreter=language not in ("fr", "nl", "en"),
            witness="Colleague on duty (synthetic)" if oral else None,
            document_reference=None if oral else f"CF-{cid:05d}-{purpose.value[:4]}",
            counsellor_id=counsellor, note=None, recorded_at=utcnow())

    def _sessions(self, cid: int, origin: Origin, intake: date, stop: date,
                  counsellor: int) -> None:
        rng = self.rng
        needs_interpreter = origin.languages[0] not in ("fr", "nl", "en")
        day, first = intake, True
        while day <= stop:
            kind = SessionKind.INTAKE if first else _weighted(rng, [
                (SessionKind.PSYCHOSOCIAL, 35), (SessionKind.ADMINISTRATIVE, 25),
                (SessionKind.LEGAL_ACCOMPANIMENT, 10), (SessionKind.MEDICAL_ACCOMPANIMENT, 8),
                (SessionKind.HOUSING, 8), (SessionKind.WORK_EDUCATION, 8),
                (SessionKind.EVALUATION, 4), (SessionKind.OTHER, 2)])
            place = _weighted(rng, [(SessionPlace.SHELTER, 60), (SessionPlace.OUTREACH, 12),
                                    (SessionPlace.COURT, 3), (SessionPlace.POLICE, 3),
                                    (SessionPlace.LAWYER, 4), (SessionPlace.HOSPITAL, 5),
                                    (SessionPlace.REMOTE, 13)])
            self.rows.add(
                CounsellingSession, client_id=cid, held_on=day,
                start_time=time(rng.randint(9, 16), rng.choice((0, 15, 30, 45))),
                duration_minutes=rng.choice((30, 45, 60, 60, 75, 90, 120)),
                counsellor_id=counsellor, kind=kind, place=place,
                interpreter_language=origin.languages[0]
                if needs_interpreter and rng.random() < 0.7 else None,
                support_person_present=rng.random() < 0.1, client_stopped=rng.random() < 0.03,
                client_asked_questions=rng.random() < 0.4,
                confidential_notes=NOTE + rng.choice(SESSION_NOTES))
            first = False
            day += timedelta(days=rng.randint(7, 28))

    def _checks(self, cid: int, intake: date, stop: date, counsellor: int,
                status: ClientStatus) -> None:
        rng = self.rng
        # A few active files fall behind with their monthly checks, as happens.
        last = stop - timedelta(days=rng.randint(35, 80)) if (
            status == ClientStatus.IN_PROGRAMME and rng.random() < 0.04) else stop
        day = intake + timedelta(days=rng.randint(20, 30))
        while day <= last:
            for condition in Condition:
                s = _weighted(rng, [(ConditionStatus.COMPLIED, 95), (ConditionStatus.CONCERN, 4),
                                    (ConditionStatus.BREACH, 1)])
                self.rows.add(
                    ConditionCheck, client_id=cid, condition=condition, checked_on=day, status=s,
                    evidence=None if s == ConditionStatus.COMPLIED
                    else NOTE + "observation recorded by the counsellor.",
                    assessment=None if s == ConditionStatus.COMPLIED
                    else NOTE + "discussed with the client; plan agreed.",
                    notified_prosecutor=s == ConditionStatus.BREACH,
                    notified_immigration_office=s == ConditionStatus.BREACH,
                    counsellor_id=counsellor)
                if s == ConditionStatus.BREACH and condition == Condition.NO_CONTACT:
                    self.rows.add(Notification, client_id=cid, sent_on=day,
                                  recipient=NotificationRecipient.PROSECUTOR,
                                  reason=NotificationReason.CONTACT_WITH_EXPLOITERS,
                                  reference=None, note=None, counsellor_id=counsellor)
            day += timedelta(days=rng.randint(22, 30))

    def _documents(self, cid: int, intake: date, stop: date, minor: bool,
                   counsellor: int, requested_only: bool = False) -> None:
        rng, today = self.rng, self.today
        if requested_only:
            first = DocumentType.MINOR_DOCUMENT if minor else DocumentType.ANNEX_15
            requested = min(intake + timedelta(days=rng.randint(1, 4)), today)
            self.rows.add(Notification, client_id=cid, sent_on=requested,
                          recipient=NotificationRecipient.IMMIGRATION_OFFICE,
                          reason=NotificationReason.DOCUMENT_REQUEST, reference=None, note=None,
                          counsellor_id=counsellor)
            self.rows.add(ResidenceDocument, client_id=cid, doc_type=first,
                          status=DocumentStatus.REQUESTED, requested_on=requested,
                          issued_on=None, expires_on=None, extends_id=None, reference=None,
                          notes=None)
            return

        def issue(doc_type: DocumentType, issued: date, extends: int | None = None) -> int | None:
            """Request, then issue; a request still pending today stays 'requested'."""
            lead = rng.randint(20, 40) if doc_type == DocumentType.A_CARD else rng.randint(2, 6)
            requested = issued - timedelta(days=lead)
            if requested > today or requested > stop:
                return None
            self.rows.add(Notification, client_id=cid, sent_on=requested,
                          recipient=NotificationRecipient.IMMIGRATION_OFFICE,
                          reason=NotificationReason.DOCUMENT_REQUEST, reference=None, note=None,
                          counsellor_id=counsellor)
            pending = issued > today or issued > stop
            doc_id = self.rows.add(
                ResidenceDocument, client_id=cid, doc_type=doc_type,
                status=DocumentStatus.REQUESTED if pending else DocumentStatus.ISSUED,
                requested_on=requested, issued_on=None if pending else issued,
                expires_on=None if pending else residence_rules.expiry(doc_type, issued),
                extends_id=extends,
                reference=None if pending else f"DEMO-{cid:05d}-{rng.randint(100, 999)}",
                notes=None)
            return None if pending else doc_id

        if minor:
            day = intake + timedelta(days=2)
            while issue(DocumentType.MINOR_DOCUMENT, day) is not None:
                day = rules.add_months(day, 3) - timedelta(days=rng.randint(1, 10))
            return
        annex = intake + timedelta(days=rng.randint(1, 4))
        if issue(DocumentType.ANNEX_15, annex) is None:
            return
        ai_day = annex + timedelta(days=rng.randint(20, 44))
        ai = issue(DocumentType.ATTESTATION_IMMATRICULATION, ai_day)
        if ai is None:
            return
        card_day = rules.add_months(ai_day, 3)
        if rng.random() < 0.4:
            ext_day = rules.add_months(ai_day, 3) - timedelta(days=rng.randint(1, 10))
            if issue(DocumentType.ATTESTATION_IMMATRICULATION, ext_day, ai) is None:
                return
            card_day = rules.add_months(ext_day, 3)
        card_day -= timedelta(days=rng.randint(1, 10))
        while (card := issue(DocumentType.A_CARD, card_day)) is not None:
            card_day = rules.add_months(card_day, 6) - timedelta(days=rng.randint(1, 20))
            if rng.random() < 0.05:
                issue(DocumentType.B_CARD, card_day)
                break
        del card

    def _judicial(self, cid: int, forms: list[ExploitationForm], intake: date,
                  end: date | None) -> None:
        """One case whose stages follow the law's order (inquiry, investigation, council
        chamber, first instance, appeal, final) on one time line, with hearings at the court
        each stage sits in, on court days."""
        rng, today = self.rng, self.today
        labour = forms[0] == ExploitationForm.LABOUR
        district = rng.choice(DISTRICTS.get(self.prefix, DISTRICTS["PAG"]))
        courts = COURTS[district]
        opened = min(intake + timedelta(days=rng.randint(3, 40)), today)
        pace = rng.uniform(0.7, 1.4)  # one pace per case, so the stages stay in order
        timeline = [(stage, opened + timedelta(days=round(days * pace))) for stage, days in (
            (JudicialStage.INQUIRY, 0), (JudicialStage.JUDICIAL_INVESTIGATION, 200),
            (JudicialStage.COUNCIL_CHAMBER, 400), (JudicialStage.FIRST_INSTANCE, 500),
            (JudicialStage.APPEAL, 800), (JudicialStage.FINAL, 950))]
        appealed = rng.random() < 0.5
        if not appealed:  # the first-instance judgment becomes final after the appeal period
            timeline = [(s, d) for s, d in timeline if s != JudicialStage.APPEAL]
        reached = [(s, d) for s, d in timeline if d <= today]
        stage, since = reached[-1]
        dismissed = stage in (JudicialStage.INQUIRY, JudicialStage.JUDICIAL_INVESTIGATION) \
            and (today - opened).days > 150 and rng.random() < 0.12
        if dismissed:
            stage = JudicialStage.DISMISSED
        elapsed = (today - opened).days
        standing = _weighted(rng, [(Standing.COMPLAINANT, 40), (Standing.INJURED_PARTY, 20),
                                   (Standing.CIVIL_PARTY, 40)])
        case_id = self.rows.add(
            JudicialCase, client_id=cid,
            office=JudicialOffice.LABOUR_AUDITOR if labour else JudicialOffice.PROSECUTOR,
            district=district, reference_magistrate=f"Magistrate {rng.randint(1, 30)} (synthetic)",
            pv_number=f"{district[:2].upper()}.{rng.randint(10, 99)}.L{rng.randint(1, 9)}."
                      f"{rng.randint(100000, 999999)}/{str(opened.year)[2:]}",
            case_number=f"{opened.year}/{rng.randint(1000, 9999)}" if elapsed > 200 else None,
            stage=stage, opened_on=opened,
            final_decision_on=since if stage == JudicialStage.FINAL else None,
            standing=standing,
            standing_since=opened + timedelta(days=rng.randint(0, 30))
            if opened + timedelta(days=30) <= today else opened,
            lawyer=f"Lawyer {rng.randint(1, 60)} (synthetic)"
            if standing == Standing.CIVIL_PARTY else None,
            legal_aid=standing == Standing.CIVIL_PARTY and rng.random() < 0.8, notes=None)
        if not dismissed:
            self._hearings(case_id, courts, dict(timeline), stage, end)

    def _hearing(self, case_id: int, court: str, day: date, kind: HearingType,
                 outcome: HearingOutcome) -> None:
        rng = self.rng
        upcoming = outcome == HearingOutcome.SCHEDULED
        day = next_court_day(day)
        at = time(rng.choice((9, 10, 13, 14)), rng.choice((0, 30)))
        self.rows.add(
            CourtDate, case_id=case_id, court=court, on_date=day, at_time=at,
            at_utc=instant(day, at), hearing_type=kind,
            attendance_required=rng.random() < 0.4, counsellor_accompanies=True,
            interpreter_arranged=rng.random() < 0.6, outcome=outcome,
            client_attended=None if upcoming else rng.random() < 0.8, notes=None)

    def _hearings(self, case_id: int, courts: Courts, when: dict[JudicialStage, date],
                  stage: JudicialStage, end: date | None) -> None:
        """The past hearings of every stage reached, at its court, then the next one."""
        rng, today = self.rng, self.today
        held = [
            (JudicialStage.COUNCIL_CHAMBER, courts.council_chamber,
             [(HearingType.COUNCIL_CHAMBER, HearingOutcome.HELD)]),
            (JudicialStage.FIRST_INSTANCE, courts.correctional,
             [(HearingType.INTRODUCTORY, HearingOutcome.HELD),
              (HearingType.PLEADINGS, _weighted(rng, [(HearingOutcome.HELD, 70),
                                                      (HearingOutcome.POSTPONED, 30)])),
              (HearingType.JUDGMENT, HearingOutcome.JUDGMENT)]),
            (JudicialStage.APPEAL, courts.appeal,
             [(HearingType.APPEAL, HearingOutcome.HELD),
              (HearingType.JUDGMENT, HearingOutcome.JUDGMENT)]),
        ]
        upcoming = None
        for step, court, hearings in held:
            start = when.get(step)
            if start is None or start > today:
                continue
            later = sorted(d for d in when.values() if d > start)
            finish = min(later[0] if later else today, today)
            span = max((finish - start).days, 1)
            for n, (kind, outcome) in enumerate(hearings):
                day = start + timedelta(days=span * (n + 1) // (len(hearings) + 1))
                if day > today - timedelta(days=2):
                    upcoming = upcoming or (court, kind)
                    break
                self._hearing(case_id, court, day, kind, outcome)
        if end is not None or stage in (JudicialStage.FINAL, JudicialStage.DISMISSED) \
                or rng.random() > 0.45:
            return
        if upcoming is None:
            upcoming = {
                JudicialStage.INQUIRY: (courts.correctional, HearingType.HEARING_OF_VICTIM),
                JudicialStage.JUDICIAL_INVESTIGATION:
                    (courts.correctional, HearingType.HEARING_OF_VICTIM),
                JudicialStage.COUNCIL_CHAMBER:
                    (courts.council_chamber, HearingType.COUNCIL_CHAMBER),
                JudicialStage.FIRST_INSTANCE: (courts.correctional, HearingType.PLEADINGS),
                JudicialStage.APPEAL: (courts.appeal, HearingType.APPEAL),
            }.get(stage)
        if upcoming is not None:
            court, kind = upcoming
            self._hearing(case_id, court, today + timedelta(days=rng.randint(1, 90)), kind,
                          HearingOutcome.SCHEDULED)

    def _goals(self, cid: int, intake: date, stop: date) -> None:
        rng = self.rng
        texts = {
            GoalDomain.HOUSING: "Find and keep an own flat",
            GoalDomain.WORK: "Find regular, declared work",
            GoalDomain.EDUCATION_LANGUAGE: "Reach A2 in Dutch or French",
            GoalDomain.FINANCES: "Open a bank account and keep a budget",
            GoalDomain.HEALTH: "Regular GP and psychological follow-up",
            GoalDomain.LEGAL_STATUS: "Secure a stable residence permit",
            GoalDomain.SOCIAL_NETWORK: "Build contacts outside the shelter",
            GoalDomain.DAILY_LIVING: "Manage appointments and transport alone",
        }
        for domain in rng.sample(list(GoalDomain), rng.randint(2, 5)):
            set_on = min(intake + timedelta(days=rng.randint(14, 60)), stop)
            span = max(1, (stop - set_on).days)
            progress = min(100, int(rng.uniform(0.3, 1.7) * min(100, span / 5)))
            status = (GoalStatus.ACHIEVED if progress >= 100 else GoalStatus.IN_PROGRESS
                      if progress > 0 else GoalStatus.PLANNED)
            if rng.random() < 0.05:
                status = GoalStatus.ABANDONED
            gid = self.rows.add(
                AutonomyGoal, client_id=cid, domain=domain,
                description=texts[domain] + " (synthetic)", set_on=set_on,
                target_date=set_on + timedelta(days=rng.randint(120, 540)), status=status,
                progress=progress)
            steps = sorted(rng.sample(range(1, span + 1), min(span, rng.randint(0, 3))))
            for i, step in enumerate(steps, 1):
                self.rows.add(GoalMilestone, goal_id=gid,
                              reached_on=set_on + timedelta(days=step),
                              description=NOTE + "step reached.",
                              progress=progress * i // len(steps))


def populate(ws: Workspace, clients: int, *, seed: int = 2026,
             today: date | None = None, progress: Callable[[int], None] | None = None) -> int:
    """Add `clients` synthetic clients with full histories to an open workspace."""
    if not 0 <= clients <= MAX_CLIENTS:
        raise ValueError(f"between 0 and {MAX_CLIENTS} clients")
    counsellor_ids = [u.user_id for u in _counsellors(ws)] or [ws.actor.user_id or 1]
    # Reproducible synthetic data, not secrets: a seeded PRNG is what we want here.
    gen = _Generator(random.Random(seed), today or clock.today(),  # noqa: S311
                     case_code_prefix(setup.shelter_name(ws)), counsellor_ids)
    for n in range(clients):
        gen.client()
        if progress and n % 250 == 0:
            progress(n)
    # Its own random stream, so the clients above stay as they were before the case plan.
    _plans_notes_and_voids(gen, random.Random(seed + 16), _usernames(ws))  # noqa: S311
    _appointments(gen, random.Random(seed + 17))  # noqa: S311
    order = [Client, ClientAlias, Referral, Exploitation, ConsentEvent, CounsellingSession,
             ConditionCheck, ResidenceDocument, JudicialCase, CourtDate, AutonomyGoal,
             GoalMilestone, Notification, ProgrammeEnd, PlanAction, CaseNote, RecordVoid,
             Appointment]
    with ws.session() as session:
        for model in order:
            rows = gen.rows.tables.get(model, [])
            for start in range(0, len(rows), 5000):
                # One executemany per chunk (through the ORM, 20,000 statements at 1,000).
                session.execute(insert(table_of(model)), rows[start:start + 5000])
        ws.store.after_bulk_insert(session)
        status.rebuild(session, None, clock.today())  # bulk rows pass no unit of work
        audit.record(session, ws.actor, "demo.generate",
                     reason=f"{clients} synthetic clients (seed {seed})")
    return clients


PLAN_ACTIONS = (
    "Accompany to the CPAS for the living allowance",
    "Book the Dutch course (level A1) at the CVO",
    "Ask the lawyer about the civil-party claim",
    "Renew the A card at the municipality",
    "Appointment with the GP for the vaccination record",
    "Look for a studio with the housing service",
    "Open a bank account (basic banking service)",
)
CASE_NOTES = (
    (NoteKind.PHONE_CALL, "Called the client's lawyer about the next hearing."),
    (NoteKind.LAWYER_MEETING, "Met the lawyer with the client: the civil-party claim is filed."),
    (NoteKind.TEAM_DECISION, "Team meeting: the client may move to supported housing."),
    (NoteKind.OTHER, "The municipality asked for a new photo for the residence card."),
)
VOID_REASONS = (
    "Entered in the wrong file (synthetic demo)",
    "Entered twice: the other entry is the right one (synthetic demo)",
)


def _plans_notes_and_voids(gen: _Generator, rng: random.Random, names: dict[int, str]) -> None:
    """Case plans and notes for the open files; a few records voided, as a year of real use
    leaves some."""
    today = gen.today
    sessions: dict[int, list[dict[str, Any]]] = {}
    for s in gen.rows.tables.get(CounsellingSession, []):
        sessions.setdefault(s["client_id"], []).append(s)
    for c in gen.rows.tables.get(Client, []):
        if c["status"] == ClientStatus.CLOSED:
            continue
        cid, counsellor = c["id"], c["counsellor_id"]
        for text in rng.sample(PLAN_ACTIONS, rng.randint(1, 3)):
            agreed = max(c["intake_date"], today - timedelta(days=rng.randint(1, 60)))
            due = agreed + timedelta(days=rng.randint(7, 60))
            done = due <= today and rng.random() < 0.6
            gen.rows.add(PlanAction, client_id=cid, action=text + " (synthetic)",
                         agreed_on=agreed, owner_id=rng.choice(gen.counsellor_ids),
                         due_on=due, status=ActionStatus.DONE if done else ActionStatus.OPEN,
                         done_on=min(due, today) if done else None, author_id=counsellor)
        for kind, text in rng.sample(CASE_NOTES, rng.randint(0, 2)):
            gen.rows.add(CaseNote, client_id=cid,
                         noted_on=max(c["intake_date"], today - timedelta(days=rng.randint(
                             0, 90))), kind=kind, text=NOTE + text, author_id=counsellor)
        if sessions.get(cid) and rng.random() < 0.08:
            voided = rng.choice(sessions[cid])
            gen.rows.add(RecordVoid, client_id=cid, table_name="counselling_sessions",
                         record_id=voided["id"], voided_at=utcnow(),
                         voided_by=names.get(counsellor, "director"),
                         reason=rng.choice(VOID_REASONS))


APPOINTMENT_PLACES = {
    AppointmentKind.COUNSELLING: "Counselling room 2 (synthetic)",
    AppointmentKind.HEARING: "Court house, room B (synthetic)",
    AppointmentKind.IMMIGRATION_OFFICE: "Immigration Office, counter 4 (synthetic)",
    AppointmentKind.MEDICAL: "Medical centre (synthetic)",
    AppointmentKind.LAWYER: "The lawyer's office (synthetic)",
}


def _appointments(gen: _Generator, rng: random.Random) -> None:
    """The weeks ahead of the open files: counselling sessions planned, and some
    accompaniments (a hearing, the Immigration Office, a doctor, the lawyer), on working days
    in office hours; a few of them today, so the dashboard has something to show."""
    today = gen.today
    days = [today + timedelta(days=n) for n in range(0, 21)
            if (today + timedelta(days=n)).weekday() < 5]
    if not days:
        return
    kinds = [(AppointmentKind.COUNSELLING, 0.6), (AppointmentKind.HEARING, 0.1),
             (AppointmentKind.IMMIGRATION_OFFICE, 0.1), (AppointmentKind.MEDICAL, 0.1),
             (AppointmentKind.LAWYER, 0.1)]
    for c in gen.rows.tables.get(Client, []):
        if c["status"] != ClientStatus.IN_PROGRAMME or rng.random() < 0.4:
            continue
        for _ in range(rng.randint(1, 2)):
            kind = _weighted(rng, kinds)
            day = days[0] if rng.random() < 0.08 else rng.choice(days)
            at = time(rng.randint(9, 16), rng.choice((0, 30)))
            gen.rows.add(Appointment, client_id=c["id"], starts_at=datetime.combine(day, at),
                         duration_minutes=60 if kind == AppointmentKind.COUNSELLING else 120,
                         kind=kind, place=APPOINTMENT_PLACES[kind], note=None,
                         with_user_id=c["counsellor_id"], status=AppointmentStatus.PLANNED,
                         cancel_reason=None, session_id=None, author_id=c["counsellor_id"])


def _usernames(ws: Workspace) -> dict[int, str]:
    from sqlalchemy import select

    from shelter_desk.models.users import User

    with ws.session() as session:
        return {u: n for u, n in session.execute(select(User.id, User.username))}


@dataclass(frozen=True)
class _CounsellorRef:
    user_id: int


def _counsellors(ws: Workspace) -> list[_CounsellorRef]:
    from sqlalchemy import select

    from shelter_desk.models.users import User, UserRole

    with ws.session() as session:
        ids = session.scalars(select(User.id).join(UserRole).where(
            UserRole.role == Role.COUNSELLOR, User.active.is_(True)).order_by(User.id)).all()
    return [_CounsellorRef(i) for i in ids]


def create_demo(data_dir: Path, *, clients: int = 300, password: str | None = None,
                kdf: KdfParams = DEFAULT_KDF, seed: int = 2026) -> DemoResult:
    """A new installation with the demo accounts and `clients` synthetic clients."""
    passwords = {name: password or demo_password() for name in ACCOUNTS}
    display, _ = ACCOUNTS["director"]
    ws, _code = setup.initialise(data_dir, shelter=DEMO_SHELTER, username="director",
                                 display_name=display, password=passwords["director"], kdf=kdf,
                                 city=DEMO_CITY)
    with ws:
        for name, (shown, roles) in ACCOUNTS.items():
            if name != "director":
                users.add_user(ws, name, shown, roles, passwords[name])
        populate(ws, clients, seed=seed)
        signing.demo_identity(ws)  # so that the demo director can sign reports
    return DemoResult(Path(data_dir), passwords, clients)
