"""The vocabulary of domain.md: every enumeration, with Belgian values and English labels.

Generated once from domain.md and edited by hand since; the stored values never change
(they are in databases), labels may. Labels are translated through the .ts catalogues."""

from __future__ import annotations

from shelter_desk.domain.labelled import LabelledEnum, labels
from shelter_desk.i18n import QT_TRANSLATE_NOOP


@labels(
    {
        "female": QT_TRANSLATE_NOOP("enum", "Female"),
        "male": QT_TRANSLATE_NOOP("enum", "Male"),
        "non_binary": QT_TRANSLATE_NOOP("enum", "Non-binary"),
        "unknown": QT_TRANSLATE_NOOP("enum", "Not stated"),
    }
)
class Gender(LabelledEnum):
    """Sex / gender as the client states it."""

    FEMALE = "female"
    MALE = "male"
    NON_BINARY = "non_binary"
    UNKNOWN = "unknown"


@labels(
    {
        "exact": QT_TRANSLATE_NOOP("enum", "Exact"),
        "month": QT_TRANSLATE_NOOP("enum", "Month and year"),
        "year": QT_TRANSLATE_NOOP("enum", "Year only"),
        "estimated": QT_TRANSLATE_NOOP("enum", "Estimated"),
    }
)
class BirthDatePrecision(LabelledEnum):
    """How much of a birth date is known (often approximate)."""

    EXACT = "exact"
    MONTH = "month"
    YEAR = "year"
    ESTIMATED = "estimated"


@labels(
    {
        "third_country": QT_TRANSLATE_NOOP("enum", "Third-country national"),
        "eu": QT_TRANSLATE_NOOP("enum", "EU citizen"),
        "belgian": QT_TRANSLATE_NOOP("enum", "Belgian"),
    }
)
class ResidenceTrack(LabelledEnum):
    """Which residence rules apply (EU citizens follow free movement, no annex 15)."""

    THIRD_COUNTRY = "third_country"
    EU = "eu"
    BELGIAN = "belgian"


@labels(
    {
        "intake": QT_TRANSLATE_NOOP("enum", "Intake"),
        "in_programme": QT_TRANSLATE_NOOP("enum", "In programme"),
        "closed": QT_TRANSLATE_NOOP("enum", "Closed"),
    }
)
class ClientStatus(LabelledEnum):
    """Where the client is in the programme."""

    INTAKE = "intake"
    IN_PROGRAMME = "in_programme"
    CLOSED = "closed"


@labels(
    {
        "police": QT_TRANSLATE_NOOP("enum", "Police"),
        "social_inspection": QT_TRANSLATE_NOOP("enum", "Social inspection"),
        "labour_auditor": QT_TRANSLATE_NOOP("enum", "Labour auditor"),
        "prosecutor": QT_TRANSLATE_NOOP("enum", "Public prosecutor"),
        "immigration_office": QT_TRANSLATE_NOOP("enum", "Immigration Office"),
        "asylum_reception": QT_TRANSLATE_NOOP("enum", "Asylum reception centre"),
        "cpas_ocmw": QT_TRANSLATE_NOOP("enum", "CPAS / OCMW"),
        "hospital": QT_TRANSLATE_NOOP("enum", "Hospital"),
        "ngo": QT_TRANSLATE_NOOP("enum", "NGO"),
        "lawyer": QT_TRANSLATE_NOOP("enum", "Lawyer"),
        "self": QT_TRANSLATE_NOOP("enum", "Self-referral"),
        "other": QT_TRANSLATE_NOOP("enum", "Other"),
    }
)
class ReferringService(LabelledEnum):
    """Who referred the client (the first responder)."""

    POLICE = "police"
    SOCIAL_INSPECTION = "social_inspection"
    LABOUR_AUDITOR = "labour_auditor"
    PROSECUTOR = "prosecutor"
    IMMIGRATION_OFFICE = "immigration_office"
    ASYLUM_RECEPTION = "asylum_reception"
    CPAS_OCMW = "cpas_ocmw"
    HOSPITAL = "hospital"
    NGO = "ngo"
    LAWYER = "lawyer"
    SELF = "self"
    OTHER = "other"


