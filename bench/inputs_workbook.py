"""The workbook of a 20,000-input event, exported from the export dialog as .docx, .pdf and .md while the GUI
thread runs a 10 ms timer: the time from pressing Eksporter to the file written (the dialog runs a separate
``controlroom workbook`` process, started when the dialog opens, which builds the workbook while the host
chooses the file) and the event loop's worst stall. Two series: Eksporter pressed the moment the dialog
opens (the process has prepared nothing yet), and ``--dwell`` seconds after (default 2: reading the
dialog and checking the file name).

Baselines, measured in the same run:
- the GUI loop idle (its worst gap between ticks when nothing runs);
- the same dialog exporting an event with one input (what starting the export process costs);
- in this process, rendering only: the body of the .docx written element by element through lxml (the
  writer before the body went in as text) against ``render_docx``; the PDF with the body as one HTML
  ``QTextDocument`` (the printer before the body was laid out paragraph by paragraph) against the PDF renderer
  alone and against the PDF renderer sharing its work with a helper process (how the export prints a long
  workbook on a machine with two processors or more).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/inputs_workbook.py [--quick] [--inputs N] [--dwell S]

Targets for 20,000 inputs: .pdf at most 3 s, .docx at most 2 s, the GUI never stalled.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # export processes keep a bytecode cache, as an install has

from _common import StallProbe
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from controlroom.cli.pdf_helper import HelperProcess, helper_command
from controlroom.inputs.sample import fill_inputs, make_event
from controlroom.models import EventStore
from controlroom.ui import pdf
from controlroom.ui.inputs.export_dialog import WorkbookExportDialog
from controlroom.ui.inputs.pdf_writer import render_pdf
from controlroom.workbook import html_doc
from controlroom.workbook.build import build_workbook
from controlroom.workbook.docx_writer import render_docx

TARGET_S = {".docx": 2.0, ".pdf": 3.0}


def export_in_dialog(app: QApplication, store: EventStore, out: Path, dwell: float = 0.0) -> tuple[float, float, bool, float]:
    """Open the export dialog, leave it open ``dwell`` seconds (the host reading it and choosing the file),
    press Eksporter to write ``store`` to ``out`` and wait, a 10 ms timer ticking on the GUI thread
    throughout. Returns (seconds from the press to the file written, worst gap between ticks in ms,
    succeeded, CPU seconds of the export process: less disturbed than the wall clock when other work
    shares the machine)."""
    dlg = WorkbookExportDialog(store, None)
    dlg.path.setText(str(out))
    dlg.show()  # its export starts preparing when it is shown
    if dwell:
        pause = QEventLoop()
        QTimer.singleShot(int(dwell * 1000), pause.quit)
        pause.exec()
    result: list[str] = []
    dlg.succeeded.connect(result.append)
    dlg.failed.connect(lambda msg: result.append("FAILED " + msg))
    probe = StallProbe(10)
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(lambda: loop.quit() if result else None)
    poll.start()
    probe.start()
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    dlg.start()
    loop.exec()
    took = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    probe.stop()
    poll.stop()
    dlg.reject()  # stops the export it prepared for the next press
    dlg.deleteLater()
    cpu_s = after.ru_utime + after.ru_stime - cpu.ru_utime - cpu.ru_stime
    return took, probe.worst_gap() * 1000, not result[0].startswith("FAILED"), cpu_s


def idle(app: QApplication, seconds: float) -> float:
    probe = StallProbe(10)
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    probe.start()
    loop.exec()
    probe.stop()
    return probe.worst_gap() * 1000


def old_docx(doc) -> bytes:
    """The body written element by element with lxml into python-docx's document (the earlier writer)."""
    from docx.oxml.ns import qn
    from lxml.etree import SubElement

    from controlroom.workbook.docx_writer import GREY, STAR, Document, _tag_style
    from controlroom.workbook.model import split_tags

    d = Document()
    styles = d.styles
    ids = {n: styles[n].style_id for n in ("Heading 1", "Heading 2", "Heading 3", "List Bullet", "Normal")}
    tag_style = _tag_style(styles)
    body = d.element.body
    sect = body.find(qn("w:sectPr"))
    body.remove(sect)

    def para(style_id: str, keep: bool = False):
        p = SubElement(body, qn("w:p"))
        ppr = SubElement(p, qn("w:pPr"))
        SubElement(ppr, qn("w:pStyle")).set(qn("w:val"), style_id)
        if keep:
            SubElement(ppr, qn("w:keepNext"))
            SubElement(ppr, qn("w:keepLines"))
        return p

    def run(p, text: str, bold: bool = False, italic: bool = False, color: str | None = None) -> None:
        r = SubElement(p, qn("w:r"))
        if bold or italic or color:
            rpr = SubElement(r, qn("w:rPr"))
            if bold:
                SubElement(rpr, qn("w:b"))
            if italic:
                SubElement(rpr, qn("w:i"))
            if color:
                SubElement(rpr, qn("w:color")).set(qn("w:val"), color)
        for i, line in enumerate(text.split("\n")):
            if i:
                SubElement(r, qn("w:br"))
            for j, part in enumerate(line.split("\t")):
                if j:
                    SubElement(r, qn("w:tab"))
                if part:
                    t = SubElement(r, qn("w:t"))
                    t.text = part
                    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")

    def tagged(p, text: str, bold: bool = False) -> None:
        for piece, is_tag in split_tags(text):
            if is_tag:
                r = SubElement(p, qn("w:r"))
                SubElement(SubElement(r, qn("w:rPr")), qn("w:rStyle")).set(qn("w:val"), tag_style)
                SubElement(r, qn("w:t")).text = piece
            else:
                run(p, piece, bold=bold)

    for node in doc.nodes:
        if node.kind == "heading":
            run(para(ids[f"Heading {min(max(node.level, 1), 3)}"], keep=True), node.text)
        elif node.kind == "item":
            p = para(ids["List Bullet"])
            if node.starred:
                run(p, STAR, bold=True)
            tagged(p, node.text, bold=node.starred)
            if node.label:
                run(p, f" — {node.label}", italic=True, color=GREY)
        elif node.kind == "note":
            if node.label:
                run(para(ids["Normal"]), node.label, italic=True, color=GREY)
            for chunk in node.text.split("\n\n"):
                tagged(para(ids["Normal"]), chunk.strip("\n"))
        else:
            run(para(ids["Normal"]), node.text)
    body.append(sect)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def old_pdf(doc) -> bytes:
    """The book with its body as one HTML ``QTextDocument`` (the earlier printer)."""
    def contents(headings: list[tuple[int, int]]) -> str:
        return html_doc.contents_html(doc, [page for level, page in headings if level <= 2])

    return pdf.render_book(html_doc.title_html(doc), html_doc.body_html(doc), contents, title=doc.title,
                           font=html_doc.FONT, margins_mm=html_doc.MARGINS_MM)


