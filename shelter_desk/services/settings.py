"""Settings: the installation's idle lock time (administrator), each user's language."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from shelter_desk.domain.roles import Role
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.installation import Installation
from shelter_desk.models.users import User
from shelter_desk.services import audit
from shelter_desk.services import validation as v
from shelter_desk.services.errors import ValidationError
from shelter_desk.services.guard import require
from shelter_desk.services.users import LANGUAGES
from shelter_desk.services.workspace import Workspace

MIN_IDLE, MAX_IDLE = 1, 60


@dataclass(frozen=True)
class SettingsView:
    shelter_name: str
    idle_lock_minutes: int
    my_language: str


def get(ws: Workspace) -> SettingsView:
    with ws.session() as session:
        inst = session.get(Installation, 1)
        language = "en"
        if ws.actor.user_id is not None:
            user = session.get(User, ws.actor.user_id)
            language = user.language if user else "en"
        return SettingsView(inst.shelter_name if inst else "",
                            inst.idle_lock_minutes if inst else 5, language)


def set_idle_lock_minutes(ws: Workspace, minutes: int) -> None:
    require(ws, (Role.ADMINISTRATOR,), "settings.change",
            QT_TRANSLATE_NOOP("permissions", "change the settings"))
    value = v.integer("idle_lock_minutes", minutes, low=MIN_IDLE, high=MAX_IDLE)
    with ws.session() as session:
        inst = session.get(Installation, 1)
        if inst is None:
            raise ValidationError("idle_lock_minutes", v.REQUIRED)
        inst.idle_lock_minutes = value
        audit.record(session, ws.actor, "settings.change", target="idle_lock_minutes",
                     reason=str(value))


def set_my_language(ws: Workspace, language: str) -> None:
    if language not in LANGUAGES:
        raise ValidationError("language", v.NOT_CHOICE)
    if ws.actor.user_id is None:
        return  # the recovery login has no profile to keep it in
    with ws.session() as session:
        user = session.scalars(select(User).where(User.id == ws.actor.user_id)).one()
        user.language = language
        audit.record(session, ws.actor, "settings.change", target="language", reason=language)
