"""A printout laid out on A4 pages: a header (the shelter, what it is, the case code), the body
(fields, tables, notes), a footer (printed when and by whom, page X of Y).

`render` paints onto any paged device; the program hands it only the printer the user chose in
`printing.choose_printer`, which refuses a file. Everything is measured in millimetres and
points and converted at the device's resolution, so a 300 or 1200 dpi printer gets the same
page."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextDocument,
)
from PySide6.QtWidgets import QMessageBox, QWidget

from shelter_desk.i18n import fill
from shelter_desk.ui import style
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.printing import choose_printer

MARGINS_MM = QMarginsF(15, 12, 15, 12)
BODY_POINTS, HEADER_POINTS, SMALL_POINTS = 9.5, 12.0, 8.0
GAP_MM = 3.0  # between the header or footer rule and the body
GREY = "#555555"


@dataclass(frozen=True)
class Fields:
    """Label and value pairs, as a form shows them."""

    title: str
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    """Columns and rows; a row of one cell is a group heading across the table (the
    dashboard's "Overdue (3)"). `widths`: per cent of the page width per column, or empty."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...] = ()
    empty: str = ""  # said instead of an empty table


@dataclass(frozen=True)
class Note:
    text: str


Block = Fields | Table | Note


@dataclass(frozen=True)
class Printout:
    what: str  # "Client overview", "Needs attention"
    blocks: tuple[Block, ...]
    case_code: str = ""  # the file's, when it is one client's
    # Only on the client's own overview, and already masked when privacy mode is on.
    name: str = ""
    landscape: bool = False


@dataclass(frozen=True)
class Stamp:
    """Who printed, where, when (already in the user's locale)."""

    shelter: str
    printed_by: str
    printed_at: str


def page_layout(printout: Printout) -> QPageLayout:
    orientation = (QPageLayout.Orientation.Landscape if printout.landscape
                   else QPageLayout.Orientation.Portrait)
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, MARGINS_MM,
                       QPageLayout.Unit.Millimeter)


def print_out(parent: QWidget, printout: Printout, stamp: Stamp) -> int:
    """The printout on a printer the user chooses; the pages printed (0: cancelled, no printer,
    or the printer failed, which the user is told)."""
    printer = choose_printer(parent, page_layout(printout))
    if printer is None:
        return 0
    pages = render(printout, printer, stamp)
    if not pages:
        QMessageBox.warning(parent, tr_("Printing", "Print"), tr_(
            "Printing", "The printer could not be started. Check that it is switched on and "
            "connected, then try again."))
    return pages


def render(printout: Printout, device: QPagedPaintDevice, stamp: Stamp) -> int:
    """Paint every page onto `device` (in the page layout it has); returns the page count, or
    0 when the device cannot be painted on."""
    dpi = device.logicalDpiY()

    def px(mm: float) -> float:
        return mm * dpi / 25.4

    family = style.load_fonts()
    width, height = float(device.width()), float(device.height())
    header_font, small_font = _font(family, HEADER_POINTS, bold=True), _font(family, SMALL_POINTS)
    header = QFontMetricsF(header_font, device).height() + QFontMetricsF(small_font,
                                                                         device).height()
    footer = QFontMetricsF(small_font, device).height()
    body = QRectF(0, header + px(GAP_MM), width, height - header - footer - 2 * px(GAP_MM))
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(_font(family, BODY_POINTS))
    document.setDocumentMargin(0)
    document.setHtml(to_html(printout))
    document.setPageSize(QSizeF(body.width(), body.height()))
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        return 0
    try:
        for page in range(pages):
            if page:
                device.newPage()
            _header(painter, printout, stamp, width, header_font, small_font, px)
            painter.save()
            painter.translate(body.left(), body.top() - page * body.height())
            document.drawContents(painter, QRectF(0, page * body.height(), body.width(),
                                                  body.height()))
            painter.restore()
            _footer(painter, stamp, page + 1, pages, width, height, small_font, px)
    finally:
        painter.end()
    return pages


