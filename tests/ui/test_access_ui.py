"""A director opens a client's file to a colleague for a period, and closes it again, from
the file's overview (issue 12: access grants get their screen)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from shelter_desk.app import AppController
from shelter_desk.services import access_grants, clients
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.dialogs.access_dialog import COVER_DAYS, AccessDialog
from shelter_desk.ui.views.client_file import view as file_view
from tests.builders import TODAY, new_client
from tests.conftest import COUNSELLOR1, DIRECTOR, DIRECTOR_PASSWORD
from tests.ui.helpers import open_app, settle, shut_down, when_modal


def _dialog(qtbot: QtBot, director: Workspace, client_id: int) -> AccessDialog:
    dialog = AccessDialog(director, client_id, "PAY-2026-0001", "counsellor2")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.colleague.count() > 0, timeout=10000)
    settle(qtbot)
    return dialog


def test_open_for_two_weeks_then_close(qtbot: QtBot, director: Workspace,
                                       counsellor1: Workspace, counsellor2: Workspace) -> None:
    c = new_client(counsellor2)
    dialog = _dialog(qtbot, director, c.id)
    assert dialog.empty.isVisible() and not dialog.table.isVisible()
    # The client's own counsellor is not offered: the file is theirs already.
    offered = [dialog.colleague.itemData(i) for i in range(dialog.colleague.count())]
    assert "counsellor2" not in offered and "counsellor1" in offered
    dialog.colleague.setCurrentIndex(dialog.colleague.findData("counsellor1"))
    assert dialog.until.value() == TODAY + timedelta(days=COVER_DAYS)
    qtbot.keyClicks(dialog.reason, "Leave cover (synthetic)")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    assert dialog.changed and dialog.table.isVisible()
    assert dialog.table.item(0, 2).text() == "Leave cover (synthetic)"
    [g] = access_grants.grants(director, c.id)
    assert (g.username, g.until) == ("counsellor1", TODAY + timedelta(days=COVER_DAYS))
    assert [x.id for x in clients.list_clients(counsellor1)] == [c.id]

    dialog.table.selectRow(0)
    assert dialog.close_button.isEnabled()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=10000)
    assert dialog.empty.isVisible()
    assert clients.list_clients(counsellor1) == []


def test_enter_in_the_form_opens_the_file_and_never_closes_it_to_the_selected_colleague(
        qtbot: QtBot, director: Workspace, counsellor1: Workspace,
        counsellor2: Workspace) -> None:
    """A longer period for the colleague whose line is selected: the reason typed and Enter
    pressed opens the file for the new period (the first button of the dialog, "Close the
    file to this colleague", took Enter and closed it)."""
    c = new_client(counsellor2)
    access_grants.grant(director, c.id, "counsellor1", "leave", TODAY + timedelta(days=3))
    dialog = _dialog(qtbot, director, c.id)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    dialog.table.selectRow(0)
    dialog.colleague.setCurrentIndex(dialog.colleague.findData("counsellor1"))
    dialog.until.set_value(TODAY + timedelta(days=20))
    dialog.reason.setFocus()
    qtbot.keyClicks(dialog.reason, "Leave extended (synthetic)")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and dialog.open_button.isEnabled()
                    and dialog.table.item(0, 2).text() == "Leave extended (synthetic)",
                    timeout=10000)
    [g] = access_grants.grants(director, c.id)
    assert (g.username, g.until) == ("counsellor1", TODAY + timedelta(days=20))


def test_no_end_date_and_a_day_gone_by_is_said_in_the_dialog(
        qtbot: QtBot, director: Workspace, counsellor2: Workspace) -> None:
    c = new_client(counsellor2)
    dialog = _dialog(qtbot, director, c.id)
    dialog.until.set_value(TODAY - timedelta(days=1))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
    assert "before today" in dialog.error.text()
    # Named as the dialog names the field, and in the user's language (it was "Until", in
    # English in every language).
    assert dialog.error.text().startswith("Last day:")
    assert access_grants.grants(director, c.id) == []
    dialog.no_end.setChecked(True)
    assert not dialog.until.isEnabled()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    assert not dialog.error.isVisible()
    assert dialog.table.item(0, 1).text() == "until closed again"
    [g] = access_grants.grants(director, c.id)
    assert g.until is None