@labels(
    {
        "own_account": QT_TRANSLATE_NOOP("enum", "The person's own account"),
        "indicators": QT_TRANSLATE_NOOP("enum", "Indicators"),
    }
)
class DetectionBasis(LabelledEnum):
    """On what basis the victim was detected."""

    OWN_ACCOUNT = "own_account"
    INDICATORS = "indicators"


@labels(
    {
        "pending": QT_TRANSLATE_NOOP("enum", "Pending"),
        "reflection_period": QT_TRANSLATE_NOOP("enum", "Reflection period"),
        "admitted": QT_TRANSLATE_NOOP("enum", "Admitted to the programme"),
        "declined": QT_TRANSLATE_NOOP("enum", "Declined by the person"),
        "referred_elsewhere": QT_TRANSLATE_NOOP("enum", "Referred elsewhere"),
        "not_eligible": QT_TRANSLATE_NOOP("enum", "Not eligible"),
    }
)
class ReferralOutcome(LabelledEnum):
    """What came of the referral."""

    PENDING = "pending"
    REFLECTION_PERIOD = "reflection_period"
    ADMITTED = "admitted"
    DECLINED = "declined"
    REFERRED_ELSEWHERE = "referred_elsewhere"
    NOT_ELIGIBLE = "not_eligible"


@labels(
    {
        "sexual": QT_TRANSLATE_NOOP("enum", "Sexual exploitation"),
        "labour": QT_TRANSLATE_NOOP("enum", "Labour exploitation"),
        "begging": QT_TRANSLATE_NOOP("enum", "Exploitation of begging"),
        "forced_criminality": QT_TRANSLATE_NOOP("enum", "Forced criminality"),
        "organ_removal": QT_TRANSLATE_NOOP("enum", "Organ removal"),
        "aggravated_smuggling": QT_TRANSLATE_NOOP("enum", "Aggravated smuggling"),
    }
)
class ExploitationForm(LabelledEnum):
    """Criminal Code art. 433quinquies, and aggravated smuggling (art. 77quater)."""

    SEXUAL = "sexual"
    LABOUR = "labour"
    BEGGING = "begging"
    FORCED_CRIMINALITY = "forced_criminality"
    ORGAN_REMOVAL = "organ_removal"
    AGGRAVATED_SMUGGLING = "aggravated_smuggling"


@labels(
    {
        "hospitality": QT_TRANSLATE_NOOP("enum", "Hospitality"),
        "construction": QT_TRANSLATE_NOOP("enum", "Construction"),
        "agriculture": QT_TRANSLATE_NOOP("enum", "Agriculture"),
        "cleaning": QT_TRANSLATE_NOOP("enum", "Cleaning"),
        "car_wash": QT_TRANSLATE_NOOP("enum", "Car wash"),
        "retail": QT_TRANSLATE_NOOP("enum", "Retail"),
        "domestic_work": QT_TRANSLATE_NOOP("enum", "Domestic work"),
        "transport": QT_TRANSLATE_NOOP("enum", "Transport"),
        "other": QT_TRANSLATE_NOOP("enum", "Other"),
    }
)
class Sector(LabelledEnum):
    """Sector of labour exploitation."""

    HOSPITALITY = "hospitality"
    CONSTRUCTION = "construction"
    AGRICULTURE = "agriculture"
    CLEANING = "cleaning"
    CAR_WASH = "car_wash"
    RETAIL = "retail"
    DOMESTIC_WORK = "domestic_work"
    TRANSPORT = "transport"
    OTHER = "other"


