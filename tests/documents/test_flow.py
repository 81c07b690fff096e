"""The workbook's body laid out paragraph by paragraph (``controlroom.ui.pdf_flow.Flow``) is the body Qt lays
out from its HTML: the same text in every paragraph (spaces collapsed as the HTML reader does), the same line
breaks, every line at the same place, so the same pages; and the printed PDF reads the same."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSizeF
from PySide6.QtGui import QImage, QTextDocument

from controlroom.ui import pdf
from controlroom.ui.pdf_flow import Flow, FlowStyles, collapse_spaces
from controlroom.ui.pdf_pages import document_lines, laid_out_document, page_spans, page_starts
from controlroom.ui.pdf_part import PartLines, join_at_seam, part_of
from controlroom.ui.pdf_sheet import pdf_writer, qfont
from controlroom.workbook.html_doc import FONT, BodyFlow, body_paragraphs, paragraph_html, paragraphs_html
from controlroom.workbook.model import Node, WorkbookDoc
from tests.documents.conftest import pdf_pages

ODD_TEXTS = [
    "to  mellomrom", " foran", "bak ", "tab\tmidt", "linje\nneste", "mellomrom \n foran ny linje", "to\n\nlinjer",
    "\nstarter med linje", "slutter med linje\n", "   ", "hardt\xa0 mellomrom", "linjeskift\u2028tegn",
    "#tag  etter", "a\u3000b\u2003 c", "#første #andre#ikke-tag  #tredje", "sluttet med tag #sdg13",
    "מרחבא — שלום ❤ 👨‍👩‍👧 #språk", "lang " * 300, "ordutenmellomrom" * 40, "<b>fet</b> & { MERGEFIELD navn }",
]


def _doc() -> WorkbookDoc:
    """Every kind of node, with text that stresses the HTML reader's rules for white space."""
    nodes = [Node("heading", "09:00 Velkommen  og\tinnsjekk", 1), Node("para", "Beskrivelse\nmed to linjer")]
    for i, text in enumerate(ODD_TEXTS):
        if i % 7 == 0:
            nodes.append(Node("heading", f"Tema {i}", 2))
        nodes.append(Node("item", text, label=f"Salen · 09:{i:02d}" if i % 3 else "", starred=i % 4 == 0))
    nodes += [Node("heading", "Gruppe 3 (runde 1)", 3), Node("note", "To\n\navsnitt #tag", label="Leder: Kari"),
              Node("note", "uten etikett"), Node("heading", "Vedlegg", 1), Node("heading", "Mål 13", 2)]
    nodes += [Node("item", f"Innspill {i} #sdg{i % 17 + 1}", label="Teams-chat · 10:12") for i in range(400)]
    return WorkbookDoc("Samling", "Arbeidsbok", nodes=nodes)


@pytest.fixture
def writer(qapp):
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buf, "prøve", 20, 300)
    yield writer
    del writer
    buf.close()


def test_the_flow_breaks_and_places_every_line_as_qt_lays_out_the_html(writer):
    body = BodyFlow(body_paragraphs(_doc()))
    rect = writer.pageLayout().paintRectPixels(300)
    size = QSizeF(rect.width(), rect.height() - 100)
    font = qfont(FONT)
    qt = laid_out_document(paragraphs_html(body.paragraphs), writer, size.width(), font)
    flow = Flow(body, FlowStyles(body, font, writer, size.width()), font, writer)

    expected = document_lines(qt)
    assert len(flow.lines) == len(expected) > 450
    for mine, theirs in zip(flow.lines, expected, strict=True):
        assert (mine.index, mine.count, mine.level) == (theirs.index, theirs.count, theirs.level)
        assert mine.top == pytest.approx(theirs.top, abs=1e-6) and mine.bottom == pytest.approx(theirs.bottom, abs=1e-6)
    assert page_starts(flow.lines, size.height()) == page_starts(expected, size.height())

    # the same line breaks: every line of every paragraph starts at the same character, as high, at the same place
    theirs = []
    block = qt.begin()
    while block.isValid():
        origin = qt.documentLayout().blockBoundingRect(block).topLeft()
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            theirs.append((line.textStart(), line.x() + origin.x(), line.y() + origin.y(), line.height()))
        block = block.next()
    mine = [(start, line.x(), top, line.height())
            for line, top, start in zip(flow.text_lines, flow.line_tops, flow.line_starts, strict=True)]
    assert len(mine) == len(theirs)
    for k, (a, b) in enumerate(zip(mine, theirs, strict=True)):
        assert a == pytest.approx(b, abs=1e-6), k


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_spaces_collapse_as_the_html_reader_collapses_them(qapp, text):
    runs = [("• ", "text"), (text, "text"), (" ", "text"), ("— Salen", "label")]
    doc = QTextDocument()
    doc.setHtml(paragraphs_html([("item", runs)]))
    assert "".join(t for t, _ in collapse_spaces(runs)) == doc.toRawText()
    doc.setHtml(paragraph_html("p", [(text, "text")]))
    assert "".join(t for t, _ in collapse_spaces([(text, "text")])) == doc.toRawText()


