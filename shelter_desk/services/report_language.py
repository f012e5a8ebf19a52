"""Which language a client's progress report is offered in first: the one of the district
where the client's judicial case is (a prosecutor in Liège reads French, in Antwerp Dutch).
The director can always choose another."""

from __future__ import annotations

from shelter_desk.domain.district_language import district_language
from shelter_desk.services import judicial
from shelter_desk.services.workspace import Workspace


def suggested_language(ws: Workspace, client_id: int) -> str | None:
    """"nl" or "fr" from the client's cases (open ones first, newest first); None when no
    case says (no case yet, or only in Brussels)."""
    cases = sorted(judicial.list_cases(ws, client_id),
                   key=lambda c: (c.final_decision_on is None, c.opened_on), reverse=True)
    for case in cases:
        language = district_language(case.district)
        if language is not None:
            return language
    return None