@labels(
    {
        "intake": QT_TRANSLATE_NOOP("enum", "Intake"),
        "psychosocial": QT_TRANSLATE_NOOP("enum", "Psychosocial support"),
        "administrative": QT_TRANSLATE_NOOP("enum", "Administrative support"),
        "legal_accompaniment": QT_TRANSLATE_NOOP("enum", "Legal accompaniment"),
        "medical_accompaniment": QT_TRANSLATE_NOOP("enum", "Medical accompaniment"),
        "housing": QT_TRANSLATE_NOOP("enum", "Housing"),
        "work_education": QT_TRANSLATE_NOOP("enum", "Work and education"),
        "evaluation": QT_TRANSLATE_NOOP("enum", "Evaluation"),
        "other": QT_TRANSLATE_NOOP("enum", "Other"),
    }
)
class SessionKind(LabelledEnum):
    """Kind of counselling session."""

    INTAKE = "intake"
    PSYCHOSOCIAL = "psychosocial"
    ADMINISTRATIVE = "administrative"
    LEGAL_ACCOMPANIMENT = "legal_accompaniment"
    MEDICAL_ACCOMPANIMENT = "medical_accompaniment"
    HOUSING = "housing"
    WORK_EDUCATION = "work_education"
    EVALUATION = "evaluation"
    OTHER = "other"


@labels(
    {
        "shelter": QT_TRANSLATE_NOOP("enum", "At the shelter"),
        "outreach": QT_TRANSLATE_NOOP("enum", "Outreach / at home"),
        "court": QT_TRANSLATE_NOOP("enum", "Court"),
        "police": QT_TRANSLATE_NOOP("enum", "Police station"),
        "lawyer": QT_TRANSLATE_NOOP("enum", "Lawyer's office"),
        "hospital": QT_TRANSLATE_NOOP("enum", "Hospital"),
        "remote": QT_TRANSLATE_NOOP("enum", "Phone or video"),
        "other": QT_TRANSLATE_NOOP("enum", "Other"),
    }
)
class SessionPlace(LabelledEnum):
    """Where a session took place."""

    SHELTER = "shelter"
    OUTREACH = "outreach"
    COURT = "court"
    POLICE = "police"
    LAWYER = "lawyer"
    HOSPITAL = "hospital"
    REMOTE = "remote"
    OTHER = "other"


@labels(
    {
        "programme_support": QT_TRANSLATE_NOOP("enum", "Programme support"),
        "share_police": QT_TRANSLATE_NOOP("enum", "Sharing with the police"),
        "share_prosecutor": QT_TRANSLATE_NOOP(
            "enum", "Sharing with the prosecutor or labour auditor"
        ),
        "share_immigration_office": QT_TRANSLATE_NOOP(
            "enum", "Sharing with the Immigration Office"
        ),
        "share_other_shelter": QT_TRANSLATE_NOOP("enum", "Sharing with another shelter"),
        "anonymous_statistics": QT_TRANSLATE_NOOP("enum", "Anonymous statistics"),
    }
)
class ConsentPurpose(LabelledEnum):
    """What a consent covers (domain.md, consent ledger)."""

    PROGRAMME_SUPPORT = "programme_support"
    SHARE_POLICE = "share_police"
    SHARE_PROSECUTOR = "share_prosecutor"
    SHARE_IMMIGRATION_OFFICE = "share_immigration_office"
    SHARE_OTHER_SHELTER = "share_other_shelter"
    ANONYMOUS_STATISTICS = "anonymous_statistics"


@labels(
    {
        "grant": QT_TRANSLATE_NOOP("enum", "Granted"),
        "withdrawal": QT_TRANSLATE_NOOP("enum", "Withdrawn"),
    }
)
class ConsentEventKind(LabelledEnum):
    """A ledger event grants or withdraws."""

    GRANT = "grant"
    WITHDRAWAL = "withdrawal"


@labels(
    {
        "written": QT_TRANSLATE_NOOP("enum", "Written"),
        "oral_with_witness": QT_TRANSLATE_NOOP("enum", "Oral, with a witness"),
    }
)
class ConsentForm(LabelledEnum):
    """How consent was given or withdrawn."""

    WRITTEN = "written"
    ORAL_WITH_WITNESS = "oral_with_witness"


@labels(
    {
        "no_contact": QT_TRANSLATE_NOOP("enum", "Contact with the exploiters broken off"),
        "counselling": QT_TRANSLATE_NOOP("enum", "Counselling by a specialised shelter accepted"),
        "cooperation": QT_TRANSLATE_NOOP("enum", "Cooperation with the investigation"),
    }
)
class Condition(LabelledEnum):
    """The programme's three conditions."""

    NO_CONTACT = "no_contact"
    COUNSELLING = "counselling"
    COOPERATION = "cooperation"


