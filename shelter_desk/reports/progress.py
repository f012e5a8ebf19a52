"""The progress report for the prosecutor or labour auditor (ReportLab platypus): plain data in,
PDF bytes out. Shelter header, case code and CONFIDENTIAL on every page, "page x of y"; room
for the visible signature on the last page (its box is returned with the PDF)."""

from __future__ import annotations

import enum
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from shelter_desk.domain.courts import court_name
from shelter_desk.domain.judiciary import place_name, place_of
from shelter_desk.domain.labelled import LABEL_CONTEXT, LabelledEnum
from shelter_desk.domain.places_and_languages import country_name, language_name
from shelter_desk.domain.vocabulary import ConditionStatus, GoalStatus, JudicialOffice, Phase
from shelter_desk.domain.wall_clock import ClockChange
from shelter_desk.i18n import QT_TRANSLATE_NOOP, fill, labelled
from shelter_desk.i18n.catalogue import Catalogue
from shelter_desk.reports import fonts, stamp
from shelter_desk.reports.data import ConsentLine, Hearing, ReportData
from shelter_desk.reports.rtl import RtlLine, is_rtl

CTX = "report"
INK = colors.HexColor("#1f2a36")
ACCENT = colors.HexColor("#2f5d8a")
MUTED = colors.HexColor("#5d6670")
LINE = colors.HexColor("#c9d1d9")
DANGER = colors.HexColor("#a61b1b")
WARN = colors.HexColor("#9a5b00")
OK = colors.HexColor("#2e7d32")

