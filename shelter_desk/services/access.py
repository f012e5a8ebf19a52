"""Who may see which client: directors all; counsellors their assigned clients and those a
director opened to them; administrators (as such) none. Every refusal is audited."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, false, or_, select, true
from sqlalchemy.orm import Session

from shelter_desk.domain.roles import Role
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.clients import AccessGrant, Client
from shelter_desk.services import audit
from shelter_desk.services.errors import NotFound, PermissionDenied
from shelter_desk.services.workspace import Workspace


def sees_all(ws: Workspace) -> bool:
    return ws.actor.has(Role.DIRECTOR)


def visible_clients(ws: Workspace) -> ColumnElement[bool]:
    """A WHERE clause selecting the clients the actor may see."""
    if sees_all(ws):
        return true()
    if ws.actor.has(Role.COUNSELLOR) and ws.actor.user_id is not None:
        granted = select(AccessGrant.client_id).where(
            and_(AccessGrant.user_id == ws.actor.user_id, AccessGrant.revoked_at.is_(None))
        )
        return or_(Client.counsellor_id == ws.actor.user_id, Client.id.in_(granted))
    return false()


def client_in_reach(session: Session, ws: Workspace, client_id: object, action: str) -> Client:
    """The client, if the actor may work on it; else PermissionDenied (audited) or NotFound.

    Call before writing anything in `session`: a denial is recorded in its own transaction."""
    if isinstance(client_id, bool) or not isinstance(client_id, int):
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no such client."))
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no such client."))
    allowed = session.scalar(
        select(Client.id).where(Client.id == client_id, visible_clients(ws))
    )
    if allowed is None:
        audit.record_alone(ws, audit.Action.DENIED, client_code=client.case_code, reason=action)
        raise PermissionDenied(QT_TRANSLATE_NOOP("permissions", "work on this client's file"))
    return client