@labels(
    {
        "complied": QT_TRANSLATE_NOOP("enum", "Complied"),
        "concern": QT_TRANSLATE_NOOP("enum", "Concern"),
        "breach": QT_TRANSLATE_NOOP("enum", "Breach"),
    }
)
class ConditionStatus(LabelledEnum):
    """Result of a condition check."""

    COMPLIED = "complied"
    CONCERN = "concern"
    BREACH = "breach"


@labels(
    {
        "prosecutor": QT_TRANSLATE_NOOP("enum", "Public prosecutor (parquet / parket)"),
        "labour_auditor": QT_TRANSLATE_NOOP(
            "enum", "Labour auditor (auditorat / arbeidsauditoraat)"
        ),
    }
)
class JudicialOffice(LabelledEnum):
    """Which office leads the case."""

    PROSECUTOR = "prosecutor"
    LABOUR_AUDITOR = "labour_auditor"


@labels(
    {
        "inquiry": QT_TRANSLATE_NOOP("enum", "Inquiry"),
        "judicial_investigation": QT_TRANSLATE_NOOP("enum", "Judicial investigation"),
        "council_chamber": QT_TRANSLATE_NOOP("enum", "Council chamber"),
        "first_instance": QT_TRANSLATE_NOOP("enum", "First instance (correctional court)"),
        "appeal": QT_TRANSLATE_NOOP("enum", "Appeal"),
        "cassation": QT_TRANSLATE_NOOP("enum", "Cassation"),
        "final": QT_TRANSLATE_NOOP("enum", "Final decision"),
        "dismissed": QT_TRANSLATE_NOOP("enum", "Dismissed"),
    }
)
class JudicialStage(LabelledEnum):
    """Stage of the proceedings."""

    INQUIRY = "inquiry"
    JUDICIAL_INVESTIGATION = "judicial_investigation"
    COUNCIL_CHAMBER = "council_chamber"
    FIRST_INSTANCE = "first_instance"
    APPEAL = "appeal"
    CASSATION = "cassation"
    FINAL = "final"
    DISMISSED = "dismissed"


@labels(
    {
        "complainant": QT_TRANSLATE_NOOP("enum", "Complainant"),
        "injured_party": QT_TRANSLATE_NOOP("enum", "Injured party"),
        "civil_party": QT_TRANSLATE_NOOP("enum", "Civil party"),
    }
)
class Standing(LabelledEnum):
    """The victim's standing in the proceedings."""

    COMPLAINANT = "complainant"
    INJURED_PARTY = "injured_party"
    CIVIL_PARTY = "civil_party"


@labels(
    {
        "introductory": QT_TRANSLATE_NOOP("enum", "Introductory hearing"),
        "council_chamber": QT_TRANSLATE_NOOP("enum", "Council chamber"),
        "pleadings": QT_TRANSLATE_NOOP("enum", "Pleadings"),
        "judgment": QT_TRANSLATE_NOOP("enum", "Pronouncement of judgment"),
        "appeal": QT_TRANSLATE_NOOP("enum", "Appeal hearing"),
        "hearing_of_victim": QT_TRANSLATE_NOOP("enum", "Hearing of the victim"),
        "other": QT_TRANSLATE_NOOP("enum", "Other"),
    }
)
class HearingType(LabelledEnum):
    """Kind of hearing."""

    INTRODUCTORY = "introductory"
    COUNCIL_CHAMBER = "council_chamber"
    PLEADINGS = "pleadings"
    JUDGMENT = "judgment"
    APPEAL = "appeal"
    HEARING_OF_VICTIM = "hearing_of_victim"
    OTHER = "other"


