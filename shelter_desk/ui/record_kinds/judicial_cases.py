"""The client's judicial case(s): office, stage, standing, lawyer."""

from __future__ import annotations

from shelter_desk.domain.vocabulary import JudicialOffice, JudicialStage, Standing
from shelter_desk.services import judicial
from shelter_desk.services.changes import Kind
from shelter_desk.ui import i18n
from shelter_desk.ui.formatting import format_date
from shelter_desk.ui.forms.fields import F
from shelter_desk.ui.forms.form import BOOL, CHOICE, DATE, NOTES, OPT_DATE, TEXT
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.models.record_table import Column
from shelter_desk.ui.record_kinds.kind import RecordKind


def judicial_cases() -> RecordKind:
    return RecordKind(
        changes=(Kind.JUDICIAL,),
        void_kind="judicial-case",
        title=tr_("ClientFile", "Judicial cases"),
        add_label=tr_("ClientFile", "Open a case…"),
        add_title=tr_("ClientFile", "Judicial case"),
        edit_title=tr_("ClientFile", "Edit the judicial case"),
        fields=(
            F("office", CHOICE, enum=JudicialOffice),
            F("district", TEXT,
              placeholder=tr_("ClientFile", "e.g. Antwerpen, Bruxelles, Liège")),
            F("stage", CHOICE, enum=JudicialStage),
            F("opened_on", DATE),
            F("reference_magistrate", TEXT),
            F("pv_number", TEXT),
            F("case_number", TEXT),
            F("final_decision_on", OPT_DATE),
            F("standing", CHOICE, enum=Standing),
            F("standing_since", OPT_DATE),
            F("lawyer", TEXT),
            F("legal_aid", BOOL),
            F("notes", NOTES),
        ),
        input=judicial.CaseInput,
        spec=judicial.CASES.spec,
        cross=judicial.CASES.cross,
        load=judicial.list_cases,
        add=judicial.open_case,
        update=judicial.update_case,
        sort_column=8,
        columns=(
            Column(tr_("ClientFile", "Office"), lambda c: i18n.label(c.office)),
            Column(tr_("ClientFile", "District"), lambda c: c.district),
            Column(tr_("ClientFile", "Stage"), lambda c: i18n.label(c.stage)),
            Column(tr_("ClientFile", "PV"), lambda c: c.pv_number or ""),
            Column(tr_("ClientFile", "Case number"), lambda c: c.case_number or ""),
            Column(tr_("ClientFile", "Magistrate"), lambda c: c.reference_magistrate or ""),
            Column(tr_("ClientFile", "Standing"), lambda c: i18n.label(c.standing)),
            Column(
                tr_("ClientFile", "Lawyer"),
                lambda c: (
                    (c.lawyer or "")
                    + (" " + tr_("ClientFile", "(legal aid)") if c.legal_aid else "")
                ),
            ),
            Column(
                tr_("ClientFile", "Opened"),
                lambda c: format_date(c.opened_on),
                key=lambda c: c.opened_on,
            ),
        ),
    )
