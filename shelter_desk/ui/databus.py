"""The one app-wide "data changed" signal: what a write changed (services/changes.py: which
client, which kinds of record, whether the client's status may have moved). Views refresh from
it instead of knowing about each other, and only when the change touches what they show.

`InSight` is how a view refreshes: at once when it is in sight (its page and tab are the
current ones), else when it next comes into sight (a hidden view only marks itself stale)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from shelter_desk.services.changes import ALL_CLIENTS, Changes, Kind

__all__ = ["ALL_CLIENTS", "Changes", "DataBus", "InSight", "Kind"]


class DataBus(QObject):
    # Changes: what a write changed.
    changed = Signal(object)
    privacy_changed = Signal(bool)
    # A view's Print… button: the main window prints the view in front (File › Print…).
    print_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.privacy = False

    def publish(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def anything(self, client_id: int = ALL_CLIENTS) -> None:
        """Anything about this client (or every client) may have changed: another desk's
        notice, a bulk change, notices missed while the server was out of reach."""
        self.changed.emit(Changes.anything(client_id))

    def set_privacy(self, on: bool) -> None:
        if on != self.privacy:
            self.privacy = on
            self.privacy_changed.emit(on)


_SHOWN = (QEvent.Type.Show, QEvent.Type.ShowToParent)


class InSight(QObject):
    """Runs a view's reload now if the view is in sight, else when it comes into sight.

    In sight: shown as far as its window goes (its page of the main window and its tab of the
    client file are the current ones; the window itself may be minimised or not yet shown).
    While stale, it watches the view and its parents for being shown (a page or tab made
    current) and reloads once then."""

    def __init__(self, view: QWidget, reload: Callable[[], None]) -> None:
        super().__init__(view)
        self.view = view
        self._reload = reload
        self.stale = False
        self._watched: list[QWidget] = []

    def in_sight(self) -> bool:
        view = self.view
        return view.isWindow() or view.isVisibleTo(view.window())

    def request(self) -> None:
        """The view's data changed: reload now, or when it is next in sight."""
        if self.in_sight():
            self._fresh()
            self._reload()
            return
        self.stale = True
        if not self._watched:
            widget: QWidget | None = self.view
            while widget is not None:
                widget.installEventFilter(self)
                self._watched.append(widget)
                widget = None if widget.isWindow() else widget.parentWidget()

    def catch_up(self) -> None:
        """Reload now if stale: the view a person acted on follows their save even when it is
        not in front (a dialog opened on it from elsewhere)."""
        if self.stale:
            self._fresh()
            self._reload()

    def _fresh(self) -> None:
        self.stale = False
        for widget in self._watched:
            if isValid(widget):
                widget.removeEventFilter(self)
        self._watched = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _SHOWN and self.stale and self.in_sight():
            self._fresh()
            self._reload()
        return False
