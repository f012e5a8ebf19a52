"""Other workstations' changes, on the shelter's server, turned into the app's own DataBus
notices: the views they touch refresh as they do after a change made here. The notice arrives
on a listening thread and is carried to the GUI thread by a queued signal.

Notices arriving close together are gathered (COALESCE_MS) into one: a burst of saves at other
desks refreshes this desk's lists once, not once a save."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from shelter_desk.services.concurrency import watch_others
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.databus import ALL_CLIENTS, DataBus

COALESCE_MS = 300


class RemoteChanges(QObject):
    arrived = Signal(object)

    def __init__(self, bus: Callable[[], DataBus], ws: Workspace) -> None:
        super().__init__()
        self.bus = bus  # the app's current bus: a language switch makes a new one
        self._pending: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._deliver)
        self.arrived.connect(self._gather)  # queued: emitted from the listening thread
        watch_others(ws, self.arrived.emit)

    def _gather(self, change: dict[str, Any]) -> None:
        ids = {c for c in change.get("clients") or () if type(c) is int}
        if change.get("all") or change.get("resync") or not ids:
            ids = {ALL_CLIENTS}  # accounts, a bulk change, or notices missed: everything
        self._pending |= ids
        if not self._timer.isActive():
            self._timer.start()

    def _deliver(self) -> None:
        pending, self._pending = self._pending, set()
        if not pending:
            return
        # One client: its views. Several, or everything: every view, once.
        self.bus().anything(pending.pop() if len(pending) == 1 else ALL_CLIENTS)
