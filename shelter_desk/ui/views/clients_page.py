"""Clients: the list (filter as you type, by status and counsellor; more filters behind a
disclosure; saved views) and open files as tabs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.domain.roles import Role
from shelter_desk.domain.vocabulary import ClientStatus, ExploitationForm, Phase
from shelter_desk.i18n import fill
from shelter_desk.services import client_filters, clients, clock, saved_views
from shelter_desk.services.errors import ValidationError
from shelter_desk.services.folding import fold
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import accessible, i18n
from shelter_desk.ui.client_context import ClientContext
from shelter_desk.ui.databus import Changes, DataBus, InSight, Kind
from shelter_desk.ui.dialogs.new_client_wizard import NewClientWizard
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import describe, show_error
from shelter_desk.ui.models.clients_table import (
    COL_NAME,
    OPEN_FILES,
    ClientsTableModel,
)
from shelter_desk.ui.models.record_table import ROW_ROLE
from shelter_desk.ui.ops import run_in_background
from shelter_desk.ui.views.client_file.overview_tab import OverviewData, load_overview
from shelter_desk.ui.views.client_file.view import ClientFileView
from shelter_desk.ui.widgets import plain_cells
from shelter_desk.ui.widgets.date_edit import DateEdit

USERNAME_ROLE = Qt.ItemDataRole.UserRole + 1  # a counsellor's user name, kept in saved views


def clients_table(model: ClientsTableModel) -> QTableView:
    """The client list's table (bench/caseload.py times a keystroke in it)."""
    # As record tables are (client_file/record_tab.py), but the model filters and sorts itself
    # (models/clients_table.py): no proxy in between.
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    # Column widths from 50 rows (those shown first), not from all 5,000: a Python call per
    # cell. The horizontal header's precision is the one a column's width reads.
    header.setResizeContentsPrecision(50)
    # One call into Python per cell drawn, its text laid out once (widgets/plain_cells.py).
    plain_cells.install(table, model)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return table


def _labelled(*fields: tuple[str, QWidget]) -> QHBoxLayout:
    """A row of fields, each after its label (whose mnemonic goes to the field)."""
    row = QHBoxLayout()
    for text, field in fields:
        label = QLabel(text)
        label.setBuddy(field)
        row.addWidget(label)
        row.addWidget(field)
    return row


