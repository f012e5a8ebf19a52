"""A director opens a client's file to another counsellor (cover during leave, a hearing) for
a period or until closed again, and closes it. The file's own counsellor and directors always
have it; every opening and closing is audited (services/access_grants.py)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.i18n import fill
from shelter_desk.services import access_grants, clients, clock
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import accessible
from shelter_desk.ui.formatting import format_date
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import describe
from shelter_desk.ui.ops import run_in_background
from shelter_desk.ui.widgets.date_edit import DateEdit

COVER_DAYS = 14  # the period offered first: two weeks of leave


class AccessDialog(QDialog):
    def __init__(self, ws: Workspace, client_id: int, case_code: str,
                 own_counsellor: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.client_id, self.own = ws, client_id, own_counsellor
        self.changed = False  # whether anything was opened or closed (the file reloads)
        self.shown: list[access_grants.Grant] = []
        self.setWindowTitle(fill(tr_("Access", "Colleagues with access: {case}"), case=case_code))
        self.setMinimumWidth(760)
        intro = QLabel(tr_(
            "Access", "The client's own counsellor and the directors always have this file. "
                      "Open it to another counsellor for a period, for example to cover a "
                      "leave: they can read and write in it until the end of the last day. "
                      "Every opening and closing is recorded in the audit log."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("access_grants")
        self.table.setHorizontalHeaderLabels([
            tr_("Access", "Colleague"), tr_("Access", "Until"), tr_("Access", "Reason"),
            tr_("Access", "Opened by")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(col, mode)
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(170)
        accessible.name(self.table, tr_("Access", "Colleagues the file is open to"))
        self.empty = QLabel(tr_("Access", "The file is open to no other colleague."))
        self.empty.setProperty("muted", True)
        self.close_button = QPushButton(tr_("Access", "Close the file to this colleague"))
        self.close_button.clicked.connect(self.close_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.colleague = QComboBox()
        accessible.name(self.colleague, tr_("Access", "Colleague"))
        self.until = DateEdit(optional=False,
                              initial=clock.today() + timedelta(days=COVER_DAYS))
        accessible.name(self.until, tr_("Access", "Last day"))
        self.no_end = QCheckBox(tr_("Access", "No end date: until closed again"))
        self.no_end.toggled.connect(lambda on: self.until.setEnabled(not on))
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(tr_("Access", "for example: leave cover"))
        accessible.name(self.reason, tr_("Access", "Reason"))
        self.open_button = QPushButton(tr_("Access", "Open the file"))
        self.open_button.setProperty("primary", True)
        self.open_button.clicked.connect(self.open_to_colleague)
        until_row = QHBoxLayout()
        until_row.addWidget(self.until)
        until_row.addWidget(self.no_end)
        until_row.addStretch()
        form = QFormLayout()
        form.addRow(tr_("Access", "Colleague"), self.colleague)
        last_day = QLabel(tr_("Access", "Last day"))
        last_day.setBuddy(self.until)  # the row holds a layout: the label names the date
        form.addRow(last_day, until_row)
        form.addRow(tr_("Access", "Reason"), self.reason)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch()
        form.addRow("", open_row)
        box = QGroupBox(tr_("Access", "Open the file to a colleague"))
        box.setLayout(form)

        self.error = QLabel()
        self.error.setProperty("error", True)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        close_row = QHBoxLayout()
        close_row.addWidget(self.close_button)
        close_row.addStretch()
        layout.addLayout(close_row)
        layout.addWidget(box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setTabOrder(self.table, self.close_button)
        self.setTabOrder(self.close_button, self.colleague)
        self.setTabOrder(self.colleague, self.until)
        self.setTabOrder(self.until, self.no_end)
        self.setTabOrder(self.no_end, self.reason)
        self.setTabOrder(self.reason, self.open_button)
        # Enter in the form opens the file: without a default, the dialog's first button
        # ("Close the file to this colleague") took Enter and closed it to the one selected.
        # Set once the button is in the dialog (before, the dialog does not hear of it).
        self.open_button.setDefault(True)
        self._busy(True)
        run_in_background(self, self._load, self._loaded, self._failed)

    def _load(self) -> tuple[list[access_grants.Grant], list[tuple[str, str]]]:
        return (access_grants.grants(self.ws, self.client_id),
                [(u, n) for u, n in clients.counsellors(self.ws) if u != self.own])

    def _loaded(self, data: tuple[list[access_grants.Grant], list[tuple[str, str]]]) -> None:
        shown, colleagues = data
        self.shown = shown
        keep = self.colleague.currentData()
        self.colleague.clear()
        for username, name in colleagues:
            self.colleague.addItem(name, username)
        at = self.colleague.findData(keep)
        self.colleague.setCurrentIndex(at if at >= 0 else 0)
        self.table.setRowCount(len(shown))
        for row, g in enumerate(shown):
            until = (format_date(g.until) if g.until is not None
                     else tr_("Access", "until closed again"))
            opened = fill(tr_("Access", "{who}, {date}"),
                          who=g.granted_by,
                          date=format_date(g.granted_at.astimezone(clock.BRUSSELS).date()))
            for col, text in enumerate((g.name, until, g.reason or "", opened)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, g.username)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        # Nothing selected after a reload: the line selected before may be another
        # colleague's now (the one closed is gone), and a second click would close theirs.
        self.table.clearSelection()
        self.table.setVisible(bool(shown))
        self.empty.setVisible(not shown)
        self._busy(False)

    def _busy(self, on: bool) -> None:
        self.open_button.setEnabled(not on and self.colleague.count() > 0)
        self.close_button.setEnabled(not on and bool(self.table.selectedItems()))

    def _selection_changed(self) -> None:
        self.close_button.setEnabled(bool(self.table.selectedItems()))

    def _failed(self, exc: Exception) -> None:
        self.error.setText(describe(exc))
        self.error.show()
        self._busy(False)

    def _reload(self, _: object = None) -> None:
        self.changed = True
        self.error.hide()
        run_in_background(self, self._load, self._loaded, self._failed)

    def open_to_colleague(self) -> None:
        username = self.colleague.currentData()
        if username is None:
            return
        ws, cid = self.ws, self.client_id
        last = None if self.no_end.isChecked() else self.until.value()
        reason = self.reason.text().strip() or None
        self._busy(True)
        run_in_background(
            self, lambda: access_grants.grant(ws, cid, str(username), reason, last),
            self._opened, self._failed)

    def _opened(self, _: object) -> None:
        self.reason.clear()
        self._reload()

    def close_selected(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        username = str(items[0].data(Qt.ItemDataRole.UserRole))
        ws, cid = self.ws, self.client_id
        self._busy(True)
        run_in_background(self, lambda: access_grants.revoke(ws, cid, username),
                          self._reload, self._failed)
