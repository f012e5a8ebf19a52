"""SQLAlchemy 2 mapped classes. No Qt, no queries: services do the work."""

from shelter_desk.models.audit import AuditEntry
from shelter_desk.models.base import Base
from shelter_desk.models.installation import Installation
from shelter_desk.models.users import User, UserRole

__all__ = ["AuditEntry", "Base", "Installation", "User", "UserRole"]