class ClientsPage(QWidget):
    count_changed = Signal(int)
    report_requested = Signal(int)

    def __init__(self, bus: DataBus) -> None:
        super().__init__()
        self.bus = bus
        self.ws: Workspace | None = None
        self._applying = False  # a view or "clear" sets many widgets: one update at the end
        self.model = ClientsTableModel(clock.today(), self)
        self.table = clients_table(self.model)
        self.table.setObjectName("clients_table")
        accessible.name(self.table, tr_("Clients", "Clients"))
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
        self.more_button = QPushButton()
        self.more_button.setObjectName("more_filters_button")
        self.more_button.setCheckable(True)
        self.more_button.toggled.connect(self._show_more)
        self.views = QComboBox()
        self.views.setObjectName("saved_views")
        self.views.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.views.setMinimumContentsLength(10)
        self.views.activated.connect(self._view_picked)
        self.views_label = QLabel(tr_("ClientsPage", "Vie&w"))
        self.views_label.setBuddy(self.views)
        self.filter_panel = self._more_filters()
        self.saved: list[saved_views.SavedViewData] = []
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
        bar.addWidget(self.more_button)
        bar.addWidget(self.views_label)
        bar.addWidget(self.views)
        bar.addWidget(self.new_button)
        list_page = QWidget()
        col = QVBoxLayout(list_page)
        col.addLayout(bar)
        col.addWidget(self.filter_panel)
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
        self.list_page = list_page
        self.sight = InSight(list_page, self.refresh)
        bus.changed.connect(self._data_changed)
        bus.privacy_changed.connect(self._privacy)
        self._filters_shown()

    def _more_filters(self) -> QWidget:
        """Phase, nationality, form of exploitation, intake period, overdue; and the saved
        views' buttons: behind "More filters", so the list keeps its room on a small screen."""
        panel = QWidget()
        panel.setObjectName("more_filters")
        panel.setVisible(False)
        self.phase = QComboBox()
        self.phase.setObjectName("phase_filter")
        self.phase.addItem(tr_("ClientsPage", "All"), "")
        for ph in Phase:
            self.phase.addItem(i18n.label(ph), ph.value)
        self.nationality = QComboBox()
        self.nationality.setObjectName("nationality_filter")
        self.nationality.addItem(tr_("ClientsPage", "All"), "")
        self.exploitation = QComboBox()
        self.exploitation.setObjectName("exploitation_filter")
        self.exploitation.addItem(tr_("ClientsPage", "All"), "")
        for form in ExploitationForm:
            self.exploitation.addItem(i18n.label(form), form.value)
        for combo in (self.phase, self.nationality, self.exploitation):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self._filters_edited)
        self.intake_from = DateEdit(optional=True)
        self.intake_from.setObjectName("intake_from_filter")
        self.intake_to = DateEdit(optional=True)
        self.intake_to.setObjectName("intake_to_filter")
        for edit in (self.intake_from, self.intake_to):
            # A typed date counts when it is complete (Enter, Tab, or leaving the field), not
            # the half-typed ones on the way; a date picked counts at once.
            edit.changed.connect(self._date_changed)
            edit.editingFinished.connect(self._filters_edited)
        self.overdue = QCheckBox(tr_("ClientsPage", "Has an overd&ue item"))
        self.overdue.setObjectName("overdue_filter")
        self.overdue.toggled.connect(self._filters_edited)
        self.filter_problem = QLabel()
        self.filter_problem.setObjectName("filter_problem")
        self.filter_problem.setProperty("error", True)
        self.filter_problem.setWordWrap(True)
        self.clear_button = QPushButton(tr_("ClientsPage", "C&lear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.save_view_button = QPushButton(tr_("ClientsPage", "Save as vi&ew…"))
        self.save_view_button.clicked.connect(self._ask_view_name)
        self.delete_view_button = QPushButton(tr_("ClientsPage", "&Delete view"))
        self.delete_view_button.clicked.connect(self.delete_current_view)
        first = _labelled((tr_("ClientsPage", "&Phase"), self.phase),
                          (tr_("ClientsPage", "&Nationality"), self.nationality),
                          (tr_("ClientsPage", "Form of e&xploitation"), self.exploitation))
        first.addWidget(self.overdue)
        first.addStretch(1)
        second = _labelled((tr_("ClientsPage", "&Intake from"), self.intake_from),
                           (tr_("ClientsPage", "&to"), self.intake_to))
        second.addWidget(self.filter_problem, 1)
        for button in (self.clear_button, self.save_view_button, self.delete_view_button):
            second.addWidget(button)
        col = QVBoxLayout(panel)
        col.setContentsMargins(0, 0, 0, 0)
        col.addLayout(first)
        col.addLayout(second)
        return panel

    # -- workspace ----------------------------------------------------------------------------
    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        while self.tabs.count() > 1:
            self.close_tab(1)
        self.model.clear()
        self.search.clear()
        self.counsellor.clear()
        self.saved = []
        self._fill_views()
        self.clear_filters()
        self.status.setCurrentIndex(0)
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
        if ws.actor.has(Role.COUNSELLOR, Role.DIRECTOR):
            run_in_background(
                self, lambda: saved_views.list_views(ws), self._views_loaded, lambda e: None
            )
        self.refresh()

    def _counsellors(self, rows: list[tuple[str, str]]) -> None:
        for username, display in rows:
            self.counsellor.addItem(display, display)
            self.counsellor.setItemData(self.counsellor.count() - 1, username, USERNAME_ROLE)

    def _data_changed(self, changes: Changes) -> None:
        """The list shows each client's details, phase and next deadline: a session or a
        goal changes none of them."""
        if changes.status or changes.touches(Kind.CLIENT):
            self.sight.request()

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
        self._fill_nationalities(rows)
        self._count()
        # The widths in a turn of their own: the window answers in between (issue 13).
        QTimer.singleShot(0, self, self._fit_columns)

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(COL_NAME, max(self.table.columnWidth(COL_NAME), 200))

    def _count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        self.count_label.setText(
            fill(tr_("ClientsPage", "{shown} of {total} clients"), shown=shown, total=total)
        )
        self.count_changed.emit(shown)

    def _status_changed(self, _index: int) -> None:
        self.model.set_status(self.status.currentData())
        self._count()
        self._view_left()

    def _counsellor_changed(self, _index: int) -> None:
        self.model.set_counsellor(self.counsellor.currentData() or None)
        self._count()
        self._view_left()

    # -- more filters -------------------------------------------------------------------------
    def _fill_nationalities(self, rows: list[clients.ClientSummary]) -> None:
        """The nationalities of the clients loaded, by their name in the user's language (the
        one chosen stays, even when no client of it is left)."""
        chosen = self.nationality.currentData() or ""
        codes = {r.nationality for r in rows} | ({chosen} if chosen else set())
        self.nationality.blockSignals(True)
        self.nationality.clear()
        self.nationality.addItem(tr_("ClientsPage", "All"), "")
        for code in sorted(codes, key=lambda c: fold(i18n.country(c))):
            self.nationality.addItem(i18n.country(code), code)
        self.nationality.setCurrentIndex(max(self.nationality.findData(chosen), 0))
        self.nationality.blockSignals(False)

    def _show_more(self, on: bool) -> None:
        self.filter_panel.setVisible(on)
        if on:
            self.phase.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_filters(self) -> client_filters.ClientFilter:
        """The filters as set; an intake period ending before it starts is refused in words
        next to the dates, and its end left out (the list does not go silently empty)."""
        values = dict(phase=self.phase.currentData(), nationality=self.nationality.currentData(),
                      exploitation=self.exploitation.currentData(),
                      intake_from=self.intake_from.value(), intake_to=self.intake_to.value(),
                      overdue=self.overdue.isChecked())
        try:
            found = client_filters.make(**values)
            self.filter_problem.clear()
        except ValidationError as exc:
            self.filter_problem.setText(describe(exc))
            values["intake_to"] = None
            found = client_filters.make(**values)
        return found

    def _date_changed(self) -> None:
        edit = self.sender()
        if not (isinstance(edit, DateEdit) and edit.hasFocus()):
            self._filters_edited()

    def _filters_edited(self, *_: object) -> None:
        if self._applying:
            return
        self.model.set_filters(self.current_filters())
        self._count()
        self._filters_shown()
        self._view_left()

    def _filters_shown(self) -> None:
        """The button says how many of its filters are set, so a narrowed list is never a
        surprise with the panel closed."""
        n = len(client_filters.to_dict(self.model.filters))
        self.more_button.setText(
            fill(tr_("ClientsPage", "&More filters ({count})"), count=n) if n
            else tr_("ClientsPage", "&More filters"))
        self.clear_button.setEnabled(n > 0 or bool(self.filter_problem.text()))

    def clear_filters(self) -> None:
        self._applying = True
        try:
            for combo in (self.phase, self.nationality, self.exploitation):
                combo.setCurrentIndex(0)
            self.intake_from.set_value(None)
            self.intake_to.set_value(None)
            self.overdue.setChecked(False)
        finally:
            self._applying = False
        self._filters_edited()

    # -- saved views --------------------------------------------------------------------------
    def current_settings(self) -> saved_views.ViewSettings:
        counsellor = self.counsellor.currentData(USERNAME_ROLE) \
            if not self.counsellor.isHidden() else ""
        return saved_views.ViewSettings(
            status=self.status.currentData() or "", counsellor=counsellor or "",
            filters=self.current_filters())

    def _views_loaded(self, views: list[saved_views.SavedViewData]) -> None:
        self.saved = views
        self._fill_views()

    def _fill_views(self, current: int | None = None) -> None:
        self.views.blockSignals(True)
        self.views.clear()
        self.views.addItem(tr_("ClientsPage", "(none)"), 0)
        for n, view in enumerate(self.saved, start=1):
            # A view's name is typed by staff and may hold a client's name: privacy mode
            # numbers the views instead.
            self.views.addItem(fill(tr_("ClientsPage", "View {number}"), number=n)
                               if self.bus.privacy else view.name, view.id)
        self.views.setCurrentIndex(max(self.views.findData(current), 0) if current else 0)
        self.views.blockSignals(False)
        self.views.setEnabled(bool(self.saved))
        self.delete_view_button.setEnabled(self.views.currentIndex() > 0)

    def _view_left(self) -> None:
        """A filter changed by hand: the list no longer shows the view picked."""
        if not self._applying and self.views.currentIndex() > 0:
            self.views.setCurrentIndex(0)
            self.delete_view_button.setEnabled(False)

    def _view_picked(self, index: int) -> None:
        view = next((v for v in self.saved if v.id == self.views.itemData(index)), None)
        self.delete_view_button.setEnabled(view is not None)
        if view is not None:
            self.apply_view(view)

    def apply_view(self, view: saved_views.SavedViewData) -> None:
        s, f = view.settings, view.settings.filters
        notes = []
        self._applying = True
        try:
            self.status.setCurrentIndex(max(self.status.findData(s.status), 0))
            if not self.counsellor.isHidden() or not s.counsellor:
                found = self.counsellor.findData(s.counsellor, USERNAME_ROLE) \
                    if s.counsellor else 0
                if found < 0 and self.counsellor.count() > 1:  # (once the list is in)
                    # The counsellor has left (or is no longer one): every counsellor's
                    # clients, said in words rather than an empty list.
                    notes.append(fill(tr_(
                        "ClientsPage", "{name} is no longer a counsellor here: the view shows "
                        "every counsellor's clients."), name=s.counsellor))
                self.counsellor.setCurrentIndex(max(found, 0))
            self.phase.setCurrentIndex(
                max(self.phase.findData(f.phase.value if f.phase else ""), 0))
            if f.nationality and self.nationality.findData(f.nationality) < 0:
                self.nationality.addItem(i18n.country(f.nationality), f.nationality)
            self.nationality.setCurrentIndex(max(self.nationality.findData(f.nationality or ""), 0))
            self.exploitation.setCurrentIndex(max(self.exploitation.findData(
                f.exploitation.value if f.exploitation else ""), 0))
            self.intake_from.set_value(f.intake_from)
            self.intake_to.set_value(f.intake_to)
            self.overdue.setChecked(f.overdue)
        finally:
            self._applying = False
        self.model.set_status(self.status.currentData())
        self.model.set_counsellor(self.counsellor.currentData() or None)
        self._filters_edited()
        self.views.setCurrentIndex(max(self.views.findData(view.id), 0))
        self.delete_view_button.setEnabled(True)
        if notes:
            self.filter_problem.setText(" ".join(notes))
        if not f.is_empty():
            self.more_button.setChecked(True)

    def _ask_view_name(self) -> None:
        picked = next((v for v in self.saved if v.id == self.views.currentData()), None)
        # In privacy mode the view picked is offered as it is shown ("View 2"): kept as that,
        # it replaces the view picked, whose name stays hidden.
        shown = self.views.currentText() if picked is not None else ""
        current = (shown if self.bus.privacy else picked.name) if picked is not None else ""
        name, ok = QInputDialog.getText(
            self, tr_("ClientsPage", "Save as view"),
            tr_("ClientsPage", "Name of the view (the same name replaces it):"), text=current)
        if ok:
            if picked is not None and self.bus.privacy and name.strip() == shown:
                name = picked.name
            self.save_view(name)

    def save_view(self, name: str) -> None:
        ws = self.ws
        if ws is None:
            return
        try:
            kept = saved_views.save_view(ws, name, self.current_settings())
        except Exception as exc:
            show_error(self, exc)
            return
        self.saved = [v for v in self.saved if v.id != kept.id] + [kept]
        self.saved.sort(key=lambda v: (fold(v.name), v.id))
        self._fill_views(kept.id)

    def delete_current_view(self) -> None:
        ws = self.ws
        view_id = self.views.currentData()
        if ws is None or not view_id:
            return
        try:
            saved_views.delete_view(ws, view_id)
        except Exception as exc:
            show_error(self, exc)
        self.saved = [v for v in self.saved if v.id != view_id]
        self._fill_views()

    def _filter_changed(self, text: str) -> None:
        self.model.set_query(text)
        self._count()

    def _privacy(self, on: bool) -> None:
        self.model.set_privacy(on)
        self._fill_views(self.views.currentData() or None)

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
            self.bus.publish(wizard.created.changes)
            self.open_client(wizard.created.id)
        elif wizard.open_instead is not None:
            self.open_client(wizard.open_instead)
