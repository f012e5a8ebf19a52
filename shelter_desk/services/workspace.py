"""A logged-in session of work: the open store and who is acting."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from shelter_desk.models.users import Role, User
from shelter_desk.services import revisions
from shelter_desk.services.concurrency import Tracker
from shelter_desk.store.database import OpenedAs
from shelter_desk.store.errors import WrongCredentials
from shelter_desk.store.keyslots import DEFAULT_KDF, RECOVERY_SLOT, KdfParams

RECOVERY_ACTOR = "recovery"

if TYPE_CHECKING:
    from shelter_desk.store.backend import AnyStore


@dataclass(frozen=True)
class Actor:
    """The person acting. A recovery login acts as an administrator named 'recovery'."""

    username: str
    display_name: str
    roles: frozenset[Role]
    user_id: int | None = None

    @property
    def via_recovery(self) -> bool:
        return self.user_id is None

    def has(self, *roles: Role) -> bool:
        return bool(self.roles.intersection(roles))


class _Nesting(threading.local):
    depth = 0
    after: list[Callable[[], None]]

    def __init__(self) -> None:
        self.after = []


@dataclass
class Workspace:
    store: AnyStore
    actor: Actor
    kdf: KdfParams = field(default=DEFAULT_KDF)
    _nesting: _Nesting = field(default_factory=_Nesting, repr=False, compare=False)
    # The versions this workspace has read: a save of a record changed since is refused.
    tracker: Tracker = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.tracker = Tracker(self.actor.username)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction. Transactions take the write lock when they begin (store/engine.py),
        so work that needs its own transaction while one is open in this thread (a refusal's
        audit entry) is queued with after_session() and done when the outermost one ends."""
        from shelter_desk.services import status  # it needs this module: imported once, here

        nesting = self._nesting
        nesting.depth += 1
        writes: list[tuple[str, int]] = []
        try:
            with self.store.session() as session:
                writes = self.tracker.watch(session)
                status.watch(session)
                revisions.keep(session, self.actor.username)
                yield session
        except StaleDataError:
            raise self.tracker.refusal_for_race(writes, self.store.session) from None
        finally:
            nesting.depth -= 1
            if nesting.depth == 0:
                queued, nesting.after = nesting.after, []
                for work in queued:
                    work()

    def after_session(self, work: Callable[[], None]) -> None:
        """Run `work` now, or when this thread's open transaction has ended."""
        if self._nesting.depth:
            self._nesting.after.append(work)
        else:
            work()

    @property
    def on_server(self) -> bool:
        return self.store.backend == "postgresql"

    @property
    def data_dir(self) -> Path:
        return self.store.files.root

    def close(self) -> None:
        self.store.close()

    @property
    def closed(self) -> bool:
        return self.store.closed

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def actor_for(session: Session, opened_as: OpenedAs) -> Actor:
    """Who opened the store, from the users table. A slot without an active user is refused
    with the same generic answer as a wrong password."""
    if opened_as.kind == "recovery" or opened_as.slot == RECOVERY_SLOT:
        return Actor(
            username=RECOVERY_ACTOR,
            display_name="Recovery code",
            roles=frozenset({Role.ADMINISTRATOR}),
        )
    user = session.scalars(select(User).where(User.username == opened_as.slot)).one_or_none()
    if user is None or not user.active:
        raise WrongCredentials()
    return Actor(
        username=user.username,
        display_name=user.display_name,
        roles=frozenset(r.role for r in user.roles),
        user_id=user.id,
    )
