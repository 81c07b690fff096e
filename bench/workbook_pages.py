"""The workbook PDF of 20,000 inputs: our own page breaks (headings keep with what follows, contents with
page numbers, #tags set off) against the same body printed by Qt's own page breaks in the same run
(``QTextDocument.print_``, no contents, the baseline). CPU and wall time of the rendering only.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/workbook_pages.py [--inputs N] [--repeat R]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from controlroom.inputs.sample import fill_inputs, make_event
from controlroom.models import EventStore
from controlroom.ui import pdf
from controlroom.workbook import html_doc
from controlroom.workbook.build import build_workbook


def timed(fn) -> tuple[float, float, int]:
    wall, cpu = time.perf_counter(), time.process_time()
    size = len(fn())
    return time.perf_counter() - wall, time.process_time() - cpu, size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--inputs", type=int, default=20_000)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    pdf.ensure_app()
    with tempfile.TemporaryDirectory() as d:
        store = EventStore.open(Path(d) / "e.krom", create=True, backup=False)
        fill_inputs(store, make_event(store), args.inputs)
        doc = build_workbook(store)
        store.close()
    body = html_doc.body_html(doc)
    ours = html_doc.pdf_renderer(pdf.render_book)
    runs = {
        "baseline: Qt's page breaks (print_), body only": lambda: pdf.render(
            body, title=doc.title, font=html_doc.FONT, margins_mm=html_doc.MARGINS_MM),
        "ours: own page breaks, contents with page numbers": lambda: ours(doc),
    }
    print(f"workbook PDF, {args.inputs} inputs, {len(doc.nodes)} paragraphs; rendering only")
    for _ in range(args.repeat):
        for name, fn in runs.items():
            wall, cpu, size = timed(fn)
            print(f"  {name:<52} {wall:5.2f} s wall, {cpu:5.2f} s CPU, {size / 1e6:4.1f} MB")


if __name__ == "__main__":
    main()
    # PySide6 6.12 may abort while garbage-collecting at interpreter exit; the figures are printed.
    sys.stdout.flush()
    os._exit(0)
