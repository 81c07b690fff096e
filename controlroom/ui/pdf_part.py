"""A long body printed by two processes at once: the end of the body laid out and printed by a helper
while the printer does the title page, the contents and the start, then the two PDFs joined.

Printing the workbook's 30,000 paragraphs is Qt's work (shaping, drawing glyphs, compressing pages) in
thousands of short calls that hold Python's lock: threads do not share it out, processes do. The page
breaks stay exactly those of one process: the helper lays out the end of the body from a paragraph before
the end of the printer's part (the parts overlap, :func:`split_points`), as if it followed a paragraph of
the style before, and sends its lines; the printer joins them to its own where its part ends (the seam),
breaks the whole body into pages and numbers the contents, and gives the helper the pages that start in
its part, each as a span of the helper's own layout.

The helper is behind :class:`BodyHelper` (``controlroom.cli.pdf_helper`` runs it as a process over
pipes); :class:`BodyPart` is its work, and is what the printer itself does if the helper fails.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

from PySide6.QtGui import QPainter

from controlroom.ui.pdf_flow import Flow, FlowStyles, FlowText, Paragraph
from controlroom.ui.pdf_pages import Line
from controlroom.ui.pdf_sheet import Sheet, no_collection

#: Bodies shorter than this many paragraphs are printed by one process (a helper costs ≈ 0.4 s to start).
SPLIT_MIN = 4_000
#: The helper's part starts at this share (per cent) of the paragraphs and the printer's layout ends at
#: the other (see :func:`split_points`; measured with the workbook of 20,000 inputs on two processors).
HELPER_FROM, PRINTER_TO = 49, 55
#: The overlap is at least this many paragraphs (more than fit on a page, each at least a line), so that
#: the page across the helper's start is in the printer's layout whole.
OVERLAP = 200


class SheetOptions(NamedTuple):
    """How the book is printed: what :class:`~controlroom.ui.pdf_sheet.Sheet` takes."""

    title: str
    font: tuple[str, float]
    margins_mm: float
    resolution: int


class PartLines(NamedTuple):
    """A part's layout as the printer needs it, as columns (they cross between processes as arrays): each
    line's fields (:class:`~controlroom.ui.pdf_pages.Line`, in the part's own coordinates) and, for each
    of its paragraphs, the index of its first line and the bottom of the paragraph before it."""

    tops: Sequence[float]
    bottoms: Sequence[float]
    indexes: Sequence[int]
    counts: Sequence[int]
    levels: Sequence[int]
    breaks: Sequence[int]
    paragraph_lines: Sequence[int]
    paragraph_y: Sequence[float]

    @classmethod
    def of(cls, lines: list[Line], paragraph_lines: list[int], paragraph_y: list[float]) -> PartLines:
        return cls(array("d", [ln.top for ln in lines]), array("d", [ln.bottom for ln in lines]),
                   array("q", [ln.index for ln in lines]), array("q", [ln.count for ln in lines]),
                   array("q", [ln.level for ln in lines]), array("q", [ln.break_before for ln in lines]),
                   array("q", paragraph_lines), array("d", paragraph_y))


class PagePlan(NamedTuple):
    """The pages a helper prints: each as (top, bottom) in its layout, and the first one's printed number."""

    spans: list[tuple[float, float]]
    first_number: int


class BodyHelper(Protocol):
    """Someone (another process) laying out and printing the end of a body, one step at a time: each
    call returns at once, each answer is awaited; ``None`` is a helper that failed (the printer then does
    the work itself)."""

    def lay_out(self, paragraphs: list[Paragraph], first: int, after: str, options: SheetOptions) -> None:
        """Lay the body's ``paragraphs`` out from the ``first``, as if they followed a paragraph of style
        ``after``."""

    def laid_out(self) -> PartLines | None:
        """The lines of the part laid out."""

    def print_pages(self, plan: PagePlan) -> None:
        """Print these pages of the part."""

    def printed(self) -> bytes | None:
        """The PDF of the pages printed."""


@dataclass
class _Part:
    """A body's paragraphs as a ``FlowText``: a slice of another's, with its styles."""

    paragraphs: list[Paragraph]
    source: FlowText
    styles: dict[str, tuple[str, ...]] = field(init=False)

    def __post_init__(self) -> None:
        self.styles = self.source.styles

    def html(self, paragraphs: list[Paragraph]) -> str:
        return self.source.html(paragraphs)


def part_of(body: FlowText, paragraphs: list[Paragraph]) -> FlowText:
    """``paragraphs`` with ``body``'s styles."""
    return _Part(paragraphs, body)


