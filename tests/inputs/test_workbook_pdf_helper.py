"""A long workbook's PDF printed by two processes at once, the printer and its helper (a real
``controlroom workbook - --pdf-helper`` process): the same pages, page numbers and text as one process
prints; a helper that does not start, dies, hangs or answers nonsense leaves the printer to do its pages;
the helper refuses a request it cannot read; the two halves are joined with the first one's title."""

from __future__ import annotations

import io
import json
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pikepdf
import pytest

from controlroom.cli import main, pdf_helper
from controlroom.inputs.sample import fill_inputs, make_event
from controlroom.models import EventStore
from controlroom.pdf_join import join_pdfs
from controlroom.ui import pdf, pdf_part
from controlroom.workbook.build import build_workbook
from controlroom.workbook.html_doc import body_paragraphs, book_arguments


@pytest.fixture(scope="module")
def long_event(tmp_path_factory) -> Path:
    """An event whose workbook is long enough to be shared (more than ``SPLIT_MIN`` paragraphs)."""
    path = tmp_path_factory.mktemp("long") / "lang.krom"
    store = EventStore.open(path, create=True, backup=False)
    fill_inputs(store, make_event(store), 3_000)
    store.close()
    return path


@pytest.fixture(scope="module")
def book_args(long_event):
    store = EventStore.open(long_event, backup=False)
    try:
        doc = build_workbook(store)
    finally:
        store.close()
    assert len(body_paragraphs(doc)) >= pdf_part.SPLIT_MIN
    return doc, book_arguments(doc)


@pytest.fixture(scope="module")
def one_process(qapp, book_args, tmp_path_factory) -> str:
    """The text of the book printed by this process alone, page by page (form feeds between pages)."""
    _doc, (args, options) = book_args
    return _text(pdf.render_book(*args, **options), tmp_path_factory.mktemp("one"))


def _text(data: bytes, folder: Path) -> str:
    path = folder / f"bok-{time.monotonic_ns()}.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _print_with(helper: pdf_helper.HelperProcess, book_args) -> tuple[pdf.LaidOutBook, bytes]:
    _doc, (args, options) = book_args
    try:
        book = pdf.lay_out_book(*args, **options, helper=helper)
        return book, pdf.print_book(book)
    finally:
        helper.close()


def test_two_processes_print_the_book_one_process_prints(qapp, book_args, one_process, tmp_path):
    book, data = _print_with(pdf_helper.HelperProcess(pdf_helper.helper_command()), book_args)
    assert book.helper is not None  # the helper printed the body's last pages
    assert 0 < book.helper.printed_here < len(book.body.starts)
    assert len(book.helper.spans) == len(book.body.starts) - book.helper.printed_here
    assert _text(data, tmp_path) == one_process  # the same text, page for page, page numbers included
    with pikepdf.open(io.BytesIO(data)) as joined:
        assert len(joined.pages) == one_process.count("\f")
        assert str(joined.docinfo["/Title"]) == book_args[0].title


def test_the_command_line_shares_a_long_pdf_with_a_helper(qapp, long_event, one_process, tmp_path, caplog):
    out = tmp_path / "arbeidsbok.pdf"
    with caplog.at_level(logging.INFO, logger="controlroom.ui.pdf"):
        assert main(["workbook", str(long_event), "--out", str(out)]) == 0
    assert any("helper" in r.getMessage() for r in caplog.records)
    assert _text(out.read_bytes(), tmp_path) == one_process


@pytest.mark.parametrize("command", [
    ["/nonexistent/controlroom-helper"],  # does not start
    [sys.executable, "-c", "import sys; sys.exit(3)"],  # exits at once
    [sys.executable, "-c", "import sys; sys.stdin.readline(); print('ikke JSON', flush=True); sys.stdin.read()"],
    [sys.executable, "-c", "import sys; sys.stdin.readline(); print('{\"lines\": 5, \"paragraphs\": 1}', flush=True)"],
], ids=["missing", "exits", "nonsense", "short"])
def test_a_helper_that_fails_leaves_the_printer_to_do_its_pages(qapp, book_args, one_process, tmp_path, command):
    book, data = _print_with(pdf_helper.HelperProcess(command), book_args)
    assert book.helper is None  # laid out and printed here alone
    assert _text(data, tmp_path) == one_process


def test_a_helper_that_dies_before_printing_leaves_its_pages_to_the_printer(qapp, book_args, one_process, tmp_path):
    _doc, (args, options) = book_args
    helper = pdf_helper.HelperProcess(pdf_helper.helper_command())
    try:
        book = pdf.lay_out_book(*args, **options, helper=helper)
        assert book.helper is not None and helper.pid is not None
        os.kill(helper.pid, signal.SIGKILL)
        data = pdf.print_book(book)
    finally:
        helper.close()
    assert _text(data, tmp_path) == one_process


def test_a_helper_that_hangs_is_stopped_and_its_work_done_here(qapp, book_args, one_process, tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_helper, "ANSWER_TIMEOUT_S", 1.0)
    helper = pdf_helper.HelperProcess([sys.executable, "-c", "import time; time.sleep(120)"])
    pid = helper.pid
    started = time.monotonic()
    book, data = _print_with(helper, book_args)
    assert time.monotonic() - started < 60
    assert book.helper is None
    with pytest.raises(ProcessLookupError):  # stopped, and reaped
        os.kill(pid, 0)
    assert _text(data, tmp_path) == one_process


@pytest.mark.parametrize("request_line, expected", [
    (b"[1, 2]\n", "expected a request as the printer writes it (not an object)"),
    (b"ikke json\n", "expected a request as the printer writes it"),
    (json.dumps({"lay_out": {"paragraphs": 100, "after": "p", "options": ["", ["DejaVu Sans", 10], 20, 300]}})
     .encode() + b"\nkort", "the paragraphs end after 4 of 100 bytes"),
    (json.dumps({"lay_out": {"paragraphs": "mange"}}).encode() + b"\n", "expected the paragraphs' size in bytes"),
    (json.dumps({"hei": 1}).encode() + b"\n", "unexpected message"),
], ids=["not-an-object", "not-json", "short-payload", "bad-size", "unknown"])
def test_the_helper_refuses_a_request_it_cannot_read(request_line, expected):
    done = subprocess.run([*pdf_helper.helper_command()], input=request_line, capture_output=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 2
    assert expected in done.stderr.decode("utf-8", "replace")
    assert done.stdout == b""  # nothing half answered


def test_joined_pdfs_keep_every_page_in_order_and_the_first_ones_title(qapp, tmp_path):
    first = pdf.render("<p>Første del</p><p style='page-break-before: always'>Side to</p>", title="Arbeidsbok")
    second = pdf.render("<p>Andre del</p>", title="Hjelperens del")
    joined = join_pdfs(first, second)
    with pikepdf.open(io.BytesIO(joined)) as book:
        assert len(book.pages) == 3
        assert str(book.docinfo["/Title"]) == "Arbeidsbok"
    text = _text(joined, tmp_path)
    assert text.index("Første del") < text.index("Side to") < text.index("Andre del")
