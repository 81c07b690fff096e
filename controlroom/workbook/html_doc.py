"""The workbook as HTML for printing to PDF (Qt-free; ``controlroom.ui.pdf`` does the printing).

Three documents: the title page, the contents (written once the body is paginated, with page numbers)
and the body. Every piece of input text is escaped, so pasted markup is shown, never interpreted;
``#tags`` are set off as tags. The PDF renderer is :func:`pdf_renderer` over
``controlroom.ui.pdf.render_book``, handed to ``write_workbook`` by its caller.

The body (tens of thousands of paragraphs) is handed to the printer as paragraphs of styled runs
(:class:`BodyFlow`) rather than as one HTML document: the printer reads each style's look from a few
sample paragraphs in this same HTML and CSS, and lays out the text itself. :func:`body_html` is the same
body as HTML, paragraph for paragraph.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from controlroom.i18n import tr
from controlroom.workbook.model import TAG_RE, Progress, Ticker, WorkbookDoc

FONT = ("DejaVu Sans", 10)
MARGINS_MM = 20

CSS = """
body { font-family: 'DejaVu Sans'; font-size: 10pt; }
h1 { font-size: 17pt; color: #1F3A5F; margin-top: 16px; margin-bottom: 6px; }
h2 { font-size: 13pt; margin-top: 10px; margin-bottom: 4px; }
h3 { font-size: 11.5pt; margin-top: 8px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 4px; }
p.item { margin-left: 16px; text-indent: -10px; margin-bottom: 3px; }
span.label { color: #5F6B7A; font-style: italic; font-size: 9pt; }
span.tag { color: #1F3A5F; background-color: #E3EAF4; font-weight: bold; font-size: 9pt; }
p.title { font-size: 26pt; font-weight: bold; margin-top: 240px; margin-bottom: 12px; }
p.subtitle { font-size: 16pt; color: #33415C; }
p.fact { font-size: 12pt; }
td.toc1 { font-weight: bold; padding-top: 6px; }
td.toc2 { padding-left: 18px; }
td.page { text-align: right; }
"""


def _html(text: str) -> str:
    """Input text as HTML *text*: every <, >, & and quote escaped, so nothing in it is ever interpreted."""
    return html.escape(text, quote=True).replace("\n", "<br/>")


def _page(body: str) -> str:
    return f"<html><head><style>{CSS}</style></head><body>{body}</body></html>"


def title_html(doc: WorkbookDoc) -> str:
    """The title page: title, subtitle, dates and place, a third down the page (Qt drops the top margin of
    a document's first paragraph, so an empty one comes first)."""
    out = ['<p style="font-size: 1pt">&nbsp;</p>', f'<p class="title">{_html(doc.title)}</p>', f'<p class="subtitle">{_html(doc.subtitle)}</p>']
    out += [f'<p class="fact">{_html(f)}</p>' for f in doc.facts]
    return _page("".join(out))


def contents_html(doc: WorkbookDoc, pages: list[int]) -> str:
    """The contents: every heading of level 1 and 2 with the page it is printed on (``pages``, in order)."""
    heads = doc.headings(2)
    if len(heads) != len(pages):
        raise ValueError(f"{len(heads)} headings in the contents, {len(pages)} page numbers")
    rows = [f'<tr><td class="toc{1 if h.level <= 1 else 2}">{_html(h.text)}</td>'
            f'<td class="page{" toc1" if h.level <= 1 else ""}" width="12%">{page}</td></tr>'
            for h, page in zip(heads, pages, strict=True)]
    return _page(f"<h1>{_html(tr('Innhold'))}</h1>"
                 f'<table width="100%" cellspacing="0" cellpadding="2">{"".join(rows)}</table>')


#: A run of text and its character style: "h1", "h2", "h3" (a heading's text), "text", "tag", "bold" and
#: "boldtag" (a starred input), "label".
Run = tuple[str, str]
#: A paragraph of the body: its block style ("h1", "h2", "h3", "p", "item") and its runs. Text is as in the
#: workbook (a line break is "\n"); the printer collapses spaces as an HTML reader does.
Paragraph = tuple[str, list[Run]]

#: The character styles each block style's runs may have.
STYLES: dict[str, tuple[str, ...]] = {
    "h1": ("h1",), "h2": ("h2",), "h3": ("h3",), "p": ("text", "tag", "label"),
    "item": ("text", "tag", "bold", "boldtag", "label"),
}
_RUN = {"h1": "{}", "h2": "{}", "h3": "{}", "text": "{}", "tag": '<span class="tag">{}</span>', "bold": "<b>{}</b>",
        "boldtag": '<b><span class="tag">{}</span></b>', "label": '<span class="label">{}</span>'}
_BLOCK = {"h1": "<h1>{}</h1>", "h2": "<h2>{}</h2>", "h3": "<h3>{}</h3>", "p": "<p>{}</p>",
          "item": '<p class="item">{}</p>'}


def paragraph_html(style: str, runs: list[Run]) -> str:
    """One paragraph as the body's HTML writes it (every piece of text escaped)."""
    return _BLOCK[style].format("".join(_RUN[s].format(_html(t)) for t, s in runs))


def paragraphs_html(paragraphs: list[Paragraph]) -> str:
    """Paragraphs as a whole HTML document with the workbook's CSS."""
    return _page("".join(paragraph_html(style, runs) for style, runs in paragraphs))


@dataclass(frozen=True)
class BodyFlow:
    """The body for ``controlroom.ui.pdf.render_book``: its paragraphs, the HTML the printer reads the
    styles' look from (:func:`paragraphs_html`) and the character styles of each block style."""

    paragraphs: list[Paragraph]
    html: Callable[[list[Paragraph]], str] = paragraphs_html
    styles: dict[str, tuple[str, ...]] = field(default_factory=lambda: STYLES)


def _tagged_runs(text: str, plain: str, tag: str) -> list[Run]:
    """``text`` as runs, each ``#tag`` (the input log's own rule) a run of style ``tag``."""
    if "#" not in text:
        return [(text, plain)] if text else []
    parts = TAG_RE.split(text)  # plain text, tag name, plain text, …
    return [("#" + piece, tag) if i % 2 else (piece, plain) for i, piece in enumerate(parts) if i % 2 or piece]


def body_paragraphs(doc: WorkbookDoc, progress: Progress | None = None,
                    cancel: threading.Event | None = None) -> list[Paragraph]:
    """The programme, the inputs and the notes as paragraphs: a heading per heading, an item per input
    ("• " or "★ " and the text, #tags as tags, the label after a dash), a note's author line and text."""
    out: list[Paragraph] = []
    ticker = Ticker(len(doc.nodes), progress, cancel)
    for node in doc.nodes:
        if node.kind == "heading":
            level = f"h{min(max(node.level, 1), 3)}"
            out.append((level, [(node.text, level)]))
        elif node.kind == "item":
            if node.starred:
                runs = [("★ ", "text"), *_tagged_runs(node.text, "bold", "boldtag")]
            else:
                runs = [("• ", "text"), *_tagged_runs(node.text, "text", "tag")]
            if node.label:
                runs += [(" ", "text"), (f"— {node.label}", "label")]
            out.append(("item", runs))
        elif node.kind == "note":
            if node.label:
                out.append(("p", [(node.label, "label")]))
            out.append(("p", _tagged_runs(node.text, "text", "tag")))
        else:
            out.append(("p", [(node.text, "text")]))
        ticker.step()
    ticker.check()
    return out


def body_html(doc: WorkbookDoc, progress: Progress | None = None, cancel: threading.Event | None = None) -> str:
    """The body as one HTML document (escaped HTML for QTextDocument or a browser), paragraph for paragraph
    the same as :func:`body_paragraphs`."""
    return paragraphs_html(body_paragraphs(doc, progress, cancel))


#: ``controlroom.ui.pdf.render_book``'s signature: (title page, body, contents from page numbers) → PDF.
BookPrinter = Callable[..., bytes]


def book_arguments(doc: WorkbookDoc, cancel: threading.Event | None = None) -> tuple[tuple, dict]:
    """What ``controlroom.ui.pdf.render_book`` (or its ``lay_out_book``) is called with for ``doc``:
    (title page, body, contents from page numbers) and the title, font and margins. The contents get
    their page numbers from the printed body (level 1 and 2 headings)."""

    def contents(headings: list[tuple[int, int]]) -> str:
        return contents_html(doc, [page for level, page in headings if level <= 2])

    body = BodyFlow(body_paragraphs(doc, cancel=cancel))
    return (title_html(doc), body, contents), {"title": doc.title, "font": FONT, "margins_mm": MARGINS_MM}


def printer_progress(progress: Progress | None, cancel: threading.Event | None) -> Callable[[float], None]:
    """The printer reports the share of its work done (layout, then pages); ``progress`` hears it in
    thousandths, and ``cancel`` stops the work at the next report."""
    ticker = Ticker(1000, progress, cancel, every=10)

    def done(fraction: float) -> None:
        ticker.step(max(0, min(1000, int(fraction * 1000)) - ticker.done))

    return done


def pdf_renderer(print_book: BookPrinter) -> Callable[[WorkbookDoc, Progress | None, threading.Event | None], bytes]:
    """A ``write_workbook`` PDF renderer over ``print_book`` (``controlroom.ui.pdf.render_book``: Qt lives
    there)."""

    def render(doc: WorkbookDoc, progress: Progress | None = None, cancel: threading.Event | None = None) -> bytes:
        args, options = book_arguments(doc, cancel)
        return print_book(*args, **options, progress=printer_progress(progress, cancel))

    return render
