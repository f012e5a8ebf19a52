"""The table models and the client filter, on plain rows (no database)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from shelter_desk.domain.vocabulary import ClientStatus, DeadlineKind, Phase
from shelter_desk.services.clients import ClientSummary
from shelter_desk.services.deadlines import Deadline
from shelter_desk.services.folding import search_key
from shelter_desk.ui.models.clients_table import (
    COL_DEADLINE,
    COL_NAME,
    OPEN_FILES,
    ClientsTableModel,
)
from shelter_desk.ui.models.record_table import SORT_ROLE, Column, RecordTableModel, sort_value
from shelter_desk.ui.privacy import MASK

TODAY = date(2026, 11, 29)


def row(
    i: int,
    first: str,
    last: str,
    status: ClientStatus,
    counsellor: str,
    aliases: tuple[str, ...] = (),
    due: date | None = None,
) -> ClientSummary:
    code = f"PAY-2026-{i:04d}"
    deadline = Deadline(due, DeadlineKind.COURT_DATE, i, code, "", "", due) if due else None
    return ClientSummary(
        id=i,
        case_code=code,
        first_names=first,
        last_name=last,
        nationality="RO",
        counsellor=counsellor,
        status=status,
        phase=Phase.IN_PROGRAMME,
        intake_date=TODAY,
        is_minor=False,
        next_deadline=deadline,
        synthetic=True,
        search_text=search_key([code, first, last, f"{first} {last}", *aliases]),
    )


ROWS = [
    row(
        1,
        "Elena",
        "Stănescu",
        ClientStatus.IN_PROGRAMME,
        "Counsellor One",
        ("Lena",),
        date(2026, 11, 20),
    ),
    row(2, "Мария", "Иванова", ClientStatus.INTAKE, "Counsellor Two", ("Maria Ivanova",)),
    row(3, "Salma", "Haddad", ClientStatus.CLOSED, "Counsellor One", ("سلمى حداد",)),
]


def _model() -> tuple[ClientsTableModel, ClientsTableModel]:
    """The model filters itself: (the model for its rows, the same model for its filters)."""
    model = ClientsTableModel(TODAY)
    model.set_rows(ROWS)
    model.set_status("")
    return model, model


def _codes(proxy: ClientsTableModel) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_open_files_by_default_then_all_or_one_status() -> None:
    proxy = ClientsTableModel(TODAY)
    proxy.set_rows(ROWS)
    assert proxy.status == OPEN_FILES
    assert _codes(proxy) == ["PAY-2026-0001", "PAY-2026-0002"]
    proxy.set_status("")
    assert len(_codes(proxy)) == 3
    proxy.set_status("closed")
    assert _codes(proxy) == ["PAY-2026-0003"]


def test_instant_filter_ignores_accents_case_and_script_of_aliases() -> None:
    _, proxy = _model()
    proxy.set_status("")
    for query, expected in (
        ("STANESCU", ["PAY-2026-0001"]),
        ("lena", ["PAY-2026-0001"]),
        ("ивано", ["PAY-2026-0002"]),
        ("maria iv", ["PAY-2026-0002"]),
        ("سلمى", ["PAY-2026-0003"]),
        ("0003", ["PAY-2026-0003"]),
        ("nobody", []),
    ):
        proxy.set_query(query)
        assert _codes(proxy) == expected, query


def test_counsellor_filter() -> None:
    _, proxy = _model()
    proxy.set_status("")
    proxy.set_counsellor("Counsellor Two")
    assert _codes(proxy) == ["PAY-2026-0002"]
    proxy.set_counsellor("")
    assert len(_codes(proxy)) == 3


def test_privacy_masks_names_only() -> None:
    model, _ = _model()
    assert model.index(0, COL_NAME).data() == "Elena Stănescu"
    model.set_privacy(True)
    assert model.index(0, COL_NAME).data() == MASK
    assert model.index(0, 0).data() == "PAY-2026-0001"


def test_overdue_deadlines_are_red_and_sort_by_date() -> None:
    model, _ = _model()
    assert model.index(0, COL_DEADLINE).data(Qt.ItemDataRole.ForegroundRole) is not None
    # Said in words as well, for whoever cannot tell red (WCAG 1.4.1); a later one is not.
    assert model.index(0, COL_DEADLINE).data().endswith("(overdue)")
    assert "overdue" not in (model.index(1, COL_DEADLINE).data() or "")
    assert model.index(0, COL_DEADLINE).data(SORT_ROLE) == "2026-11-20"
    assert model.index(1, COL_DEADLINE).data(SORT_ROLE) == date.max.isoformat()


def test_record_model_columns_and_sort_keys() -> None:
    model: RecordTableModel[tuple[int, str]] = RecordTableModel(
        [Column("n", lambda r: str(r[0]), key=lambda r: (r[0], r[1])), Column("s", lambda r: r[1])]
    )
    model.set_rows([(10, "b"), (9, "a")])
    assert model.rowCount() == 2 and model.columnCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "s"
    # Tuples become one string that sorts like the tuple: 9 before 10.
    assert sort_value((9, "a")) < sort_value((10, "b"))
    assert sort_value(date(2026, 1, 2)) == "2026-01-02"


def test_typing_narrows_and_deleting_widens_again() -> None:
    """A keystroke filters only what is shown; clearing or changing the start looks at all."""
    _, model = _model()
    model.set_query("s")
    assert _codes(model) == ["PAY-2026-0001", "PAY-2026-0003"]
    model.set_query("st")
    assert _codes(model) == ["PAY-2026-0001"]
    model.set_query("s")
    assert _codes(model) == ["PAY-2026-0001", "PAY-2026-0003"]
    model.set_query("")
    assert model.rowCount() == model.total() == 3
    model.set_query("haddad")
    model.set_counsellor("Counsellor Two")
    assert _codes(model) == []
    model.set_counsellor("")
    assert _codes(model) == ["PAY-2026-0003"]


def test_sorting_by_a_column_keeps_the_filter_and_ties_in_case_code_order() -> None:
    _, model = _model()
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)  # by folded last name: Latin, then Иванова
    assert _codes(model) == ["PAY-2026-0003", "PAY-2026-0001", "PAY-2026-0002"]
    model.set_query("a")
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert _codes(model) == ["PAY-2026-0002", "PAY-2026-0001", "PAY-2026-0003"]
    model.sort(COL_DEADLINE, Qt.SortOrder.AscendingOrder)  # dated ones first
    assert _codes(model)[0] == "PAY-2026-0001"
    model.set_status("closed")
    assert _codes(model) == ["PAY-2026-0003"]
