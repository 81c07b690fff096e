"""An A4 sheet to print on: a ``QPdfWriter`` into memory, its text area and the page number at its foot.

Shared by the printer (:mod:`controlroom.ui.pdf`) and by the end of a long body printed in another
process (:mod:`controlroom.ui.pdf_part`), so that both lay text out with the same metrics and number
their pages alike.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

#: The colour of the page numbers.
FOOTER_COLOR = "#5F6B7A"


def pdf_writer(buf: QBuffer, title: str, margins_mm: float, resolution: int) -> QPdfWriter:
    """A writer of A4 portrait pages with ``margins_mm`` on every side into ``buf``."""
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                         QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm), QPageLayout.Unit.Millimeter)
    writer = QPdfWriter(buf)
    writer.setTitle(title)
    writer.setCreator("Kontrollrom")
    writer.setResolution(resolution)
    writer.setPageLayout(layout)
    return writer


def qfont(font: tuple[str, float]) -> QFont:
    """The font of (family, size in points)."""
    out = QFont(font[0])
    out.setPointSizeF(font[1])
    return out


class Sheet:
    """A PDF being written into memory: its writer (whose resolution decides the font metrics), the area
    the text is laid out in (the printable area less the page number's band) and the page number's font."""

    def __init__(self, *, title: str, font: tuple[str, float], margins_mm: float = 20, resolution: int = 300) -> None:
        self.data = QByteArray()
        self.buffer = QBuffer(self.data)
        self.buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.writer: QPdfWriter | None = pdf_writer(self.buffer, title, margins_mm, resolution)
        rect = self.writer.pageLayout().paintRectPixels(resolution)
        self.footer_font = qfont((font[0], font[1] * 0.85))
        self.footer = QFontMetricsF(self.footer_font, self.writer).height() * 2
        self.text_area = QSizeF(rect.width(), rect.height() - self.footer)
        self.font = qfont(font)

    def device(self) -> QPdfWriter:
        if self.writer is None:
            raise RuntimeError("this sheet is already printed")
        return self.writer

    def page_number(self, painter: QPainter, number: int) -> None:
        """Write ``number`` at the foot of the page being painted."""
        painter.setFont(self.footer_font)
        painter.setPen(QColor(FOOTER_COLOR))
        area = self.text_area
        painter.drawText(QRectF(0, area.height(), area.width(), self.footer),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), str(number))

    def finish(self) -> bytes:
        """The PDF's bytes, once its painter has ended; the sheet takes no more pages. Whatever was laid
        out for this sheet must be gone first: a ``QTextDocument`` keeps a pointer to the writer, and a
        layout step it ran later would read a writer no longer there."""
        self.writer = None  # finishes the PDF
        self.buffer.close()
        return bytes(self.data.data())


@contextlib.contextmanager
def no_collection() -> Iterator[None]:
    """Python's cyclic garbage collector paused (it would walk every layout object again and again)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
