"""What every tab of one client's file shares."""

from __future__ import annotations

from dataclasses import dataclass

from shelter_desk.services.changes import Changes, Kind
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.databus import DataBus


@dataclass
class ClientContext:
    ws: Workspace
    client_id: int
    case_code: str
    bus: DataBus

    def changed(self, what: Changes | Kind, *more: Kind) -> None:
        """Tell every view what a write in this file changed: its change set, or kinds of
        record of this client."""
        self.bus.publish(what if isinstance(what, Changes)
                         else Changes.of(self.client_id, what, *more))
