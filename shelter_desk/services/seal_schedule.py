"""Whether the weekly seal of the audit history is due (services/seals.py makes it). Apart from
sealing itself, which needs the signing libraries: asked after every director's login, it must
not load pyHanko (half a hundred megabytes and two seconds) for a question of dates."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select

from shelter_desk.domain.roles import Role
from shelter_desk.models.audit import AuditEntry, AuditSeal
from shelter_desk.models.base import utcnow
from shelter_desk.models.signing import SigningIdentity
from shelter_desk.services.workspace import Workspace

WEEKLY = timedelta(days=7)


def due_and_last(ws: Workspace) -> tuple[bool, datetime | None]:
    """(whether to offer the seal, when the last seal was made). Due for a director when the
    last seal is a week old (or there is none) and the history has grown since, and a signing
    identity is there to seal with."""
    if not ws.actor.has(Role.DIRECTOR):
        return False, None
    with ws.session() as session:
        if session.get(SigningIdentity, 1) is None:
            return False, None
        last = session.execute(select(AuditSeal.sealed_at, AuditSeal.length)
                               .order_by(AuditSeal.id.desc()).limit(1)).first()
        length = int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)
    if last is None:
        return True, None
    sealed_at, sealed_length = last
    # The seal's own entry follows it: anything beyond that is new.
    return utcnow() - sealed_at >= WEEKLY and length > sealed_length + 1, sealed_at
