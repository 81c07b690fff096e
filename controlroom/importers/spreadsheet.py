"""Spreadsheets: CSV (``;``, ``,`` or tab, sniffed from the header) and XLSX (openpyxl, read-only).

The first non-empty row holds the column names, Norwegian or English (see ``COLUMNS``). Start
and title are required; the length comes from a length column, else an end column, else the
next start of the same day (the last block then gets a default, with a warning). A row without
a date takes the date of the row above; the first one takes ``--date``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import cast

from controlroom.agenda.types import LOCATIONS, AgendaDraft, BlockData, Location
from controlroom.errors import BadInputError, InputProblem
from controlroom.exporters.safe_csv import unescape_cell
from controlroom.i18n import tr
from controlroom.importers.common import (
    LAST_BLOCK_MINUTES,
    LAST_MEAL_MINUTES,
    MAX_BLOCKS,
    Problems,
    bad,
    category_colors,
    check_block_count,
    check_schedule,
    date_needed,
    fmt_time,
    is_meal,
    minute_of,
    parse_date,
    parse_length,
    parse_time,
    preview,
    read_bytes,
    skipped,
    split_people,
    strip_markup,
)
from controlroom.importers.xlsx import XlsxError, sheet_rows

#: Accepted column names (compared lower-case, without trailing ``.`` or ``:``).
COLUMNS: dict[str, tuple[str, ...]] = {
    "start": ("kl", "klokkeslett", "start", "starttid", "tid", "time", "start time", "fra", "from"),
    "minutes": ("lengde", "varighet", "duration", "minutter", "minutes", "min", "length"),
    "end": ("slutt", "sluttid", "end", "end time", "til", "to"),
    "title": ("tittel", "title", "programpost", "bolk", "session"),
    "description": ("beskrivelse", "description", "innhold"),
    "assigned": ("ansvarlig", "ansvarlige", "assigned", "assigned to", "personer", "people", "innledere", "speakers"),
    "category": ("kategori", "category"),
    "day": ("dato", "date", "dag", "day"),
    "notes": ("notater", "notes", "merknader", "additional information", "vertsnotater"),
    "streamed": ("strømmes", "streames", "streamed", "stream", "strømming", "streaming"),
    "location": ("sted", "location", "hvor", "where"),
}
#: How many rows from the top the header row may be.
HEADER_SEARCH = 10
#: How much of a sheet is read: the known columns are a dozen, and rows past this are not an agenda's
#: (a sheet's own claim of its size is ignored: ``importers.xlsx``).
MAX_COLUMNS = 32
MAX_SHEET_ROWS = 100_000
REQUIRED_NAMES = {"start": "KL./Start/Tid/Time", "title": "Tittel/Title"}
_YES = {"ja", "yes", "true", "1", "x", "j", "y", "sann", "✓", "streames", "strømmes"}
_NO = {"nei", "no", "false", "0", "n", "usann", "streames ikke", "strømmes ikke"}
_UNKNOWN = {"", "ukjent", "unknown", "?", "-", "kanskje", "none", "null"}
_LOCATION = {"fysisk": "onsite", "på stedet": "onsite", "onsite": "onsite", "digitalt": "online",
             "digital": "online", "online": "online", "begge": "both", "both": "both", "hybrid": "both"}

Cell = object
Row = tuple[int, list[Cell]]


def _header_key(name: object) -> str | None:
    text = " ".join(str(name or "").split()).lower().rstrip(".: ")
    for key, names in COLUMNS.items():
        if text in names:
            return key
    return None


def _cells(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:  # a field over the csv module's limit: not a header line
        return []


def _sniff(first_line: str) -> tuple[str, int]:
    """The delimiter under which the header line has the most known column names."""
    best = (";", -1)
    for delimiter in (";", ",", "\t"):
        cells = _cells(first_line, delimiter)
        known = sum(1 for c in cells if _header_key(c))
        if known > best[1]:
            best = (delimiter, known)
    return best


def _header_line(text: str) -> str:
    """The line with the most known column names among the first few (a title line may come first)."""
    candidates = [ln for ln in text.split("\n", HEADER_SEARCH * 3)[: HEADER_SEARCH * 3] if ln.strip()][:HEADER_SEARCH]
    return max(candidates, key=lambda ln: _sniff(ln)[1], default="")


def looks_like_csv(text: str) -> bool:
    first = _header_line(text)
    delimiter, known = _sniff(first)
    cells = _cells(first, delimiter)
    keys = {_header_key(c) for c in cells}
    return known >= 2 and "start" in keys and "title" in keys


def parse_csv(text: str, path: Path, day: date | None) -> AgendaDraft:
    delimiter, _known = _sniff(_header_line(text))
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows: list[Row] = []
    line = 1
    try:
        for record in reader:
            rows.append((line, [unescape_cell(c) for c in record]))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise bad(str(path), reader.line_num, tr("CSV-filen kan ikke leses ({error}).").format(error=exc)) from None
    return parse_rows(rows, path, day, "csv")


def parse_xlsx(path: Path, day: date | None, data: bytes | None = None) -> AgendaDraft:
    """The first sheet, from the bytes (openpyxl refuses names without an .xlsx extension), read with
    the guards of ``importers.xlsx``; reading stops once there are more rows than an agenda can have."""
    file = str(path)
    rows: list[Row] = []
    reader = sheet_rows(data if data is not None else read_bytes(path), max_rows=MAX_SHEET_ROWS, max_cols=MAX_COLUMNS)
    try:
        for number, values in reader:
            rows.append((number, list(values)))
            if len(rows) > MAX_BLOCKS + HEADER_SEARCH:
                check_block_count(len(rows) - HEADER_SEARCH, file, number)
    except XlsxError as exc:
        raise bad(file, None, tr("Filen er ikke et gyldig Excel-regneark (.xlsx): {error}").format(
            error=preview(exc, 300))) from None
    finally:
        reader.close()
    return parse_rows(rows, path, day, "xlsx")


def _empty(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def parse_rows(rows: Iterable[Row], path: Path, day: date | None, source: str) -> AgendaDraft:
    file = str(path)
    problems = Problems(file)
    draft = AgendaDraft(source=source)
    rows = [r for r in rows if any(not _empty(c) for c in r[1])]
    # The header is the first of the first rows that names both start and title (a title row such as
    # "Program for dagen" may come first); without one, the first row is reported as the header.
    at = next((i for i, (_n, r) in enumerate(rows[:HEADER_SEARCH])
               if {"start", "title"} <= {_header_key(c) for c in r}), 0)
    for n, r in rows[:at]:
        draft.skipped.append(skipped(file, n, " ".join(str(c) for c in r if not _empty(c)),
                                     tr("Rad over kolonneoverskriftene hoppet over")))
    header_line, header = rows[at] if rows else (1, [])
    it = iter(rows[at + 1 :])
    cols: dict[str, int] = {}
    for i, name in enumerate(header):
        key = _header_key(name)
        if key and key not in cols:
            cols[key] = i
        elif not _empty(name):
            draft.skipped.append(InputProblem(file, header_line, tr("Ukjent kolonne «{name}» hoppet over").format(
                name=preview(name))))
    missing = [names for key, names in REQUIRED_NAMES.items() if key not in cols]
    if missing:
        found = ", ".join(f"«{preview(h, 40)}»" for h in header[:MAX_COLUMNS] if not _empty(h)) or tr("ingen")
        raise bad(file, header_line, tr(
            "Regnearket mangler kolonnene {missing}; fant {found}. Ventet en overskriftsrad med minst "
            "KL./Start/Tid/Time og Tittel/Title (og gjerne Lengde/Varighet/Duration, Dato, Beskrivelse, Ansvarlig, "
            "Kategori, Notater, Strømmes)."
        ).format(missing=" og ".join(missing), found=found))
    if "day" not in cols and day is None:
        raise date_needed(file, header_line, tr("Regnearket har ingen Dato-kolonne; oppgi datoen med --date ÅÅÅÅ-MM-DD."))

    entries: list[tuple[BlockData, time | None]] = []  # block, explicit end
    current_day = day
    categories: list[str] = []
    for number, row in it:
        cell = {key: (row[idx] if idx < len(row) else None) for key, idx in cols.items()}
        if all(_empty(v) for v in cell.values()):
            continue
        try:
            current_day = _day(cell.get("day"), current_day, day, file, number)
            start = _time(cell["start"], file, number)
            title = strip_markup(str(cell["title"] or ""))
            if not title:
                raise bad(file, number, tr("Raden mangler tittel (kolonnen Tittel/Title)."))
            minutes = _minutes(cell.get("minutes"), file, number)
            end = _time(cell["end"], file, number) if not _empty(cell.get("end")) else None
            block = BlockData(
                day=current_day, start=start, minutes=minutes if minutes is not None else -1, title=title,
                description=_text(cell.get("description")), category=_text(cell.get("category")) or None,
                assigned=split_people(_text(cell.get("assigned"))), notes=_text(cell.get("notes")),
                streamed=_streamed(cell.get("streamed"), file, number),
                location=_location(cell.get("location"), file, number), source_line=number,
            )
        except BadInputError as exc:
            problems.catch(exc)
            continue
        if block.category and block.category not in categories:
            categories.append(block.category)
        entries.append((block, end))
        check_block_count(len(entries), file, number)
    if not entries and not problems.errors:
        problems.add(header_line, tr("Regnearket har ingen rader under overskriften."))
    problems.raise_if_any()
    draft.blocks = _fill_lengths(entries, draft, file)
    draft.categories = category_colors(categories)
    check_schedule(draft, file)
    return draft


def _fill_lengths(entries: list[tuple[BlockData, time | None]], draft: AgendaDraft, file: str) -> list[BlockData]:
    blocks = [b for b, _ in entries]
    for i, (b, end) in enumerate(entries):
        if b.minutes >= 0:
            continue
        if end is not None:
            b.minutes = (minute_of(end) - minute_of(b.start)) % (24 * 60)
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt is not None and nxt.day == b.day and minute_of(nxt.start) > minute_of(b.start):
            b.minutes = minute_of(nxt.start) - minute_of(b.start)
        else:
            b.minutes = LAST_MEAL_MINUTES if is_meal(b) else LAST_BLOCK_MINUTES
            draft.warnings.append(InputProblem(file, b.source_line, tr(
                "«{title}» kl. {start} har ingen lengde; satt til {minutes} min."
            ).format(title=b.title, start=fmt_time(b.start), minutes=b.minutes)))
    return blocks


def _text(cell: Cell) -> str:
    if _empty(cell):
        return ""
    return str(cell).replace("\r\n", "\n").strip()


def _time(cell: Cell, file: str, line: int) -> time:
    if isinstance(cell, datetime):
        return cell.time().replace(second=0, microsecond=0)
    if isinstance(cell, time):
        return cell.replace(second=0, microsecond=0)
    if isinstance(cell, int | float) and 0 <= cell < 1:  # Excel's fraction of a day
        minute = round(cell * 24 * 60)
        return time(minute // 60 % 24, minute % 60)
    return parse_time(_text(cell), file, line)


def _minutes(cell: Cell, file: str, line: int) -> int | None:
    if _empty(cell):
        return None
    if isinstance(cell, bool):
        raise bad(file, line, tr("Ugyldig lengde «{value}».").format(value=cell))
    if isinstance(cell, timedelta):
        cell = round(cell.total_seconds() / 60)
    if isinstance(cell, time):
        return cell.hour * 60 + cell.minute
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    return parse_length(str(cell), file, line)


def _day(cell: Cell, current: date | None, given: date | None, file: str, line: int) -> date:
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if _empty(cell):
        if current is None:
            raise date_needed(file, line, tr("Første rad mangler dato; fyll inn Dato eller oppgi --date ÅÅÅÅ-MM-DD."))
        return current
    known = given or current
    return parse_date(_text(cell), file, line, default_year=known.year if known else None)


def _streamed(cell: Cell, file: str, line: int) -> bool | None:
    if isinstance(cell, bool):
        return cell
    value = _text(cell).lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    if value in _UNKNOWN:
        return None
    raise bad(file, line, tr("Ugyldig verdi «{value}» i Strømmes: ventet ja, nei eller tom (ukjent).").format(
        value=preview(cell)))


def _location(cell: Cell, file: str, line: int) -> Location:
    value = _text(cell).lower()
    if not value:
        return "both"
    if value in LOCATIONS:
        return cast(Location, value)
    if value in _LOCATION:
        return cast(Location, _LOCATION[value])
    raise bad(file, line, tr("Ugyldig sted «{value}»: ventet fysisk, digitalt eller begge.").format(value=preview(cell)))
