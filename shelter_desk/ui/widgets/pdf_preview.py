"""A PDF shown from memory (QtPdf reads it from a QBuffer): a report preview never becomes a
temporary file. Printing renders the same pages onto the printer."""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget


class PdfPreview(QPdfView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.pdf_document = QPdfDocument(self)
        self.buffer = QBuffer(self)
        self.setDocument(self.pdf_document)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.placeholder = ""  # said in the empty view, so an empty grey box is not a riddle
        # A document still open when the interpreter exits crashes Qt's teardown.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear)

    def show_pdf(self, data: bytes) -> None:
        self.clear()
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.load(self.buffer)

    def clear(self) -> None:
        self.pdf_document.close()
        if self.buffer.isOpen():
            self.buffer.close()
        self.buffer.setData(QByteArray())  # the bytes leave memory with the view

    def set_placeholder(self, text: str) -> None:
        self.placeholder = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.pdf_document.pageCount() or not self.placeholder:
            return
        painter = QPainter(self.viewport())
        palette = self.palette()
        metrics = painter.fontMetrics()
        width = min(self.viewport().width() - 40, metrics.averageCharWidth() * 60)
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        text = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, self.placeholder)
        card = text.adjusted(-16, -12, 16, 12)
        card.moveCenter(self.viewport().rect().center())
        painter.fillRect(card, palette.color(QPalette.ColorRole.Base))
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(card, flags, self.placeholder)
        painter.end()

    def page_count(self) -> int:
        return self.pdf_document.pageCount()


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Render every page onto the printer at its resolution; returns the pages printed."""
    painter = QPainter(printer)
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            size = document.pagePointSize(page)
            scale = min(target.width() / size.width(), target.height() / size.height())
            image = document.render(
                page, QSize(int(size.width() * scale), int(size.height() * scale))
            )
            painter.drawImage(QPoint(0, 0), image)
    finally:
        painter.end()
    return document.pageCount()
