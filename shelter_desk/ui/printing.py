"""Printing to a printer, never to a file: a "Print to File" PDF would be an unencrypted copy
of a case file on the disk (security.md, promise 10)."""

from __future__ import annotations

from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
)
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from shelter_desk.ui.databus import DataBus
from shelter_desk.ui.i18n import tr_


def printers_available() -> bool:
    return bool(QPrinterInfo.availablePrinters())


def no_printer_text() -> str:
    return tr_("Printing", "No printer is set up on this computer. The program prints only to "
               "a printer, never to a file, so that no unencrypted copy is left on the disk.")


def choose_printer(parent: QWidget, layout: QPageLayout | None = None) -> QPrinter | None:
    """A printer the user chose in the print dialog, or None (cancelled, or none exists: then
    the user is told so). `layout`: the paper and orientation the dialog proposes."""
    if not printers_available():
        QMessageBox.information(parent, tr_("Printing", "Print"), no_printer_text())
        return None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    if layout is not None:
        printer.setPageLayout(layout)
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or printer.outputFileName():
        QMessageBox.warning(parent, tr_("Printing", "Print"), no_printer_text())
        return None
    return printer


def print_button(bus: DataBus) -> QPushButton:
    """A view's Print… button; the main window prints the view in front, as File › Print…
    does."""
    button = QPushButton(tr_("Printing", "Print…"))
    button.setObjectName("print_view")
    button.setToolTip(tr_("Printing", "Print what this screen shows (Ctrl+P)"))
    button.clicked.connect(bus.print_requested.emit)
    return button
