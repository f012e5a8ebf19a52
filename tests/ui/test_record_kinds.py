"""Each kind of record the client file lists is declared once (ui/record_kinds/): the
declarations are complete, the check of them can fail, and a dialog made from one has the
fields, labels and title it declares."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.forms.fields import F
from shelter_desk.ui.forms.form import TEXT
from shelter_desk.ui.record_kinds import DECLARATIONS
from shelter_desk.ui.record_kinds.kind import incomplete, kind_dialog


@pytest.mark.parametrize("name", sorted(DECLARATIONS))
def test_every_declaration_is_complete(qtbot: QtBot, name: str) -> None:
    kind = DECLARATIONS[name]()
    assert incomplete(kind) == []
    assert all(c.header.strip() for c in kind.columns)
    assert len({c.header for c in kind.columns}) == len(kind.columns)


def test_an_incomplete_declaration_is_caught(qtbot: QtBot) -> None:
    sessions = DECLARATIONS["sessions"]()
    stray = dataclasses.replace(sessions, fields=(*sessions.fields, F("mood", TEXT)))
    assert incomplete(stray) == ["field 'mood' is not an argument of SessionInput"]
    missing = dataclasses.replace(sessions, fields=sessions.fields[1:])
    assert incomplete(missing) == ["SessionInput's 'held_on' has no field"]
    relabelled = dataclasses.replace(sessions, labels={"interpreter": "Interpreter"})
    assert incomplete(relabelled) == ["relabelled 'interpreter' is not a field"]
    bare = dataclasses.replace(sessions, columns=(), title=" ", edit_title="")
    assert incomplete(bare) == ["no columns", "no title", "an update call but no edit title"]
    court = DECLARATIONS["court_dates"]()
    assert incomplete(dataclasses.replace(court, form_only=frozenset())) == [
        "field 'case' is not an argument of CourtDateInput"]


@pytest.mark.parametrize("name", sorted(DECLARATIONS))
def test_a_dialog_has_what_its_kind_declares(qtbot: QtBot, director_ws: Workspace,
                                             name: str) -> None:
    kind = DECLARATIONS[name]()
    dialog = kind_dialog(kind, director_ws, 1, None, None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == kind.add_title
    assert list(dialog.form.widgets) == [f.name for f in kind.fields]
    shown = {w.text() for w in [*dialog.findChildren(QLabel),
                                *dialog.form.findChildren(QCheckBox)]}
    for label in kind.labels.values():
        assert label in shown or any(t.startswith(label) for t in shown), label
    if kind.intro:
        assert kind.intro in shown
