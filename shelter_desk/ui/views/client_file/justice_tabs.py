"""The judicial case(s) with their court dates, and the residence documents."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from shelter_desk.services import judicial
from shelter_desk.ui.client_context import ClientContext
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.record_kinds.court_dates import court_dates
from shelter_desk.ui.record_kinds.judicial_cases import judicial_cases
from shelter_desk.ui.record_kinds.residence_documents import residence_documents
from shelter_desk.ui.views.client_file.record_tab import KindTab, RecordTab


class JudicialTab(QWidget):
    def __init__(self, ctx: ClientContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.cases = KindTab(ctx, judicial_cases())
        self.court_dates = CourtDatesTab(ctx, self.cases)
        layout = QVBoxLayout(self)
        title = QLabel(tr_("ClientFile", "Judicial case"))
        title.setObjectName("subheading")
        layout.addWidget(title)
        layout.addWidget(self.cases, 1)
        hearings = QLabel(tr_("ClientFile", "Court dates"))
        hearings.setObjectName("subheading")
        layout.addWidget(hearings)
        layout.addWidget(self.court_dates, 2)


class CourtDatesTab(KindTab):
    """A court date is in one of the cases listed above it: its dialog picks among those not
    voided, and there is none to add before a case is opened."""

    def __init__(self, ctx: ClientContext, cases: KindTab) -> None:
        super().__init__(ctx, court_dates())
        self.cases = cases

    def among(self) -> list[judicial.CaseView]:
        return [c for c in self.cases.model.rows if c.void is None]

    def dialog(self, row: Any) -> Any:
        if row is None and not self.among():
            QMessageBox.information(
                self,
                tr_("ClientFile", "Court date"),
                tr_("ClientFile", "Open the judicial case first."),
            )
            return _NoDialog()
        return super().dialog(row)


class _NoDialog:
    def exec(self) -> int:
        return 0


def residence_tab(ctx: ClientContext) -> RecordTab:
    return KindTab(ctx, residence_documents())
