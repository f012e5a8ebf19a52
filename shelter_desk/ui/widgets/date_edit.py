"""A date field that is one stop for the keyboard (Tab leaves it; the day, month and year are
reached with the arrow keys), opens its calendar on Alt+Down or F4, and can be empty: an
optional date starts empty, never as "today" (a date of birth of today is a silent error)."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from shelter_desk.ui.formatting import short_date_format

EMPTY = QDate(1900, 1, 1)  # shown as "—": no date


class DateEdit(QDateEdit):
    changed = Signal()

    def __init__(self, *, optional: bool, initial: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setCalendarPopup(True)
        self.setDisplayFormat(short_date_format())
        if optional:
            self.setMinimumDate(EMPTY)
            self.setSpecialValueText("—")
            self.setDate(EMPTY)
        self.dateChanged.connect(lambda _: self.changed.emit())
        if initial is not None:
            self.set_value(initial)
        elif not optional:
            self.setDate(QDate.currentDate())

    def value(self) -> date | None:
        if self.optional and self.date() == EMPTY:
            return None
        return cast(date, self.date().toPython())

    def set_value(self, value: date | None) -> None:
        if value is None:
            if self.optional:
                self.setDate(EMPTY)
            return
        self.setDate(QDate(value.year, value.month, value.day))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            # One Tab stop: Qt would walk day, month and year first.
            self.focusNextPrevChild(key == Qt.Key.Key_Tab
                                    and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            return
        if self.optional and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) \
                and self.currentSectionIndex() == 0 and self.lineEdit().selectedText() \
                == self.lineEdit().text():
            self.setDate(EMPTY)  # everything selected and erased: no date
            return
        super().keyPressEvent(event)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self.optional and self.date() == EMPTY:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
