"""The printed workbook, read back from the PDF with poppler's ``pdftotext``: headings keep with what
follows, the contents give the page each heading is printed on, #tags are set off as tags."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from controlroom.cli import main
from controlroom.models import EventStore
from controlroom.workbook.build import build_workbook
from controlroom.workbook.html_doc import body_html
from tests.documents.conftest import pdf_pages

CONTENTS_LINE = re.compile(r"^(?P<text>.*?)\s{2,}(?P<page>\d+)$")


def _lines(page: str) -> list[str]:
    """A page's text lines, whitespace and ligatures (ﬂ → fl) normalised, the page number at the foot dropped."""
    lines = [" ".join(unicodedata.normalize("NFKC", ln).split()) for ln in page.splitlines()]
    lines = [ln for ln in lines if ln]
    if lines and lines[-1].isdigit():
        lines.pop()
    return lines


def _heading_at(lines: list[str], i: int, text: str) -> int:
    """How many lines from ``i`` on spell heading ``text`` (a long heading wraps), or 0."""
    joined = ""
    for k in range(i, min(i + 3, len(lines))):
        joined = f"{joined} {lines[k]}".strip()
        if joined == text:
            return k - i + 1
        if not text.startswith(joined):
            return 0
    return 0


@pytest.fixture(scope="module")
def workbook(printed_event, tmp_path_factory, poppler) -> tuple[Path, list[str]]:
    out = tmp_path_factory.mktemp("arbeidsbok") / "arbeidsbok.pdf"
    assert main(["workbook", str(printed_event), "--out", str(out)]) == 0
    store = EventStore.open(printed_event, backup=False)
    try:
        headings = [n.text for n in build_workbook(store).nodes if n.kind == "heading"]
    finally:
        store.close()
    return out, headings


def test_no_heading_ends_a_page_and_none_is_split(workbook):
    out, headings = workbook
    pages = [_lines(p) for p in pdf_pages(out, "-layout")]
    assert len(pages) > 8
    body_from = next(k for k, p in enumerate(pages) if p and p[0] == headings[0])
    found = 0
    for page in pages[body_from:]:
        i = 0
        while i < len(page):
            spans = max((_heading_at(page, i, h) for h in headings), default=0)
            if spans:
                found += 1
                assert i + spans < len(page), f"heading {' '.join(page[i:i + spans])!r} ends a page"
                i += spans
            else:
                i += 1
        last = page[-1]
        assert not any(h.startswith(last) or h.endswith(last) for h in headings if len(last) > 3), last
    assert found == len(headings)  # every heading whole on one page: none split across two


def test_contents_give_the_page_each_heading_is_printed_on(workbook):
    out, headings = workbook
    raw = pdf_pages(out, "-layout")
    pages = [_lines(p) for p in raw]
    assert pages[1][0] == "Innhold"
    entries = []
    k = 1
    while not (pages[k] and pages[k][0] == headings[0]):
        for line in unicodedata.normalize("NFKC", raw[k]).splitlines():
            if m := CONTENTS_LINE.match(line.strip()):
                entries.append((" ".join(m["text"].split()), int(m["page"])))
        k += 1
    body = [(number, line) for number, page in enumerate(pages, start=1) if number > k for line in page]
    assert len(entries) >= 20
    at = 0
    for text, page in entries:  # in order: "Innspill" is a heading under many blocks
        while at < len(body) and _heading_at([ln for _, ln in body], at, text) == 0:
            at += 1
        assert at < len(body), f"{text!r} from the contents is not in the body"
        assert body[at][0] == page, f"{text!r}: contents say page {page}, printed on page {body[at][0]}"
        at += 1
    assert [t for t, _ in entries][:2] == [headings[0], headings[1]]


def test_tags_are_set_off_and_copy_as_typed(printed_event, workbook, qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QTextDocument

    store = EventStore.open(printed_event, backup=False)
    try:
        html = body_html(build_workbook(store))
    finally:
        store.close()
    doc = QTextDocument()
    doc.setHtml(html)
    tags, plain = [], []
    block = doc.begin()
    while block.isValid() and len(tags) < 200:
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            fmt = frag.charFormat()
            shaded = fmt.background().style() != Qt.BrushStyle.NoBrush
            (tags if frag.text().startswith("#") else plain).append((frag.text(), shaded, fmt.fontWeight()))
            it += 1
        block = block.next()
    assert len(tags) > 50
    assert all(shaded and weight >= QFont.Weight.Bold for _, shaded, weight in tags), tags[:5]
    assert not any(shaded for _, shaded, _ in plain)
    text = "\n".join(pdf_pages(workbook[0]))
    assert "#frivillighet" in text and "#sdg17" in text  # the text of a tag copies as typed


def test_an_empty_event_prints_no_blank_page(store, tmp_path, qapp, poppler):
    from controlroom.ui.inputs.pdf_writer import render_pdf
    from controlroom.workbook.write import write_workbook

    out = write_workbook(build_workbook(store), tmp_path / "tom.pdf", pdf_renderer=render_pdf)
    assert [page.split()[0] for page in pdf_pages(out)] == ["Arrangement", "Innhold"]