# Every fixed text of the report, marked for the .ts catalogues.
T = {
    "title": QT_TRANSLATE_NOOP("report", "Progress report"),
    "to": QT_TRANSLATE_NOOP("report", "For the public prosecutor or labour auditor in charge"),
    "to_prosecutor": QT_TRANSLATE_NOOP("report", "For the public prosecutor's office, {place}"),
    "to_labour_auditor": QT_TRANSLATE_NOOP(
        "report", "For the labour auditor's office, {place}"),
    "confidential": QT_TRANSLATE_NOOP("report", "CONFIDENTIAL"),
    "page": QT_TRANSLATE_NOOP("report", "Page {page} of {pages}"),
    "made": QT_TRANSLATE_NOOP("report", "Made on {date} by {author}"),
    "period": QT_TRANSLATE_NOOP("report", "Period covered: {start} to {end}"),
    "case_code": QT_TRANSLATE_NOOP("report", "Case code"),
    "identity": QT_TRANSLATE_NOOP("report", "Identity"),
    "withheld": QT_TRANSLATE_NOOP(
        "report", "Withheld: the client has not consented to sharing their identity with the "
        "prosecutor or labour auditor. The case code identifies the file."),
    "withheld_withdrawn": QT_TRANSLATE_NOOP(
        "report", "Withheld: on {date} the client withdrew their consent to sharing their "
        "identity with the prosecutor or labour auditor. The case code identifies the file."),
    "withheld_omitted": QT_TRANSLATE_NOOP(
        "report", "Not included in this report. The case code identifies the file."),
    "name": QT_TRANSLATE_NOOP("report", "Name"),
    "aliases": QT_TRANSLATE_NOOP("report", "Also known as"),
    "born": QT_TRANSLATE_NOOP("report", "Born"),
    "nationality": QT_TRANSLATE_NOOP("report", "Nationality"),
    "languages": QT_TRANSLATE_NOOP("report", "Languages"),
    "phase": QT_TRANSLATE_NOOP("report", "Programme phase"),
    "document": QT_TRANSLATE_NOOP("report", "Residence document"),
    "document_value": QT_TRANSLATE_NOOP(
        "report", "{document}, issued {issued}, valid until {expires}"),
    "no_document": QT_TRANSLATE_NOOP("report", "none at present"),
    "unlimited": QT_TRANSLATE_NOOP("report", "unlimited"),
    "intake": QT_TRANSLATE_NOOP("report", "Intake date"),
    "not_admitted": QT_TRANSLATE_NOOP(
        "report", "{phase} (not yet admitted to the programme)"),
    "s_conditions": QT_TRANSLATE_NOOP("report", "1. The three conditions of the programme"),
    "latest": QT_TRANSLATE_NOOP("report", "Latest check"),
    "checks": QT_TRANSLATE_NOOP("report", "Checks"),
    "status": QT_TRANSLATE_NOOP("report", "Status"),
    "condition": QT_TRANSLATE_NOOP("report", "Condition"),
    "not_checked": QT_TRANSLATE_NOOP("report", "not checked yet"),
    "issues": QT_TRANSLATE_NOOP("report", "Concerns and breaches, with the evidence recorded:"),
    "no_issues": QT_TRANSLATE_NOOP("report", "No concern or breach was recorded."),
    "notified": QT_TRANSLATE_NOOP("report", "(the prosecutor was notified)"),
    "s_attendance": QT_TRANSLATE_NOOP("report", "2. Counselling"),
    "attendance_total": QT_TRANSLATE_NOOP(
        "report", "{count} counselling sessions since {since}."),
    "attendance_one": QT_TRANSLATE_NOOP("report", "One counselling session, on {since}."),
    "attendance_none": QT_TRANSLATE_NOOP("report", "No counselling session is recorded yet."),
    "attendance_stopped": QT_TRANSLATE_NOOP(
        "report", "The client stopped {count} interview(s), as is their right (Control)."),
    "attendance_recent": QT_TRANSLATE_NOOP("report", "Most recent sessions"),
    "attendance_kinds": QT_TRANSLATE_NOOP("report", "Sessions by kind"),
    "attendance_note": QT_TRANSLATE_NOOP(
        "report", "What is said in counselling is confidential and is not part of this report."),
    "s_judicial": QT_TRANSLATE_NOOP("report", "3. Judicial proceedings"),
    "office": QT_TRANSLATE_NOOP("report", "Office"),
    "stage": QT_TRANSLATE_NOOP("report", "Stage"),
    "references": QT_TRANSLATE_NOOP("report", "PV / case number"),
    "standing": QT_TRANSLATE_NOOP("report", "Standing of the victim"),
    "hearings": QT_TRANSLATE_NOOP("report", "Court dates and the client's attendance"),
    "date": QT_TRANSLATE_NOOP("report", "Date"),
    "court": QT_TRANSLATE_NOOP("report", "Court"),
    "hearing": QT_TRANSLATE_NOOP("report", "Hearing"),
    "attendance": QT_TRANSLATE_NOOP("report", "Attendance"),
    "attended": QT_TRANSLATE_NOOP("report", "attended"),
    "absent": QT_TRANSLATE_NOOP("report", "absent"),
    "required": QT_TRANSLATE_NOOP("report", "required"),
    "upcoming": QT_TRANSLATE_NOOP("report", "to come"),
    "time_before": QT_TRANSLATE_NOOP(
        "report", "{time} (summer time, before the clocks went back)"),
    "time_after": QT_TRANSLATE_NOOP("report", "{time} (winter time, after the clocks went back)"),
    "no_case": QT_TRANSLATE_NOOP("report", "No judicial case is recorded."),
    "no_hearing": QT_TRANSLATE_NOOP("report", "No court date is recorded."),
    "s_goals": QT_TRANSLATE_NOOP("report", "4. Autonomy"),
    "goal": QT_TRANSLATE_NOOP("report", "Goal"),
    "area": QT_TRANSLATE_NOOP("report", "Area"),
    "progress": QT_TRANSLATE_NOOP("report", "Progress"),
    "with_target": QT_TRANSLATE_NOOP("report", "{status} (target date: {date})"),
    "no_goals": QT_TRANSLATE_NOOP("report", "No autonomy goal is recorded yet."),
    "chart": QT_TRANSLATE_NOOP("report", "Progress per goal (%)"),
    "s_consent": QT_TRANSLATE_NOOP("report", "5. Consent basis of this report"),
    "basis": QT_TRANSLATE_NOOP(
        "report", "This report rests on the client's consent to \u201c{basis}\u201d, given on "
        "{date}."),
    "basis_renewed": QT_TRANSLATE_NOOP(
        "report", "This report rests on the client's consent to \u201c{basis}\u201d, given on "
        "{date} and last renewed on {renewed}."),
    "identity_included": QT_TRANSLATE_NOOP(
        "report", "Their identity is included: they consented to \u201c{identity}\u201d on "
        "{date}."),
    "identity_omitted": QT_TRANSLATE_NOOP(
        "report", "Their identity is left out of this report at the shelter's choice, although "
        "they consented to \u201c{identity}\u201d."),
    "identity_withdrawn": QT_TRANSLATE_NOOP(
        "report", "Their identity is withheld: on {date} they withdrew their consent to "
        "\u201c{identity}\u201d."),
    "identity_not_consented": QT_TRANSLATE_NOOP(
        "report", "Their identity is withheld: they have not consented to "
        "\u201c{identity}\u201d."),
    "purpose": QT_TRANSLATE_NOOP("report", "Purpose"),
    "given": QT_TRANSLATE_NOOP("report", "given on {date}"),
    "given_renewed": QT_TRANSLATE_NOOP("report", "given on {date}, last renewed on {renewed}"),
    "withdrawn": QT_TRANSLATE_NOOP("report", "withdrawn on {date}"),
    "withdrawn_after": QT_TRANSLATE_NOOP("report", "withdrawn on {date} (given on {given})"),
    "never": QT_TRANSLATE_NOOP("report", "not given"),
    "s_integrity": QT_TRANSLATE_NOOP("report", "Integrity"),
    "anchor": QT_TRANSLATE_NOOP(
        "report", "Audit trail when this report was made: {length} entries, last hash below. "
        "The shelter can prove that no entry made before this report was removed since."),
    "signature": QT_TRANSLATE_NOOP(
        "report", "Signed electronically by the shelter (PAdES). Any change to this file after "
        "signing is detectable."),
    "unsigned": QT_TRANSLATE_NOOP(
        "report", "NOT SIGNED. This copy carries no electronic signature of the shelter; only "
        "a signed copy can be verified."),
    "synthetic": QT_TRANSLATE_NOOP(
        "report", "SYNTHETIC DEMO DATA — this file describes no real person."),
    "yes": QT_TRANSLATE_NOOP("report", "yes"),
    "no": QT_TRANSLATE_NOOP("report", "no"),
}


