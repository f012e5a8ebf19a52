"""A client's history: the audit entries that name their case code (who did what, when)."""

from __future__ import annotations

from sqlalchemy import select

from shelter_desk.models.audit import AuditEntry
from shelter_desk.services import audit
from shelter_desk.services.access import client_in_reach
from shelter_desk.services.records import require_case_worker
from shelter_desk.services.workspace import Workspace


def client_history(ws: Workspace, client_id: int, limit: int = 2000) -> list[audit.AuditRecord]:
    """Newest first. Visible to whoever may work on the file."""
    require_case_worker(ws, "history.list")
    with ws.session() as session:
        client = client_in_reach(session, ws, client_id, "history.list")
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.client_code == client.case_code)
            .order_by(AuditEntry.seq.desc()).limit(limit)).all()
        return [audit.to_record(r) for r in rows]
