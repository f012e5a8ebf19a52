"""Notifications the shelter sent to the prosecutor, labour auditor or Immigration Office."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from shelter_desk.domain.vocabulary import NotificationReason, NotificationRecipient
from shelter_desk.models.followup import Notification
from shelter_desk.services import validation as v
from shelter_desk.services.changes import Kind, Recorded
from shelter_desk.services.records import Area
from shelter_desk.services.voids import VoidMark
from shelter_desk.services.workspace import Workspace


@dataclass(frozen=True)
class NotificationInput:
    sent_on: date
    recipient: NotificationRecipient | str
    reason: NotificationReason | str
    reference: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class NotificationView(Recorded):
    KIND = Kind.NOTIFICATIONS
    id: int
    client_id: int
    sent_on: date
    recipient: NotificationRecipient
    reason: NotificationReason
    reference: str | None
    note: str | None
    counsellor: str
    version: int | None = None  # what an edit of this copy is based on
    void: VoidMark | None = None  # set when the record was voided


def _view(r: Notification, names: dict[int, str]) -> NotificationView:
    return NotificationView(
        id=r.id, client_id=r.client_id, sent_on=r.sent_on, recipient=r.recipient,
        reason=r.reason, reference=r.reference, note=r.note,
        counsellor=names.get(r.counsellor_id, ""), version=r.version,
    )


NOTIFICATIONS: Area[Notification, NotificationView] = Area(
    model=Notification,
    action="notification",
    spec={
        "sent_on": v.c_date(past_only=True),
        "recipient": v.c_choice(NotificationRecipient),
        "reason": v.c_choice(NotificationReason),
        "reference": v.c_opt_text(120),
        "note": v.c_notes(5000),
    },
    to_view=_view,
    order=(Notification.sent_on, Notification.id),
    actor_column="counsellor_id",
    recipient_of=lambda values: str(values["recipient"].value),
)


def add_notification(ws: Workspace, client_id: int, data: NotificationInput) -> NotificationView:
    return NOTIFICATIONS.add(ws, client_id, data)


def update_notification(
    ws: Workspace, notification_id: int, data: NotificationInput, based_on: int | None = None
) -> NotificationView:
    return NOTIFICATIONS.update(ws, notification_id, data, based_on)


def list_notifications(ws: Workspace, client_id: int) -> list[NotificationView]:
    return NOTIFICATIONS.list(ws, client_id)