@dataclass(frozen=True)
class SignatureBox:
    """Where the visible signature goes: 0-based page and (x1, y1, x2, y2) in points."""

    page: int
    box: tuple[float, float, float, float]


@dataclass(frozen=True)
class RenderedReport:
    pdf: bytes
    pages: int
    signature_box: SignatureBox


class _Text:
    def __init__(self, data: ReportData) -> None:
        self.cat = Catalogue(data.language)
        self.lang = data.language

    def __call__(self, key: str, **params: Any) -> str:
        return fill(self.cat.tr(CTX, T[key]), **params)

    def labelled(self, label: str, value: str) -> str:
        return labelled(label, value, self.cat.tr)

    def label(self, member: LabelledEnum | None) -> str:
        return "" if member is None else self.cat.tr(LABEL_CONTEXT, member.label)

    @staticmethod
    def date(value: date | None) -> str:
        return value.strftime("%d/%m/%Y") if value else ""


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    base = ParagraphStyle("base", fontName=fonts.SANS, fontSize=9.5, leading=13, textColor=INK)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
        "title": ParagraphStyle("title", parent=base, fontName=fonts.SANS_BOLD, fontSize=18,
                                leading=22, textColor=ACCENT, spaceAfter=2),
        "h2": ParagraphStyle("h2", parent=base, fontName=fonts.SANS_BOLD, fontSize=12,
                             leading=16, spaceBefore=12, spaceAfter=5, textColor=ACCENT),
        "h3": ParagraphStyle("h3", parent=base, fontName=fonts.SANS_BOLD, fontSize=10,
                             leading=13, spaceBefore=6, spaceAfter=3),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.8, leading=11.5),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=fonts.SANS_BOLD, fontSize=8.8,
                                leading=11.5),
        "mono": ParagraphStyle("mono", parent=base, fontName=fonts.MONO, fontSize=8,
                               leading=10.5),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "warning": ParagraphStyle("warning", parent=base, fontName=fonts.SANS_BOLD,
                                  textColor=DANGER),
    }


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _grid(rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),  # for plain-text cells: never Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef1f4"))]
    table.setStyle(TableStyle(style))
    return table


