"""A progress report's data with nothing from a database: for rendering tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from shelter_desk.domain.vocabulary import (
    Condition,
    ConsentPurpose,
    DocumentType,
    HearingOutcome,
    HearingType,
    Phase,
)
from shelter_desk.reports import data as rd


def sample_report(**over: Any) -> rd.ReportData:
    """Programme support given (the report's basis), nothing else; one past hearing."""
    consent = tuple(
        rd.ConsentLine(p, True, date(2026, 1, 5), date(2026, 1, 5))
        if p == ConsentPurpose.PROGRAMME_SUPPORT else rd.ConsentLine(p, False, None)
        for p in ConsentPurpose)
    data = rd.ReportData(
        language="en", shelter="Payoke", city="Antwerpen", case_code="PAY-2026-0099",
        generated_at=datetime(2026, 11, 29, tzinfo=UTC), author="Test Director",
        intake_date=date(2026, 1, 5), period_end=date(2026, 11, 29),
        phase=Phase.REFLECTION_PERIOD, document=DocumentType.ANNEX_15,
        document_issued=date(2026, 11, 1), document_expires=date(2026, 12, 16), identity=None,
        conditions=tuple(rd.ConditionSection(c, None, None, 0, ()) for c in Condition),
        attendance=rd.Attendance(0, None, (), (), 0), judicial=(),
        hearings=(rd.Hearing(date(2026, 10, 2), None, "Tribunal correctionnel de Liège",
                             HearingType.JUDGMENT, True, True, HearingOutcome.JUDGMENT),),
        goals=(), consent=consent,
        basis=ConsentPurpose.PROGRAMME_SUPPORT, identity_basis=ConsentPurpose.SHARE_PROSECUTOR,
        audit_length=3, audit_head="0" * 64, synthetic=True)
    return replace(data, **over)
