"""The whole database file's page-by-page check (SQLCipher's HMACs, SQLite's structure), run
after login on a worker thread instead of before it: on a large file it takes about a second,
which the caseload should not wait for. Damage found closes the workspace, says so, and the
next login checks again before opening (so the login window offers the restore)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from shelter_desk.services.errors import DatabaseDamaged
from shelter_desk.ui.ops import run_in_background

if TYPE_CHECKING:
    from shelter_desk.services.workspace import Workspace

# After the first screen's loads: they need the disk and the processor first.
DELAY_MS = 1500


def check_in_background(owner: QObject, ws: Workspace,
                        on_damage: Callable[[DatabaseDamaged], None],
                        delay_ms: int = DELAY_MS) -> None:
    def problems() -> list[str]:
        return [] if ws.closed else ws.store.integrity_problems()

    def verdict(found: list[str]) -> None:
        if found and not ws.closed:
            on_damage(DatabaseDamaged(f"{len(found)} problem(s) found by the integrity check"))

    def failed(exc: BaseException) -> None:
        if not ws.closed:  # a page that does not even decrypt fails the check itself
            on_damage(exc if isinstance(exc, DatabaseDamaged) else DatabaseDamaged(str(exc)))

    QTimer.singleShot(delay_ms, owner, lambda: None if ws.closed else run_in_background(
        None, problems, verdict, failed))
