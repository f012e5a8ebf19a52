"""Who may do what, in one place: roles (`require`, `require_case_worker`), and which clients
an actor reaches: directors all; counsellors their own clients and those a director opened to
them (services/access_grants.py), for as long as that lasts; administrators, as such, none.
Enforced here, in the services, whatever the UI shows; every refusal is audited."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, false, or_, select, text, true
from sqlalchemy.orm import Session

from shelter_desk.domain.roles import Role
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.clients import AccessGrant, Client
from shelter_desk.services import audit, clock
from shelter_desk.services.errors import NotFound, PermissionDenied
from shelter_desk.services.workspace import Workspace

# -- roles --------------------------------------------------------------------------------------
ADMIN = (Role.ADMINISTRATOR,)
DIRECTOR = (Role.DIRECTOR,)
DIRECTOR_OR_ADMIN = (Role.DIRECTOR, Role.ADMINISTRATOR)
ANY_STAFF = (Role.COUNSELLOR, Role.DIRECTOR, Role.ADMINISTRATOR)
CASE_WORKERS = (Role.COUNSELLOR, Role.DIRECTOR)


def require(
    ws: Workspace, roles: tuple[Role, ...], action: str, what: str,
    *, client_code: str | None = None, target: str | None = None,
) -> None:
    """Raise PermissionDenied (and audit it) unless the actor holds one of `roles`.

    `action` is the audit action name; `what` the human phrase ("manage user accounts")."""
    if ws.actor.has(*roles):
        return
    audit.record_alone(
        ws, audit.Action.DENIED, target=target, client_code=client_code, reason=action,
    )
    raise PermissionDenied(what)


def require_case_worker(ws: Workspace, action: str) -> None:
    """Raise PermissionDenied (audited) unless the actor works on client files."""
    if not ws.actor.has(*CASE_WORKERS):
        audit.record_alone(ws, audit.Action.DENIED, reason=action)
        raise PermissionDenied(QT_TRANSLATE_NOOP("permissions", "work on client files"))


# -- clients within reach -----------------------------------------------------------------------
def sees_all(ws: Workspace) -> bool:
    return ws.actor.has(Role.DIRECTOR)


def grant_in_force(today: date) -> ColumnElement[bool]:
    """A grant not revoked and whose period (if it has one) includes `today`."""
    return and_(AccessGrant.revoked_at.is_(None),
                or_(AccessGrant.until.is_(None), AccessGrant.until >= today))


def visible_clients(ws: Workspace) -> ColumnElement[bool]:
    """A WHERE clause selecting the clients the actor may see."""
    if sees_all(ws):
        return true()
    if ws.actor.has(Role.COUNSELLOR) and ws.actor.user_id is not None:
        granted = select(AccessGrant.client_id).where(
            AccessGrant.user_id == ws.actor.user_id, grant_in_force(clock.today()))
        return or_(Client.counsellor_id == ws.actor.user_id, Client.id.in_(granted))
    return false()


def client_in_reach(session: Session, ws: Workspace, client_id: object, action: str) -> Client:
    """The client, if the actor may work on it; else PermissionDenied (audited) or NotFound.

    Call before writing anything in `session`: a denial is recorded in its own transaction."""
    if isinstance(client_id, bool) or not isinstance(client_id, int):
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no such client."))
    client = session.get(Client, client_id)
    hidden_code = None
    if client is None and ws.on_server:
        # The server's row-level security hid it: is it there, out of this person's reach?
        hidden_code = session.scalar(text("SELECT sd_client_code(:i)"), {"i": client_id})
    if client is None and hidden_code is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no such client."))
    allowed = client is not None and session.scalar(
        select(Client.id).where(Client.id == client_id, visible_clients(ws))
    ) is not None
    if client is None or not allowed:
        code = client.case_code if client is not None else hidden_code
        audit.record_alone(ws, audit.Action.DENIED, client_code=code, reason=action)
        raise PermissionDenied(QT_TRANSLATE_NOOP("permissions", "work on this client's file"))
    return client
