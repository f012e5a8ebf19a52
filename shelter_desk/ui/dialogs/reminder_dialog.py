"""Act on a dashboard reminder: done (what was done), snooze (to which day, why), hand over
(to whom). The service runs off the GUI thread; an error shows in the dialog, which stays
open with what was typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.domain.vocabulary import DeadlineKind, ReminderStep
from shelter_desk.services import clock, deadlines, reminders
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import accessible
from shelter_desk.ui.accessible import buttons_in_reading_order
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.messages import describe
from shelter_desk.ui.ops import run_in_background
from shelter_desk.ui.widgets.date_edit import DateEdit

SNOOZE_DAYS = 7  # the day a snooze offers first: a week on


class ReminderDialog(QDialog):
    def __init__(self, ws: Workspace, step: ReminderStep, reminder: reminders.Reminder,
                 what: str, colleagues: list[tuple[int, str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.step, self.deadline = ws, step, reminder.deadline
        self.result_value: reminders.ReminderState | None = None
        self.current = reminder.responsible_id
        self.setMinimumWidth(480)
        record = QLabel(what)
        record.setObjectName("subheading")
        record.setWordWrap(True)
        form = QFormLayout()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(110)
        self.until: DateEdit | None = None
        self.colleague: QComboBox | None = None
        today = clock.today()
        if step == ReminderStep.DONE:
            self.setWindowTitle(tr_("Reminders", "Mark a reminder done"))
            intro = tr_("Reminders", "Say what was done. The reminder leaves the list; it "
                                     "stays in the client's history with your note.")
            if reminder.deadline.kind == DeadlineKind.PLAN_ACTION:
                intro += " " + tr_("Reminders", "The agreed action is marked done as well.")
            note_label = tr_("Reminders", "What was done (required)")
            ok_text = tr_("Reminders", "Done")
        elif step == ReminderStep.SNOOZED:
            self.setWindowTitle(tr_("Reminders", "Snooze a reminder"))
            intro = tr_("Reminders", "The reminder leaves the list until the day you choose, "
                                     "then comes back with its own due date.")
            self.until = DateEdit(optional=False, initial=today + timedelta(days=SNOOZE_DAYS))
            # No minimum or maximum on the field: Qt refuses each digit typed that makes a day
            # outside them on the way ("2" is the 2nd, before tomorrow). The service says what
            # is wrong instead, in the dialog.
            accessible.name(self.until, tr_("Reminders", "Until"))
            form.addRow(tr_("Reminders", "Until"), self.until)
            note_label = tr_("Reminders", "Why it waits (required)")
            ok_text = tr_("Reminders", "Snooze")
        else:
            self.setWindowTitle(tr_("Reminders", "Hand a reminder to a colleague"))
            intro = tr_("Reminders", "Only colleagues who work on this file are offered. "
                                     "The reminder shows as theirs on every dashboard.")
            self.colleague = QComboBox()
            current = reminder.responsible_id
            for uid, name in colleagues or []:
                self.colleague.addItem(name, uid)
            # Someone other than whose it is now: handing it to them again changes nothing.
            others = [i for i in range(self.colleague.count())
                      if self.colleague.itemData(i) != current]
            self.colleague.setCurrentIndex(others[0] if others else 0)
            accessible.name(self.colleague, tr_("Reminders", "Colleague"))
            form.addRow(tr_("Reminders", "Colleague"), self.colleague)
            note_label = tr_("Reminders", "Note (optional)")
            ok_text = tr_("Reminders", "Hand over")
        accessible.name(self.note, note_label)
        form.addRow(note_label, self.note)
        text = QLabel(intro)
        text.setWordWrap(True)
        self.error = QLabel()
        self.error.setProperty("error", True)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        buttons_in_reading_order(self.buttons)
        self.note.textChanged.connect(self._enable)
        if self.colleague is not None:
            self.colleague.currentIndexChanged.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(record)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._enable()
        (self.colleague or self.note).setFocus()

    def _enable(self) -> None:
        needs_note = self.step != ReminderStep.ASSIGNED
        has_someone = self.colleague is None or (
            self.colleague.count() > 0 and self.colleague.currentData() != self.current)
        self.ok.setEnabled(has_someone and (not needs_note
                                            or bool(self.note.toPlainText().strip())))

    def attempt(self) -> None:
        if not self.ok.isEnabled():
            return
        note = self.note.toPlainText().strip()
        ws, d = self.ws, self.deadline
        work: Callable[[], Any]
        if self.step == ReminderStep.DONE:
            work = lambda: reminders.mark_done(ws, d, note)  # noqa: E731
        elif self.step == ReminderStep.SNOOZED:
            assert self.until is not None
            until = self.until.value()
            assert until is not None
            work = lambda: reminders.snooze(ws, d, until, note)  # noqa: E731
        else:
            assert self.colleague is not None
            who = int(self.colleague.currentData())
            work = lambda: reminders.assign(ws, d, who, note or None)  # noqa: E731
        self.ok.setEnabled(False)
        run_in_background(self, work, self._done, self._failed)

    def _done(self, state: reminders.ReminderState) -> None:
        self.result_value = state
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._enable()
        self.error.setText(describe(exc))
        self.error.show()


def describe_deadline(d: deadlines.Deadline, client: str, detail: str) -> str:
    """The reminder as the dialog names it: due day, kind, client, detail."""
    from shelter_desk.ui import i18n
    from shelter_desk.ui.formatting import format_date

    return " · ".join(x for x in (format_date(d.due), i18n.label(d.kind), client, detail) if x)