def _font(family: str, points: float, bold: bool = False) -> QFont:
    font = QFont(family)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _header(painter: QPainter, printout: Printout, stamp: Stamp, width: float,
            big: QFont, small: QFont, px: Callable[[float], float]) -> None:
    """Shelter and "Confidential" on the first line; what it is, the case code (and the name,
    on the client's own overview only) on the second; a rule under them."""
    painter.setPen(QColor(GREY))
    painter.setFont(small)
    line = QFontMetricsF(small, painter.device()).height()
    confidential = tr_("Printing", "Confidential")
    painter.drawText(QRectF(0, 0, width, line), int(Qt.AlignmentFlag.AlignRight), confidential)
    room = width - QFontMetricsF(small, painter.device()).horizontalAdvance(confidential) - px(5)
    painter.drawText(QRectF(0, 0, room, line), int(Qt.AlignmentFlag.AlignLeft),
                     _elided(stamp.shelter, small, painter, room))
    title = "  —  ".join(filter(None, (printout.what, printout.case_code, printout.name)))
    painter.setPen(QColor("black"))
    painter.setFont(big)
    big_line = QFontMetricsF(big, painter.device()).height()
    painter.drawText(QRectF(0, line, width, big_line), int(Qt.AlignmentFlag.AlignLeft),
                     _elided(title, big, painter, width))
    painter.setPen(QPen(QColor(GREY), px(0.2)))
    painter.drawLine(QPointF(0, line + big_line + px(1)), QPointF(width, line + big_line + px(1)))


def _footer(painter: QPainter, stamp: Stamp, page: int, pages: int, width: float, height: float,
            small: QFont, px: Callable[[float], float]) -> None:
    painter.setFont(small)
    line = QFontMetricsF(small, painter.device()).height()
    top = height - line
    painter.setPen(QPen(QColor(GREY), px(0.2)))
    painter.drawLine(QPointF(0, top - px(1)), QPointF(width, top - px(1)))
    numbering = (fill(tr_("Printing", "Page {page} of {pages}"), page=page, pages=pages))
    printed = (fill(tr_("Printing", "Printed {when} by {who}"),
                    when=stamp.printed_at, who=stamp.printed_by))
    painter.drawText(QRectF(0, top, width, line), int(Qt.AlignmentFlag.AlignRight), numbering)
    room = width - QFontMetricsF(small, painter.device()).horizontalAdvance(numbering) - px(5)
    painter.drawText(QRectF(0, top, room, line), int(Qt.AlignmentFlag.AlignLeft),
                     _elided(printed, small, painter, room))


def _elided(text: str, font: QFont, painter: QPainter, width: float) -> str:
    return QFontMetricsF(font, painter.device()).elidedText(text, Qt.TextElideMode.ElideRight,
                                                            width)


# -- the body as HTML -------------------------------------------------------------------------
def _cell(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _css_px(mm: float) -> int:
    """HTML pixels are 1/96 inch whatever the device: the text layout scales them to its dpi."""
    return max(1, round(mm * 96 / 25.4))


def to_html(printout: Printout) -> str:
    """The body, every text escaped (a name may hold anything)."""
    pad, rule = _css_px(1.0), _css_px(0.2)
    parts: list[str] = []
    for block in printout.blocks:
        if isinstance(block, Note):
            parts.append(f'<p style="color:{GREY}; font-style:italic">{_cell(block.text)}</p>')
            continue
        if block.title:
            parts.append(f'<p style="font-size:{BODY_POINTS + 1.5}pt; font-weight:bold; '
                         f'margin-top:{_css_px(3)}px">{_cell(block.title)}</p>')
        if isinstance(block, Fields):
            rows = "".join(f'<tr><td width="32%" style="color:{GREY}">{_cell(label)}</td>'
                           f"<td>{_cell(value)}</td></tr>" for label, value in block.rows)
            parts.append(f'<table width="100%" cellspacing="0" cellpadding="{pad}">{rows}'
                         "</table>")
            continue
        if not block.rows and block.empty:
            parts.append(f"<p>{_cell(block.empty)}</p>")
            continue
        widths = block.widths or ()
        head = "".join(
            f'<th align="left"{f" width={widths[i]}%" if i < len(widths) else ""}'
            f' style="background-color:#e6e6e6">{_cell(h)}</th>'
            for i, h in enumerate(block.headers))
        body = []
        for row in block.rows:
            if len(row) == 1 and len(block.headers) > 1:
                body.append(f'<tr><td colspan="{len(block.headers)}" style="font-weight:bold; '
                            f'background-color:#f2f2f2">{_cell(row[0])}</td></tr>')
            else:
                body.append("<tr>" + "".join(f"<td>{_cell(c)}</td>" for c in row) + "</tr>")
        parts.append(
            f'<table width="100%" border="{rule}" cellspacing="0" cellpadding="{pad}" '
            f'style="border-collapse:collapse; border-color:#999999">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")
    return "\n".join(parts)
