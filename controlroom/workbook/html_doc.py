"""The workbook as HTML for printing to PDF (Qt-free; ``controlroom.ui.pdf`` does the printing).

Every piece of input text is escaped, so pasted markup is shown, never interpreted. The PDF renderer
is :func:`pdf_renderer` over ``controlroom.ui.pdf.render``, handed to ``write_workbook`` by its caller.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable

from controlroom.i18n import tr
from controlroom.workbook.model import Progress, Ticker, WorkbookDoc

FONT = ("DejaVu Sans", 10)
MARGINS_MM = 18

CSS = """
body { font-family: 'DejaVu Sans'; font-size: 10pt; }
h1 { font-size: 17pt; color: #1F3A5F; margin-top: 16px; margin-bottom: 6px; }
h2 { font-size: 13pt; margin-top: 10px; margin-bottom: 4px; }
h3 { font-size: 11.5pt; margin-top: 8px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 4px; }
p.item { margin-left: 16px; text-indent: -10px; margin-bottom: 3px; }
span.label { color: #5F6B7A; font-style: italic; font-size: 9pt; }
p.title { font-size: 26pt; font-weight: bold; margin-top: 160px; margin-bottom: 12px; }
p.subtitle { font-size: 16pt; color: #33415C; }
p.fact { font-size: 12pt; }
p.toc { margin-left: 12px; margin-bottom: 2px; }
"""


def _html(text: str) -> str:
    """Input text as HTML *text*: every <, >, & and quote escaped, so nothing in it is ever interpreted."""
    return html.escape(text, quote=True).replace("\n", "<br/>")


def document_html(doc: WorkbookDoc, progress: Progress | None = None, cancel: threading.Event | None = None) -> str:
    """The workbook as (escaped) HTML for QTextDocument. A cursor-built document would avoid HTML, but
    PySide6 6.12 crashes (none_dealloc) after ~10,000 ``QTextCursor.insertText`` calls; escaping is as safe."""
    out = [f"<html><head><style>{CSS}</style></head><body>",
           f'<p class="title">{_html(doc.title)}</p>', f'<p class="subtitle">{_html(doc.subtitle)}</p>']
    out += [f'<p class="fact">{_html(f)}</p>' for f in doc.facts]
    out.append(f'<h1 style="page-break-before: always">{_html(tr("Innhold"))}</h1>')
    out += [f'<p class="toc">{_html(h.text)}</p>' for h in doc.headings(1)]
    ticker = Ticker(len(doc.nodes), progress, cancel)
    first_h1 = True
    for node in doc.nodes:
        if node.kind == "heading":
            level = min(max(node.level, 1), 3)
            brk = ' style="page-break-before: always"' if level == 1 and first_h1 else ""
            first_h1 = first_h1 and level != 1
            out.append(f"<h{level}{brk}>{_html(node.text)}</h{level}>")
        elif node.kind == "item":
            text = _html(node.text)
            text = f"★ <b>{text}</b>" if node.starred else f"• {text}"
            label = f' <span class="label">— {_html(node.label)}</span>' if node.label else ""
            out.append(f'<p class="item">{text}{label}</p>')
        elif node.kind == "note":
            if node.label:
                out.append(f'<p><span class="label">{_html(node.label)}</span></p>')
            out.append(f"<p>{_html(node.text)}</p>")
        else:
            out.append(f"<p>{_html(node.text)}</p>")
        ticker.step()
    ticker.check()
    out.append("</body></html>")
    return "".join(out)


def pdf_renderer(html_to_pdf: Callable[..., bytes]) -> Callable[[WorkbookDoc, Progress | None, threading.Event | None], bytes]:
    """A ``write_workbook`` PDF renderer over ``html_to_pdf`` (``controlroom.ui.pdf.render``: Qt lives there)."""

    def render(doc: WorkbookDoc, progress: Progress | None = None, cancel: threading.Event | None = None) -> bytes:
        return html_to_pdf(document_html(doc, progress, cancel), title=doc.title, font=FONT, margins_mm=MARGINS_MM)

    return render
