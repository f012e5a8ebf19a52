"""Other workstations' changes, on the shelter's server, turned into the app's own DataBus
notices: the views they touch refresh as they do after a change made here. The notice arrives
on a listening thread and is carried to the GUI thread by a queued signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from shelter_desk.services.concurrency import watch_others
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.databus import ALL_CLIENTS, DataBus


class RemoteChanges(QObject):
    arrived = Signal(object)

    def __init__(self, bus: Callable[[], DataBus], ws: Workspace) -> None:
        super().__init__()
        self.bus = bus  # the app's current bus: a language switch makes a new one
        self.arrived.connect(self._deliver)  # queued: emitted from the listening thread
        watch_others(ws, self.arrived.emit)

    def _deliver(self, change: dict[str, Any]) -> None:
        ids = [c for c in change.get("clients", []) if isinstance(c, int)]
        for client_id in ids or [ALL_CLIENTS]:
            self.bus().notify("*", client_id)
