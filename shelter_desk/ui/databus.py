"""The one app-wide "data changed" signal: what changed and for which client. Views refresh
from it instead of knowing about each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

ALL_CLIENTS = 0


class DataBus(QObject):
    # (area, client id or 0 for caseload-wide changes)
    changed = Signal(str, int)
    privacy_changed = Signal(bool)
    # A view's Print… button: the main window prints the view in front (File › Print…).
    print_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.privacy = False

    def notify(self, area: str, client_id: int = ALL_CLIENTS) -> None:
        self.changed.emit(area, client_id)

    def set_privacy(self, on: bool) -> None:
        if on != self.privacy:
            self.privacy = on
            self.privacy_changed.emit(on)
