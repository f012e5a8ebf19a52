"""Sessions, conditions, notifications and history tabs."""

from __future__ import annotations

import operator
from datetime import date, datetime
from functools import reduce
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.domain.labelled import LabelledEnum
from shelter_desk.domain.vocabulary import Condition
from shelter_desk.i18n import QT_TRANSLATE_NOOP, fill
from shelter_desk.i18n.field_labels import label_for
from shelter_desk.services import conditions, history
from shelter_desk.services.changes import Kind
from shelter_desk.ui import i18n
from shelter_desk.ui.client_context import ClientContext
from shelter_desk.ui.dialogs.conditions_dialog import ThreeConditionsDialog
from shelter_desk.ui.formatting import format_date, format_datetime, format_wall_clock
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.models.record_table import Column
from shelter_desk.ui.printing import print_button
from shelter_desk.ui.record_kinds.cells import yes_no
from shelter_desk.ui.record_kinds.condition_checks import condition_checks, status_colour
from shelter_desk.ui.record_kinds.notifications import notifications
from shelter_desk.ui.record_kinds.sessions import sessions
from shelter_desk.ui.style import theme
from shelter_desk.ui.views.client_file.record_tab import KindTab, RecordTab


# -- sessions and notifications ---------------------------------------------------------------
def sessions_tab(ctx: ClientContext) -> RecordTab:
    tab = KindTab(ctx, sessions())
    tab.add_tool(print_button(ctx.bus), 2)
    return tab


def notifications_tab(ctx: ClientContext) -> RecordTab:
    return KindTab(ctx, notifications())


