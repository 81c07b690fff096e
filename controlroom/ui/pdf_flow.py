r"""A long body laid out paragraph by paragraph: the workbook's 30,000 paragraphs need not be one
``QTextDocument``. :class:`Flow` lays out styled paragraphs with ``QTextLayout``, reading each style's look
from a few sample paragraphs of the same HTML (:class:`FlowStyles`), and gives the same
:class:`~controlroom.ui.pdf_pages.Line`\ s a ``QTextDocument`` of that HTML would, so the same pages, in a
fraction of the time; printing does not shape the text a second time.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPaintDevice,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
    QTextLayout,
    QTextLine,
    QTextOption,
)

from controlroom.ui.pdf_pages import MIN_SPLIT_LINES, Line, laid_out_document

#: A run of text and its character style; a paragraph: its block style and its runs (see ``FlowText``).
Run = tuple[str, str]
Paragraph = tuple[str, list[Run]]


class FlowText(Protocol):
    """A long body as styled paragraphs, e.g. the workbook's (``controlroom.workbook.html_doc.BodyFlow``)."""

    @property
    def paragraphs(self) -> list[Paragraph]: ...

    @property
    def styles(self) -> dict[str, tuple[str, ...]]:
        """For each block style, the character styles its runs may have."""
        ...

    def html(self, paragraphs: list[Paragraph]) -> str:
        """``paragraphs`` as an HTML document with the body's CSS: where each style's look is read."""
        ...


#: What Qt's HTML reader takes for white space (``QChar::isSpace``, less the no-break space it keeps).
_SPACE = "".join(c for c in map(chr, range(0x3000 + 1)) if c.isspace() and c not in "\x1c\x1d\x1e\x1f\xa0")
_SPACES = re.compile(f"[{re.escape(_SPACE)}]+")
_NEEDS_COLLAPSE = re.compile(f"[{re.escape(_SPACE.replace(' ', ''))}]|  |^ ")
LINE_BREAK = "\u2028"


def collapse_spaces(runs: list[Run], text: str | None = None) -> list[Run]:
    """The runs' text as Qt's HTML reader keeps it: a "\\n" is a line break; any other run of white space is
    one space, and none at the start of the paragraph, after a line break or after another space. ``text``
    is the runs' text joined, when the caller has it."""
    if not _NEEDS_COLLAPSE.search("".join([t for t, _ in runs]) if text is None else text):
        return runs
    out: list[Run] = []
    last = ""  # "" is the start of the paragraph
    for text, style in runs:
        pieces: list[str] = []
        for i, part in enumerate(text.split("\n")):
            if i:
                pieces.append(LINE_BREAK)
                last = LINE_BREAK
            part = _SPACES.sub(" ", part)
            if part[:1] == " " and last in ("", " ", LINE_BREAK):
                part = part[1:]
            if part:
                pieces.append(part)
                last = part[-1]
        out.append(("".join(pieces), style))
    return out