class _SignatureSpace(Flowable):  # type: ignore[misc]
    """Reserves the signature's place (as tall as its stamp's text needs) and remembers where
    it landed on the page."""

    def __init__(self, sink: dict[str, Any], caption: str, style: ParagraphStyle,
                 height: float) -> None:
        super().__init__()
        self.sink, self.caption, self.style, self.box_height = sink, caption, style, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.box_height + 0.9 * cm

    def draw(self) -> None:
        canv = self.canv
        x, y = canv.absolutePosition(0, 0)
        left = x + self.width - stamp.WIDTH
        self.sink["page"] = canv.getPageNumber() - 1
        self.sink["box"] = (left, y, left + stamp.WIDTH, y + self.box_height)
        para = Paragraph(_esc(self.caption), self.style)
        _, h = para.wrap(self.width - stamp.WIDTH - 0.6 * cm, self.box_height)
        para.drawOn(canv, 0, self.box_height - h)


def _pdf_date(data: ReportData) -> str:
    made = data.generated_at
    made = made.replace(tzinfo=UTC) if made.tzinfo is None else made.astimezone(UTC)
    return made.strftime("D:%Y%m%d%H%M%S+00'00'")


def _numbered_canvas(data: ReportData, t: _Text,
                     pdf_version: tuple[int, int]) -> type[Canvas]:
    """A canvas that knows the page count when it draws each page's header and footer."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, pdfVersion=pdf_version, **kwargs)
            # The report's own time as CreationDate/ModDate (the signature adds its own).
            self.setDateFormatter(lambda *_: _pdf_date(data))
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = A4
            self.saveState()
            self.setFont(fonts.SANS_BOLD, 9)
            self.setFillColor(ACCENT)
            self.drawString(2 * cm, height - 1.3 * cm, data.shelter)
            self.setFillColor(INK)
            self.drawRightString(width - 2 * cm, height - 1.3 * cm, data.case_code)
            self.setFillColor(DANGER)
            self.drawCentredString(width / 2, height - 1.3 * cm, t("confidential"))
            self.setStrokeColor(LINE)
            self.line(2 * cm, height - 1.5 * cm, width - 2 * cm, height - 1.5 * cm)
            self.line(2 * cm, 1.5 * cm, width - 2 * cm, 1.5 * cm)
            self.setFont(fonts.SANS, 8)
            self.setFillColor(MUTED)
            self.drawString(2 * cm, 1.0 * cm, f"{t('title')} — {data.case_code}")
            self.drawRightString(width - 2 * cm, 1.0 * cm,
                                 t("page", page=self.getPageNumber(), pages=total))
            if data.synthetic:
                self.setFont(fonts.SANS_BOLD, 7.5)
                self.setFillColor(DANGER)
                self.drawCentredString(width / 2, height - 1.85 * cm, t("synthetic"))
            self.restoreState()

    return NumberedCanvas


class IdentityState(enum.StrEnum):
    """Why the identity is or is not in the report, from the same facts its consent table
    shows, so the two can never disagree."""

    INCLUDED = "included"
    OMITTED = "omitted"  # consented, but the director chose the case code only
    WITHDRAWN = "withdrawn"
    NOT_CONSENTED = "not_consented"


def identity_state(data: ReportData) -> IdentityState:
    if data.identity is not None:
        return IdentityState.INCLUDED
    line = data.consent_for(data.identity_basis)
    if line is not None and line.granted:
        return IdentityState.OMITTED
    if line is not None and line.since is not None:
        return IdentityState.WITHDRAWN
    return IdentityState.NOT_CONSENTED


def _name_line(name: str, s: dict[str, ParagraphStyle], bold: bool = False) -> Any:
    """A name in whatever script it is written: right to left (Arabic) drawn by RtlLine, any
    other in the font that has its letters (reports/fonts.py)."""
    if is_rtl(name):
        return RtlLine(name, size=10, font=fonts.ARABIC_BOLD if bold else fonts.ARABIC)
    return Paragraph(fonts.markup(name, bold), s["cellb" if bold else "cell"])


def _identity_rows(data: ReportData, t: _Text, s: dict[str, ParagraphStyle]) -> list[list[Any]]:
    ident = data.identity
    if ident is None:
        state = identity_state(data)
        line = data.consent_for(data.identity_basis)
        if state == IdentityState.OMITTED:
            why = t("withheld_omitted")
        elif state == IdentityState.WITHDRAWN and line is not None:
            why = t("withheld_withdrawn", date=t.date(line.since))
        else:
            why = t("withheld")
        return [[Paragraph(t("identity"), s["cellb"]), Paragraph(_esc(why), s["cell"])]]
    latin = [a for a in ident.aliases if not is_rtl(a)]
    rtl = [a for a in ident.aliases if is_rtl(a)]
    rows: list[list[Any]] = [[Paragraph(t("name"), s["cellb"]),
                              [_name_line(f"{ident.first_names} {ident.last_name}", s, bold=True)]]]
    if latin or rtl:
        cell: list[Any] = [Paragraph(fonts.markup(", ".join(latin)), s["cell"])] if latin else []
        cell += [RtlLine(a, size=10) for a in rtl]
        rows.append([Paragraph(t("aliases"), s["cellb"]), cell])
    if ident.birth_date:
        born = str(ident.birth_date.year) if ident.birth_year_only else t.date(ident.birth_date)
        rows.append([Paragraph(t("born"), s["cellb"]), Paragraph(born, s["cell"])])
    rows.append([Paragraph(t("nationality"), s["cellb"]),
                 Paragraph(_esc(country_name(ident.nationality, t.lang)), s["cell"])])
    rows.append([Paragraph(t("languages"), s["cellb"]), Paragraph(_esc(", ".join(
        language_name(c, t.lang) for c in ident.languages)), s["cell"])])
    return rows


def _goal_chart(data: ReportData, t: _Text) -> Drawing:
    goals = list(data.goals)[:10]
    height = 24 + 18 * len(goals)
    drawing = Drawing(16 * cm, height)
    # The renderer's starting font, else Helvetica is referenced (and not embedded).
    drawing.initialFontName, drawing.initialFontSize = fonts.SANS, 7
    chart = HorizontalBarChart()
    chart.x, chart.y = 5.2 * cm, 10
    chart.width, chart.height = 10 * cm, height - 20
    chart.data = [[g.progress for g in reversed(goals)]]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 25
    chart.valueAxis.labels.fontName = fonts.SANS
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = [t.label(g.domain) for g in reversed(goals)]
    chart.categoryAxis.labels.fontName = fonts.SANS
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d%%"
    chart.barLabels.fontName = fonts.SANS
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _addressees(data: ReportData, t: _Text) -> list[str]:
    """The offices in charge of the client's cases ("parquet de Bruxelles"), else the general
    address."""
    lines: list[str] = []
    for j in data.judicial:
        key = "to_labour_auditor" if j.office == JudicialOffice.LABOUR_AUDITOR else "to_prosecutor"
        line = t(key, place=place_of(j.district, t.lang)) if j.district.strip() else ""
        if line and line not in lines:
            lines.append(line)
    return lines or [t("to")]


PDF_LANGUAGE_TAGS = {"nl": "nl-BE", "fr": "fr-BE", "en": "en"}


def _consent_basis(data: ReportData, t: _Text) -> list[str]:
    """What the report rests on and why the identity is in or out, from the consent lines the
    table below shows."""
    basis = data.consent_for(data.basis)
    if basis is None or not basis.granted:
        raise ValueError("a report needs its consent basis in force")
    label = t.label(data.basis)
    if basis.renewed_on:
        lines = [t("basis_renewed", basis=label, date=t.date(basis.given_on or basis.since),
                   renewed=t.date(basis.renewed_on))]
    else:
        lines = [t("basis", basis=label, date=t.date(basis.given_on or basis.since))]
    identity = t.label(data.identity_basis)
    line = data.consent_for(data.identity_basis)
    state = identity_state(data)
    if state == IdentityState.INCLUDED and line is not None:
        lines.append(t("identity_included", identity=identity,
                       date=t.date(line.given_on or line.since)))
    elif state == IdentityState.OMITTED:
        lines.append(t("identity_omitted", identity=identity))
    elif state == IdentityState.WITHDRAWN and line is not None:
        lines.append(t("identity_withdrawn", identity=identity, date=t.date(line.since)))
    else:
        lines.append(t("identity_not_consented", identity=identity))
    return lines


def _consent_state(line: ConsentLine, t: _Text) -> str:
    if line.granted:
        if line.renewed_on:
            text = t("given_renewed", date=t.date(line.given_on or line.since),
                     renewed=t.date(line.renewed_on))
        else:
            text = t("given", date=t.date(line.given_on or line.since))
        return f'<font color="{OK.hexval()}">{_esc(text)}</font>'
    if line.since:
        text = (t("withdrawn_after", date=t.date(line.since), given=t.date(line.given_on))
                if line.given_on else t("withdrawn", date=t.date(line.since)))
        return f'<font color="{DANGER.hexval()}">{_esc(text)}</font>'
    return _esc(t("never"))


def _hearing_time(h: Hearing, t: _Text) -> str:
    """The time as on the summons; on the night the clocks go back, which of the two."""
    assert h.at_time is not None
    clock = f"{h.at_time:%H:%M}"
    change = h.clock_change()
    if change == ClockChange.BEFORE:
        return t("time_before", time=clock)
    if change == ClockChange.AFTER:
        return t("time_after", time=clock)
    return clock


def _attendance(data: ReportData, t: _Text, s: dict[str, ParagraphStyle],
                usable: float) -> list[Any]:
    a = data.attendance
    if a.total == 0 or a.since is None:
        count = t("attendance_none")
    elif a.total == 1:
        count = t("attendance_one", since=t.date(a.since))
    else:
        count = t("attendance_total", count=a.total, since=t.date(a.since))
    block: list[Any] = [Paragraph(t("s_attendance"), s["h2"]), Paragraph(_esc(count), s["base"])]
    if a.client_stopped:
        block.append(Paragraph(_esc(t("attendance_stopped", count=a.client_stopped)), s["base"]))
    if a.total:
        kinds = [[Paragraph(t.label(k), s["cell"]), Paragraph(str(n), s["cell"])]
                 for k, n in a.by_kind]
        recent = ", ".join(t.date(d) for d in a.recent_dates)
        left = _grid([[Paragraph(t("attendance_kinds"), s["cellb"]), ""], *kinds],
                     [5 * cm, 1.4 * cm])
        right = [Paragraph(t("attendance_recent"), s["cellb"]), Paragraph(recent, s["cell"])]
        block.append(Table([[left, right]], colWidths=[7 * cm, usable - 7 * cm],
                           style=TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
                                             ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                             ("LEFTPADDING", (0, 0), (-1, -1), 0)])))
    block.append(Paragraph(t("attendance_note"), s["small"]))
    return block


def build(data: ReportData, *, signed: bool = False,
          pdf_version: tuple[int, int] = (1, 7),
          stamp_lines: Sequence[str] = ()) -> RenderedReport:
    """Render the report. `signed`: the shelter's signature will be added (the report says
    so, and an unsigned one says it is not signed). `pdf_version`: the version the signature
    will need (pyHanko raises it for some key types), so that header and catalogue agree.
    `stamp_lines`: the signature stamp's text, for which the box is made tall enough."""
    fonts.register()
    t = _Text(data)
    s = _styles()
    buffer = io.BytesIO()
    width, height = A4
    frame = Frame(2 * cm, 1.8 * cm, width - 4 * cm, height - 4.1 * cm, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(
        buffer, pagesize=A4, title=f"{t('title')} {data.case_code}",
        author=data.shelter, subject=t("title"), creator="shelter_desk",
        pageTemplates=[PageTemplate(id="page", frames=[frame])],
        initialFontName=fonts.SANS, lang=PDF_LANGUAGE_TAGS.get(data.language, data.language))
    usable = width - 4 * cm
    story: list[Any] = []
    story.append(Paragraph(t("title"), s["title"]))
    for line in _addressees(data, t):
        story.append(Paragraph(_esc(line), s["base"]))
    story.append(Paragraph(_esc(t("made", date=t.date(data.generated_at.date()),
                                  author=data.author)), s["small"]))
    story.append(Paragraph(_esc(t("period", start=t.date(data.intake_date),
                                  end=t.date(data.period_end))), s["small"]))
    story.append(Spacer(0, 8))
    story.append(HRFlowable(width="100%", color=LINE, thickness=0.6))
    story.append(Spacer(0, 6))

    if data.document:
        expires = t.date(data.document_expires) if data.document_expires else t("unlimited")
        document = t("document_value", document=t.label(data.document),
                     issued=t.date(data.document_issued), expires=expires)
    else:
        document = t("no_document")
    rows = [[Paragraph(t("case_code"), s["cellb"]), Paragraph(data.case_code, s["cellb"])]]
    rows += _identity_rows(data, t, s)
    phase = t.label(data.phase)
    if data.phase == Phase.INTAKE:
        phase = t("not_admitted", phase=phase)
    rows += [[Paragraph(t("phase"), s["cellb"]), Paragraph(_esc(phase), s["cell"])],
             [Paragraph(t("intake"), s["cellb"]), Paragraph(t.date(data.intake_date), s["cell"])],
             [Paragraph(t("document"), s["cellb"]), Paragraph(_esc(document), s["cell"])]]
    story.append(_grid(rows, [4.2 * cm, usable - 4.2 * cm], header=False))

    # 1. conditions
    story.append(Paragraph(t("s_conditions"), s["h2"]))
    colour = {ConditionStatus.COMPLIED: OK, ConditionStatus.CONCERN: WARN,
              ConditionStatus.BREACH: DANGER}
    rows = [[Paragraph(t("condition"), s["cellb"]), Paragraph(t("status"), s["cellb"]),
             Paragraph(t("latest"), s["cellb"]), Paragraph(t("checks"), s["cellb"])]]
    for c in data.conditions:
        status = (f'<font color="{colour[c.latest].hexval()}">{t.label(c.latest)}</font>'
                  if c.latest else t("not_checked"))
        rows.append([Paragraph(t.label(c.condition), s["cell"]), Paragraph(status, s["cell"]),
                     Paragraph(t.date(c.latest_on), s["cell"]),
                     Paragraph(str(c.checks), s["cell"])])
    story.append(_grid(rows, [7.6 * cm, 3 * cm, 3 * cm, usable - 13.6 * cm]))
    issues = [(c, i) for c in data.conditions for i in c.issues]
    story.append(Spacer(0, 4))
    if issues:
        story.append(Paragraph(t("issues"), s["h3"]))
        for c, issue in sorted(issues, key=lambda ci: ci[1].checked_on):
            line = t.labelled(f"<b>{t.date(issue.checked_on)}</b> — {t.label(c.condition)}",
                              f'<font color="{colour[issue.status].hexval()}">'
                              f"{t.label(issue.status)}</font>. {_esc(issue.evidence or '')}")
            if issue.notified_prosecutor:
                line += " " + t("notified")
            story.append(Paragraph(line, s["base"]))
    else:
        story.append(Paragraph(t("no_issues"), s["base"]))

    # 2. attendance
    story.append(KeepTogether(_attendance(data, t, s, usable)))

    # 3. judicial
    story.append(CondPageBreak(5 * cm))  # never a heading alone at the foot of a page
    story.append(Paragraph(t("s_judicial"), s["h2"]))
    if data.judicial:
        rows = [[Paragraph(t(k), s["cellb"]) for k in ("office", "stage", "references",
                                                        "standing")]]
        for j in data.judicial:
            refs = " / ".join(x for x in (j.pv_number, j.case_number) if x)
            office = f"{t.label(j.office)}, {place_name(j.district, t.lang)}"
            rows.append([Paragraph(_esc(office), s["cell"]),
                         Paragraph(t.label(j.stage), s["cell"]), Paragraph(_esc(refs), s["cell"]),
                         Paragraph(t.label(j.standing), s["cell"])])
        story.append(_grid(rows, [5.6 * cm, 3.4 * cm, 4.4 * cm, usable - 13.4 * cm]))
    else:
        story.append(Paragraph(t("no_case"), s["base"]))
    story.append(Paragraph(t("hearings"), s["h3"]))
    if data.hearings:
        rows = [[Paragraph(t(k), s["cellb"]) for k in ("date", "court", "hearing", "attendance")]]
        for h in data.hearings:
            when = t.date(h.on_date)
            if h.at_time is not None:
                when += " " + _hearing_time(h, t)
            if h.attended is None:
                presence = t("upcoming")
            else:
                presence = t("attended") if h.attended else t("absent")
            if h.attendance_required:
                presence += f" ({t('required')})"
            rows.append([Paragraph(when, s["cell"]),
                         Paragraph(_esc(court_name(h.court, t.lang)), s["cell"]),
                         Paragraph(f"{t.label(h.hearing_type)} — {t.label(h.outcome)}",
                                   s["cell"]), Paragraph(presence, s["cell"])])
        story.append(_grid(rows, [2.8 * cm, 6.2 * cm, 4.6 * cm, usable - 13.6 * cm]))
    else:
        story.append(Paragraph(t("no_hearing"), s["base"]))

    # 4. goals
    story.append(CondPageBreak(6 * cm))
    story.append(Paragraph(t("s_goals"), s["h2"]))
    if data.goals:
        rows = [[Paragraph(t(k), s["cellb"]) for k in ("area", "goal", "status", "progress")]]
        for g in data.goals:
            status = t.label(g.status)
            if g.status in (GoalStatus.PLANNED, GoalStatus.IN_PROGRESS) and g.target_date:
                status = t("with_target", status=status, date=t.date(g.target_date))
            rows.append([Paragraph(t.label(g.domain), s["cell"]),
                         Paragraph(_esc(g.description), s["cell"]),
                         Paragraph(status, s["cell"]), Paragraph(f"{g.progress} %", s["cell"])])
        story.append(_grid(rows, [3.4 * cm, 7.0 * cm, 4.1 * cm, usable - 14.5 * cm]))
        story.append(Spacer(0, 6))
        story.append(KeepTogether([Paragraph(t("chart"), s["small"]), _goal_chart(data, t)]))
    else:
        story.append(Paragraph(t("no_goals"), s["base"]))

    # 5. consent
    block = [Paragraph(t("s_consent"), s["h2"]),
             *[Paragraph(_esc(line), s["base"]) for line in _consent_basis(data, t)],
             Spacer(0, 4)]
    rows = [[Paragraph(t("purpose"), s["cellb"]), Paragraph(t("status"), s["cellb"])]]
    for consent_line in data.consent:
        rows.append([Paragraph(t.label(consent_line.purpose), s["cell"]),
                     Paragraph(_consent_state(consent_line, t), s["cell"])])
    block.append(_grid(rows, [9 * cm, usable - 9 * cm]))
    story.append(KeepTogether(block))

    # integrity and signature
    sink: dict[str, Any] = {}
    story.append(KeepTogether([
        Paragraph(t("s_integrity"), s["h2"]),
        Paragraph(_esc(t("anchor", length=data.audit_length)), s["base"]),
        Paragraph(f"{data.audit_length}:{data.audit_head}", s["mono"]),
        Spacer(0, 10),
        _SignatureSpace(sink, t("signature") if signed else t("unsigned"), s["small"],
                        stamp.height(stamp_lines)),
    ]))
    doc.build(story, canvasmaker=_numbered_canvas(data, t, pdf_version))
    pdf = buffer.getvalue()
    return RenderedReport(pdf, _page_count(pdf), SignatureBox(sink["page"], sink["box"]))


def _page_count(pdf: bytes) -> int:
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(pdf))
    return int(reader.root["/Pages"]["/Count"])
