"""Notifications to an authority (the prosecutor, the Immigration Office)."""

from __future__ import annotations

from shelter_desk.domain.vocabulary import NotificationReason, NotificationRecipient
from shelter_desk.services import notifications as service
from shelter_desk.services.changes import Kind
from shelter_desk.ui import i18n
from shelter_desk.ui.formatting import format_date
from shelter_desk.ui.forms.fields import F
from shelter_desk.ui.forms.form import CHOICE, DATE, NOTES, TEXT
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.models.record_table import Column
from shelter_desk.ui.record_kinds.kind import RecordKind
from shelter_desk.ui.record_kinds.text import first_line


def notifications() -> RecordKind:
    return RecordKind(
        changes=(Kind.NOTIFICATIONS,),
        void_kind="notification",
        title=tr_("ClientFile", "Notifications to the authorities"),
        add_label=tr_("ClientFile", "Record a notification…"),
        add_title=tr_("ClientFile", "Notification to an authority"),
        edit_title=tr_("ClientFile", "Notification to an authority"),
        fields=(
            F("sent_on", DATE),
            F("recipient", CHOICE, enum=NotificationRecipient),
            F("reason", CHOICE, enum=NotificationReason),
            F("reference", TEXT),
            F("note", NOTES),
        ),
        labels={"reason": tr_("ClientFile", "About")},
        input=service.NotificationInput,
        spec=service.NOTIFICATIONS.spec,
        load=service.list_notifications,
        add=service.add_notification,
        update=service.update_notification,
        columns=(
            Column(
                tr_("ClientFile", "Sent"),
                lambda n: format_date(n.sent_on),
                key=lambda n: (n.sent_on, n.id),
            ),
            Column(tr_("ClientFile", "To"), lambda n: i18n.label(n.recipient)),
            Column(tr_("ClientFile", "About"), lambda n: i18n.label(n.reason)),
            Column(tr_("ClientFile", "Reference"), lambda n: n.reference or ""),
            Column(tr_("ClientFile", "By"), lambda n: n.counsellor),
            Column(tr_("ClientFile", "Note"), lambda n: first_line(n.note)),
        ),
    )
