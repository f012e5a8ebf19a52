"""Today's appointments, compact, for the dashboard: the time, what, whose file (the name
masked in privacy mode). Enter or double-click opens the file's Appointments tab."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.domain.roles import Role
from shelter_desk.services import appointments, clients, clock
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import accessible
from shelter_desk.ui.databus import Changes, DataBus, InSight, Kind
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import show_error
from shelter_desk.ui.ops import run_in_background
from shelter_desk.ui.style import theme
from shelter_desk.ui.views.agenda import appointment_text
from shelter_desk.ui.views.client_file import view as file_view

CLIENT_ROLE = Qt.ItemDataRole.UserRole + 1
APPOINTMENT_ROLE = Qt.ItemDataRole.UserRole + 2
VISIBLE_ROWS = 4  # then it scrolls: the attention list below keeps its room


@dataclass(frozen=True)
class TodayData:
    day: date
    planned: list[appointments.AppointmentView]
    names: dict[int, str]


def load_today(ws: Workspace) -> TodayData:
    planned = appointments.today(ws)
    return TodayData(clock.today(), planned, clients.names(ws, [a.client_id for a in planned]))


class TodaysAppointments(QWidget):
    open_client = Signal(int, int)  # client id, file tab

    def __init__(self, bus: DataBus, forward_to: SignalInstance | None = None) -> None:
        super().__init__()
        self.bus = bus
        self.ws: Workspace | None = None
        self.data: TodayData | None = None
        self.heading = QLabel(tr_("Dashboard", "Today's appointments"))
        self.heading.setObjectName("subheading")
        self.list = QListWidget()
        self.list.setObjectName("todays_appointments")
        accessible.name(self.list, tr_("Dashboard", "Today's appointments"))
        self.list.itemActivated.connect(self._activated)
        self.empty = QLabel(tr_("Dashboard", "No appointments today."))
        self.empty.setProperty("muted", True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.list)
        column.addWidget(self.empty)
        self.list.hide()
        # As tall as its rows: the attention list below takes the room left.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        if forward_to is not None:
            self.open_client.connect(forward_to)
        self.sight = InSight(self, self.refresh)
        bus.changed.connect(self._data_changed)
        bus.privacy_changed.connect(lambda _: self._show(self.data))

    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self._show(None)
        self.refresh()

    def _data_changed(self, changes: Changes) -> None:
        """Today's appointments, with their clients' names."""
        if changes.touches(Kind.APPOINTMENTS, Kind.CLIENT):
            self.sight.request()

    def refresh(self) -> None:
        ws = self.ws
        if ws is None or ws.closed or not ws.actor.has(Role.COUNSELLOR, Role.DIRECTOR):
            return
        run_in_background(self, lambda: load_today(ws), self._show,
                          lambda e: show_error(self, e))

    def _show(self, data: TodayData | None) -> None:
        self.data = data
        self.list.clear()
        now = appointments.wall_clock_now()
        for a in data.planned if data is not None else []:
            item = QListWidgetItem(appointment_text(
                a, data.names.get(a.client_id, "") if data else "", self.bus.privacy, now))
            item.setData(CLIENT_ROLE, a.client_id)
            item.setData(APPOINTMENT_ROLE, a.id)
            item.setToolTip(" · ".join(x for x in (a.place, a.with_user) if x))
            if a.past_and_open(now):
                item.setForeground(QBrush(QColor(theme().warning)))
            self.list.addItem(item)
        shown = self.list.count() > 0
        self.list.setVisible(shown)
        self.empty.setVisible(data is not None and not shown)
        rows = min(max(self.list.count(), 1), VISIBLE_ROWS)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth()
                                 + 4 if shown else 0)

    def _activated(self, item: QListWidgetItem) -> None:
        cid = item.data(CLIENT_ROLE)
        if cid:
            self.open_client.emit(int(cid), file_view.TAB_APPOINTMENTS)
