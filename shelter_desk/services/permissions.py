"""Role checks. Enforced here, in the services, whatever the UI shows; every denial is audited."""

from __future__ import annotations

from shelter_desk.domain.roles import Role
from shelter_desk.services import audit
from shelter_desk.services.errors import PermissionDenied
from shelter_desk.services.workspace import Workspace

ADMIN = (Role.ADMINISTRATOR,)
DIRECTOR = (Role.DIRECTOR,)
DIRECTOR_OR_ADMIN = (Role.DIRECTOR, Role.ADMINISTRATOR)
ANY_STAFF = (Role.COUNSELLOR, Role.DIRECTOR, Role.ADMINISTRATOR)


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
