"""The workbook as HTML for printing to PDF (Qt-free; ``controlroom.ui.pdf`` does the printing).

Three documents: the title page, the contents (written once the body is paginated, with page numbers)
and the body. Every piece of input text is escaped, so pasted markup is shown, never interpreted;
``#tags`` are set off as tags. The PDF renderer is :func:`pdf_renderer` over
``controlroom.ui.pdf.render_book``, handed to ``write_workbook`` by its caller.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable

from controlroom.i18n import tr
from controlroom.workbook.model import Progress, Ticker, WorkbookDoc, split_tags

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


def _tagged(text: str) -> str:
    """Like :func:`_html`, with each ``#tag`` (the input log's own rule for tags) in a tag span; the
    text stays as typed, so copying it from the PDF gives ``#tag``."""
    out = []
    for chunk, is_tag in split_tags(text):
        out.append(f'<span class="tag">{_html(chunk)}</span>' if is_tag else _html(chunk))
    return "".join(out)


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


def body_html(doc: WorkbookDoc, progress: Progress | None = None, cancel: threading.Event | None = None) -> str:
    """The programme, the inputs and the notes (escaped HTML for QTextDocument). A cursor-built document
    would avoid HTML, but PySide6 6.12 crashes (none_dealloc) after ~10,000 ``QTextCursor.insertText``
    calls; escaping is as safe."""
    out = []
    ticker = Ticker(len(doc.nodes), progress, cancel)
    for node in doc.nodes:
        if node.kind == "heading":
            level = min(max(node.level, 1), 3)
            out.append(f"<h{level}>{_html(node.text)}</h{level}>")
        elif node.kind == "item":
            text = _tagged(node.text)
            text = f"★ <b>{text}</b>" if node.starred else f"• {text}"
            label = f' <span class="label">— {_html(node.label)}</span>' if node.label else ""
            out.append(f'<p class="item">{text}{label}</p>')
        elif node.kind == "note":
            if node.label:
                out.append(f'<p><span class="label">{_html(node.label)}</span></p>')
            out.append(f"<p>{_tagged(node.text)}</p>")
        else:
            out.append(f"<p>{_html(node.text)}</p>")
        ticker.step()
    ticker.check()
    return _page("".join(out))


#: ``controlroom.ui.pdf.render_book``'s signature: (title page, body, contents from page numbers) → PDF.
BookPrinter = Callable[..., bytes]


def pdf_renderer(print_book: BookPrinter) -> Callable[[WorkbookDoc, Progress | None, threading.Event | None], bytes]:
    """A ``write_workbook`` PDF renderer over ``print_book`` (``controlroom.ui.pdf.render_book``: Qt lives
    there). The contents get their page numbers from the printed body (level 1 and 2 headings)."""

    def render(doc: WorkbookDoc, progress: Progress | None = None, cancel: threading.Event | None = None) -> bytes:
        def contents(headings: list[tuple[int, int]]) -> str:
            return contents_html(doc, [page for level, page in headings if level <= 2])

        return print_book(title_html(doc), body_html(doc, progress, cancel), contents,
                          title=doc.title, font=FONT, margins_mm=MARGINS_MM)

    return render
