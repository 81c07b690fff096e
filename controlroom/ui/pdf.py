"""HTML → A4 PDF through Qt: ``QTextDocument`` lays the HTML out and ``QPdfWriter`` prints it.

The one place the app prints. Used by the GUI (live rundown, group lists) and, declared in
``tests/test_architecture.py`` and ``pyproject.toml``, by the command line (workbook, group lists),
which has no window: :func:`ensure_app` makes an offscreen application when none exists.

Callers build their HTML with every piece of user text escaped (``html.escape``) and hand it over
whole: the document is filled with ``setHtml``, never cursor by cursor, because PySide6 6.12 crashes
(``none_dealloc``) after ~10,000 ``QTextCursor.insertText`` calls. Rendering needs no widgets, so
:func:`render` and :func:`render_book` are safe on a worker thread once the application exists.

:func:`render` leaves the page breaks to Qt; :func:`render_book` (the workbook) breaks pages itself so
that headings keep with what follows, and writes the contents with the page number of each heading; its
body may come as styled paragraphs instead of HTML (``controlroom.ui.pdf_flow.Flow``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, NamedTuple

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSizeF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from controlroom import atomic_write
from controlroom.pdf_join import join_pdfs, load_joiner
from controlroom.ui.pdf_flow import Flow, FlowStyles, FlowText
from controlroom.ui.pdf_pages import (
    Line,
    document_lines,
    draw_span,
    heading_lines,
    laid_out_document,
    page_of_line,
    page_spans,
    page_starts,
)
from controlroom.ui.pdf_part import (
    SPLIT_MIN,
    BodyHelper,
    BodyPart,
    PagePlan,
    SheetOptions,
    join_at_seam,
    paint_pages,
    part_of,
    split_points,
)
from controlroom.ui.pdf_sheet import Sheet, no_collection, pdf_writer, qfont

Page = Literal["printer", "pixels", "points"]
log = logging.getLogger(__name__)


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
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buf, title, margins_mm, resolution)
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    if font is not None:
        doc.setDefaultFont(qfont(font))
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


#: For each heading of the body (level, printed page number) → the contents as HTML.
ContentsHtml = Callable[[list[tuple[int, int]]], str]


class Paged(NamedTuple):
    lines: list[Line]
    #: the index in ``lines`` of each page's first line
    starts: list[int]
    #: ``draw(painter, span, width)`` paints the part between the span's top and bottom at the origin
    draw: Callable[[QPainter, tuple[float, float], float], None]


def _paged(html: str, writer: QPdfWriter, size: QSizeF, font: QFont) -> Paged:
    """``html`` laid out for ``writer`` and broken into pages of ``size``."""
    doc = laid_out_document(html, writer, size.width(), font)
    lines = [] if doc.isEmpty() else document_lines(doc)  # an empty part prints no blank page
    return Paged(lines, page_starts(lines, size.height()) if lines else [],
                 lambda painter, span, width: draw_span(painter, doc, span, width))


def _flowed(body: FlowText, sheet: Sheet, helper: BodyHelper | None, options: SheetOptions,
            progress: Callable[[float], None]) -> tuple[Paged, _HelperPages | None]:
    """A long body laid out paragraph by paragraph (:class:`~controlroom.ui.pdf_flow.Flow`), broken into
    pages exactly as its HTML would be; with a ``helper`` and a body long enough, its end is laid out and
    later printed by the helper (:mod:`controlroom.ui.pdf_part`)."""
    writer, size = sheet.device(), sheet.text_area
    paragraphs = body.paragraphs
    if helper is None or len(paragraphs) < SPLIT_MIN:
        flow = Flow(body, FlowStyles(body, sheet.font, writer, size.width()), sheet.font, writer, progress)
        return Paged(flow.lines, page_starts(flow.lines, size.height()) if flow.lines else [], flow.draw), None
    first, at = split_points(len(paragraphs))
    after = paragraphs[first - 1][0] if first else ""
    helper.lay_out(paragraphs, first, after, options)  # first: the helper starts as soon as it can
    styles = FlowStyles(body, sheet.font, writer, size.width())
    flow = Flow(part_of(body, paragraphs[:at]), styles, sheet.font, writer, progress)
    load_joiner()  # while the helper finishes its part
    theirs = helper.laid_out()
    split = None if theirs is None else join_at_seam(
        flow.lines, flow.bottom, theirs, at - first, lambda lines: page_starts(lines, size.height()), page_spans)
    if split is None:  # the helper failed (or a page across the seam is longer than its part): all here
        flow.add(paragraphs[at:])
        return Paged(flow.lines, page_starts(flow.lines, size.height()), flow.draw), None
    rest = part_of(body, paragraphs[first:])
    return (Paged(split.lines, split.starts, flow.draw),
            _HelperPages(helper, split.printer_pages, split.helper_spans, lambda: _part(rest, after, options)))


def _part(body: FlowText, after: str, options: SheetOptions) -> BodyPart:
    """The helper's part of ``body`` laid out here (the helper failed)."""
    part = BodyPart(body, options)
    part.lay_out(body, after)
    return part


