"""HTML → A4 PDF through Qt: ``QTextDocument`` lays the HTML out and ``QPdfWriter`` prints it.

The one place the app prints. Used by the GUI (live rundown, group lists) and, declared in
``tests/test_architecture.py`` and ``pyproject.toml``, by the command line (workbook, group lists),
which has no window: :func:`ensure_app` makes an offscreen application when none exists.

Callers build their HTML with every piece of user text escaped (``html.escape``) and hand it over
whole: the document is filled with ``setHtml``, never cursor by cursor, because PySide6 6.12 crashes
(``none_dealloc``) after ~10,000 ``QTextCursor.insertText`` calls. Rendering needs no widgets, so
:func:`render` is safe on a worker thread once the application exists.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from controlroom import atomic_write

Page = Literal["printer", "pixels", "points"]


def ensure_app() -> QGuiApplication:
    """The running application, or a new offscreen one (the command line has no window).

    A ``QApplication`` rather than a bare ``QGuiApplication``, so widgets made later in the same
    process (a GUI, a test) can reuse it.
    """
    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("QT_QPA_PLATFORM"):  # a platform the user chose is kept
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication([])
    return app  # type: ignore[return-value]


def render(
    html: str,
    *,
    title: str,
    margins_mm: float = 18,
    resolution: int = 300,
    font: tuple[str, float] | None = None,
    page: Page = "printer",
    document_margin: float | None = None,
) -> bytes:
    """``html`` as the bytes of an A4 portrait PDF with ``margins_mm`` on every side.

    ``page`` says how the text is laid out on the sheet: ``"printer"`` leaves it to
    ``QTextDocument.print_`` (which adds a 2 cm frame and page numbers), ``"pixels"`` lays it out on
    the printable area in device pixels at ``resolution``, ``"points"`` on the printable area in points.
    ``font`` is the default (family, size in points); each ``page-break-before`` starts a new page.
    """
    ensure_app()
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                         QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm), QPageLayout.Unit.Millimeter)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setTitle(title)
    writer.setCreator("Kontrollrom")
    writer.setResolution(resolution)
    writer.setPageLayout(layout)
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    if font is not None:
        qfont = QFont(font[0])
        qfont.setPointSizeF(font[1])
        doc.setDefaultFont(qfont)
    doc.setHtml(html)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    if document_margin is not None:
        doc.setDocumentMargin(document_margin)
    if page == "pixels":
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        doc.setPageSize(QSizeF(rect.width(), rect.height()))
    elif page == "points":
        doc.setPageSize(writer.pageLayout().paintRect(QPageLayout.Unit.Point).size())
    doc.print_(writer)
    del writer  # finishes the PDF
    buf.close()
    return bytes(data.data())


def write(html: str, path: str | Path, **options) -> Path:  # noqa: ANN003 - the options of render()
    """Render ``html`` (see :func:`render`) to ``path``: written to a temporary file beside it and
    renamed, so a failure never leaves a half file under the final name. Raises ``OSError``."""
    path = Path(path)
    return atomic_write.write_bytes(path, render(html, **options))  # an ordinary file's permissions