@pytest.fixture
def director_app(qtbot: QtBot, team_dir: Path) -> Iterator[AppController]:
    controller = open_app(qtbot, team_dir, DIRECTOR, DIRECTOR_PASSWORD)
    yield controller
    shut_down(qtbot, controller)


def test_the_overview_offers_it_to_directors_only_and_shows_the_period(
        qtbot: QtBot, director_app: AppController, team_dir: Path,
        counsellor2: Workspace, director: Workspace) -> None:
    c = new_client(counsellor2)
    window = director_app.window
    window.open_client(c.id, file_view.TAB_OVERVIEW)
    qtbot.waitUntil(lambda: c.id in window.clients.files, timeout=10000)
    settle(qtbot)
    overview = window.clients.files[c.id].tabs.widget(file_view.TAB_OVERVIEW)
    assert overview.access_button.isVisibleTo(overview)
    last = TODAY + timedelta(days=3)

    def grant(d: AccessDialog) -> None:
        d.colleague.setCurrentIndex(d.colleague.findData("counsellor1"))
        d.until.set_value(last)
        d.open_button.click()
        qtbot.waitUntil(lambda: d.table.rowCount() == 1, timeout=10000)
        d.reject()

    seen = when_modal(AccessDialog, grant)
    overview.access_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    qtbot.waitUntil(lambda: "(until " in _also_open_to(overview), timeout=10000)
    assert "Counsellor One" in _also_open_to(overview)

    counsellor = open_app(qtbot, team_dir, *COUNSELLOR1)
    try:
        counsellor.window.open_client(c.id, file_view.TAB_OVERVIEW)
        qtbot.waitUntil(lambda: c.id in counsellor.window.clients.files, timeout=10000)
        settle(qtbot)
        theirs = counsellor.window.clients.files[c.id].tabs.widget(file_view.TAB_OVERVIEW)
        assert not theirs.access_button.isVisibleTo(theirs)
    finally:
        shut_down(qtbot, counsellor)


def _also_open_to(overview: object) -> str:
    form = overview.details  # type: ignore[attr-defined]
    for row in range(form.rowCount()):
        label = form.itemAt(row, form.ItemRole.LabelRole)
        field = form.itemAt(row, form.ItemRole.FieldRole)
        if label and field and label.widget().text().startswith("Also open to"):
            return str(field.widget().text())
    return ""


def test_a_refused_last_day_is_named_in_dutch(qtbot: QtBot, director: Workspace,
                                              counsellor2: Workspace) -> None:
    from shelter_desk.ui import translations

    c = new_client(counsellor2)
    translations.install("nl")
    try:
        dialog = _dialog(qtbot, director, c.id)
        dialog.until.set_value(TODAY - timedelta(days=1))
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
        assert dialog.error.text().startswith("Laatste dag:")
    finally:
        translations.install("en")


def test_after_closing_to_one_colleague_no_other_is_left_selected(
        qtbot: QtBot, director: Workspace, counsellor2: Workspace) -> None:
    """Closed to the colleague selected, the next line took the selection, "Close the file to
    this colleague" still on: a second click closed the file to them too."""
    from shelter_desk.domain.roles import Role
    from shelter_desk.services import users

    users.add_user(director, "counsellor3", "Counsellor Three", [Role.COUNSELLOR],
                   "amber hill 4471 grey")
    c = new_client(counsellor2)
    for name in ("counsellor1", "counsellor3"):
        access_grants.grant(director, c.id, name, None, TODAY + timedelta(days=3))
    dialog = _dialog(qtbot, director, c.id)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10000)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    settle(qtbot)
    assert not dialog.table.selectedItems()
    assert not dialog.close_button.isEnabled()
    assert [g.username for g in access_grants.grants(director, c.id)] == ["counsellor3"]
