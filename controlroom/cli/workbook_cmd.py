"""``controlroom workbook EVENT --out FILE`` writes the workbook (.docx, .pdf or .md); with ``--progress``
it reports ``PROGRESS done total`` on stderr, and SIGTERM stops it with nothing written under the final name.

``--wait`` is for the window's export dialog, which starts this process when it opens: the process loads
its libraries, opens the event and builds the workbook while the host is still choosing the file, says
``READY`` on stderr and waits for one JSON line on stdin, ``{"out": FILE, "include_personal_data": bool}``.
If anyone committed to the event in the meantime (SQLite's commit counter; a database cannot tell, so
there it is always built again), or the personal-data choice differs, the workbook is built again before
it is written. End of input without a line: nothing is written.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from controlroom.i18n import tr
from controlroom.models import EventStore
from controlroom.models.store import CommitCounter
from controlroom.workbook.build import build_workbook
from controlroom.workbook.model import WorkbookCancelled, WorkbookDoc, WorkbookWriteError
from controlroom.workbook.write import FORMATS, Renderer, write_workbook


def run(a: argparse.Namespace) -> int:
    if a.wait:
        return _prepare_then_write(a)
    if a.out is None:
        print("controlroom workbook: " + tr("--out FIL mangler (eller bruk --wait)."), file=sys.stderr)
        return 2
    if not _known_format(a.out):
        return 2
    store = _open(str(a.event))
    try:
        doc = build_workbook(store, include_personal_data=a.include_personal_data)
    finally:
        store.close()
    return _write(doc, a.out, a.progress)


@dataclass
class _Prepared:
    store: EventStore
    counter: CommitCounter
    seen: int | None
    doc: WorkbookDoc
    personal: bool


def _prepare_then_write(a: argparse.Namespace) -> int:
    store = _open(str(a.event))
    counter = store.commit_counter()
    try:
        seen = counter.read()  # before the build: a commit during it counts as a change
        prepared = _Prepared(store, counter, seen, build_workbook(store, include_personal_data=a.include_personal_data),
                             a.include_personal_data)
        _pdf_renderer()  # Qt and its fonts, loaded while the host chooses
        print("READY", file=sys.stderr, flush=True)
        line = sys.stdin.readline()
        if not line.strip():
            return 0  # the dialog closed without exporting
        request = _request(line)
        if request is None:
            return 2
        out, personal = request
        if not _known_format(out):
            return 2
        doc = prepared.doc
        if personal != prepared.personal or seen is None or counter.read() != seen:
            doc = build_workbook(store, include_personal_data=personal)
    finally:
        counter.close()
        store.close()
    return _write(doc, out, a.progress)


def _request(line: str) -> tuple[Path, bool] | None:
    """The dialog's request: where to write, and whether personal data is in."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        print("controlroom workbook: stdin " + tr("linje 1: ventet en JSON-linje ({e}).").format(e=exc.msg),
              file=sys.stderr)
        return None
    out = data.get("out") if isinstance(data, dict) else None
    personal = data.get("include_personal_data", False) if isinstance(data, dict) else None
    if not isinstance(out, str) or not out.strip() or not isinstance(personal, bool):
        print("controlroom workbook: stdin " + tr(
            "linje 1: ventet {\"out\": FIL, \"include_personal_data\": true|false}."), file=sys.stderr)
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


def _pdf_renderer() -> Renderer:
    # Qt prints the PDF: a declared CLI → UI import (tests/test_architecture.py, pyproject.toml's
    # import-linter contract), made here so that no other command loads Qt.
    from controlroom.ui import pdf as qt_pdf
    from controlroom.workbook.html_doc import pdf_renderer

    qt_pdf.ensure_app()
    return pdf_renderer(qt_pdf.render_book)


def _write(doc: WorkbookDoc, out: Path, report: bool) -> int:
    def progress(done: int, total: int) -> None:
        if report:
            print(f"PROGRESS {done} {total}", file=sys.stderr, flush=True)

    # SIGTERM (the window's Cancel) stops at the next step; nothing is written under the final name.
    cancel = threading.Event()
    with contextlib.suppress(ValueError):  # not the main thread (tests calling main() in a thread)
        signal.signal(signal.SIGTERM, lambda *_: cancel.set())
    renderer = _pdf_renderer() if out.suffix.lower() == ".pdf" else None
    try:
        path = write_workbook(doc, out, progress=progress, cancel=cancel, pdf_renderer=renderer)
    except (WorkbookWriteError, WorkbookCancelled) as exc:
        print(f"controlroom: {exc}", file=sys.stderr)
        return 2
    print(path)
    return 0
