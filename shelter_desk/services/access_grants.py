"""A director opens a client's file to another counsellor: for a period (cover during leave,
a hearing) or until revoked. Every opening and closing is audited; a period ends by itself
after its last day, here (services/guard.py) and on the shelter's server (its row-level
security reads the same end date)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from shelter_desk.domain.roles import Role
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.base import utcnow
from shelter_desk.models.clients import AccessGrant
from shelter_desk.models.users import User, UserRole
from shelter_desk.services import audit, clock
from shelter_desk.services import validation as v
from shelter_desk.services.errors import ValidationError
from shelter_desk.services.guard import client_in_reach, grant_in_force, require
from shelter_desk.services.workspace import Workspace

NOT_A_COLLEAGUE = QT_TRANSLATE_NOOP("validation", "is not an active counsellor")
ALREADY_THEIRS = QT_TRANSLATE_NOOP("validation", "is already the client's counsellor")
BEFORE_TODAY = QT_TRANSLATE_NOOP("validation", "is before today")
MANAGE = QT_TRANSLATE_NOOP("permissions", "grant access to client files")
# A longer cover is a change of counsellor, not a grant.
LONGEST = 366


@dataclass(frozen=True)
class Grant:
    id: int
    username: str
    name: str  # the colleague's display name
    until: date | None  # the last day; None: until revoked
    reason: str | None
    granted_by: str
    granted_at: datetime


def grants(ws: Workspace, client_id: int) -> list[Grant]:
    """The colleagues the file is open to today, the longest-standing first."""
    require(ws, (Role.DIRECTOR,), "access.list", MANAGE)
    by = aliased(User)
    with ws.session() as session:
        c = client_in_reach(session, ws, client_id, "access.list")
        rows = session.execute(
            select(AccessGrant.id, User.username, User.display_name, AccessGrant.until,
                   AccessGrant.reason, by.display_name, AccessGrant.granted_at)
            .join(User, User.id == AccessGrant.user_id)
            .join(by, by.id == AccessGrant.granted_by)
            .where(AccessGrant.client_id == c.id, grant_in_force(clock.today()))
            .order_by(AccessGrant.granted_at, AccessGrant.id)).all()
    return [Grant(*row) for row in rows]


def grant(ws: Workspace, client_id: int, username: str, reason: str | None,
          until: date | None = None) -> Grant:
    """Open the file to `username` (an active counsellor, not the client's own) until the
    end of `until` (today at the earliest, at most a year on), or until revoked."""
    require(ws, (Role.DIRECTOR,), "access.grant", MANAGE)
    name = v.username(username, "counsellor")
    why = v.text("reason", reason, max_len=500, required=False)
    today = clock.today()
    last = v.a_date("until", until, today=today, required=False, max_future_days=LONGEST)
    if last is not None and last < today:
        raise ValidationError("until", BEFORE_TODAY)
    with ws.session() as session:
        c = client_in_reach(session, ws, client_id, "access.grant")
        colleague = session.scalars(
            select(User).join(UserRole).where(User.username == name, User.active.is_(True),
                                              UserRole.role == Role.COUNSELLOR)).first()
        if colleague is None:
            raise ValidationError("counsellor", NOT_A_COLLEAGUE)
        if colleague.id == c.counsellor_id:
            raise ValidationError("counsellor", ALREADY_THEIRS)
        assert ws.actor.user_id is not None
        # A new period replaces the one in force: one line per colleague.
        for old in session.scalars(select(AccessGrant).where(
                AccessGrant.client_id == c.id, AccessGrant.user_id == colleague.id,
                AccessGrant.revoked_at.is_(None))):
            old.revoked_at = utcnow()
        row = AccessGrant(client_id=c.id, user_id=colleague.id, granted_by=ws.actor.user_id,
                          granted_at=utcnow(), reason=why, until=last)
        session.add(row)
        audit.record(session, ws.actor, "access.grant", client_code=c.case_code, target=name,
                     reason=f"until {last.isoformat()}: {why or ''}".rstrip(": ")
                     if last else why)
        session.flush()
        director = session.get(User, ws.actor.user_id)
        return Grant(row.id, name, colleague.display_name, last, why,
                     director.display_name if director else "", row.granted_at)


def revoke(ws: Workspace, client_id: int, username: str) -> None:
    """Close the file to `username` now."""
    require(ws, (Role.DIRECTOR,), "access.revoke", MANAGE)
    name = v.username(username, "counsellor")
    with ws.session() as session:
        c = client_in_reach(session, ws, client_id, "access.revoke")
        rows = session.scalars(
            select(AccessGrant).join(User, User.id == AccessGrant.user_id)
            .where(AccessGrant.client_id == c.id, User.username == name,
                   AccessGrant.revoked_at.is_(None))).all()
        for g in rows:
            g.revoked_at = utcnow()
        audit.record(session, ws.actor, "access.revoke", client_code=c.case_code, target=name)

