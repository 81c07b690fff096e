"""One CSV writer for every CSV the app writes, safe to open in a spreadsheet.

Excel, LibreOffice and Numbers run a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return as a formula (``=HYPERLINK(…)``, ``+SUM(1)``, DDE ``=cmd|…``); a line feed counts
too, because a reader with universal newlines turns a leading carriage return into one. A title typed by
anyone must never do that on the organiser's machine, so such a cell is written with a leading
apostrophe (OWASP's CSV-injection rule), which spreadsheets show as text and do not evaluate.

One exception keeps reports summable: a cell that is a plain negative number (``-5``, ``-2,5``,
ASCII digits only) is written as it is. A spreadsheet reads it as a number; it cannot call a
function or reach another cell, because it has no operator after the sign.

Our own importers read the file back with :func:`unescape_cell`, the exact inverse of
:func:`escape_cell` (a title that itself begins with apostrophes before such a character keeps
them), so an export re-imports to the same text.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import Any, TextIO

#: The first characters that make a spreadsheet evaluate a cell (OWASP CSV injection).
FORMULA_PREFIXES = frozenset("=+-@\t\r\n")
_PLAIN_NEGATIVE_NUMBER = re.compile(r"-[0-9]+(?:[.,][0-9]+)?")


def needs_escape(text: str) -> bool:
    """True when ``text`` would be a formula, or begins with apostrophes before a formula character."""
    rest = text.lstrip("'")
    if not rest or rest[0] not in FORMULA_PREFIXES:
        return False
    return _PLAIN_NEGATIVE_NUMBER.fullmatch(text) is None


def escape_cell(value: Any) -> Any:
    """The value as it goes into the file: text that a spreadsheet would evaluate gets a leading ``'``."""
    if isinstance(value, str) and needs_escape(value):
        return "'" + value
    return value


def unescape_cell(text: str) -> str:
    """The inverse of :func:`escape_cell`, for our importers reading our own exports back."""
    if text.startswith("'") and needs_escape(text[1:]):
        return text[1:]
    return text


class SafeWriter:
    """``csv.writer`` with every cell passed through :func:`escape_cell`."""

    def __init__(self, fh: TextIO, **fmtparams: Any) -> None:
        self._writer = csv.writer(fh, **fmtparams)

    def writerow(self, row: Iterable[Any]) -> Any:
        return self._writer.writerow([escape_cell(v) for v in row])


def writer(fh: TextIO, **fmtparams: Any) -> SafeWriter:
    """Use instead of ``csv.writer``: same arguments, formula-safe cells."""
    return SafeWriter(fh, **fmtparams)