class FlowStyles:
    """Each style's look as Qt lays out the body's HTML: the character formats of every (block style,
    character style) and, per block style, the first and the following lines' x and width, the space above
    a first paragraph and between any two paragraphs. Read from sample paragraphs laid out by
    ``QTextDocument`` for ``device`` at ``width``, so that :class:`Flow` places every line where a
    ``QTextDocument`` of the whole body would."""

    def __init__(self, flow: FlowText, font: QFont, device: QPaintDevice, width: float) -> None:
        self._docs: list[QTextDocument] = []  # the formats live as long as their documents
        blocks = list(flow.styles)
        pairs = [(b, c) for b in blocks for c in flow.styles[b]]  # one sample paragraph each
        sample = self._laid_out(flow.html([(b, [("x", c)]) for b, c in pairs]), font, device, width)
        #: each block style's text option as QTextDocument's layout sets it (direction, alignment, wrapping)
        self.option: dict[str, QTextOption] = {}
        #: the format of each (block style, character style); None where the layout's font says it all
        self.char: dict[tuple[str, str], QTextCharFormat | None] = {}
        block = sample.begin()
        for b, c in pairs:
            self.option.setdefault(b, QTextOption(block.layout().textOption()))
            fmt = QTextCharFormat(block.begin().fragment().charFormat())
            qfont = fmt.font()  # the size Qt lays out (a heading's size adjustment applied)
            plain = qfont == font and not fmt.hasProperty(QTextFormat.Property.ForegroundBrush) \
                and not fmt.hasProperty(QTextFormat.Property.BackgroundBrush)
            fmt.clearProperty(QTextFormat.Property.FontSizeAdjustment)
            fmt.setFont(qfont, QTextCharFormat.FontPropertiesInheritanceBehavior.FontPropertiesAll)
            self.char[(b, c)] = None if plain else fmt
            block = block.next()
        #: the option of a layout shared by many paragraphs: wrapping at word boundaries only
        self.word_wrap = QTextOption(self.option[blocks[0]])
        self.word_wrap.setWrapMode(QTextOption.WrapMode.WordWrap)
        #: the block styles whose paragraphs can share a layout: their options differ only in wrapping
        self.shared = {b for b in blocks if _same_but_wrapping(self.option[b], self.word_wrap)}
        #: the character style of an empty paragraph (its block's first)
        self.empty = {b: flow.styles[b][0] for b in blocks}
        # every ordered pair of block styles once, each paragraph long enough for two lines
        order = [style for a in blocks for b in blocks for style in (a, b)]
        text = "ord " * 400
        laid_out = self._laid_out(flow.html([(b, [(text, flow.styles[b][0])]) for b in order]), font, device, width)
        layout = laid_out.documentLayout()
        rects = []
        self.lines: dict[str, tuple[float, float, float, float]] = {}
        block = laid_out.begin()
        for b in order:
            lines = block.layout()
            first, second = lines.lineAt(0), lines.lineAt(1)
            self.lines[b] = (first.x(), first.width(), second.x(), second.width())
            rects.append(layout.blockBoundingRect(block))
            block = block.next()
        self.gap = {(a, b): below.top() - above.bottom()
                    for a, b, above, below in zip(order, order[1:], rects, rects[1:], strict=False)}
        self.top: dict[str, float] = {}
        for b in blocks:  # the space above a document's first paragraph
            doc = self._laid_out(flow.html([(b, [("x", flow.styles[b][0])])]), font, device, width)
            self.top[b] = doc.documentLayout().blockBoundingRect(doc.begin()).top()

    def _laid_out(self, html: str, font: QFont, device: QPaintDevice, width: float) -> QTextDocument:
        doc = laid_out_document(html, device, width, font)
        self._docs.append(doc)
        return doc


HEADING_LEVELS = {"h1": 1, "h2": 2, "h3": 3}