class BodyPart:
    """The helper's work: the end of a body laid out on a sheet of its own, then the pages asked for
    printed. A part is made before its paragraphs are known (the sheet and the styles' look, read from
    ``styled``'s HTML, cost a tenth of a second); the printer makes one itself when its helper fails."""

    def __init__(self, styled: FlowText, options: SheetOptions) -> None:
        self.options = options
        self.sheet = Sheet(title=options.title, font=options.font, margins_mm=options.margins_mm,
                           resolution=options.resolution)
        with no_collection():
            self.styles: FlowStyles | None = FlowStyles(styled, self.sheet.font, self.sheet.device(),
                                                        self.sheet.text_area.width())
        self.flow: Flow | None = None

    def suits(self, options: SheetOptions) -> bool:
        """Whether this part's sheet is laid out as ``options`` say (the title is the printer's alone)."""
        return self.flow is None and self.options[1:] == options[1:]

    def lay_out(self, body: FlowText, after: str, progress: Callable[[float], None] | None = None) -> PartLines:
        """Lay ``body`` out as if it followed a paragraph of style ``after``."""
        with no_collection():
            if self.styles is None:
                raise RuntimeError("this part is already printed")
            self.flow = Flow(body, self.styles, self.sheet.font, self.sheet.device(), progress, after=after)
        return self.lines()

    def lines(self) -> PartLines:
        flow = self._flow()
        return PartLines.of(flow.lines, flow.paragraph_lines, flow.paragraph_y)

    def print_pages(self, plan: PagePlan) -> bytes:
        """The PDF of ``plan``'s pages, numbered from its first number."""
        sheet, flow = self.sheet, self._flow()
        with no_collection():
            painter = QPainter(sheet.device())
            try:
                painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
                paint_pages(painter, sheet, flow.draw, plan.spans, plan.first_number, fresh=True)
            finally:
                painter.end()
        del flow  # the layouts go before the writer they were laid out for (``Sheet.finish``)
        self.flow = self.styles = None
        return sheet.finish()

    def _flow(self) -> Flow:
        if self.flow is None:
            raise RuntimeError("this part is not laid out yet")
        return self.flow


def paint_pages(painter: QPainter, sheet: Sheet, draw: Callable[[QPainter, tuple[float, float], float], None],
                spans: list[tuple[float, float]], number: int, *, fresh: bool,
                progress: Callable[[int], None] | None = None) -> int:
    """Paint ``spans`` one to a page, each on a new page but the first if the painter is on a ``fresh``
    one, numbered from ``number`` (the first page of a book, number 1, has none). ``progress`` hears
    the number of pages painted. Returns the number the next page would have."""
    width = sheet.text_area.width()
    for i, span in enumerate(spans):
        if i or not fresh:
            sheet.device().newPage()
        draw(painter, span, width)
        if number > 1:
            sheet.page_number(painter, number)
        number += 1
        if progress is not None and i % 20 == 19:
            progress(i + 1)
    return number


def split_points(count: int) -> tuple[int, int]:
    """Where a body of ``count`` paragraphs is shared out: (the helper's first paragraph, the paragraph the
    printer's layout stops before). The helper prints from its first paragraph on, the printer the pages
    before; the printer also lays the title page and the contents out and prints them, and the helper
    starts later (it is sent its paragraphs, and answers with its lines), so the printer lays out more
    than it prints: the parts overlap by a tenth, laid out twice, and both finish at about the same time."""
    first = count * HELPER_FROM // 100
    return first, min(count - 1, max(first + OVERLAP, count * PRINTER_TO // 100))


@dataclass
class SplitBody:
    """A body's pages split between the printer and its helper (see the module's docstring)."""

    #: every line of the body, the printer's before the seam and the helper's (moved) after it
    lines: list[Line]
    #: the index in ``lines`` of each page's first line
    starts: list[int]
    #: the pages the printer prints: the first ``printer_pages`` of ``starts``
    printer_pages: int
    #: the helper's pages, each as a span of its own layout
    helper_spans: list[tuple[float, float]]


def join_at_seam(mine: list[Line], bottom: float, theirs: PartLines, at: int,
                 starts_of: Callable[[list[Line]], list[int]],
                 spans_of: Callable[[list[Line], list[int]], list[tuple[float, float]]],
                 ) -> SplitBody | None:
    """The body joined from the printer's lines (``mine``, every paragraph before the seam, ending at
    ``bottom``) and the helper's (``theirs``, from ``at`` paragraphs before the seam), broken into pages by
    ``starts_of``. ``None`` if the page across the helper's start reaches beyond the seam (it would need
    paragraphs the printer did not lay out)."""
    first_after = theirs.paragraph_lines[at]
    shift = bottom - theirs.paragraph_y[at]
    t = theirs
    lines = mine + [Line(t.tops[i] + shift, t.bottoms[i] + shift, t.indexes[i], t.counts[i], t.levels[i],
                         bool(t.breaks[i])) for i in range(first_after, len(t.tops))]
    starts = starts_of(lines)
    seam_line = len(mine)
    base = seam_line - first_after  # where the helper's first line would be among ``lines``
    # the helper prints every page that starts in its part; the printer the pages before, which must end
    # before the seam (a page longer than the overlap would not)
    printer_pages = bisect.bisect_left(starts, base)
    if printer_pages == len(starts) or starts[printer_pages] > seam_line:
        return None
    spans = spans_of(lines, starts)
    helper_spans = []
    for k in range(printer_pages, len(starts)):
        # the helper's layout is the same as the joined one but for where it starts: measured at the page's
        # first line, so that the page is cut exactly where its lines are
        moved = lines[starts[k]].top - theirs.tops[starts[k] - base]
        top, end = spans[k]
        helper_spans.append((top - moved, end - moved))
    return SplitBody(lines, starts, printer_pages, helper_spans)
