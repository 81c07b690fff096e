r"""Our own page breaks for printed documents: Qt's text layout has no "keep with next", so a document is
laid out once as one long page and cut into pages at line boundaries chosen here.

A cut never leaves a heading as the last text on a page (a heading keeps with the first line of what
follows, and a run of headings keeps together), never splits a heading's lines, and splits a paragraph
only with at least two of its lines on each page. ``page-break-before`` / ``page-break-after`` in the
HTML are honoured. One layout pass, one linear walk: no re-layout per page.

A long body (the workbook's 30,000 paragraphs) need not be one ``QTextDocument``:
:class:`controlroom.ui.pdf_flow.Flow` lays it out paragraph by paragraph and gives the same ``Line``\ s,
so the same pages.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPaintDevice,
    QPainter,
    QTextDocument,
    QTextFormat,
)

#: A paragraph is split over two pages only with at least this many of its lines on each.
MIN_SPLIT_LINES = 2


@dataclass(frozen=True)
class Line:
    """One laid-out line in document coordinates, with what the page breaking needs to know of its block.
    A block that is never split (a heading, a paragraph of fewer than four lines) is one ``Line`` of its
    full height."""

    top: float
    bottom: float
    #: the line's index in its block and the block's number of lines
    index: int
    count: int
    #: the block's heading level (0: not a heading); a heading keeps with what follows and is never split
    level: int
    #: the block starts a new page (``page-break-before``), or the block before it ended one
    break_before: bool


def document_lines(doc: QTextDocument) -> list[Line]:
    """Every line of ``doc`` (laid out already) from top to bottom (the cells of a table row side by side
    come one after the other)."""
    layout = doc.documentLayout()
    lines: list[Line] = []
    always_before = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    always_after = QTextFormat.PageBreakFlag.PageBreak_AlwaysAfter
    break_next = False
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        level = fmt.headingLevel()
        policy = fmt.pageBreakPolicy()
        text_layout = block.layout()
        count = text_layout.lineCount()
        if count:
            rect = layout.blockBoundingRect(block)  # its lines; the block's margins lie outside
            forced = break_next or bool(policy & always_before)
            if level or count < 2 * MIN_SPLIT_LINES:  # never split: one unit
                lines.append(Line(rect.top(), rect.bottom(), 0, 1, level, forced))
            else:
                origin = rect.top() - text_layout.lineAt(0).y()
                for i in range(count):
                    line = text_layout.lineAt(i)
                    lines.append(Line(origin + line.y(), origin + line.y() + line.height(), i, count, level,
                                      forced and i == 0))
            break_next = False
        break_next = break_next or bool(policy & always_after)
        block = block.next()
    if any(b.top < a.top for a, b in zip(lines, lines[1:], strict=False)):
        lines.sort(key=lambda ln: ln.top)
    return lines


def heading_lines(lines: list[Line]) -> list[tuple[int, int]]:
    """(heading level, index of its first line) of each heading, in reading order."""
    return [(ln.level, i) for i, ln in enumerate(lines) if ln.level and ln.index == 0]


def _may_break_before(lines: list[Line], i: int) -> bool:
    """May a page start with line ``i``?"""
    line, before = lines[i], lines[i - 1]
    if line.top < before.bottom - 0.01:  # beside the line before (a table row): same row, same page
        return False
    if line.index == 0:
        return not before.level
    return (not line.level and line.index >= MIN_SPLIT_LINES
            and line.count - line.index >= MIN_SPLIT_LINES)


def page_starts(lines: list[Line], page_height: float) -> list[int]:
    """The index of the first line of each page (the first is 0): each page holds as many lines as fit
    in ``page_height`` while honouring the rules in the module's docstring. A run that cannot be kept
    together on one page (a heading chain taller than a page) is cut where the page is full."""
    if not lines:
        return [0]
    starts = [0]
    start = 0
    n = len(lines)
    while True:
        limit = _page_top(lines, start) + page_height
        bottom = lines[start].bottom
        end = start + 1  # the first line that does not go on this page
        while end < n and not lines[end].break_before:
            bottom = max(bottom, lines[end].bottom)
            if bottom > limit:
                break
            end += 1
        if end >= n:
            return starts
        if not lines[end].break_before:
            cut = end
            while cut > start and not _may_break_before(lines, cut):
                cut -= 1
            end = cut if cut > start else end
        starts.append(end)
        start = end


def _page_top(lines: list[Line], first: int) -> float:
    """Where a page starting with line ``first`` begins: the top of the document for the first page (so
    the space above the first paragraph, such as a title page's, is kept), the line's top after that."""
    return min(0.0, lines[0].top) if first == 0 else lines[first].top


def page_of_line(starts: list[int], line: int) -> int:
    """The 0-based page on which ``line`` is printed, given :func:`page_starts`."""
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= line:
            lo = mid
        else:
            hi = mid - 1
    return lo


def page_spans(lines: list[Line], starts: list[int]) -> list[tuple[float, float]]:
    """The document's vertical span (top, bottom) printed on each page."""
    spans = []
    for k, first in enumerate(starts):
        last = (starts[k + 1] if k + 1 < len(starts) else len(lines)) - 1
        top = _page_top(lines, first) if lines else 0.0
        bottom = max((ln.bottom for ln in lines[first:last + 1]), default=top)
        spans.append((top, bottom))
    return spans


def draw_span(painter: QPainter, doc: QTextDocument, span: tuple[float, float], width: float) -> None:
    """Paint the part of ``doc`` between ``span``'s top and bottom at the painter's origin."""
    top, bottom = span
    clip = QRectF(0, top, width, bottom - top)
    painter.save()
    painter.translate(0, -top)
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    doc.documentLayout().draw(painter, context)
    painter.restore()


def laid_out_document(html: str, device: QPaintDevice, width: float, font: QFont) -> QTextDocument:
    """``html`` laid out for ``device`` (its resolution decides the font metrics) as one long page of
    ``width``, with no margin."""
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDefaultFont(font)
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setTextWidth(width)
    doc.documentLayout().documentSize()  # finishes the layout now rather than piece by piece on a timer
    return doc