class Flow:
    """A body laid out with ``QTextLayout``, a few hundred paragraphs to a layout (separated by line breaks,
    every line placed here), its glyphs kept for printing. ``lines`` are the ``Line``s :func:`document_lines`
    gives for a ``QTextDocument`` of the same HTML, so the page breaks are the same; :meth:`draw` prints a
    page's span. Several times faster than ``QTextDocument.setHtml`` and its layout on 30,000 paragraphs,
    and printing does not shape the text a second time."""

    BATCH = 300

    def __init__(self, flow: FlowText, styles: FlowStyles, font: QFont, device: QPaintDevice,
                 progress: Callable[[float], None] | None = None, after: str = "") -> None:
        """Lay out ``flow``'s paragraphs from the top, or, with ``after`` (a block style), as if they
        followed a paragraph of that style ending at 0: the end of a body whose start is laid out elsewhere
        (another process), whose lines are then these shifted by that paragraph's bottom."""
        self.lines: list[Line] = []
        #: for each paragraph, the index in ``lines`` of its first line and the bottom of the one before it
        self.paragraph_lines: list[int] = []
        self.paragraph_y: list[float] = []
        #: the layouts (they own the lines); every line of the body and its top, top to bottom
        self.layouts: list[QTextLayout] = []
        self.text_lines: list[QTextLine] = []
        self.line_tops: list[float] = []
        #: where each line starts in its paragraph (UTF-16 code units)
        self.line_starts: list[int] = []
        self._styles, self._font, self._device = styles, font, device
        context = QAbstractTextDocumentLayout.PaintContext()  # a QTextDocument paints text in its palette's
        self._text_color = QColor(context.palette.color(QPalette.ColorRole.Text))
        self._y, self._previous = 0.0, after
        self.add(flow.paragraphs, progress)

    @property
    def bottom(self) -> float:
        """The bottom of the last paragraph laid out."""
        return self._y

    def add(self, paragraphs: list[Paragraph], progress: Callable[[float], None] | None = None) -> None:
        """Lay out ``paragraphs`` below those laid out so far."""
        for first in range(0, len(paragraphs), self.BATCH):
            self._batch(paragraphs[first:first + self.BATCH])
            if progress:
                progress(min(first + self.BATCH, len(paragraphs)) / len(paragraphs))

    def _batch(self, paragraphs: list[Paragraph]) -> None:
        """Lay out ``paragraphs`` in one ``QTextLayout``, separated by line breaks, wrapping at word
        boundaries only. A paragraph with a line wider than its width (a word longer than a line, which
        QTextDocument breaks anywhere) or with no text is laid out again on its own, exactly as a
        QTextDocument block is: its lines in the shared layout are left unused."""
        styles = self._styles
        char = styles.char
        texts: list[str] = []
        formats: list[QTextLayout.FormatRange] = []
        ends: list[int] = []
        at = 0
        range_of = QTextLayout.FormatRange
        for style, runs in paragraphs:
            last: QTextCharFormat | None = char[(style, runs[0][1] if runs else styles.empty[style])]
            ranged = False  # whether the last run has a format range of its own
            joined = "".join([t for t, _ in runs])
            runs = collapse_spaces(runs, joined)
            # Qt counts positions in UTF-16 code units: a character beyond the BMP (most emoji) is two
            wide = not joined.isascii() and _ASTRAL.search(joined) is not None
            for text, char_style in runs:
                if text:
                    n = _utf16_length(text) if wide else len(text)
                    last = char[(style, char_style)]
                    ranged = last is not None
                    if last is not None:
                        r = range_of()
                        r.start, r.length, r.format = at, n, last
                        formats.append(r)
                    texts.append(text)
                    at += n
            # the break after the paragraph looks like its last run (the line's height is the same)
            if ranged:
                formats[-1].length += 1
            elif last is not None:
                formats.append(_format_range(at, 1, last))
            texts.append(LINE_BREAK)
            at += 1
            ends.append(at)
        layout = QTextLayout("".join(texts), self._font, self._device)
        layout.setTextOption(styles.word_wrap)
        if formats:
            layout.setFormats(formats)
        layout.setCacheEnabled(True)  # printed from the glyphs shaped here, not shaped again
        layout.beginLayout()
        y, previous = self._y, self._previous
        start = 0
        for paragraph, end in zip(paragraphs, ends, strict=True):
            style = paragraph[0]
            x, width, next_x, next_width = styles.lines[style]
            self.paragraph_lines.append(len(self.lines))
            self.paragraph_y.append(y)
            y = y + styles.gap[(previous, style)] if previous else styles.top[style]
            lines: list[QTextLine] = []
            heights: list[float] = []
            height = 0.0
            # some text, a style that wraps as the others, no line wider than the page
            exact = end - start > 1 and style in styles.shared
            starts: list[int] = []
            while True:  # the first line at its own x and width, the rest at theirs
                line = layout.createLine()
                line.setLeadingIncluded(True)
                line.setLineWidth(width)
                line.setPosition(QPointF(x, y + height))
                exact = exact and line.naturalTextWidth() <= width
                lines.append(line)
                heights.append(line.height())
                height += heights[-1]
                x, width = next_x, next_width
                starts.append(line.textStart() - start)
                if starts[-1] + start + line.textLength() >= end:
                    break
            if not exact:
                lines, heights, starts = self._alone(paragraph, y)
                height = sum(heights)
            self.text_lines += lines
            self.line_starts += starts
            top = y
            for h in heights:
                self.line_tops.append(top)
                top += h
            self._add_lines(y, heights, HEADING_LEVELS.get(style, 0))
            y += height
            previous = style
            start = end
        layout.endLayout()
        self._y, self._previous = y, previous
        self.layouts.append(layout)

    def _alone(self, paragraph: Paragraph, y: float) -> tuple[list[QTextLine], list[float], list[int]]:
        """``paragraph`` in a layout of its own at ``y``, as a QTextDocument block: its lines, their heights
        and where each starts in the paragraph."""
        styles = self._styles
        style, runs = paragraph
        formats: list[QTextLayout.FormatRange] = []
        texts: list[str] = []
        at = 0
        for text, char_style in collapse_spaces(runs):
            if text:
                n = _utf16_length(text)
                fmt = styles.char[(style, char_style)]
                if fmt is not None:
                    formats.append(_format_range(at, n, fmt))
                texts.append(text)
                at += n
        text = "".join(texts)
        empty = styles.char[(style, styles.empty[style])]
        layout = QTextLayout(text, empty.font() if not text and empty is not None else self._font, self._device)
        layout.setTextOption(styles.option[style])
        if formats:
            layout.setFormats(formats)
        layout.setCacheEnabled(True)
        x, width, next_x, next_width = styles.lines[style]
        lines: list[QTextLine] = []
        heights: list[float] = []
        height = 0.0
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLeadingIncluded(True)
            line.setLineWidth(width)
            line.setPosition(QPointF(x, y + height))
            lines.append(line)
            heights.append(line.height())
            height += heights[-1]
            x, width = next_x, next_width
        layout.endLayout()
        self.layouts.append(layout)
        return lines, heights, [line.textStart() for line in lines]

    def _add_lines(self, y: float, heights: list[float], level: int) -> None:
        """A paragraph's ``Line``s, as :func:`document_lines` makes them."""
        count = len(heights)
        if level or count < 2 * MIN_SPLIT_LINES:
            self.lines.append(Line(y, y + sum(heights), 0, 1, level, False))
            return
        for i, h in enumerate(heights):
            self.lines.append(Line(y, y + h, i, count, level, False))
            y += h

    def draw(self, painter: QPainter, span: tuple[float, float], width: float) -> None:
        """Paint the part of the body between ``span``'s top and bottom at the painter's origin."""
        top, bottom = span
        clip = QRectF(0, top, width, bottom - top)
        painter.save()
        painter.translate(0, -top)  # as draw_span does: backgrounds are rounded to the same device pixels
        painter.setClipRect(clip)
        painter.setPen(self._text_color)
        origin = QPointF(0, 0)
        # line by line: QTextLayout.draw would also draw (clipped away, but there for text extraction) the
        # line above the span
        for k in range(bisect.bisect_left(self.line_tops, top), bisect.bisect_left(self.line_tops, bottom)):
            self.text_lines[k].draw(painter, origin)
        painter.restore()


def _same_but_wrapping(a: QTextOption, b: QTextOption) -> bool:
    return (a.alignment(), a.textDirection(), a.flags(), a.tabStopDistance(), a.tabs(), a.useDesignMetrics()) == \
        (b.alignment(), b.textDirection(), b.flags(), b.tabStopDistance(), b.tabs(), b.useDesignMetrics())


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _utf16_length(text: str) -> int:
    """``len(text)`` as Qt counts it: a character beyond the BMP (most emoji) is two."""
    return len(text) if text.isascii() else len(text) + len(_ASTRAL.findall(text))


def _format_range(start: int, length: int, fmt: QTextCharFormat) -> QTextLayout.FormatRange:
    r = QTextLayout.FormatRange()
    r.start, r.length, r.format = start, length, fmt
    return r
