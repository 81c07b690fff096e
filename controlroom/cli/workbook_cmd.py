"""``controlroom workbook EVENT --out FILE`` writes the workbook (.docx, .pdf or .md); with ``--progress``
it reports ``PROGRESS done total`` on stderr, and SIGTERM stops it with nothing written under the final name.

``--wait`` is for the window's export dialog, which starts this process when it opens: the process loads
its libraries, opens the event and builds the workbook while the host is still choosing the file, says
``READY`` on stderr and reads JSON lines on stdin:

- ``{"prepare": ".pdf"}``: the file name says PDF; lay the book out now (its pages are printed on export);
  ``--lay-out-pdf`` says so from the start;
- ``{"out": FILE, "include_personal_data": bool}``: write the workbook there, and end.

A long workbook's PDF is laid out and printed by this process and a helper process at once, on a machine
with a second processor (``controlroom.cli.pdf_helper``); the helper starts as soon as a PDF is wanted.

If anyone committed to the event in the meantime (SQLite's commit counter; a database cannot tell, so
there it is always built again), or the personal-data choice differs, the workbook is built (and laid
out) again before it is written. End of input before a file: nothing is written.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import signal
import sys
import threading
import types
from pathlib import Path
from typing import TYPE_CHECKING

from controlroom.i18n import tr
from controlroom.models import EventStore
from controlroom.workbook.build import build_workbook, input_count
from controlroom.workbook.model import Progress, WorkbookCancelled, WorkbookDoc, WorkbookWriteError
from controlroom.workbook.write import FORMATS, Renderer, write_workbook

if TYPE_CHECKING:
    from controlroom.cli.pdf_helper import HelperProcess
    from controlroom.ui.pdf import LaidOutBook


def run(a: argparse.Namespace) -> int:
    if a.pdf_helper:
        from controlroom.cli.pdf_helper_serve import serve

        return serve(sys.stdin.buffer, sys.stdout.buffer)
    helper = _Helper()
    try:
        return _run(a, helper)
    finally:
        helper.close()


def _run(a: argparse.Namespace, helper: _Helper) -> int:
    if a.wait:
        return _prepare_with(a, helper)
    if a.out is None:
        print("controlroom workbook: " + tr("--out FIL mangler (eller bruk --wait)."), file=sys.stderr)
        return 2
    if not _known_format(a.out):
        return 2
    store = _open(str(a.event))
    try:
        if a.out.suffix.lower() == ".pdf":
            helper.start_for(store)
        doc = build_workbook(store, include_personal_data=a.include_personal_data)
    finally:
        store.close()
    return _write(doc, a.out, a.progress, helper=helper.process)


class _Helper:
    """The PDF printer's helper process (``controlroom.cli.pdf_helper``), started as soon as a PDF of a long
    workbook is wanted on a machine with a processor to spare: it loads Qt while the workbook is built."""

    def __init__(self) -> None:
        self.process: HelperProcess | None = None

    def start_for(self, store: EventStore) -> None:
        from controlroom.cli.pdf_helper import MIN_INPUTS, start_helper

        if self.process is None and input_count(store) >= MIN_INPUTS:
            self.process = start_helper()

    def close(self) -> None:
        process, self.process = self.process, None
        if process is not None:
            process.close()


class _Preparation:
    """The workbook built ahead, and for a PDF laid out ahead, with what it was built from."""

    def __init__(self, store: EventStore, personal: bool, helper: _Helper) -> None:
        self.store, self.counter, self.helper = store, store.commit_counter(), helper
        self.seen = self.counter.read()  # before the build: a commit during it counts as a change
        self.personal = personal
        self.doc = build_workbook(store, include_personal_data=personal)
        self.pdf: LaidOutBook | None = None

    def refresh(self, personal: bool) -> None:
        """Build again if anyone committed since, or the personal-data choice differs."""
        now = self.counter.read()
        if personal != self.personal or now is None or now != self.seen:
            self.seen, self.personal, self.pdf = now, personal, None
            self.doc = build_workbook(self.store, include_personal_data=personal)

    def lay_out_pdf(self) -> None:
        self.refresh(self.personal)
        if self.pdf is None:
            from controlroom.workbook.html_doc import book_arguments

            args, options = book_arguments(self.doc)
            self.helper.start_for(self.store)
            self.pdf = _qt_pdf().lay_out_book(*args, **options, helper=self.helper.process)
            if self.pdf.helper is None:
                self.helper.close()  # the book was short enough for one process

    def close(self) -> None:
        self.counter.close()
        self.store.close()


def _prepare_with(a: argparse.Namespace, helper: _Helper) -> int:
    store = _open(str(a.event))
    if a.lay_out_pdf:
        helper.start_for(store)  # it loads while the workbook is built
    prepared = _Preparation(store, a.include_personal_data, helper)
    try:
        if a.lay_out_pdf:
            prepared.lay_out_pdf()
        _qt_pdf().ensure_app()  # Qt and its fonts, loaded while the host chooses
        print("READY", file=sys.stderr, flush=True)
        while True:
            line = sys.stdin.readline()
            if not line:
                return 0  # the dialog closed without exporting
            message = _message(line)
            if message is None:
                return 2
            if "prepare" in message:
                if message["prepare"] == ".pdf":
                    prepared.lay_out_pdf()
                continue
            request = _request(message)
            if request is None or not _known_format(request[0]):
                return 2
            out, personal = request
            prepared.refresh(personal)
            if out.suffix.lower() == ".pdf" and prepared.pdf is None:
                helper.start_for(prepared.store)
            break
        doc, laid = prepared.doc, prepared.pdf
    finally:
        prepared.close()
    printer = _laid_out_printer(laid) if laid is not None and out.suffix.lower() == ".pdf" else None
    return _write(doc, out, a.progress, printer, helper=helper.process)


_EXPECTED = '{"out": FIL, "include_personal_data": true|false} ' + "/" + ' {"prepare": ".pdf"}'


def _message(line: str) -> dict | None:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        print("controlroom workbook: stdin: " + tr("ventet en JSON-linje ({e}).").format(e=exc.msg), file=sys.stderr)
        return None
    if not isinstance(data, dict) or not ("prepare" in data or "out" in data):
        print("controlroom workbook: stdin: " + tr("ventet {expected}.").format(expected=_EXPECTED), file=sys.stderr)
        return None
    return data


def _request(data: dict) -> tuple[Path, bool] | None:
    """The dialog's request: where to write, and whether personal data is in."""
    out, personal = data.get("out"), data.get("include_personal_data", False)
    if not isinstance(out, str) or not out.strip() or not isinstance(personal, bool):
        print("controlroom workbook: stdin: " + tr("ventet {expected}.").format(expected=_EXPECTED), file=sys.stderr)
        return None
    return Path(out).expanduser(), personal


