"""The client list draws its cells itself (widgets/plain_cells.py), for speed: what it draws
must be what Qt's own delegate draws, pixel for pixel: overdue in red, names masked in privacy
mode, a narrow column elided, a name in Arabic script, the current and selected rows."""

from __future__ import annotations

import weakref
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QTableView
from pytestqt.qtbot import QtBot

from shelter_desk.domain.vocabulary import ClientStatus, DeadlineKind, Phase
from shelter_desk.services.clients import ClientSummary
from shelter_desk.services.deadlines import Deadline
from shelter_desk.services.folding import search_key
from shelter_desk.ui.models.clients_table import COL_DEADLINE, COL_NAME, ClientsTableModel
from shelter_desk.ui.views.clients_page import clients_table
from shelter_desk.ui.widgets.plain_cells import PlainTextDelegate

TODAY = date(2026, 11, 29)
NAMES = [("Maria", "Stănescu"), ("محمد", "العلي"), ("Desislava Aleksandrova", "Dimitrova"),
         ("Joy", "Okafor"), ("Zoltán", "Horváth")]


def _rows() -> list[ClientSummary]:
    out = []
    for i, (first, last) in enumerate(NAMES * 6, start=1):
        code = f"PAY-2026-{i:04d}"
        due = TODAY + timedelta(days=(i % 5) * 7 - 14)
        out.append(ClientSummary(
            id=i, case_code=code, first_names=first, last_name=last, nationality="RO",
            counsellor="Counsellor One", status=ClientStatus.IN_PROGRAMME,
            phase=Phase.A_CARD, intake_date=date(2026, 1, 10), is_minor=False,
            next_deadline=Deadline(due, DeadlineKind.COURT_DATE, i, code, "", "", due)
            if i % 3 else None,
            synthetic=True, search_text=search_key([code, first, last])))
    return out


def _drawn(table: QTableView) -> QImage:
    for _ in range(3):  # a reset hides the scroll bar, then the last column stretches
        QApplication.processEvents()
    table.viewport().repaint()
    return table.viewport().grab().toImage()


def _same_as_qt(qtbot: QtBot, table: QTableView) -> None:
    ours = _drawn(table)
    mine = table.itemDelegate()
    assert isinstance(mine, PlainTextDelegate)
    table.setItemDelegate(QStyledItemDelegate(table))
    try:
        assert ours == _drawn(table)
    finally:
        table.setItemDelegate(mine)


def _shown_table(qtbot: QtBot) -> tuple[ClientsTableModel, QTableView]:
    model = ClientsTableModel(TODAY)
    model.set_rows(_rows())
    table = clients_table(model)
    qtbot.addWidget(table)
    table.resize(900, 420)
    table.show()
    qtbot.waitExposed(table)
    return model, table


def test_the_client_list_draws_its_cells_as_qt_does(qtbot: QtBot) -> None:
    model, table = _shown_table(qtbot)
    _same_as_qt(qtbot, table)

    table.setColumnWidth(COL_NAME, 70)  # names elided
    table.setColumnWidth(COL_DEADLINE, 120)
    table.selectRow(2)
    _same_as_qt(qtbot, table)

    model.set_privacy(True)
    _same_as_qt(qtbot, table)

    model.set_query("stanescu")
    assert model.rowCount() == 6
    _same_as_qt(qtbot, table)

    # A column just as wide as a name, a pixel either side: elided exactly when Qt elides.
    model.set_privacy(False)
    needed = table.fontMetrics().horizontalAdvance(model.rows[0].name) + 6  # the margins
    for width in range(needed - 2, needed + 3):
        table.setColumnWidth(COL_NAME, width)
        _same_as_qt(qtbot, table)


def test_a_new_font_palette_or_state_is_drawn_as_qt_draws_it(qtbot: QtBot) -> None:
    """Font, margin and the palette's colours are read once per paint, not per cell: a
    change between two paints (text size, contrast theme, a disabled or inactive list) must
    show in the next one."""
    _model, table = _shown_table(qtbot)
    _same_as_qt(qtbot, table)
    font = table.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    table.setFont(font)
    _same_as_qt(qtbot, table)
    palette = table.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                  QPalette.ColorGroup.Disabled):
        palette.setColor(group, QPalette.ColorRole.Text, QColor("#0044aa"))
    table.setPalette(palette)
    _same_as_qt(qtbot, table)
    table.setEnabled(False)
    _same_as_qt(qtbot, table)


def test_sizing_the_columns_reads_fifty_rows_not_the_whole_caseload(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    model = ClientsTableModel(TODAY)
    model.set_rows(_rows() * 70)  # 2,100 clients
    table = clients_table(model)
    qtbot.addWidget(table)
    table.resize(900, 420)
    table.show()
    qtbot.waitExposed(table)
    read: list[int] = []
    cell_text = ClientsTableModel.cell_text

    def counted(self: ClientsTableModel, row: int, column: int) -> tuple[str, str | None]:
        read.append(row)
        return cell_text(self, row, column)

    monkeypatch.setattr(ClientsTableModel, "cell_text", counted)
    table.resizeColumnsToContents()
    assert 0 < len(read) <= 50 * model.columnCount()


def test_a_table_let_go_is_freed_at_once_not_by_the_collector(qtbot: QtBot) -> None:
    """No reference cycle through the delegate's helpers: the cycle collector may run on a
    worker thread, and a widget destroyed there crashes Qt."""
    model = ClientsTableModel(TODAY)
    model.set_rows(_rows())
    table = clients_table(model)
    table.show()
    qtbot.waitExposed(table)
    table.viewport().repaint()
    table.close()
    freed = weakref.ref(table)
    del table
    assert freed() is None


def test_a_cell_is_its_text_and_colour() -> None:
    model = ClientsTableModel(TODAY)
    model.set_rows(_rows())
    overdue = next(i for i, r in enumerate(model.rows)
                   if r.next_deadline and r.next_deadline.due < TODAY)
    assert model.cell_text(overdue, COL_NAME) == (model.rows[overdue].name, None)
    text, colour = model.cell_text(overdue, COL_DEADLINE)
    assert text == model.data(model.index(overdue, COL_DEADLINE))
    assert colour is not None
    assert model.data(model.index(overdue, COL_DEADLINE),
                      Qt.ItemDataRole.ForegroundRole).name() == colour


def test_columns_are_sized_as_qt_sizes_them(qtbot: QtBot) -> None:
    """Sizing a column asks the delegate for each cell's size: ours answers from one call
    into the model and must give the widths Qt's delegate gives (Latin, Arabic, elided
    deadlines, privacy masks), at the normal size and larger text."""
    model, table = _shown_table(qtbot)
    for point_size in (None, 17):
        if point_size is not None:
            font = table.font()
            font.setPointSize(point_size)
            table.setFont(font)
        for privacy in (False, True):
            model.set_privacy(privacy)
            table.resizeColumnsToContents()
            ours = [table.columnWidth(c) for c in range(model.columnCount())]
            mine = table.itemDelegate()
            table.setItemDelegate(QStyledItemDelegate(table))
            try:
                table.resizeColumnsToContents()
                assert ours == [table.columnWidth(c) for c in range(model.columnCount())]
            finally:
                table.setItemDelegate(mine)
