"""The two stores the services run on: the embedded SQLCipher file (store/database.py, the
default) and the shelter's server (store/server/store.py, loaded only when this workstation
works on one). Both offer the same operations: sessions, key slots, the lock for slot
changes, schema revision, integrity, copies, name search."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from shelter_desk.store.database import Store
from shelter_desk.store.server import config

if TYPE_CHECKING:
    from typing import TypeAlias

    from shelter_desk.store.server.store import ServerStore

    AnyStore: TypeAlias = Store | ServerStore  # import it under TYPE_CHECKING too


def open_store(data_dir: Path, username: str, password: str, *,
               check_pages: bool = True) -> Store | ServerStore:
    """Log in to this workstation's store: its server when `server connect` recorded one.
    `check_pages`: the local file's page-by-page check now (see Store.open)."""
    if config.is_server(data_dir):
        from shelter_desk.store.server.store import ServerStore

        return ServerStore.open(data_dir, username, password)
    return Store.open(data_dir, username, password, check_pages=check_pages)


def open_store_with_recovery(data_dir: Path, code: str, *,
                             check_pages: bool = True) -> Store | ServerStore:
    if config.is_server(data_dir):
        from shelter_desk.store.server.store import ServerStore

        return ServerStore.open_with_recovery(data_dir, code)
    return Store.open_with_recovery(data_dir, code, check_pages=check_pages)
