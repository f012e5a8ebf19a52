"""A tab listing one kind of record, with Add, Edit and Void. Loads off the GUI thread and
reloads when the data bus says this client's records of its kinds changed: at once when the tab
is in sight, else when it is next shown. A voided record stays listed, struck through, and can
no longer be edited."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.services.changes import Changes, Kind
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.accessible import name, tab_order
from shelter_desk.ui.client_context import ClientContext
from shelter_desk.ui.databus import InSight
from shelter_desk.ui.dialogs.void_dialog import ask_void, void_tooltip
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import show_error
from shelter_desk.ui.models.record_table import (
    ROW_ROLE,
    SORT_ROLE,
    Column,
    RecordTableModel,
    void_of,
)
from shelter_desk.ui.ops import run_in_background
from shelter_desk.ui.record_kinds.kind import RecordKind, kind_dialog
from shelter_desk.ui.style import theme

Loader = Callable[[Workspace, int], Sequence[Any]]
DialogFactory = Callable[[Any], QDialog]


def make_table(model: RecordTableModel[Any]) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = QTableView()
    table.setModel(proxy)
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
    return table, proxy


class RecordTab(QWidget):
    def __init__(
        self,
        ctx: ClientContext,
        kinds: Sequence[Kind] | None,
        columns: Sequence[Column[Any]],
        load: Loader,
        *,
        add: DialogFactory | None = None,
        edit: DialogFactory | None = None,
        add_label: str = "",
        intro: str = "",
        title: str = "",
        sort_column: int = 0,
        descending: bool = True,
        void_kind: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`kinds`: the kinds of record it lists (services/changes.py), None for a list of
        everything done in the file (any change to the client reloads it). `void_kind`: the
        record kind services/voiding.py voids (a Void… button)."""
        super().__init__(parent)
        self.ctx, self.kinds, self.load, self.add_factory, self.edit_factory = (
            ctx,
            None if kinds is None else tuple(kinds),
            load,
            add,
            edit,
        )
        self.model: RecordTableModel[Any] = RecordTableModel(columns, self, void_tooltip)
        self.model.muted = theme().muted
        self.model.void_word = tr_("Void", "voided")
        self.void_kind = void_kind
        self._select_next: int | None = None
        self.table, self.proxy = make_table(self.model)
        self.table.sortByColumn(
            sort_column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        self.table.doubleClicked.connect(self._edit_index)
        name(self.table, title)
        self.toolbar = QHBoxLayout()
        self.add_button = QPushButton(add_label or self.tr("Add…"))
        self.add_button.setProperty("primary", True)
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.void_button = QPushButton(tr_("Void", "Void…"))
        self.void_button.setToolTip(tr_(
            "Void", "Entered in the wrong file or with wrong facts: void it, with the reason"))
        self.void_button.clicked.connect(self.void_selected)
        if add is not None:
            self.toolbar.addWidget(self.add_button)
        if edit is not None:
            self.toolbar.addWidget(self.edit_button)
        if void_kind is not None:
            self.toolbar.addWidget(self.void_button)
        self.toolbar.addStretch()
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            text.setProperty("muted", True)
            layout.addWidget(text)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.table)
        self._tab_in_reading_order()
        # Edit… works on the selected row: without one it is off, not a button that does
        # nothing.
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._selection_changed()
        self.sight = InSight(self, self.refresh)
        ctx.bus.changed.connect(self._bus_changed)
        self.refresh()

    def add_tool(self, widget: QWidget, index: int) -> None:
        """Another button in the toolbar, at `index`; Tab still goes left to right, then
        into the table."""
        self.toolbar.insertWidget(index, widget)
        self._tab_in_reading_order()

    def _tab_in_reading_order(self) -> None:
        items = (self.toolbar.itemAt(i) for i in range(self.toolbar.count()))
        tools = [w for item in items if item is not None and (w := item.widget()) is not None]
        tab_order(*tools, self.table)

    def _selection_changed(self, *_: object) -> None:
        row = self.selected()
        live = row is not None and void_of(row) is None
        self.edit_button.setEnabled(live)
        self.void_button.setEnabled(live)

    def _bus_changed(self, changes: Changes) -> None:
        if changes.concerns(self.ctx.client_id) and (
            self.kinds is None or changes.touches(*self.kinds)
        ):
            self.sight.request()

    def refresh(self) -> None:
        ws, cid = self.ctx.ws, self.ctx.client_id
        if ws.closed:
            return
        self.table.setCursor(Qt.CursorShape.BusyCursor)
        run_in_background(
            self, lambda: self.load(ws, cid), self._loaded, self._load_failed
        )

    def _load_failed(self, exc: Exception) -> None:
        self.table.unsetCursor()
        show_error(self, exc)

    def _loaded(self, rows: Sequence[Any]) -> None:
        self.table.unsetCursor()
        keep = self._select_next if self._select_next is not None else getattr(
            self.selected(), "id", None)
        self._select_next = None
        self.model.set_rows(rows)
        if keep is not None:
            self.select_where(lambda r: getattr(r, "id", None) == keep)
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount() - 1):
            if self.table.columnWidth(col) > 320:
                self.table.setColumnWidth(col, 320)

    def select_where(self, match: Callable[[Any], bool]) -> None:
        """Select the first row that matches (after a reload, the row the user was on)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if match(index.data(ROW_ROLE)):
                self.table.selectRow(row)
                return

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def add(self) -> None:
        if self.add_factory is None:
            return
        self._run(self.add_factory(None))

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None and void_of(row) is None and self.edit_factory is not None:
            self._run(self.edit_factory(row))

    def _edit_index(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None and void_of(row) is None and self.edit_factory is not None:
            self._run(self.edit_factory(row))

    def describe(self, row: Any) -> str:
        """The row as the void dialog names it: its first cells (no bare numbers)."""
        shown = [c for c in self.model.columns if not c.confidential and not c.align_right]
        cells = [c.text(row) for c in shown[:3]]
        return " · ".join(x for x in cells if x)

    def void_selected(self) -> None:
        row = self.selected()
        if row is None or void_of(row) is not None or self.void_kind is None:
            return
        self._select_next = row.id
        ask_void(self.ctx.ws, self.void_kind, row.id, self.describe(row), self, self.announce)

    def announce(self, changes: Changes) -> None:
        """Tell every view what this tab's save changed; this tab follows it, in front or
        not."""
        self.ctx.changed(changes)
        self.sight.catch_up()

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        saved = getattr(dialog, "result_value", None)
        if saved is not None and hasattr(saved, "id"):
            self._select_next = saved.id  # the row just saved is the one selected after reload
        # Shown at once and selected; the reload the bus triggers confirms it.
        if (saved is not None and hasattr(saved, "id") and self.model.rows
                and isinstance(saved, type(self.model.rows[0]))):
            rows = [r for r in self.model.rows if getattr(r, "id", None) != saved.id]
            self.model.set_rows([*rows, saved])
            self.select_where(lambda r: getattr(r, "id", None) == saved.id)
        self.announce(self.changes_of(saved))

    def changes_of(self, saved: object) -> Changes:
        """What the dialog's save changed: the record it returns says so; else the records
        this tab lists."""
        found = getattr(saved, "changes", None)
        if isinstance(found, Changes):
            return found
        return Changes.of(self.ctx.client_id, *(self.kinds or ()))


class KindTab(RecordTab):
    """The tab of one kind of record, made from its declaration (ui/record_kinds/): its
    table, Add…, Edit… and Void… as the declaration says."""

    def __init__(self, ctx: ClientContext, kind: RecordKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            kind.changes,
            kind.columns,
            kind.load,
            add=(lambda _: self.dialog(None)) if kind.add is not None else None,
            edit=(lambda row: self.dialog(row)) if kind.update is not None else None,
            add_label=kind.add_label,
            intro=kind.tab_intro,
            title=kind.title,
            sort_column=kind.sort_column,
            descending=kind.descending,
            void_kind=kind.void_kind,
            parent=parent,
        )
        self.kind = kind

    def among(self) -> Sequence[Any]:
        """The records a dialog's form picks from: by default this tab's, not voided."""
        return [r for r in self.model.rows if void_of(r) is None]

    def dialog(self, row: Any) -> QDialog:
        """Add (`row` None) or edit one record."""
        return kind_dialog(self.kind, self.ctx.ws, self.ctx.client_id, row, self,
                           among=self.among())
