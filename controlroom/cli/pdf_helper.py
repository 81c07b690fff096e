"""The PDF printer's helper as a process, the printer's side: the helper lays out and prints the end of a
long workbook's body while the printer does the rest (``controlroom.ui.pdf_part`` says how the work is
shared; ``controlroom.cli.pdf_helper_serve`` is the helper's side).

The printer starts it (``controlroom workbook EVENT --pdf-helper``: a frozen build is its own CLI) as soon
as it knows a long PDF is wanted, so that the helper loads Qt and reads the styles' look while the
workbook is still being built. They talk over the helper's stdin and stdout, a JSON line each way per step,
some followed by bytes:

- ``{"lay_out": {"paragraphs": SIZE, "after": STYLE, "options": […]}}`` and the paragraphs in ``marshal``'s
  format (both ends are the same Python; it carries the tuples as tuples, twenty times faster than JSON)
  → ``{"lines": N, "paragraphs": M}`` and the lines' columns as arrays of machine numbers;
- ``{"print": {"spans": […], "first_number": N}}`` → ``{"pdf": SIZE}`` and the PDF's SIZE bytes.

Numbers cross exactly (JSON writes a float's shortest exact form; the arrays are the numbers' bytes), so
the lines are the helper's exactly. The helper ends at the end of its input: when the printer is done, or
gone. Anything it says on stderr goes to the printer's log. A helper that fails, hangs or answers nonsense
is stopped, and the printer does its work itself.
"""

from __future__ import annotations

import contextlib
import json
import logging
import marshal
import os
import queue
import subprocess
import sys
import threading
from array import array
from typing import IO, TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # Qt loads with the printer's layout, not with this module (see start_helper)
    from controlroom.ui import pdf_flow, pdf_part

log = logging.getLogger(__name__)
T = TypeVar("T")

#: How long the printer waits for an answer before it does the work itself.
ANSWER_TIMEOUT_S = 120.0


#: A workbook with fewer inputs than this is printed by one process (see ``ui.pdf_part.SPLIT_MIN``): no
#: helper is started for it.
MIN_INPUTS = 2_000


def helper_command() -> list[str]:
    """The command line of a helper."""
    cli = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "controlroom"]
    return [*cli, "workbook", "-", "--pdf-helper"]


def start_helper() -> HelperProcess | None:
    """A helper, started now if this machine has a processor to spare."""
    return HelperProcess(helper_command()) if worth_a_helper() else None


def worth_a_helper() -> bool:
    """Whether this machine has a second processor for a helper to run on."""
    affinity = getattr(os, "sched_getaffinity", None)
    return (len(affinity(0)) if affinity is not None else (os.cpu_count() or 1)) > 1


class HelperProcess:
    """The printer's side: a :class:`controlroom.ui.pdf_part.BodyHelper` that is another process."""

    def __init__(self, command: list[str]) -> None:
        self._answers: queue.Queue[Any] = queue.Queue()
        self._sending: threading.Thread | None = None
        self._failed = False
        try:
            self._proc: subprocess.Popen[bytes] | None = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        except OSError as exc:
            log.warning("PDF helper did not start: %s", exc)
            self._proc, self._failed = None, True
            return
        threading.Thread(target=self._read_answers, args=(self._proc.stdout,), daemon=True).start()
        threading.Thread(target=self._log_stderr, args=(self._proc.stderr,), daemon=True).start()

    # -- BodyHelper ------------------------------------------------------------------------------
    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def lay_out(self, paragraphs: list[pdf_flow.Paragraph], first: int, after: str,
                options: pdf_part.SheetOptions) -> None:
        data = marshal.dumps(paragraphs[first:])
        self._send({"lay_out": {"paragraphs": len(data), "after": after, "options": list(options)}}, data)

    def laid_out(self) -> pdf_part.PartLines | None:
        from controlroom.ui.pdf_part import PartLines

        return self._expected(PartLines, "lay_out")

    def print_pages(self, plan: pdf_part.PagePlan) -> None:
        self._send({"print": {"spans": plan.spans, "first_number": plan.first_number}})

    def printed(self) -> bytes | None:
        return self._expected(bytes, "print")

    def _expected(self, kind: type[T], request: str) -> T | None:
        """The answer to ``request`` if it is a ``kind``; anything else stops the helper."""
        answer = self._answer()
        if isinstance(answer, kind):
            return answer
        if not self._failed:
            self._fail(f"unexpected answer to {request}: {str(answer)[:200]}")
        return None

    # -- the process -----------------------------------------------------------------------------
    def close(self) -> None:
        """Stop the helper (it has nothing left to do, or the export ends)."""
        proc, self._proc = self._proc, None
        if proc is not None:
            proc.kill()  # first: a write still under way to a helper that hangs ends with it
            proc.wait()
            if proc.stdin is not None:
                with contextlib.suppress(OSError):
                    proc.stdin.close()

    def _send(self, message: dict, payload: bytes = b"") -> None:
        """Write ``message`` (and the bytes that follow it) on a thread of its own: the helper may still be
        loading, and the printer has its own part to lay out meanwhile."""
        if self._failed or self._proc is None or self._proc.stdin is None:
            return
        if self._sending is not None:
            self._sending.join()
        data = json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n" + payload
        stdin = self._proc.stdin

        def write() -> None:
            try:
                stdin.write(data)
                stdin.flush()
            except (OSError, ValueError) as exc:  # it died, or was stopped
                log.warning("PDF helper: could not send: %s", exc)

        self._sending = threading.Thread(target=write, daemon=True)
        self._sending.start()

    def _answer(self) -> Any:
        if self._failed:
            return None
        try:
            return self._answers.get(timeout=ANSWER_TIMEOUT_S)
        except queue.Empty:
            self._fail("no answer in time")
            return None

    def _fail(self, why: str) -> None:
        log.warning("PDF helper stopped (the printer does its pages): %s", why)
        self._failed = True
        self.close()
        return None

    def _read_answers(self, out: IO[bytes]) -> None:
        """Each answer in turn onto the queue; ``None`` once the helper's output ends or makes no sense."""
        try:
            for line in iter(out.readline, b""):
                message = json.loads(line)
                if isinstance(message, dict) and isinstance(message.get("pdf"), int):
                    size = message["pdf"]
                    data = out.read(size)
                    self._answers.put(data if len(data) == size else None)
                elif isinstance(message, dict) and isinstance(message.get("lines"), int):
                    self._answers.put(_read_lines(out, message["lines"], int(message["paragraphs"])))
                else:
                    self._answers.put(message)
        except (OSError, ValueError, KeyError, TypeError, EOFError) as exc:
            log.warning("PDF helper: unreadable answer: %s", exc)
        self._answers.put(None)

    @staticmethod
    def _log_stderr(err: IO[bytes]) -> None:
        for line in iter(err.readline, b""):
            text = line.decode("utf-8", "replace").rstrip()
            if text:
                log.warning("PDF helper: %s", text)


#: The type code of each of the columns of ``PartLines``, as they cross the pipe (this machine's byte order).
_COLUMNS = ("d", "d", "q", "q", "q", "q", "q", "d")


def _read_lines(out: IO[bytes], lines: int, paragraphs: int) -> pdf_part.PartLines:
    from controlroom.ui.pdf_part import PartLines

    columns = []
    for i, code in enumerate(_COLUMNS):
        column = array(code)
        column.fromfile(out, paragraphs if i >= 6 else lines)  # EOFError if the helper stops short
        columns.append(column)
    return PartLines(*columns)