def two_processes(doc) -> bytes:
    """The PDF renderer's work shared with a helper process (``controlroom workbook - --pdf-helper``)."""
    args, options = html_doc.book_arguments(doc)
    helper = HelperProcess(helper_command())
    try:
        return pdf.render_book(*args, **options, helper=helper)
    finally:
        helper.close()


def seconds(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="each export once, no in-process comparison (~30 s)")
    ap.add_argument("--inputs", type=int, default=20_000)
    ap.add_argument("--dwell", type=float, default=2.0,
                    help="seconds the dialog is open before Eksporter in the second series (default 2)")
    args = ap.parse_args()
    n = args.inputs
    repeat = 1 if args.quick else 3
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as d:
        store = EventStore.open(Path(d) / "e.krom", create=True, backup=False)
        fill_inputs(store, make_event(store), n)
        small = EventStore.open(Path(d) / "liten.krom", create=True, backup=False)
        fill_inputs(small, make_event(small), 1)
        print(f"inputs workbook: {n} inputs; the GUI thread runs a 10 ms timer throughout")
        print(f"  baseline idle loop (2 s): worst gap between ticks {idle(app, 2.0):.0f} ms")
        print("  export dialog (the dialog's `controlroom workbook` process), seconds from pressing Eksporter to the "
              f"file written, median of {repeat}; baseline: the same export of an event with one input")
        for dwell, when in ((0.0, "pressed as the dialog opens"), (args.dwell, f"pressed {args.dwell:g} s after it opens")):
            print(f"   {when}:")
            for suffix in (".docx", ".pdf", ".md"):
                base = statistics.median(export_in_dialog(app, small, Path(d) / f"liten{suffix}", dwell)[0]
                                         for _ in range(repeat))
                runs = [export_in_dialog(app, store, Path(d) / f"arbeidsbok{suffix}", dwell) for _ in range(repeat)]
                took = statistics.median(r[0] for r in runs)
                cpu = statistics.median(r[3] for r in runs)
                gap = max(r[1] for r in runs)
                ok = all(r[2] for r in runs)
                size = (Path(d) / f"arbeidsbok{suffix}").stat().st_size / 1e6
                target = TARGET_S.get(suffix)
                verdict = f"; target ≤ {target:.0f} s -> {'OK' if took <= target else 'MISSED'}" if target else ""
                print(f"    {suffix:<5} {took:5.2f} s, CPU {cpu:4.2f} s (one input: {base:4.2f} s), {size:4.1f} MB; "
                      f"GUI worst gap {gap:3.0f} ms{'' if ok else '; FAILED'}{verdict}")
        if not args.quick:
            doc = build_workbook(store)
            pdf.ensure_app()
            print("  rendering only, in this process (median of 3): earlier writer -> now")
            print(f"    .docx {seconds(lambda: old_docx(doc), 3):5.2f} s -> {seconds(lambda: render_docx(doc), 3):5.2f} s")
            print(f"    .pdf  {seconds(lambda: old_pdf(doc), 3):5.2f} s -> {seconds(lambda: render_pdf(doc), 3):5.2f} s; "
                  f"printed by two processes (this one and a helper started with the render): "
                  f"{seconds(lambda: two_processes(doc), 3):5.2f} s")
            print(f"  building the workbook from the store: {seconds(lambda: build_workbook(store), 3):5.2f} s")
        small.close()
        store.close()


if __name__ == "__main__":
    main()
    # PySide6 may abort while garbage-collecting at interpreter exit; the figures are printed.
    sys.stdout.flush()
    os._exit(0)