@dataclass
class _HelperPages:
    """The body's last pages, printed by a helper."""

    helper: BodyHelper
    #: how many of the body's pages this process prints (the helper prints the rest)
    printed_here: int
    spans: list[tuple[float, float]]
    #: the helper's work done here, if the helper fails
    fallback: Callable[[], BodyPart]


@dataclass
class LaidOutBook:
    """A book laid out for its PDF and not yet printed (:func:`lay_out_book`); :func:`print_book` prints it,
    once. It holds the sheet whose metrics the layout used, and the helper printing the body's end."""

    sheet: Sheet
    front: Paged
    contents: Paged
    body: Paged
    pages_before_body: int
    helper: _HelperPages | None = None


def lay_out_book(
    title_html: str,
    body: str | FlowText,
    contents_html: ContentsHtml,
    *,
    title: str,
    font: tuple[str, float],
    margins_mm: float = 20,
    resolution: int = 300,
    progress: Callable[[float], None] | None = None,
    helper: BodyHelper | None = None,
) -> LaidOutBook:
    """The layout half of :func:`render_book`: every page broken, the contents numbered, nothing printed.
    ``progress`` hears 0 to ``LAYOUT_SHARE``. A ``helper`` (another process) lays out and prints the end
    of a long styled body at the same time (:mod:`controlroom.ui.pdf_part`)."""
    ensure_app()
    sheet = Sheet(title=title, font=font, margins_mm=margins_mm, resolution=resolution)
    writer, text_area = sheet.device(), sheet.text_area
    report = progress or (lambda _done: None)
    helper_pages = None
    with no_collection():  # hundreds of thousands of objects, none of them cyclic garbage
        if isinstance(body, str):
            laid = _paged(body, writer, text_area, sheet.font)
        else:
            laid, helper_pages = _flowed(body, sheet, helper, SheetOptions(title, font, margins_mm, resolution),
                                         lambda done: report(LAYOUT_SHARE * done))
        report(LAYOUT_SHARE)
        body_headings = [(level, page_of_line(laid.starts, i)) for level, i in heading_lines(laid.lines)]
        front = _paged(title_html, writer, text_area, sheet.font)
        pages_before_body = len(front.starts) + 1
        for _ in range(4):  # the contents' length can move the body by a page; settles at once in practice
            numbered = [(level, pages_before_body + page + 1) for level, page in body_headings]
            contents = _paged(contents_html(numbered), writer, text_area, sheet.font)
            if len(front.starts) + len(contents.starts) == pages_before_body:
                break
            pages_before_body = len(front.starts) + len(contents.starts)
    return LaidOutBook(sheet, front, contents, laid, pages_before_body, helper_pages)


