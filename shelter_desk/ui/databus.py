"""The one app-wide "data changed" signal: what changed and for which client. Views refresh
from it instead of knowing about each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

ALL_CLIENTS = 0
# Any kind of record: another desk's change (ui/remote_changes.py).
ANY_AREA = "*"


def concerns(area: str, client_id: int, mine: int) -> bool:
    """Is a notice about client `mine`? Its own, or another desk's "anything may have
    changed" (a bulk change, or notices missed while the server was out of reach)."""
    return client_id == mine or (area == ANY_AREA and client_id == ALL_CLIENTS)


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
