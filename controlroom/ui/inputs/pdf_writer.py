"""The workbook's PDF renderer for ``write_workbook``: the Qt-free title page, contents and body
(``workbook/html_doc.py``: the body as styled paragraphs) printed by ``controlroom.ui.pdf.render_book``
(A4, 20 mm margins, 300 dpi, our own page breaks so headings keep with what follows, the contents with
page numbers, the page number at each page's foot).

Safe on a worker thread; the PDF is rendered into memory and written by ``workbook.write`` so errors on
disk are reported and never leave a partial file. Makes an offscreen application when none exists.
"""

from __future__ import annotations

from controlroom.ui import pdf
from controlroom.workbook.html_doc import pdf_renderer

render_pdf = pdf_renderer(pdf.render_book)