@labels(
    {
        "scheduled": QT_TRANSLATE_NOOP("enum", "Scheduled"),
        "held": QT_TRANSLATE_NOOP("enum", "Held"),
        "postponed": QT_TRANSLATE_NOOP("enum", "Postponed"),
        "judgment": QT_TRANSLATE_NOOP("enum", "Judgment delivered"),
        "cancelled": QT_TRANSLATE_NOOP("enum", "Cancelled"),
    }
)
class HearingOutcome(LabelledEnum):
    """What happened at a hearing."""

    SCHEDULED = "scheduled"
    HELD = "held"
    POSTPONED = "postponed"
    JUDGMENT = "judgment"
    CANCELLED = "cancelled"


@labels(
    {
        "annex_15": QT_TRANSLATE_NOOP("enum", "Annex 15 (reflection period)"),
        "minor_document": QT_TRANSLATE_NOOP("enum", "Unaccompanied minor: 3-month document"),
        "attestation_immatriculation": QT_TRANSLATE_NOOP(
            "enum", "Attestation of immatriculation (AI)"
        ),
        "a_card": QT_TRANSLATE_NOOP("enum", "A card (temporary stay)"),
        "b_card": QT_TRANSLATE_NOOP("enum", "B card (unlimited stay)"),
    }
)
class DocumentType(LabelledEnum):
    """Residence documents (Law of 15 Dec 1980, art. 61/2-61/5)."""

    ANNEX_15 = "annex_15"
    MINOR_DOCUMENT = "minor_document"
    ATTESTATION_IMMATRICULATION = "attestation_immatriculation"
    A_CARD = "a_card"
    B_CARD = "b_card"


@labels(
    {
        "requested": QT_TRANSLATE_NOOP("enum", "Requested"),
        "issued": QT_TRANSLATE_NOOP("enum", "Issued"),
        "refused": QT_TRANSLATE_NOOP("enum", "Refused"),
        "withdrawn": QT_TRANSLATE_NOOP("enum", "Withdrawn"),
    }
)
class DocumentStatus(LabelledEnum):
    """Where a document request stands."""

    REQUESTED = "requested"
    ISSUED = "issued"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


@labels(
    {
        "housing": QT_TRANSLATE_NOOP("enum", "Housing"),
        "work": QT_TRANSLATE_NOOP("enum", "Work"),
        "education_language": QT_TRANSLATE_NOOP("enum", "Education and language"),
        "finances": QT_TRANSLATE_NOOP("enum", "Finances"),
        "health": QT_TRANSLATE_NOOP("enum", "Health"),
        "legal_status": QT_TRANSLATE_NOOP("enum", "Legal status"),
        "social_network": QT_TRANSLATE_NOOP("enum", "Social network"),
        "daily_living": QT_TRANSLATE_NOOP("enum", "Daily living"),
    }
)
class GoalDomain(LabelledEnum):
    """Areas of autonomy."""

    HOUSING = "housing"
    WORK = "work"
    EDUCATION_LANGUAGE = "education_language"
    FINANCES = "finances"
    HEALTH = "health"
    LEGAL_STATUS = "legal_status"
    SOCIAL_NETWORK = "social_network"
    DAILY_LIVING = "daily_living"


