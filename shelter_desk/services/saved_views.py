"""Saved views of the client list: each person names a set of filters and picks it again
later, on any workstation (they live in the database, with the person's account). A view
holds filters only, never a client."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import select

from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.saved_views import SavedView
from shelter_desk.services import client_filters
from shelter_desk.services import validation as v
from shelter_desk.services.errors import NotFound, ValidationError
from shelter_desk.services.folding import fold
from shelter_desk.services.guard import require_case_worker
from shelter_desk.services.workspace import Workspace

MAX_VIEWS = 50
MAX_NAME = 60
NO_PROFILE = QT_TRANSLATE_NOOP("validation", "cannot be kept without a user account")
TOO_MANY_VIEWS = QT_TRANSLATE_NOOP("validation", "at most {max} saved views")


@dataclass(frozen=True)
class ViewSettings:
    """What a view brings back: the status and counsellor choices of the list (a status value,
    "open" or "" for all; a counsellor's user name or "") and the other filters."""

    status: str = "open"
    counsellor: str = ""
    filters: client_filters.ClientFilter = field(default_factory=client_filters.ClientFilter)


@dataclass(frozen=True)
class SavedViewData:
    id: int
    name: str
    settings: ViewSettings


def _encode(s: ViewSettings) -> str:
    return json.dumps({"status": s.status, "counsellor": s.counsellor,
                       **client_filters.to_dict(s.filters)}, sort_keys=True)


def _decode(raw: str) -> ViewSettings:
    try:
        values = json.loads(raw)
    except ValueError:
        values = {}
    if not isinstance(values, dict):
        values = {}
    status = values.get("status", "open")
    counsellor = values.get("counsellor", "")
    return ViewSettings(status if isinstance(status, str) else "open",
                        counsellor if isinstance(counsellor, str) else "",
                        client_filters.from_dict(values))


def list_views(ws: Workspace) -> list[SavedViewData]:
    """The actor's own views, by name."""
    require_case_worker(ws, "client.list")
    if ws.actor.user_id is None:
        return []
    with ws.session() as session:
        rows = session.execute(select(SavedView.id, SavedView.name, SavedView.filters)
                               .where(SavedView.user_id == ws.actor.user_id)).all()
    views = [SavedViewData(vid, name, _decode(raw)) for vid, name, raw in rows]
    return sorted(views, key=lambda view: (fold(view.name), view.id))


def save_view(ws: Workspace, name: str, settings: ViewSettings) -> SavedViewData:
    """Keep the settings under this name; a view of the same name (ignoring case and accents)
    is replaced."""
    require_case_worker(ws, "client.list")
    clean = v.required_text("view_name", name, max_len=MAX_NAME)
    if ws.actor.user_id is None:
        raise ValidationError("view_name", NO_PROFILE)
    raw = _encode(settings)
    with ws.session() as session:
        mine = list(session.scalars(select(SavedView)
                                    .where(SavedView.user_id == ws.actor.user_id)))
        same = next((row for row in mine if fold(row.name) == fold(clean)), None)
        if same is None:
            if len(mine) >= MAX_VIEWS:
                raise ValidationError("view_name", TOO_MANY_VIEWS, max=MAX_VIEWS)
            same = SavedView(user_id=ws.actor.user_id, name=clean, filters=raw)
            session.add(same)
        else:
            same.name, same.filters = clean, raw
        session.flush()
        return SavedViewData(same.id, clean, _decode(raw))


def delete_view(ws: Workspace, view_id: int) -> None:
    require_case_worker(ws, "client.list")
    with ws.session() as session:
        row = session.get(SavedView, view_id)
        if row is None or row.user_id != ws.actor.user_id:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This saved view no longer exists."))
        session.delete(row)
