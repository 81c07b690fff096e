"""Printing the venue's group lists to PDF through Qt (``QTextDocument`` + ``QPdfWriter``).

Called from the GUI and, lazily, from ``controlroom groups export --format pdf``; it needs a
QGuiApplication, so it makes an offscreen one when none exists (the command line has no window).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication


def _ensure_app() -> QGuiApplication:
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # A QApplication (not only a QGuiApplication), so a later GUI in the same process can reuse it.
        app = QApplication([])
    return app  # type: ignore[return-value]


def html_to_pdf(html: str, path: str | Path) -> Path:
    """Write ``html`` as an A4 PDF to ``path``; each ``page-break-before`` starts a new page (one per room)."""
    _ensure_app()
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, QMarginsF(18, 18, 18, 18),
                                     QPageLayout.Millimeter))
    writer.setResolution(96)
    writer.setTitle("Gruppelister")
    doc = QTextDocument()
    doc.setHtml(html)
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)
    return path
