"""On the shelter's server, a change made at another desk reaches this desk's views: the
DataBus carries it for the client it touched, as it does a change made here."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from shelter_desk.services import counselling
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.databus import DataBus
from shelter_desk.ui.remote_changes import RemoteChanges
from tests.builders import new_client, session_input


@pytest.fixture
def backend() -> str:
    return "postgresql"


def test_another_desks_session_refreshes_this_desks_client(
    qtbot: QtBot, director: Workspace, counsellor1: Workspace,
) -> None:
    client = new_client(counsellor1)
    bus = DataBus()
    heard: list[tuple[str, int]] = []
    bus.changed.connect(lambda area, cid: heard.append((area, cid)))
    remote = RemoteChanges(lambda: bus, director)
    with qtbot.waitSignal(bus.changed, timeout=30_000):
        counselling.add_session(counsellor1, client.id, session_input())
    assert ("*", client.id) in heard
    # The desk's own changes are not sent back to it.
    heard.clear()
    counselling.add_session(director, client.id, session_input())
    with qtbot.waitSignal(bus.changed, timeout=30_000):
        counselling.add_session(counsellor1, client.id, session_input())
    assert heard == [("*", client.id)]
    assert remote is not None
