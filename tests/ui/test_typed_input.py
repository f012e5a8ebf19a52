"""A counsellor types instead of choosing: over a pick list, into an empty date of birth. What is
saved is what the screen shows, or the form says why not (found by a fresh-eyes review)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from shelter_desk.ui.forms.form import OPT_DATE, PICK, PICK_MANY, Field, Form

PURPOSES = [("programme_support", "Programme support"),
            ("share_prosecutor", "Sharing with the prosecutor or labour auditor"),
            ("anonymous_statistics", "Anonymous statistics")]
COUNTRIES = [("AL", "Albanie"), ("ER", "Érythrée"), ("BE", "Belgique")]


def _form(qtbot: QtBot, *fields: Field) -> Form:
    form = Form(list(fields))
    qtbot.addWidget(form)
    form.show()
    return form


def _type_over(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    line.selectAll()
    qtbot.keyClicks(line, text)


def test_text_typed_over_a_choice_is_never_saved_as_the_old_choice(qtbot: QtBot) -> None:
    form = _form(qtbot, Field("purpose", "Purpose", PICK, options=PURPOSES))
    combo = form.widgets["purpose"]
    combo.setCurrentIndex(1)  # chosen from the list ...
    _type_over(qtbot, combo.lineEdit(), "Statistics, anonymous")  # ... then typed over
    assert form.value("purpose") is None
    assert "not in the list" in form.typing_errors()["purpose"]


def test_a_name_typed_in_full_is_taken_whatever_its_case_and_accents(qtbot: QtBot) -> None:
    form = _form(qtbot, Field("nationality", "Nationality", PICK, options=COUNTRIES))
    combo = form.widgets["nationality"]
    combo.setCurrentIndex(0)  # Albanie
    _type_over(qtbot, combo.lineEdit(), "erythree")
    assert form.value("nationality") == "ER"
    assert form.typing_errors() == {}
    combo.lineEdit().editingFinished.emit()  # leaving the field shows the entry taken
    assert combo.currentText() == "Érythrée"


def test_an_optional_pick_with_garbage_typed_is_an_error_not_an_empty_value(
        qtbot: QtBot) -> None:
    form = _form(qtbot, Field("case", "Case", PICK, options=PURPOSES, optional_pick=True))
    combo = form.widgets["case"]
    _type_over(qtbot, combo.lineEdit(), "something else")
    assert form.value("case") is None
    assert "case" in form.typing_errors()


def test_a_language_typed_but_not_added_is_said(qtbot: QtBot) -> None:
    form = _form(qtbot, Field("languages", "Languages", PICK_MANY, options=COUNTRIES))
    picker = form.widgets["languages"]
    _type_over(qtbot, picker.combo.lineEdit(), "belgique")
    assert "not added yet" in form.typing_errors()["languages"]
    qtbot.keyClick(picker.combo.lineEdit(), Qt.Key.Key_Return)  # Enter adds it
    assert form.value("languages") == ["BE"]
    assert form.typing_errors() == {}


@pytest.mark.parametrize("typed", ["15031998", "15/03/1998", "15-03-1998"])
def test_a_date_of_birth_can_be_typed_into_the_empty_field(qtbot: QtBot, typed: str) -> None:
    form = _form(qtbot, Field("birth_date", "Date of birth", OPT_DATE))
    field = form.widgets["birth_date"]
    assert form.value("birth_date") is None
    field.setFocus()
    qtbot.keyClicks(field, typed)
    assert form.value("birth_date") == date(1998, 3, 15)


def test_an_empty_date_of_birth_opens_its_calendar_near_today_not_in_1900(
        qtbot: QtBot) -> None:
    form = _form(qtbot, Field("birth_date", "Date of birth", OPT_DATE))
    field = form.widgets["birth_date"]
    field.open_calendar()
    qtbot.waitUntil(lambda: field.calendarWidget().isVisible(), timeout=3000)
    assert field.calendarWidget().yearShown() == date.today().year
    qtbot.keyClick(field.calendarWidget(), Qt.Key.Key_Escape)
    assert form.value("birth_date") is None  # looking is not choosing


def test_the_date_erased_with_backspace_is_empty_again(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    form = Form([Field("birth_date", "Date of birth", OPT_DATE)])
    QVBoxLayout(host).addWidget(form)
    host.show()
    field = form.widgets["birth_date"]
    field.setFocus()
    qtbot.keyClicks(field, "01021990")
    assert form.value("birth_date") == date(1990, 2, 1)
    field.lineEdit().selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert form.value("birth_date") is None


def test_escape_on_typed_work_asks_before_throwing_it_away(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from shelter_desk.ui.forms.form import TEXT
    from shelter_desk.ui.forms.record_dialog import RecordDialog

    def dialog() -> RecordDialog:
        d = RecordDialog("Note", [Field("text", "Text", TEXT)], lambda v: v, {},
                         lambda data: data)
        qtbot.addWidget(d)
        d.show()
        qtbot.waitExposed(d)
        return d

    asked: list[str] = []
    untouched = dialog()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (
        asked.append(a[1]), QMessageBox.StandardButton.Cancel)[1])
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert asked == [] and not untouched.isVisible()  # nothing typed: nothing to ask

    typed = dialog()
    qtbot.keyClicks(typed.form.widgets["text"], "Met the lawyer")
    qtbot.keyClick(typed, Qt.Key.Key_Escape)
    assert asked and typed.isVisible()  # answered Cancel: still there, with the text
    assert typed.form.value("text") == "Met the lawyer"
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    typed.buttons.button(typed.buttons.StandardButton.Cancel).click()
    assert not typed.isVisible()
