"""The workbook as PDF through Qt's writer: the neutral document model → QTextDocument (from HTML in
which every piece of input text is escaped, so pasted markup is shown, never interpreted) → QPdfWriter.

Safe on a worker thread (QTextDocument and QPdfWriter paint without widgets); the PDF is rendered into
memory and written by ``workbook.write`` so errors on disk are reported and never leave a partial file.
"""

from __future__ import annotations

import html
import os
import sys
import threading

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from controlroom.workbook.model import Progress, Ticker, WorkbookDoc

FONT = "DejaVu Sans"


def _html(text: str) -> str:
    """Input text as HTML *text*: every <, >, & and quote escaped, so nothing in it is ever interpreted."""
    return html.escape(text, quote=True).replace("\n", "<br/>")


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


def document_html(doc: WorkbookDoc, progress: Progress | None = None, cancel: threading.Event | None = None) -> str:
    """The workbook as (escaped) HTML for QTextDocument. A cursor-built document would avoid HTML, but
    PySide6 6.12 crashes (none_dealloc) after ~10,000 ``QTextCursor.insertText`` calls; escaping is as safe."""
    out = [f"<html><head><style>{CSS}</style></head><body>",
           f'<p class="title">{_html(doc.title)}</p>', f'<p class="subtitle">{_html(doc.subtitle)}</p>']
    out += [f'<p class="fact">{_html(f)}</p>' for f in doc.facts]
    out.append(f'<h1 style="page-break-before: always">{_html(QCoreApplication.translate("workbook", "Innhold"))}</h1>')
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


def build_text_document(doc: WorkbookDoc, progress: Progress | None = None,
                        cancel: threading.Event | None = None) -> QTextDocument:
    td = QTextDocument()
    td.setDefaultFont(QFont(FONT, 10))
    td.setUndoRedoEnabled(False)
    td.setHtml(document_html(doc, progress, cancel))
    td.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, doc.title)
    return td


def render_pdf(doc: WorkbookDoc, progress: Progress | None = None, cancel: threading.Event | None = None) -> bytes:
    td = build_text_document(doc, progress, cancel)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setTitle(doc.title)
    writer.setCreator("Kontrollrom")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    td.print_(writer)
    del writer
    buf.close()
    return bytes(data.data())


def render_pdf_cli(doc: WorkbookDoc, progress: Progress | None = None, cancel: threading.Event | None = None) -> bytes:
    """For the command line: make a (headless) QGuiApplication when none exists, then render."""
    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
        try:
            return render_pdf(doc, progress, cancel)
        finally:
            del app
    return render_pdf(doc, progress, cancel)