# -- conditions -----------------------------------------------------------------------------
class ConditionsTab(QWidget):
    """The three conditions' latest state on top, every check below."""

    def __init__(self, ctx: ClientContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.cards: dict[Condition, QLabel] = {}
        row = QHBoxLayout()
        for condition in Condition:
            card = QFrame()
            card.setObjectName("card")
            box = QVBoxLayout(card)
            title = QLabel(i18n.label(condition))
            title.setWordWrap(True)
            title.setObjectName("subheading")
            state = QLabel()
            state.setObjectName(f"condition_{condition.value}")
            state.setWordWrap(True)
            box.addWidget(title)
            box.addWidget(state)
            self.cards[condition] = state
            row.addWidget(card)
        self.table = KindTab(ctx, condition_checks())
        self.check_all_button = QPushButton(tr_("ClientFile", "Check the three conditions…"))
        self.check_all_button.setProperty("primary", True)
        self.check_all_button.clicked.connect(self.check_all)
        self.table.add_tool(self.check_all_button, 0)
        self.table.add_button.setProperty("primary", False)
        self.table.model.modelReset.connect(self._update_cards)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table)

    def check_all(self) -> None:
        """The monthly check: all three conditions in one dialog (what the reminder opens)."""
        dialog = ThreeConditionsDialog(self.ctx.ws, self.ctx.client_id, self.ctx.case_code,
                                       self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self.table.announce(reduce(operator.or_, (c.changes for c in dialog.saved)))

    def _update_cards(self) -> None:
        latest: dict[Condition, conditions.CheckView] = {}
        for check in sorted(self.table.model.rows, key=lambda c: (c.checked_on, c.id)):
            if check.void is None:  # a voided check counts for nothing
                latest[check.condition] = check
        for condition, label in self.cards.items():
            check = latest.get(condition)
            if check is None:
                label.setText(tr_("ClientFile", "Not checked yet"))
                label.setStyleSheet(f"color: {theme().muted};")
            else:
                label.setText(
                    fill(tr_("ClientFile", "{status} on {date}"),
                         status=i18n.label(check.status), date=format_date(check.checked_on))
                )
                label.setStyleSheet(f"color: {status_colour(check.status)}; font-weight: 600;")


# -- history --------------------------------------------------------------------------------
ACTION_LABELS = {
    "client.open": QT_TRANSLATE_NOOP("audit", "Opened the file"),
    "client.intake": QT_TRANSLATE_NOOP("audit", "Intake"),
    "client.update": QT_TRANSLATE_NOOP("audit", "Changed details"),
    "session.add": QT_TRANSLATE_NOOP("audit", "Added a session"),
    "session.update": QT_TRANSLATE_NOOP("audit", "Changed a session"),
    "consent.grant": QT_TRANSLATE_NOOP("audit", "Consent given"),
    "consent.withdraw": QT_TRANSLATE_NOOP("audit", "Consent withdrawn"),
    "condition.add": QT_TRANSLATE_NOOP("audit", "Recorded a condition check"),
    "condition.update": QT_TRANSLATE_NOOP("audit", "Changed a check"),
    "judicial.add": QT_TRANSLATE_NOOP("audit", "Opened a judicial case"),
    "judicial.update": QT_TRANSLATE_NOOP("audit", "Changed the judicial case"),
    "court_date.add": QT_TRANSLATE_NOOP("audit", "Added a court date"),
    "court_date.update": QT_TRANSLATE_NOOP("audit", "Changed a court date"),
    "residence.add": QT_TRANSLATE_NOOP("audit", "Added a residence document"),
    "residence.update": QT_TRANSLATE_NOOP("audit", "Changed a document"),
    "goal.add": QT_TRANSLATE_NOOP("audit", "Added a goal"),
    "goal.update": QT_TRANSLATE_NOOP("audit", "Changed a goal"),
    "goal.milestone": QT_TRANSLATE_NOOP("audit", "Milestone added"),
    "notification.add": QT_TRANSLATE_NOOP("audit", "Recorded a notification"),
    "notification.update": QT_TRANSLATE_NOOP("audit", "Changed a notification"),
    "programme.admit": QT_TRANSLATE_NOOP("audit", "Admitted to the programme"),
    "programme.end": QT_TRANSLATE_NOOP("audit", "Programme ended"),
    "access.grant": QT_TRANSLATE_NOOP("audit", "Access granted"),
    "access.revoke": QT_TRANSLATE_NOOP("audit", "Access withdrawn"),
    "referral.update": QT_TRANSLATE_NOOP("audit", "Changed the referral"),
    "exploitation.save": QT_TRANSLATE_NOOP("audit", "Changed the exploitation"),
    "report.create": QT_TRANSLATE_NOOP("audit", "Progress report made"),
    "report.sign": QT_TRANSLATE_NOOP("audit", "Progress report signed"),
    "export.create": QT_TRANSLATE_NOOP("audit", "Case file exported"),
    "plan.add": QT_TRANSLATE_NOOP("audit", "Added an action to the plan"),
    "plan.update": QT_TRANSLATE_NOOP("audit", "Changed an action of the plan"),
    "case_note.add": QT_TRANSLATE_NOOP("audit", "Added a case note"),
    "case_note.update": QT_TRANSLATE_NOOP("audit", "Changed a case note"),
    "appointment.add": QT_TRANSLATE_NOOP("audit", "Planned an appointment"),
    "appointment.update": QT_TRANSLATE_NOOP("audit", "Changed an appointment"),
    "appointment.cancel": QT_TRANSLATE_NOOP("audit", "Cancelled an appointment"),
    "appointment.held": QT_TRANSLATE_NOOP("audit", "Recorded an appointment as held"),
    "record.void": QT_TRANSLATE_NOOP("audit", "Voided"),
    "reminder.done": QT_TRANSLATE_NOOP("audit", "Reminder done"),
    "reminder.snooze": QT_TRANSLATE_NOOP("audit", "Reminder snoozed"),
    "reminder.assign": QT_TRANSLATE_NOOP("audit", "Reminder handed over"),
    "reminder.reopen": QT_TRANSLATE_NOOP("audit", "Reminder reopened"),
    "denied": QT_TRANSLATE_NOOP("audit", "Refused"),
}


RECORD_KINDS = {
    "goal": QT_TRANSLATE_NOOP("history", "Goal"),
    "session": QT_TRANSLATE_NOOP("history", "Session"),
    "consent": QT_TRANSLATE_NOOP("history", "Consent"),
    "condition_check": QT_TRANSLATE_NOOP("history", "Condition check"),
    "court_date": QT_TRANSLATE_NOOP("history", "Court date"),
    "judicial_case": QT_TRANSLATE_NOOP("history", "Judicial case"),
    "residence_document": QT_TRANSLATE_NOOP("history", "Residence document"),
    "notification": QT_TRANSLATE_NOOP("history", "Notification"),
    "plan_action": QT_TRANSLATE_NOOP("history", "Agreed action"),
    "case_note": QT_TRANSLATE_NOOP("history", "Case note"),
    "reminder": QT_TRANSLATE_NOOP("history", "Reminder"),
    "appointment": QT_TRANSLATE_NOOP("history", "Appointment"),
}
# Changes to these are named, not quoted, in the list (their text is in the tooltip).
LONG_TEXT = frozenset({"confidential_notes", "text", "action", "description", "evidence",
                       "assessment", "notes", "note", "indicators", "not_notified_reason",
                       "cancel_reason"})
REPORT_LANGUAGES = {"nl": "Nederlands", "fr": "Français", "en": "English"}


def action_text(line: history.HistoryLine) -> str:
    return tr_("audit", ACTION_LABELS.get(line.action) or line.action)


def record_text(line: history.HistoryLine) -> str:
    """What the entry is about, as a person reads it: "Goal: Housing", "Session: 12/11/2026"."""
    if line.purpose is not None:
        return i18n.labelled(tr_("history", RECORD_KINDS["consent"]),
                             i18n.label(line.purpose))
    record = line.record
    if record is None:
        return ""
    kind = tr_("history", RECORD_KINDS.get(record.kind, record.kind))
    what = " · ".join(x for x in (i18n.label(record.label) if record.label else "",
                                  format_date(record.on) if record.on else "") if x)
    return i18n.labelled(kind, what) if what else kind


def value_text(value: Any) -> str:
    """A kept value as the file shows it."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, LabelledEnum):
        return i18n.label(value)
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, datetime):
        # A kept time without a zone is an appointment's Brussels wall-clock time.
        return format_datetime(value) if value.tzinfo else format_wall_clock(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _field(change: history.FieldChange) -> str:
    return i18n.field_label(label_for(change.field))


# The client's (and guardian's) names and contact as the History tab shows their changes:
# privacy mode names the field only, as it masks them everywhere else.
IDENTITY_FIELDS = frozenset({"first_names", "last_name", "aliases", "guardian_name",
                             "guardian_contact"})


def change_text(change: history.FieldChange, whole: bool = False,
                privacy: bool = False) -> str:
    """"Duration (minutes): 60 → 45"; a long text only named, unless `whole`; a name only
    named in privacy mode."""
    if (change.field in LONG_TEXT and not whole) or (privacy and change.field in IDENTITY_FIELDS):
        return fill(tr_("ClientFile", "{field} changed"), field=_field(change))
    if change.before is None and change.field == "snoozed_until":  # a reminder's new day
        return i18n.labelled(_field(change), value_text(change.after))
    return (fill(tr_("ClientFile", "{field}: {before} → {after}"),
                 field=_field(change), before=value_text(change.before),
                 after=value_text(change.after)))


def changes_tooltip(line: history.HistoryLine, privacy: bool = False) -> str:
    if line.changes:
        return "\n".join(change_text(c, whole=True, privacy=privacy) for c in line.changes)
    return detail_text(line, privacy)


def detail_text(line: history.HistoryLine, privacy: bool = False) -> str:
    parts: list[str] = [change_text(c, privacy=privacy) for c in line.changes]
    if line.report is not None:
        parts.append(REPORT_LANGUAGES.get(line.report.language, line.report.language))
        parts.append(tr_("ClientFile", "identity included") if line.report.identity_included
                     else tr_("ClientFile", "identity withheld"))
        if line.report.encrypted:
            parts.append(tr_("ClientFile", "encrypted"))
    parts += [x for x in (line.target, line.reason) if x]
    if line.recipient:
        parts.append(fill(tr_("ClientFile", "to {recipient}"), recipient=line.recipient))
    return " · ".join(parts)


def history_tab(ctx: ClientContext) -> RecordTab:
    # The short entry number first and the long detail last, where it takes the room left
    # (last, the number took the width the subject needed).
    columns: list[Column[Any]] = [
        Column(
            tr_("ClientFile", "Entry"),
            lambda a: f"#{a.seq}",
            key=lambda a: a.seq,
            color=lambda a: theme().muted,
        ),
        Column(tr_("ClientFile", "When"), lambda a: format_datetime(a.at), key=lambda a: a.seq),
        Column(tr_("ClientFile", "Who"), lambda a: a.actor),
        Column(tr_("ClientFile", "What"), action_text),
        Column(tr_("ClientFile", "About"), record_text),
        Column(tr_("ClientFile", "Detail"), lambda a: detail_text(a, ctx.bus.privacy),
               tooltip=lambda a: changes_tooltip(a, ctx.bus.privacy)),
    ]
    tab = RecordTab(
        ctx,
        None,
        columns,
        history.client_history,
        intro=tr_(
            "ClientFile",
            "Everything done in this file, from the tamper-evident audit trail (who did what "
            "and when), with what each correction replaced. Voided records are struck "
            "through; the reason is in their tooltip.",
        ),
        title=tr_("ClientFile", "History of the file"),
    )
    _Redrawn(tab, ctx)
    return tab


class _Redrawn(QObject):
    """The tab's rows drawn again when privacy mode is switched (owned by the tab: it goes
    with it)."""

    def __init__(self, tab: RecordTab, ctx: ClientContext) -> None:
        super().__init__(tab)
        self.tab = tab
        ctx.bus.privacy_changed.connect(self.redraw)

    def redraw(self, _on: bool) -> None:
        self.tab.model.set_rows(list(self.tab.model.rows))


# -- reports --------------------------------------------------------------------------------
REPORT_ACTIONS = ("report.create", "report.sign", "export.create")


def _reports(ws: Any, client_id: int) -> list[Any]:
    return [a for a in history.client_history(ws, client_id) if a.action in REPORT_ACTIONS]


def reports_tab(ctx: ClientContext, on_make: Any, can_make: bool) -> RecordTab:
    """The reports and case files made for this client (from the audit trail)."""
    columns: list[Column[Any]] = [
        Column(tr_("ClientFile", "When"), lambda a: format_datetime(a.at), key=lambda a: a.seq),
        Column(tr_("ClientFile", "Who"), lambda a: a.actor),
        Column(tr_("ClientFile", "What"), action_text),
        Column(tr_("ClientFile", "Detail"), detail_text),
    ]
    tab = RecordTab(
        ctx,
        [Kind.REPORTS],
        columns,
        _reports,
        intro=tr_(
            "ClientFile",
            "Progress reports and case files made for this client. Directors "
            "make them on the Reports page.",
        ),
        title=tr_("ClientFile", "Reports made"),
    )
    if can_make:
        button = QPushButton(tr_("ClientFile", "Make a progress report…"))
        button.setProperty("primary", True)
        button.clicked.connect(lambda: on_make(ctx.client_id))
        tab.add_tool(button, 0)
    return tab
