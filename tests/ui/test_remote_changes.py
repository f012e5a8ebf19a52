"""On the shelter's server, a change made at another desk reaches this desk's views: the
DataBus carries it for the client it touched, as it does a change made here. A form left open
while its list refreshes behind it still saves on the basis of the copy it shows."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from shelter_desk.services import counselling
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.client_context import ClientContext
from shelter_desk.ui.databus import ALL_CLIENTS, Changes, DataBus, Kind
from shelter_desk.ui.forms.record_dialog import RecordDialog
from shelter_desk.ui.remote_changes import COALESCE_MS, RemoteChanges
from shelter_desk.ui.views.client_file.followup_tabs import sessions_tab
from tests.builders import new_client, session_input
from tests.ui.helpers import settle, when_modal


@pytest.fixture
def backend() -> str:
    return "postgresql"


def test_another_desks_session_refreshes_this_desks_client(
    qtbot: QtBot, director: Workspace, counsellor1: Workspace,
) -> None:
    client = new_client(counsellor1)
    bus = DataBus()
    heard: list[Changes] = []
    bus.changed.connect(heard.append)
    remote = RemoteChanges(lambda: bus, director)
    with qtbot.waitSignal(bus.changed, timeout=30_000):
        counselling.add_session(counsellor1, client.id, session_input())
    assert Changes.anything(client.id) in heard
    # The desk's own changes are not sent back to it.
    heard.clear()
    counselling.add_session(director, client.id, session_input())
    with qtbot.waitSignal(bus.changed, timeout=30_000):
        counselling.add_session(counsellor1, client.id, session_input())
    assert heard == [Changes.anything(client.id)]
    assert remote is not None


def test_an_open_form_refreshed_behind_is_refused_not_saved_over_the_other_desk(
    qtbot: QtBot, director: Workspace, counsellor1: Workspace,
) -> None:
    client = new_client(counsellor1)
    counselling.add_session(counsellor1, client.id, session_input(duration_minutes=60))
    bus = DataBus()
    remote = RemoteChanges(lambda: bus, director)  # kept: it carries the notices
    host = QWidget()
    qtbot.addWidget(host)
    tab = sessions_tab(ClientContext(director, client.id, client.case_code, bus))
    tab.setParent(host)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    tab.table.selectRow(0)
    outcome: list[str] = []

    def edit_while_another_desk_saves(dialog: RecordDialog) -> None:
        dialog.form.set_value("duration_minutes", 45)
        # Another desk saves the same session; its notice refreshes the list behind the form.
        counselling.update_session(counsellor1, tab.model.rows[0].id,
                                   session_input(duration_minutes=90))
        qtbot.waitUntil(lambda: tab.model.rows[0].duration_minutes == 90, timeout=30_000)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        qtbot.waitUntil(dialog.general_error.isVisible, timeout=10_000)
        outcome.append(dialog.general_error.text())
        assert dialog.form.values()["duration_minutes"] == 45  # what was typed stays
        dialog.reject()

    seen = when_modal(RecordDialog, edit_while_another_desk_saves, timeout_ms=60_000)
    tab.edit_selected()
    settle(qtbot)
    assert seen and outcome, "the edit dialog never opened"
    assert outcome[0].startswith("Changed by Counsellor One at ")
    assert [s.duration_minutes for s in counselling.list_sessions(director, client.id)] == [90]
    assert remote is not None


def test_a_burst_of_notices_refreshes_once_and_a_lost_connection_refreshes_all(
    qtbot: QtBot, director: Workspace,
) -> None:
    bus = DataBus()
    heard: list[Changes] = []
    bus.changed.connect(heard.append)
    remote = RemoteChanges(lambda: bus, director)
    for payload in ({"by": "c1", "clients": [7]}, {"by": "c2", "clients": [7]}):
        remote.arrived.emit(payload)
    qtbot.waitUntil(lambda: bool(heard), timeout=5_000)
    qtbot.wait(COALESCE_MS * 2)
    assert heard == [Changes.anything(7)]
    heard.clear()
    for payload in ({"by": "c1", "clients": [7]}, {"by": "c2", "clients": [8]}):
        remote.arrived.emit(payload)
    qtbot.waitUntil(lambda: bool(heard), timeout=5_000)
    for payload in ({"resync": True}, {"all": True}, {"by": "admin", "tables": ["users"]}):
        qtbot.wait(COALESCE_MS * 2)
        remote.arrived.emit(payload)
    qtbot.wait(COALESCE_MS * 2)
    assert heard == [Changes.anything(ALL_CLIENTS)] * 4
    assert all(c.concerns(7) and c.touches(Kind.SESSIONS) for c in heard)
    assert not Changes.of(8, Kind.SESSIONS).concerns(7)  # another client's change
