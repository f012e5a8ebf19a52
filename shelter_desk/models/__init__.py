"""SQLAlchemy 2 mapped classes. No Qt, no queries: services do the work."""

from shelter_desk.models.appointments import Appointment
from shelter_desk.models.audit import AuditEntry, AuditSeal
from shelter_desk.models.base import Base
from shelter_desk.models.case_plan import CaseNote, PlanAction
from shelter_desk.models.clients import AccessGrant, Client, ClientAlias
from shelter_desk.models.corrections import RecordRevision, RecordVoid
from shelter_desk.models.followup import (
    AutonomyGoal,
    ConditionCheck,
    ConsentEvent,
    CounsellingSession,
    GoalMilestone,
    Notification,
)
from shelter_desk.models.installation import Installation
from shelter_desk.models.intake import Exploitation, ProgrammeEnd, Referral
from shelter_desk.models.justice import CourtDate, JudicialCase, ResidenceDocument
from shelter_desk.models.reminders import ReminderAction
from shelter_desk.models.saved_views import SavedView
from shelter_desk.models.signing import SigningIdentity
from shelter_desk.models.status import ClientDeadline, ClientState
from shelter_desk.models.users import User, UserRole

__all__ = [
    "AccessGrant", "Appointment", "AuditEntry", "AuditSeal", "AutonomyGoal", "Base", "CaseNote",
    "Client",
    "ClientAlias", "ClientDeadline", "ClientState", "ConditionCheck", "ConsentEvent",
    "CounsellingSession", "CourtDate", "Exploitation", "GoalMilestone", "Installation",
    "JudicialCase", "Notification", "PlanAction", "ProgrammeEnd", "RecordRevision", "RecordVoid",
    "Referral", "ReminderAction",
    "ResidenceDocument", "SavedView", "SigningIdentity", "User", "UserRole",
]