def _known_format(out: Path) -> bool:
    if out.suffix.lower() in FORMATS:
        return True
    print(f"controlroom: {out}: " + tr("ukjent format «{suffix}». Bruk .docx, .pdf eller .md.").format(
        suffix=out.suffix), file=sys.stderr)
    return False


def _open(event: str) -> EventStore:
    return EventStore.open(event if "://" in event else Path(event), backup=False)


def _qt_pdf() -> types.ModuleType:
    # Qt prints the PDF: a declared CLI → UI import (tests/test_architecture.py, pyproject.toml's
    # import-linter contract), made here so that no other command loads Qt.
    from controlroom.ui import pdf as qt_pdf

    return qt_pdf


def _pdf_renderer(helper: HelperProcess | None) -> Renderer:
    from controlroom.workbook.html_doc import pdf_renderer

    return pdf_renderer(functools.partial(_qt_pdf().render_book, helper=helper))


def _laid_out_printer(book: LaidOutBook) -> Renderer:
    """A renderer that only prints ``book`` (laid out ahead from the same workbook)."""
    from controlroom.workbook.html_doc import printer_progress

    def render(_doc: WorkbookDoc, progress: Progress | None = None, cancel: threading.Event | None = None) -> bytes:
        return _qt_pdf().print_book(book, printer_progress(progress, cancel))

    return render


def _write(doc: WorkbookDoc, out: Path, report: bool, renderer: Renderer | None = None,
           helper: HelperProcess | None = None) -> int:
    def progress(done: int, total: int) -> None:
        if report:
            print(f"PROGRESS {done} {total}", file=sys.stderr, flush=True)

    # SIGTERM (the window's Cancel) stops at the next step; nothing is written under the final name.
    cancel = threading.Event()
    with contextlib.suppress(ValueError):  # not the main thread (tests calling main() in a thread)
        signal.signal(signal.SIGTERM, lambda *_: cancel.set())
    if renderer is None and out.suffix.lower() == ".pdf":
        renderer = _pdf_renderer(helper)
    try:
        path = write_workbook(doc, out, progress=progress, cancel=cancel, pdf_renderer=renderer)
    except (WorkbookWriteError, WorkbookCancelled) as exc:
        print(f"controlroom: {exc}", file=sys.stderr)
        return 2
    print(path)
    return 0
