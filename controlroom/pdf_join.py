"""Two PDFs as one: the pages of the second after those of the first (pikepdf, over the qpdf library).

The printer uses it for a long book printed by two processes at once (``controlroom.ui.pdf_part``). The
first document's title and other metadata are kept.
"""

from __future__ import annotations

import tempfile
from pathlib import Path


def load_joiner() -> None:
    """Load pikepdf now (a few tens of milliseconds), while there is time to spare."""
    import pikepdf  # noqa: F401  # loaded only when a book is long enough to be printed in two parts


def join_pdfs(first: bytes, second: bytes) -> bytes:
    """``first``'s pages, then ``second``'s, as one PDF. Through files: qpdf copies the pages in C++ at
    twice the speed of copying them page by page from Python."""
    import pikepdf

    with tempfile.TemporaryDirectory(prefix="controlroom-pdf-") as folder:
        head, tail, out = (Path(folder) / name for name in ("1.pdf", "2.pdf", "joined.pdf"))
        head.write_bytes(first)
        tail.write_bytes(second)
        pikepdf.Job(["qpdf", str(head), "--pages", ".", str(tail), "--", str(out)]).run()
        return out.read_bytes()