@labels(
    {
        "planned": QT_TRANSLATE_NOOP("enum", "Planned"),
        "in_progress": QT_TRANSLATE_NOOP("enum", "In progress"),
        "achieved": QT_TRANSLATE_NOOP("enum", "Achieved"),
        "abandoned": QT_TRANSLATE_NOOP("enum", "Abandoned"),
    }
)
class GoalStatus(LabelledEnum):
    """State of an autonomy goal."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    ABANDONED = "abandoned"


@labels(
    {
        "prosecutor": QT_TRANSLATE_NOOP("enum", "Public prosecutor"),
        "labour_auditor": QT_TRANSLATE_NOOP("enum", "Labour auditor"),
        "immigration_office": QT_TRANSLATE_NOOP("enum", "Immigration Office"),
    }
)
class NotificationRecipient(LabelledEnum):
    """Authorities the shelter notifies."""

    PROSECUTOR = "prosecutor"
    LABOUR_AUDITOR = "labour_auditor"
    IMMIGRATION_OFFICE = "immigration_office"


@labels(
    {
        "document_request": QT_TRANSLATE_NOOP("enum", "Document request"),
        "progress_report": QT_TRANSLATE_NOOP("enum", "Progress report"),
        "end_of_guidance": QT_TRANSLATE_NOOP("enum", "End of guidance"),
        "contact_with_exploiters": QT_TRANSLATE_NOOP("enum", "Contact with the exploiters"),
        "disappearance": QT_TRANSLATE_NOOP("enum", "Disappearance"),
        "return": QT_TRANSLATE_NOOP("enum", "Return to the country of origin"),
        "condition_breach": QT_TRANSLATE_NOOP("enum", "Breach of a programme condition"),
    }
)
class NotificationReason(LabelledEnum):
    """Why an authority was notified."""

    DOCUMENT_REQUEST = "document_request"
    PROGRESS_REPORT = "progress_report"
    END_OF_GUIDANCE = "end_of_guidance"
    CONTACT_WITH_EXPLOITERS = "contact_with_exploiters"
    DISAPPEARANCE = "disappearance"
    RETURN = "return"
    CONDITION_BREACH = "condition_breach"


@labels(
    {
        "autonomy": QT_TRANSLATE_NOOP("enum", "Autonomy reached and proceedings closed"),
        "voluntary_return": QT_TRANSLATE_NOOP("enum", "Voluntary return"),
        "stopped_by_client": QT_TRANSLATE_NOOP("enum", "Stopped by the client"),
        "contact_with_exploiters": QT_TRANSLATE_NOOP("enum", "Contact with the exploiters"),
        "disappeared": QT_TRANSLATE_NOOP("enum", "Disappeared"),
        "transferred": QT_TRANSLATE_NOOP("enum", "Transferred to another shelter"),
        "not_trafficking": QT_TRANSLATE_NOOP("enum", "Not a trafficking case"),
        "other": QT_TRANSLATE_NOOP("enum", "Other"),
    }
)
class EndReason(LabelledEnum):
    """Why the programme ended."""

    AUTONOMY = "autonomy"
    VOLUNTARY_RETURN = "voluntary_return"
    STOPPED_BY_CLIENT = "stopped_by_client"
    CONTACT_WITH_EXPLOITERS = "contact_with_exploiters"
    DISAPPEARED = "disappeared"
    TRANSFERRED = "transferred"
    NOT_TRAFFICKING = "not_trafficking"
    OTHER = "other"


@labels(
    {
        "intake": QT_TRANSLATE_NOOP("enum", "Intake"),
        "reflection_period": QT_TRANSLATE_NOOP("enum", "Reflection period (annex 15)"),
        "attestation": QT_TRANSLATE_NOOP("enum", "Attestation of immatriculation"),
        "a_card": QT_TRANSLATE_NOOP("enum", "A card"),
        "b_card": QT_TRANSLATE_NOOP("enum", "B card"),
        "minor_document": QT_TRANSLATE_NOOP("enum", "Minor's document"),
        "in_programme": QT_TRANSLATE_NOOP("enum", "In programme"),
        "closed": QT_TRANSLATE_NOOP("enum", "Closed"),
    }
)
class Phase(LabelledEnum):
    """The programme phase shown in lists and reports, derived from status and documents."""

    INTAKE = "intake"
    REFLECTION_PERIOD = "reflection_period"
    ATTESTATION = "attestation"
    A_CARD = "a_card"
    B_CARD = "b_card"
    MINOR_DOCUMENT = "minor_document"
    IN_PROGRAMME = "in_programme"
    CLOSED = "closed"


@labels(
    {
        "court_date": QT_TRANSLATE_NOOP("enum", "Court date"),
        "document_reminder": QT_TRANSLATE_NOOP("enum", "Residence document reminder"),
        "document_renewal": QT_TRANSLATE_NOOP("enum", "Request the next residence document"),
        "document_expiry": QT_TRANSLATE_NOOP("enum", "Residence document expires"),
        "appeal": QT_TRANSLATE_NOOP("enum", "Appeal deadline"),
        "compensation_claim": QT_TRANSLATE_NOOP("enum", "Compensation claim deadline"),
        "condition_check": QT_TRANSLATE_NOOP("enum", "Condition check due"),
        "programme_review": QT_TRANSLATE_NOOP("enum", "Programme review"),
        "consent_review": QT_TRANSLATE_NOOP("enum", "Consent to review"),
        "breach_to_notify": QT_TRANSLATE_NOOP(
            "enum", "Breach to report to the prosecutor"),
        "plan_action": QT_TRANSLATE_NOOP("enum", "Agreed action"),
    }
)
class DeadlineKind(LabelledEnum):
    """What falls due."""

    COURT_DATE = "court_date"
    DOCUMENT_REMINDER = "document_reminder"
    DOCUMENT_RENEWAL = "document_renewal"
    DOCUMENT_EXPIRY = "document_expiry"
    APPEAL = "appeal"
    COMPENSATION_CLAIM = "compensation_claim"
    CONDITION_CHECK = "condition_check"
    PROGRAMME_REVIEW = "programme_review"
    CONSENT_REVIEW = "consent_review"
    BREACH_TO_NOTIFY = "breach_to_notify"
    PLAN_ACTION = "plan_action"


@labels(
    {
        "open": QT_TRANSLATE_NOOP("enum", "Open"),
        "done": QT_TRANSLATE_NOOP("enum", "Done"),
    }
)
class ActionStatus(LabelledEnum):
    """State of an action agreed in the case plan."""

    OPEN = "open"
    DONE = "done"


@labels(
    {
        "phone_call": QT_TRANSLATE_NOOP("enum", "Phone call"),
        "lawyer_meeting": QT_TRANSLATE_NOOP("enum", "Meeting with the lawyer"),
        "team_decision": QT_TRANSLATE_NOOP("enum", "Team decision"),
        "other": QT_TRANSLATE_NOOP("enum", "Other"),
    }
)
class NoteKind(LabelledEnum):
    """What a case note records (outside counselling sessions)."""

    PHONE_CALL = "phone_call"
    LAWYER_MEETING = "lawyer_meeting"
    TEAM_DECISION = "team_decision"
    OTHER = "other"


@labels(
    {
        "done": QT_TRANSLATE_NOOP("enum", "Done"),
        "snoozed": QT_TRANSLATE_NOOP("enum", "Snoozed"),
        "assigned": QT_TRANSLATE_NOOP("enum", "Handed over"),
        "reopened": QT_TRANSLATE_NOOP("enum", "Reopened"),
    }
)
class ReminderStep(LabelledEnum):
    """What someone did about a reminder on the dashboard (services/reminders.py)."""

    DONE = "done"
    SNOOZED = "snoozed"
    ASSIGNED = "assigned"
    REOPENED = "reopened"


@labels(
    {
        "counselling": QT_TRANSLATE_NOOP("enum", "Counselling session"),
        "hearing": QT_TRANSLATE_NOOP("enum", "Accompaniment to a hearing"),
        "immigration_office": QT_TRANSLATE_NOOP("enum", "Accompaniment to the Immigration Office"),
        "medical": QT_TRANSLATE_NOOP("enum", "Medical appointment"),
        "lawyer": QT_TRANSLATE_NOOP("enum", "Appointment with the lawyer"),
        "other": QT_TRANSLATE_NOOP("enum", "Other appointment"),
    }
)
class AppointmentKind(LabelledEnum):
    """What a planned appointment is (services/appointments.py)."""

    COUNSELLING = "counselling"
    HEARING = "hearing"
    IMMIGRATION_OFFICE = "immigration_office"
    MEDICAL = "medical"
    LAWYER = "lawyer"
    OTHER = "other"


@labels(
    {
        "planned": QT_TRANSLATE_NOOP("enum", "Planned"),
        "held": QT_TRANSLATE_NOOP("enum", "Held"),
        "cancelled": QT_TRANSLATE_NOOP("enum", "Cancelled"),
    }
)
class AppointmentStatus(LabelledEnum):
    """Where a planned appointment stands: a past one stays planned until it is recorded as
    held (a counselling session) or cancelled."""

    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"