def test_the_printed_pages_look_as_the_html_printed_the_old_way(writer, tmp_path, poppler):
    """The whole book through ``render_book`` with the body as paragraphs and as one HTML document: page for
    page the same image. (The old way also drew the clipped-away lines next to a page break: their ink could
    bleed into the edge row at a low resolution, and their text was in both pages' text. The flow draws each
    line once, so a page's text is what it shows.)"""
    doc = _doc()
    pages = {}
    for name, body in (("flow", BodyFlow(body_paragraphs(doc))), ("html", paragraphs_html(body_paragraphs(doc)))):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(pdf.render_book("<p>Samling</p>", body, lambda _pages: "<h1>Innhold</h1>",
                                         title="Samling", font=FONT))
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(tmp_path / name)], check=True)
        pages[name] = [QImage(str(p)) for p in sorted(tmp_path.glob(f"{name}-*.png"))]
    assert len(pages["flow"]) == len(pages["html"]) > 10
    for mine, theirs in zip(pages["flow"], pages["html"], strict=True):
        assert mine.size() == theirs.size()
        assert _inked_differences(mine, theirs) == 0
    # every line once, none hidden: the longest paragraphs read whole, once (the page numbers left out)
    words = [page.split() for page in pdf_pages(tmp_path / "flow.pdf")]
    text = "".join("".join(w[:-1] if w and w[-1].isdigit() else w) for w in words)
    assert text.count("ordutenmellomrom" * 40) == 1 and text.count("lang" * 300 + "—Salen") == 1


def _inked_differences(a: QImage, b: QImage) -> int:
    """Pixels that differ by more than a faint antialiasing shade."""
    a = a.convertToFormat(QImage.Format.Format_Grayscale8)
    b = b.convertToFormat(QImage.Format.Format_Grayscale8)
    width = a.width()
    count = 0
    for y in range(a.height()):
        ra, rb = bytes(a.constScanLine(y))[:width], bytes(b.constScanLine(y))[:width]
        if ra != rb:
            count += sum(1 for p, q in zip(ra, rb, strict=True) if abs(p - q) > 64)
    return count


def test_progress_rises_to_the_end_and_cancel_stops_the_pdf(filled_store, tmp_path, qapp):
    import threading

    from controlroom.ui.inputs.pdf_writer import render_pdf
    from controlroom.workbook.build import build_workbook
    from controlroom.workbook.model import WorkbookCancelled
    from controlroom.workbook.write import write_workbook

    doc = build_workbook(filled_store)
    seen: list[tuple[int, int]] = []
    write_workbook(doc, tmp_path / "a.pdf", progress=lambda d, t: seen.append((d, t)), pdf_renderer=render_pdf)
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen) and len(seen) > 5
    cancel = threading.Event()
    with pytest.raises(WorkbookCancelled):
        write_workbook(doc, tmp_path / "b.pdf", progress=lambda d, t: cancel.set() if d > t // 2 else None,
                       cancel=cancel, pdf_renderer=render_pdf)
    assert not (tmp_path / "b.pdf").exists()


@pytest.fixture
def filled_store(tmp_path):
    from controlroom.inputs.sample import fill_inputs, make_event
    from controlroom.models import EventStore

    store = EventStore.open(tmp_path / "e.krom", create=True, backup=False)
    fill_inputs(store, make_event(store), 1500)
    yield store
    store.close()


def test_a_body_laid_out_in_two_overlapping_parts_joins_into_the_same_lines_and_pages(writer):
    """What the printer and its helper process do (``controlroom.ui.pdf_part``), in one process: the helper's
    part laid out as if it followed the paragraph before it, moved to the seam, gives every line where one
    layout of the whole body puts it, and the same page breaks."""
    body = BodyFlow(body_paragraphs(_doc()))
    paragraphs = body.paragraphs
    rect = writer.pageLayout().paintRectPixels(300)
    height, width = rect.height() - 100, rect.width()
    font = qfont(FONT)
    styles = FlowStyles(body, font, writer, width)
    whole = Flow(body, styles, font, writer)
    first, at = len(paragraphs) // 3, len(paragraphs) // 2  # an overlap well over a page
    mine = Flow(part_of(body, paragraphs[:at]), styles, font, writer)
    theirs = Flow(part_of(body, paragraphs[first:]), styles, font, writer, after=paragraphs[first - 1][0])
    split = join_at_seam(mine.lines, mine.bottom, PartLines.of(theirs.lines, theirs.paragraph_lines,
                                                              theirs.paragraph_y),
                         at - first, lambda lines: page_starts(lines, height), page_spans)

    assert split is not None
    assert [(ln.index, ln.count, ln.level, ln.break_before) for ln in split.lines] == \
        [(ln.index, ln.count, ln.level, ln.break_before) for ln in whole.lines]
    assert [ln.top for ln in split.lines] == pytest.approx([ln.top for ln in whole.lines], abs=1e-6)
    assert split.starts == page_starts(whole.lines, height)
    assert 0 < split.printer_pages < len(split.starts)
    # each of the helper's pages is the same stretch of its own layout, moved by where its part starts
    spans = page_spans(whole.lines, split.starts)[split.printer_pages:]
    shift = whole.paragraph_y[first] - theirs.paragraph_y[0]
    moved = [edge + shift for span in split.helper_spans for edge in span]
    assert moved == pytest.approx([edge for span in spans for edge in span], abs=1e-6)
