"""Staff accounts: list, add, remove (with rekey), reset and change passwords."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.base import utcnow
from shelter_desk.models.users import Role, User, UserRole
from shelter_desk.services import audit, passwords, validation
from shelter_desk.services.errors import NotFound, ServiceError, ValidationError
from shelter_desk.services.guard import ADMIN, require
from shelter_desk.services.workspace import Workspace

LANGUAGES = ("en", "nl", "fr")

NAME_TAKEN = QT_TRANSLATE_NOOP("validation", "{name} is taken (also by removed accounts)")
OWN_ACCOUNT = QT_TRANSLATE_NOOP("validation", "you cannot remove your own account")
ALREADY_REMOVED = QT_TRANSLATE_NOOP("validation", "{name} was removed")
LAST_ADMIN = QT_TRANSLATE_NOOP("validation", "the last administrator cannot be removed")
SAME_PASSWORD = QT_TRANSLATE_NOOP("validation", "must differ from the current one")


@dataclass(frozen=True)
class UserInfo:
    username: str
    display_name: str
    roles: tuple[Role, ...]
    language: str
    active: bool
    has_key: bool
    created_at: datetime
    removed_at: datetime | None


def _roles(values: Iterable[Role | str]) -> tuple[Role, ...]:
    out: list[Role] = []
    for v in values:
        try:
            role = v if isinstance(v, Role) else Role(str(v).strip().lower())
        except ValueError:
            raise ValidationError("roles", validation.NOT_CHOICE) from None
        if role not in out:
            out.append(role)
    if not out:
        raise ValidationError("roles", validation.AT_LEAST_ONE)
    return tuple(sorted(out, key=list(Role).index))


def check_password(password: object, username: str, field: str = "password") -> str:
    if not isinstance(password, str):
        raise ValidationError(field, validation.NOT_TEXT)
    strength = passwords.assess(password, username)
    if not strength.acceptable:
        raise ValidationError(field, strength.problems[0])
    return password


def _info(ws: Workspace, user: User) -> UserInfo:
    return UserInfo(
        username=user.username,
        display_name=user.display_name,
        roles=tuple(sorted((r.role for r in user.roles), key=list(Role).index)),
        language=user.language,
        active=user.active,
        has_key=ws.store.has_slot(user.username),
        created_at=user.created_at,
        removed_at=user.removed_at,
    )


def _get(session: Session, username: str) -> User:
    user = session.scalars(select(User).where(User.username == username)).one_or_none()
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no user named {name}."), name=username)
    return user


def new_user_row(
    username: str, display_name: str, roles: Iterable[Role], language: str = "en"
) -> User:
    user = User(
        username=username, display_name=display_name, language=language,
        active=True, created_at=utcnow(),
    )
    user.roles = [UserRole(role=r) for r in roles]
    return user


def list_users(ws: Workspace, *, include_removed: bool = False) -> list[UserInfo]:
    require(ws, (*ADMIN, Role.DIRECTOR), "user.list",
            QT_TRANSLATE_NOOP("permissions", "see the user accounts"))
    with ws.session() as session:
        query = select(User).order_by(User.username)
        if not include_removed:
            query = query.where(User.active.is_(True))
        return [_info(ws, u) for u in session.scalars(query)]


def add_user(
    ws: Workspace,
    username: str,
    display_name: str,
    roles: Iterable[Role | str],
    password: str,
    language: str = "en",
) -> UserInfo:
    require(ws, ADMIN, audit.Action.USER_ADD,
            QT_TRANSLATE_NOOP("permissions", "manage user accounts"), target=str(username)[:120])
    name = validation.username(username)
    shown = validation.required_text("display_name", display_name, max_len=120)
    role_list = _roles(roles)
    if language not in LANGUAGES:
        raise ValidationError("language", validation.NOT_CHOICE)
    check_password(password, name)
    # The data folder's lock before the database's: a rekey elsewhere takes them in that order.
    with ws.store.locked("users"):
        return _add_user_locked(ws, name, shown, role_list, password, language)


def _add_user_locked(
    ws: Workspace, name: str, shown: str, role_list: tuple[Role, ...], password: str,
    language: str,
) -> UserInfo:
    slot_written = False
    try:
        with ws.session() as session:
            if session.scalars(select(User).where(User.username == name)).first() is not None:
                raise ValidationError("username", NAME_TAKEN, name=name)
            if ws.store.has_slot(name):
                raise ValidationError("username", NAME_TAKEN, name=name)
            user = new_user_row(name, shown, role_list, language)
            session.add(user)
            session.flush()
            audit.record(session, ws.actor, audit.Action.USER_ADD, target=name,
                         reason=",".join(r.value for r in role_list))
            # The slot is written last, just before the commit; if the commit fails, it goes.
            ws.store.add_slot(name, password, ws.kdf)
            slot_written = True
            info = _info(ws, user)
    except BaseException:
        if slot_written:
            ws.store.discard_slot(name)
        raise
    return info


def remove_user(ws: Workspace, username: str, reason: str | None = None) -> None:
    """Deactivate the account (its history stays), remove its key slot and rekey the database."""
    require(ws, ADMIN, audit.Action.USER_REMOVE,
            QT_TRANSLATE_NOOP("permissions", "manage user accounts"), target=str(username)[:120])
    name = validation.username(username)
    why = validation.text("reason", reason, max_len=500, required=False)
    if name == ws.actor.username:
        raise ValidationError("username", OWN_ACCOUNT)
    with ws.store.locked("users"):
        _remove_user_locked(ws, name, why)


def _remove_user_locked(ws: Workspace, name: str, why: str | None) -> None:
    if ws.store.has_slot(name):
        ws.store.check_room_for_rekey()  # a full disk refuses before the account changes
    with ws.session() as session:
        user = _get(session, name)
        if not user.active:
            raise ValidationError("username", ALREADY_REMOVED, name=name)
        if Role.ADMINISTRATOR in {r.role for r in user.roles}:
            admins = session.scalars(
                select(User).join(UserRole).where(
                    User.active.is_(True), UserRole.role == Role.ADMINISTRATOR
                )
            ).all()
            if len(admins) <= 1:
                raise ValidationError("username", LAST_ADMIN)
        user.active = False
        user.removed_at = utcnow()
        audit.record(session, ws.actor, audit.Action.USER_REMOVE, target=name, reason=why)
    # After the commit: a crash here leaves an inactive user whose slot is refused at login.
    if ws.store.has_slot(name):
        ws.store.remove_slot_and_rekey(name)


def reset_password(ws: Workspace, username: str, new_password: str) -> None:
    """An administrator sets a new password for someone who forgot theirs."""
    require(ws, ADMIN, audit.Action.USER_RESET_PASSWORD,
            QT_TRANSLATE_NOOP("permissions", "manage user accounts"),
            target=str(username)[:120])
    name = validation.username(username)
    check_password(new_password, name, "new_password")
    with ws.store.locked("password"), ws.session() as session:
        user = _get(session, name)
        if not user.active:
            raise ValidationError("username", ALREADY_REMOVED, name=name)
        audit.record(session, ws.actor, audit.Action.USER_RESET_PASSWORD, target=name)
        if ws.store.has_slot(name):
            ws.store.set_password(name, new_password, None, ws.kdf)
        else:
            ws.store.add_slot(name, new_password, ws.kdf)


def change_own_password(ws: Workspace, old_password: str, new_password: str) -> None:
    if ws.actor.via_recovery:
        raise ServiceError(QT_TRANSLATE_NOOP("errors",
            "The recovery code has no password to change; reset a user instead."))
    check_password(new_password, ws.actor.username, "new_password")
    if new_password == old_password:
        raise ValidationError("new_password", SAME_PASSWORD)
    with ws.store.locked("password"):
        # Proves the old password (a wrong one raises WrongCredentials) before anything changes.
        ws.store.set_password(ws.actor.username, new_password, old_password, ws.kdf)
        audit.record_alone(ws, audit.Action.PASSWORD_CHANGE, target=ws.actor.username)


def renew_recovery_code(ws: Workspace) -> str:
    require(ws, (*ADMIN, Role.DIRECTOR), audit.Action.RECOVERY_CODE_NEW,
            QT_TRANSLATE_NOOP("permissions", "renew the recovery code"))
    with ws.store.locked("recovery-code"):
        code = ws.store.new_recovery_code(ws.kdf)
        audit.record_alone(ws, audit.Action.RECOVERY_CODE_NEW)
    return code
