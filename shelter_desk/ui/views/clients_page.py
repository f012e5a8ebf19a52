"""Clients: the list (filter as you type, by status and counsellor) and open files as tabs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.domain.roles import Role
from shelter_desk.domain.vocabulary import ClientStatus
from shelter_desk.services import clients, clock
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import accessible, i18n
from shelter_desk.ui.databus import DataBus
from shelter_desk.ui.dialogs.new_client_wizard import NewClientWizard
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import show_error
from shelter_desk.ui.models.clients_table import (
    COL_NAME,
    OPEN_FILES,
    ClientsTableModel,
)
from shelter_desk.ui.models.record_table import ROW_ROLE
from shelter_desk.ui.ops import run_in_background
from shelter_desk.ui.views.client_file.context import ClientContext
from shelter_desk.ui.views.client_file.overview_tab import OverviewData, load_overview
from shelter_desk.ui.views.client_file.record_tab import make_table
from shelter_desk.ui.views.client_file.view import ClientFileView


class ClientsPage(QWidget):
    count_changed = Signal(int)
    report_requested = Signal(int)

    def __init__(self, bus: DataBus) -> None:
        super().__init__()
        self.bus = bus
        self.ws: Workspace | None = None
        self.model = ClientsTableModel(clock.today(), self)
        self.table, _ = make_table(self.model)
        # The model filters and sorts itself (models/clients_table.py): no proxy in between.
        self.table.setModel(self.model)
        # Column widths from the first rows, not from all 5,000 (a Python call per cell).
        self.table.horizontalHeader().setResizeContentsPrecision(100)
        self.table.setObjectName("clients_table")
        accessible.name(self.table, tr_("Clients", "Clients"))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._activated)
        self.search = QLineEdit()
        self.search.setObjectName("client_search")
        accessible.name(self.search, tr_("Clients", "Search clients"),
                        tr_("Clients", "Down arrow or Enter moves into the list."))
        self.search.setPlaceholderText(
            tr_("ClientsPage", "Search names, aliases, case codes (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_changed)
        self.search.installEventFilter(self)
        self.status = QComboBox()
        self.status.setObjectName("status_filter")
        self.status.addItem(tr_("ClientsPage", "Open files"), OPEN_FILES)
        self.status.addItem(tr_("ClientsPage", "All"), "")
        for s in ClientStatus:
            self.status.addItem(i18n.label(s), s.value)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.counsellor = QComboBox()
        self.counsellor.setObjectName("counsellor_filter")
        self.counsellor.currentIndexChanged.connect(self._counsellor_changed)
        for combo in (self.status, self.counsellor):
            # Narrow in the bar (long names in large text widened the window); the list
            # that drops down is as wide as its entries.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.new_button = QPushButton(tr_("ClientsPage", "New client… (Ctrl+N)"))
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_client)
        self.count_label = QLabel()
        self.count_label.setProperty("muted", True)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        status_label = QLabel(tr_("ClientsPage", "&Status"))
        status_label.setBuddy(self.status)
        bar.addWidget(status_label)
        bar.addWidget(self.status)
        self.counsellor_label = QLabel(tr_("ClientsPage", "C&ounsellor"))
        self.counsellor_label.setBuddy(self.counsellor)
        bar.addWidget(self.counsellor_label)
        bar.addWidget(self.counsellor)
        bar.addWidget(self.new_button)
        list_page = QWidget()
        col = QVBoxLayout(list_page)
        col.addLayout(bar)
        col.addWidget(self.table)
        col.addWidget(self.count_label)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("client_file_tabs")
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.addTab(list_page, tr_("ClientsPage", "All clients"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.files: dict[int, ClientFileView] = {}
        bus.changed.connect(lambda area, cid: self.refresh())
        bus.privacy_changed.connect(self._privacy)

    # -- workspace ----------------------------------------------------------------------------
    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        while self.tabs.count() > 1:
            self.close_tab(1)
        self.model.clear()
        self.search.clear()
        self.counsellor.clear()
        if ws is None:
            return
        director = ws.actor.has(Role.DIRECTOR)
        self.counsellor.setVisible(director)
        self.counsellor_label.setVisible(director)
        self.new_button.setEnabled(ws.actor.has(Role.COUNSELLOR, Role.DIRECTOR))
        self.counsellor.addItem(tr_("ClientsPage", "All"), "")
        if director:
            run_in_background(
                self, lambda: clients.counsellors(ws), self._counsellors, lambda e: None
            )
        self.refresh()

    def _counsellors(self, rows: list[tuple[str, str]]) -> None:
        for _, display in rows:
            self.counsellor.addItem(display, display)

    def refresh(self) -> None:
        ws = self.ws
        if ws is None or ws.closed or not ws.actor.has(Role.COUNSELLOR, Role.DIRECTOR):
            return
        run_in_background(
            self, lambda: clients.list_clients(ws), self._loaded, lambda e: show_error(self, e)
        )

    def _loaded(self, rows: list[clients.ClientSummary]) -> None:
        self.model.today = clock.today()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(COL_NAME, max(self.table.columnWidth(COL_NAME), 200))
        self._count()

    def _count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        self.count_label.setText(
            tr_("ClientsPage", "%1 of %2 clients")
            .replace("%1", str(shown))
            .replace("%2", str(total))
        )
        self.count_changed.emit(shown)

    def _status_changed(self, _index: int) -> None:
        self.model.set_status(self.status.currentData())
        self._count()

    def _counsellor_changed(self, _index: int) -> None:
        self.model.set_counsellor(self.counsellor.currentData())
        self._count()

    def _filter_changed(self, text: str) -> None:
        self.model.set_query(text)
        self._count()

    def _privacy(self, on: bool) -> None:
        self.model.set_privacy(on)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down or Enter in the search field goes into the list, on its first row: then Enter
        opens the file. Three Tabs were needed before."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                    and self.model.rowCount():
                self.focus_list()
                return True
        return super().eventFilter(watched, event)

    def focus_list(self) -> None:
        current = self.table.currentIndex()
        if not current.isValid():
            current = self.model.index(0, 0)
        self.table.setCurrentIndex(current)
        self.table.selectRow(current.row())
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def first_focus(self) -> QWidget:
        view = self.tabs.currentWidget()
        if isinstance(view, ClientFileView):
            return view.tabs.tabBar()
        return self.search

    def close_current_file(self) -> None:
        """Ctrl+W / Ctrl+F4: close the file in front (the list itself stays)."""
        self.close_tab(self.tabs.currentIndex())

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    # -- files --------------------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.open_client(row.id)

    def open_client(self, client_id: int, tab: int | None = None, front: bool = True,
                    then: Callable[[ClientFileView], object] | None = None) -> None:
        """Open (or bring forward) a file; `then` runs on its view once it is there."""
        ws = self.ws
        if ws is None:
            return
        if client_id in self.files:
            view = self.files[client_id]
            if front:
                self.tabs.setCurrentWidget(view)
            if tab is not None:
                view.tabs.setCurrentIndex(tab)
            if then is not None:
                then(view)
            return
        def load() -> tuple[clients.ClientFile, OverviewData]:
            return clients.open_client_file(ws, client_id), load_overview(ws, client_id)

        self.setCursor(Qt.CursorShape.BusyCursor)
        run_in_background(
            self,
            load,
            lambda loaded: self._opened(loaded[0], loaded[1], tab, front, then),
            self._open_failed,
            tr_("ClientsPage", "Opening the file…"),
        )

    def _open_failed(self, exc: Exception) -> None:
        self.unsetCursor()
        show_error(self, exc)

    def _opened(self, file: clients.ClientFile, overview: OverviewData, tab: int | None,
                front: bool = True,
                then: Callable[[ClientFileView], object] | None = None) -> None:
        self.unsetCursor()
        ws = self.ws
        if ws is None or file.summary.id in self.files:
            return
        ctx = ClientContext(ws, file.summary.id, file.summary.case_code, self.bus)
        view = ClientFileView(ctx, file, overview)
        view.report_requested.connect(self.report_requested)
        self.files[file.summary.id] = view
        index = self.tabs.addTab(view, file.summary.case_code)
        if tab is not None:
            view.tabs.setCurrentIndex(tab)
        if front:
            self.tabs.setCurrentIndex(index)
            # The keyboard follows the eye into the file: arrows move between its tabs.
            view.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)
        if then is not None:
            then(view)

    def open_files(self) -> tuple[tuple[tuple[int, int], ...], int | None]:
        """The open files in tab order with their current tab, and the one in front."""
        order = []
        for index in range(1, self.tabs.count()):
            view = self.tabs.widget(index)
            for cid, v in self.files.items():
                if v is view:
                    order.append((cid, v.tabs.currentIndex()))
        front = next((cid for cid, v in self.files.items()
                      if v is self.tabs.currentWidget()), None)
        return tuple(order), front

    def reopen(self, files: tuple[tuple[int, int], ...], front: int | None) -> None:
        """Open these files again (each opening audited, as it should be); the one that was
        in front comes to the front."""
        for client_id, tab in files:
            self.open_client(client_id, tab, front=client_id == front)
        if front is None:
            self.tabs.setCurrentIndex(0)

    def close_tab(self, index: int) -> None:
        if index == 0:
            return
        view = self.tabs.widget(index)
        self.tabs.removeTab(index)
        if view is None:
            return
        for cid, v in list(self.files.items()):
            if v is view:
                del self.files[cid]
        view.deleteLater()

    def new_client(self) -> None:
        ws = self.ws
        if ws is None or not ws.actor.has(Role.COUNSELLOR, Role.DIRECTOR):
            return
        counsellors = None
        if ws.actor.has(Role.DIRECTOR):
            try:
                counsellors = clients.counsellors(ws)
            except Exception as exc:
                show_error(self, exc)
                return
        wizard = NewClientWizard(ws, counsellors, self)
        if wizard.exec() and wizard.created is not None:
            self.bus.notify("client", wizard.created.id)
            self.open_client(wizard.created.id)
        elif wizard.open_instead is not None:
            self.open_client(wizard.open_instead)
