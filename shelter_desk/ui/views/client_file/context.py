"""What every tab of one client's file shares."""

from __future__ import annotations

from dataclasses import dataclass

from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.databus import DataBus


@dataclass
class ClientContext:
    ws: Workspace
    client_id: int
    case_code: str
    bus: DataBus

    def changed(self, area: str) -> None:
        self.bus.notify(area, self.client_id)
