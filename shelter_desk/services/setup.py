"""Creating an installation and logging in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from shelter_desk.domain.roles import Role
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.base import utcnow
from shelter_desk.models.installation import Installation
from shelter_desk.paths import DataFiles
from shelter_desk.services import audit, validation
from shelter_desk.services.errors import ValidationError
from shelter_desk.services.presence import installation_exists as installation_exists
from shelter_desk.services.users import LANGUAGES, check_password, new_user_row
from shelter_desk.services.workspace import Workspace, actor_for
from shelter_desk.store.backend import open_store, open_store_with_recovery
from shelter_desk.store.database import Store
from shelter_desk.store.errors import AlreadyInitialised
from shelter_desk.store.keyslots import (
    DEFAULT_KDF,
    RECOVERY_GROUP_LEN,
    RECOVERY_GROUPS,
    KdfParams,
)
from shelter_desk.store.server import config as server_config

KNOWN_SHELTERS = ("Payoke", "Pag-Asa", "Sürya")
# Where each signs its reports (the signature's /Location); other shelters give theirs.
SHELTER_CITIES = {"Payoke": "Antwerpen", "Pag-Asa": "Bruxelles", "Sürya": "Liège"}
# The recovery code's shape, for a screen that asks for part of it back.
RECOVERY_CODE_GROUPS = RECOVERY_GROUPS
RECOVERY_CODE_GROUP_LENGTH = RECOVERY_GROUP_LEN

if TYPE_CHECKING:
    from shelter_desk.store.backend import AnyStore


def initialise(
    data_dir: Path,
    *,
    shelter: str,
    username: str,
    display_name: str | None,
    password: str,
    language: str = "en",
    kdf: KdfParams = DEFAULT_KDF,
    extra_roles: tuple[Role, ...] = (Role.ADMINISTRATOR,),
    city: str | None = None,
) -> tuple[Workspace, str]:
    """A new installation with its first director (also administrator unless told otherwise).

    Returns the logged-in workspace and the recovery code, which is shown once and kept nowhere.
    """
    if DataFiles(Path(data_dir)).exists() or server_config.is_server(Path(data_dir)):
        raise AlreadyInitialised(QT_TRANSLATE_NOOP("errors",
            "A shelter_desk database already exists in {folder}."), folder=data_dir)
    name, populate = first_director(shelter=shelter, username=username,
                                    display_name=display_name, password=password,
                                    language=language, extra_roles=extra_roles, city=city)
    store, recovery = Store.create(Path(data_dir), name, password, populate, kdf)
    return _workspace(store, kdf), recovery


Populate = Callable[[Session], None]


def first_director(
    *, shelter: str, username: str, display_name: str | None, password: str,
    language: str = "en", extra_roles: tuple[Role, ...] = (Role.ADMINISTRATOR,),
    city: str | None = None,
) -> tuple[str, Populate]:
    """Check what a new installation is given; returns the director's user name and what
    writes the installation's first rows (on either backend)."""
    shelter_name = validation.required_text("shelter", shelter, max_len=120)
    known = {k.casefold(): v for k, v in SHELTER_CITIES.items()}
    place = validation.text("city", city, max_len=80, required=False) or known.get(
        shelter_name.casefold())
    name = validation.username(username)
    shown = validation.required_text(
        "display_name", display_name if display_name else name, max_len=120
    )
    if language not in LANGUAGES:
        raise ValidationError("language", validation.NOT_CHOICE)
    check_password(password, name)
    roles = (Role.DIRECTOR, *extra_roles)

    def populate(session: Session) -> None:
        session.add(Installation(id=1, shelter_name=shelter_name, created_at=utcnow(),
                                 idle_lock_minutes=5, city=place))
        session.add(new_user_row(name, shown, roles, language))
        session.flush()
        audit.record(session, name, audit.Action.INSTALL, target=shelter_name)

    return name, populate


def login(data_dir: Path, username: str, password: str, kdf: KdfParams = DEFAULT_KDF, *,
          check_pages: bool = True) -> Workspace:
    """Open the database as `username`. Wrong name or password: WrongCredentials, and nothing
    on disk changes. `check_pages=False`: the caller checks the whole file afterwards
    (the desktop, in the background: ui/integrity_watch.py)."""
    return _workspace(open_store(Path(data_dir), username, password, check_pages=check_pages),
                      kdf)


def login_with_recovery(data_dir: Path, code: str, kdf: KdfParams = DEFAULT_KDF, *,
                        check_pages: bool = True) -> Workspace:
    return _workspace(open_store_with_recovery(Path(data_dir), code, check_pages=check_pages),
                      kdf)


def _workspace(store: AnyStore, kdf: KdfParams) -> Workspace:
    try:
        with store.session() as session:
            actor = actor_for(session, store.opened_as)
            action = audit.Action.LOGIN_RECOVERY if actor.via_recovery else audit.Action.LOGIN
            audit.record(session, actor, action)
    except BaseException:
        store.close()
        raise
    return Workspace(store=store, actor=actor, kdf=kdf)


def shelter_name(ws: Workspace) -> str:
    with ws.session() as session:
        inst = session.get(Installation, 1)
        return inst.shelter_name if inst else ""