def print_book(book: LaidOutBook, progress: Callable[[float], None] | None = None) -> bytes:
    """The PDF of a laid-out book: every page painted, the page number at the foot of each but the first.
    ``progress`` hears ``LAYOUT_SHARE`` to 1. With a helper, it prints the body's last pages meanwhile and
    the two PDFs are joined (if it fails, its pages are printed here)."""
    sheet, laid, helper = book.sheet, book.body, book.helper
    report = progress or (lambda _done: None)
    body_spans = page_spans(laid.lines, laid.starts) if laid.lines else []
    plan = None
    if helper is not None:
        plan = PagePlan(helper.spans, book.pages_before_body + helper.printed_here + 1)
        helper.helper.print_pages(plan)
        body_spans = body_spans[:helper.printed_here]
    body_pages = max(len(body_spans), 1)
    with no_collection():
        painter = QPainter(sheet.device())
        try:
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            number = paint_pages(painter, sheet, book.front.draw, _spans(book.front), 1, fresh=True)
            number = paint_pages(painter, sheet, book.contents.draw, _spans(book.contents), number,
                                 fresh=number == 1)
            paint_pages(painter, sheet, laid.draw, body_spans, number, fresh=number == 1,
                        progress=lambda done: report(LAYOUT_SHARE + (1 - LAYOUT_SHARE) * done / body_pages))
        finally:
            painter.end()
    # the layouts go before the writer they were laid out for (``Sheet.finish``)
    del laid
    book.front, book.contents, book.body = (_printed(part) for part in (book.front, book.contents, book.body))
    data = sheet.finish()
    if helper is not None and plan is not None and plan.spans:
        theirs = helper.helper.printed()
        if theirs is None:
            log.warning("the PDF helper failed; its %d pages are printed here", len(plan.spans))
            theirs = helper.fallback().print_pages(plan)
        else:
            log.info("PDF printed in two processes: %d pages here, %d by the helper", len(body_spans),
                     len(plan.spans))
        data = join_pdfs(data, theirs)
    report(1.0)
    return data


def _printed(part: Paged) -> Paged:
    """``part`` without its layout (printed: its lines and pages stay, to be read)."""
    return Paged(part.lines, part.starts, _already_printed)


def _already_printed(_painter: QPainter, _span: tuple[float, float], _width: float) -> None:
    raise RuntimeError("this book is already printed")


def _spans(part: Paged) -> list[tuple[float, float]]:
    return page_spans(part.lines, part.starts) if part.lines else []


def render_book(*parts: Any, progress: Callable[[float], None] | None = None, **options: Any) -> bytes:
    """A4 portrait PDF: a title page, the contents, the body, each starting on a new page, with the page
    number at the foot of every page but the first.

    ``body`` is HTML, or a long body as styled paragraphs (:class:`~controlroom.ui.pdf_flow.FlowText`,
    laid out without a ``QTextDocument``: the same lines and pages in a fraction of the time). Pages are
    broken by :mod:`controlroom.ui.pdf_pages` (headings keep with what follows; no heading is split). The
    contents are written after the body is paginated: ``contents_html`` gets the printed page number of
    every heading in the body and returns the contents, laid out again if its own length moves the body's
    first page. ``progress`` hears the share of the work done (0–1): the body's layout, then its pages.
    Takes :func:`lay_out_book`'s arguments; the two halves are :func:`lay_out_book` and :func:`print_book`
    (the workbook export lays the book out while the host is still in its dialog).
    """
    return print_book(lay_out_book(*parts, progress=progress, **options), progress)


#: The share of a book's work that is laying out the body (the rest is printing its pages).
LAYOUT_SHARE = 0.4


def write(html: str, path: str | Path, **options) -> Path:
    """Render ``html`` (see :func:`render`) to ``path``: written to a temporary file beside it and
    renamed, so a failure never leaves a half file under the final name. Raises ``OSError``."""
    path = Path(path)
    return atomic_write.write_bytes(path, render(html, **options))  # an ordinary file's permissions
