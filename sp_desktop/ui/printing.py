"""Print preview and printing of an exported PDF, page by page rendered with PDFium (ui layer).

The PDF is drawn 1:1 on the paper it was made for (F4, A4 or A3), so the margins the unit
set for binding come out as typed; another paper size is scaled to fit, centred.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from sp_desktop.ui.settings_store import fit_to_screen

PRINT_DPI = 300
"""Pages are rasterised at most this fine for a printer; finer adds spool size, not legibility."""
PREVIEW_DPI = 150
PREVIEW_BUDGET_BYTES = 512 * 1024 * 1024
"""The preview keeps every page image in memory; a long document gets coarser pages instead."""


class PrintError(Exception):
    """The PDF could not be opened for printing; ``str(error)`` is an Indonesian message."""


def page_size(paper: str) -> QPageSize:
    """The QPageSize of a paper key: F4 is the Indonesian 215 × 330 mm, not US Folio or Legal."""
    key = (paper or "f4").lower()
    if key == "a4":
        return QPageSize(QPageSize.PageSizeId.A4)
    if key == "a3":
        return QPageSize(QPageSize.PageSizeId.A3)
    # ExactMatch: a fuzzy match would turn 215 x 330 into a US size a few tenths of a millimetre off.
    return QPageSize(QSizeF(215.0, 330.0), QPageSize.Unit.Millimeter, "F4 (215 × 330 mm)",
                     QPageSize.SizeMatchPolicy.ExactMatch)


def configure_printer(printer: QPrinter, paper: str) -> QPrinter:
    """Set ``printer`` to portrait ``paper`` with the whole sheet as the painting area."""
    printer.setPageSize(page_size(paper))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    # The PDF already carries its margins; painting from the paper's corner keeps them exact.
    printer.setFullPage(True)
    return printer


def make_printer(paper: str, mode: QPrinter.PrinterMode = QPrinter.PrinterMode.HighResolution) -> QPrinter:
    """A new printer set up for ``paper`` (see :func:`configure_printer`)."""
    return configure_printer(QPrinter(mode), paper)


class PdfPages:
    """An exported PDF opened with PDFium (pypdfium2), drawn page by page onto printers and images.

    pypdfium2 ships PDFium in a 3 MB wheel; QtPdf would need the 175 MB PySide6-Addons.

    Args:
        path: the PDF file.

    Raises:
        PrintError: when the file is missing or not a readable PDF.
    """

    def __init__(self, path: Path | str):
        import pypdfium2

        self.path = Path(path)
        try:
            self._doc = pypdfium2.PdfDocument(str(self.path))
        except (pypdfium2.PdfiumError, OSError) as exc:
            raise PrintError(f"Berkas PDF tidak dapat dibuka untuk dicetak: {self.path} ({exc}).") from exc
        if len(self._doc) < 1:
            self._doc.close()
            raise PrintError(f"Berkas PDF tidak berisi halaman: {self.path}.")

    @property
    def page_count(self) -> int:
        return len(self._doc)

    def page_size_points(self, index: int) -> QSizeF:
        """The size of page ``index`` (0-based) in points (1/72 inch)."""
        width, height = self._doc[index].get_size()
        return QSizeF(width, height)

    def render_page(self, index: int, dpi: float = PREVIEW_DPI) -> QImage:
        """Page ``index`` as an opaque image on white paper at ``dpi``."""
        bitmap = self._doc[index].render(scale=dpi / 72.0, fill_color=(255, 255, 255, 255), rev_byteorder=True,
                                         prefer_bgrx=True)
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888)
        # The QImage borrows PDFium's buffer; copy before the bitmap is freed.
        return image.convertToFormat(QImage.Format.Format_RGB32)

    def paint(self, printer: QPrinter) -> int:
        """Draw the pages onto ``printer``, one sheet each, honouring a chosen page range.

        Returns:
            The number of pages drawn.
        """
        first, last = 0, self.page_count - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = max(0, printer.fromPage() - 1)
            last = min(last, max(first, printer.toPage() - 1))
        dpi = self._raster_dpi(printer, last - first + 1)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError("Printer tidak dapat dipakai. Periksa apakah printer menyala dan terhubung.")
        try:
            for index in range(first, last + 1):
                if index > first:
                    printer.newPage()
                painter.drawImage(self._target_rect(printer, index), self.render_page(index, dpi))
        finally:
            painter.end()
        return last - first + 1

    def close(self) -> None:
        self._doc.close()

    def _target_rect(self, printer: QPrinter, index: int) -> QRectF:
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        points = self.page_size_points(index)
        scale_x = printer.resolution() / 72.0
        scale_y = printer.resolution() / 72.0
        width, height = points.width() * scale_x, points.height() * scale_y
        # 1:1 when the paper matches; otherwise shrink (or grow) to fit, keeping the aspect ratio.
        fit = min(paper.width() / width, paper.height() / height)
        if abs(fit - 1.0) < 0.01:
            fit = 1.0
        width, height = width * fit, height * fit
        return QRectF((paper.width() - width) / 2, (paper.height() - height) / 2, width, height)

    def _raster_dpi(self, printer: QPrinter, pages: int) -> float:
        dpi = min(float(printer.resolution()), PRINT_DPI)
        engine = printer.paintEngine()
        if engine is not None and engine.type() == QPaintEngine.Type.Picture:
            # The preview records every page image; keep a long document within the memory budget.
            points = self.page_size_points(0)
            square_inches = max(points.width() * points.height() / (72.0 * 72.0), 1.0)
            budget_dpi = math.sqrt(PREVIEW_BUDGET_BYTES / (4 * pages * square_inches))
            dpi = max(60.0, min(dpi, PREVIEW_DPI, budget_dpi))
        return dpi


class PdfPrintPreviewDialog(QPrintPreviewDialog):
    """The Qt print preview of an exported PDF; its Print button prints the same pages.

    The dialog keeps its printer and the open PDF for as long as it lives and closes the PDF
    when it is closed.

    Args:
        pdf_path: the exported PDF.
        paper: ``"f4"``, ``"a4"`` or ``"a3"``: the sheet the printer is set to.

    Raises:
        PrintError: when the PDF cannot be opened.
    """

    def __init__(self, pdf_path: Path | str, paper: str, parent: QWidget | None = None):
        self.pages = PdfPages(pdf_path)
        self.printer = make_printer(paper)
        super().__init__(self.printer, parent)
        self.setObjectName("print_preview_dialog")
        self.setWindowTitle(f"Pratinjau cetak — {Path(pdf_path).name}")
        self.paintRequested.connect(self.pages.paint)
        self.finished.connect(self._on_finished)
        # Tall enough for a whole F4 page on a large screen; shrunk to the free area of a laptop's.
        self.resize(900, 760)
        fit_to_screen(self)

    def _on_finished(self, _result: int) -> None:
        self.pages.close()


def open_print_preview(pdf_path: Path | str, paper: str, parent: QWidget | None = None) -> PdfPrintPreviewDialog:
    """Open the print preview of the PDF, window-modal and without blocking; it deletes itself when closed.

    Raises:
        PrintError: when the PDF cannot be opened.
    """
    dialog = PdfPrintPreviewDialog(pdf_path, paper, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def print_pdf(pdf_path: Path | str, paper: str, parent: QWidget | None = None) -> bool:
    """Ask for a printer with the system print dialog, then print the PDF on ``paper``.

    Returns:
        True when the pages were sent to the printer, False when the user cancelled.

    Raises:
        PrintError: when the PDF cannot be opened or the printer cannot be used.
    """
    pages = PdfPages(pdf_path)
    try:
        printer = make_printer(paper)
        dialog = QPrintDialog(printer, parent)
        dialog.setMinMax(1, pages.page_count)
        dialog.setWindowTitle("Cetak")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        pages.paint(printer)
        return True
    finally:
        pages.close()
