"""A date field that is one stop for the keyboard (Tab leaves it; the day, month and year are
reached with the arrow keys), opens its calendar on Alt+Down or F4, and can be empty: an
optional date starts empty, never as "today" (a date of birth of today is a silent error)."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QDate, QEvent, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QDateEdit, QStyle, QStyleOptionComboBox, QWidget

from shelter_desk.ui.formatting import short_date_format

EMPTY = QDate(1900, 1, 1)  # shown as "—": no date


class DateEdit(QDateEdit):
    changed = Signal()

    def __init__(self, *, optional: bool, initial: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self._tabbing = False
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

    def event(self, event: QEvent) -> bool:
        """Tab reaches focusNextPrevChild from here, before keyPressEvent."""
        tab = event.type() == QEvent.Type.KeyPress and cast(QKeyEvent, event).key() in (
            Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        self._tabbing = tab
        try:
            return super().event(event)
        finally:
            if tab:
                self._tabbing = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (alt and key in (Qt.Key.Key_Down, Qt.Key.Key_Up)):
            self.open_calendar()
            return
        if self.optional and self.value() is None and Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            # Typing into "—": start from a full date with the day selected, so the digits
            # fill day, month and year in turn (they were thrown away before).
            self.setDate(QDate.currentDate())
            self.setCurrentSection(QDateEdit.Section.DaySection)
            self.setSelectedSection(QDateEdit.Section.DaySection)
        line = self.lineEdit()
        if self.optional and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) \
                and line is not None and line.selectedText() == line.text():
            self.setDate(EMPTY)  # everything selected and erased: no date
            return
        separator = self._separator()
        if event.text() and event.text() in ("-", ".", " ", "/", separator) \
                and line is not None and line.hasSelectedText():
            # The part before filled up and moved on by itself (15 of 15-03): the separator
            # typed after it must not move on a second time, past the month.
            return
        if separator and event.text() in ("-", ".", " ", "/") and event.text() != separator:
            # 15-03-1998 or 15.03.1998 typed as people write them: the dash or dot moves on
            # to the next part, as the format's own separator does.
            event = QKeyEvent(event.type(), Qt.Key.Key_Slash if separator == "/" else key,
                              event.modifiers(), separator)
        super().keyPressEvent(event)

    def _separator(self) -> str:
        return next((c for c in self.displayFormat() if not c.isalpha()), "")

    def focusNextPrevChild(self, next: bool) -> bool:
        """One Tab stop: QDateTimeEdit would walk day, month and year first (the arrow keys
        and the separator keys still move between them). Only for Tab: QDateTimeEdit also
        moves to the next part this way when a separator is typed, and that must stay in the
        field (it left it, for the next widget of a form, after the day)."""
        if self._tabbing:
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def open_calendar(self) -> None:
        """Qt opens the pop-up only for a click on the arrow: give it that click."""
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxArrow, self)
        if not arrow.isValid():  # a style without one: its right end
            arrow = QRect(self.width() - 12, 0, 12, self.height())
        at = QPointF(arrow.center())
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            QApplication.sendEvent(self, QMouseEvent(
                kind, at, self.mapToGlobal(at), Qt.MouseButton.LeftButton,
                Qt.MouseButton.LeftButton if kind == QEvent.Type.MouseButtonPress
                else Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
        calendar = self.calendarWidget()
        if calendar.isVisible():
            calendar.setFocus(Qt.FocusReason.PopupFocusReason)
            self._calendar_near_today()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self._calendar_near_today()

    def _calendar_near_today(self) -> None:
        """An empty date's calendar opens on this month, not on January 1900."""
        calendar = self.calendarWidget()
        if self.optional and self.value() is None and calendar.isVisible():
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self.optional and self.date() == EMPTY:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
