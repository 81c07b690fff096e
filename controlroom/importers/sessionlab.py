"""SessionLab's text export (seed 001): a tab table ``KL. LENGDE TITTEL BESKRIVELSE`` and a
"block details" section with ``ASSIGNED TO`` and ``ADDITIONAL INFORMATION`` per block.

Decisions (documented in ``docs/sections/agenda-import.md``):
- an end row without length (``17:30 Slutt``) becomes the day's end mark: a 0-minute block, as
  SessionLab's own details section writes it (``17:30 | 0m``), which the timer never runs;
- a gap row (``↓ 1t 30m``) is no block; it is checked against the next start and a mismatch warned;
- the details section's description (with its paragraphs) replaces the table's flattened one;
- the export does not say which block has which category: breaks and meals become "Pause",
  everything else is left without a category for the host to set.

Every step is linear in the file: wrapped lines are collected and joined once per block, and the
details are matched to the table through an index by title (and time).
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from pathlib import Path

from controlroom.agenda.types import AgendaDraft, BlockData
from controlroom.errors import BadInputError, InputProblem
from controlroom.i18n import tr
from controlroom.importers.bounds import day_bounds_message, day_in_bounds
from controlroom.importers.common import (
    TAG,
    Problems,
    bad,
    category_colors,
    check_block_count,
    check_schedule,
    date_needed,
    find_date_in_text,
    fmt_time,
    infer_category,
    minute_of,
    parse_length,
    parse_time,
    preview,
    skipped,
    split_people,
    streaming_hint,
    strip_markup,
    title_key,
)

TIME_HEADERS = {"KL.", "KL", "TID", "TIME", "START"}
LENGTH_HEADERS = {"LENGDE", "VARIGHET", "DURATION", "LENGTH"}
TITLE_HEADERS = {"TITTEL", "TITLE"}
DESCRIPTION_HEADERS = {"BESKRIVELSE", "DESCRIPTION"}

_DETAILS_WORDS = ("block details", "bolkdetaljer")
# Matched against stripped lines, so no ``\s*$`` (which rescans a run of spaces from each position).
_SECTION = re.compile(r"^##\s+(.+)$")
_SUBHEADING = re.compile(r"^#{3,6}\s*(.+)$")
_ADDITIONAL = re.compile(r"^(#{3,6}\s*)?(additional information|tilleggsinformasjon)\s*:?\s*$", re.IGNORECASE)
_ASSIGNED = re.compile(r"^(assigned to|ansvarlig|tildelt)\s*:?\s+(.+)$", re.IGNORECASE)
_WHEN = re.compile(r"^(\d{1,2}[:.]\d{1,2})\s*\|\s*(.*)$")
_GAP = re.compile(r"^[↓⇣]\s*(.*)$")
_DAY_ROW = re.compile(r"^(?:dag|day)\s*(\d{1,2})\s*:?$", re.IGNORECASE)


def header_columns(line: str) -> dict[str, int] | None:
    """Column indexes of a SessionLab table header line, or None if ``line`` is not one."""
    if "\t" not in line:
        return None
    cells = [c.strip().upper() for c in line.split("\t")]
    cols: dict[str, int] = {}
    for i, cell in enumerate(cells):
        for key, names in (("time", TIME_HEADERS), ("length", LENGTH_HEADERS), ("title", TITLE_HEADERS),
                           ("description", DESCRIPTION_HEADERS)):
            if cell in names and key not in cols:
                cols[key] = i
    return cols if "time" in cols and "length" in cols else None


def _is_details_heading(line: str) -> bool:
    """``# Nettverkssamling 6. mai 2024 - block details`` (string tests: no regex backtracking)."""
    s = line.strip()
    if len(s) < 2 or s[0] != "#" or not s[1].isspace():
        return False
    low = s.lower()
    word = next((w for w in _DETAILS_WORDS if low.endswith(w)), None)
    return word is not None and s[: len(s) - len(word)].rstrip().endswith(("-", "–"))


def looks_like_sessionlab(text: str) -> bool:
    """SessionLab writes its table header in capitals with the time first (``KL.<TAB>LENGDE…``)."""
    for line in text.split("\n", 200)[:200]:
        cols = header_columns(line)
        if cols and cols["time"] == 0 and line.strip() == line.strip().upper():
            return True
    return False


@dataclass
class _Details:
    title: str
    line: int
    start: str | None = None
    length: str | None = None
    when_line: int | None = None
    assigned: list[str] = field(default_factory=list)
    description: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def parse_sessionlab(text: str, path: Path, day: date | None) -> AgendaDraft:
    file = str(path)
    problems = Problems(file)
    lines = text.split("\n")
    draft = AgendaDraft(source="sessionlab")

    header_at = next((i for i, ln in enumerate(lines) if header_columns(ln)), None)
    if header_at is None:  # detection guarantees a header; keep the message anyway
        raise bad(file, 1, tr("Fant ingen tabelloverskrift «KL. LENGDE TITTEL BESKRIVELSE»."))
    cols = header_columns(lines[header_at]) or {}
    if "title" not in cols:
        raise bad(file, header_at + 1, tr("Tabellen mangler kolonnen TITTEL; ventet «KL. LENGDE TITTEL BESKRIVELSE»."))

    # -- before the table: title (with the date) and the category legend
    title_line: int | None = None
    legend: list[str] = []
    for i, raw in enumerate(lines[:header_at]):
        s = raw.strip()
        if not s:
            continue
        if "■" in s:
            legend = [strip_markup(p) for p in s.split("■") if p.strip()]
        elif title_line is None:  # "# Nettverkssamling 6. mai 2024" (the "#" may be missing)
            draft.title = strip_markup(s.lstrip("#"))
            title_line = i + 1
        else:
            draft.skipped.append(skipped(file, i + 1, s, tr("Tekst før tabellen hoppet over")))
    draft.categories = category_colors(legend)

    event_day = first_day = _event_day(draft, day, file, title_line or header_at + 1)

    # -- the table
    details_at = next((i for i, ln in enumerate(lines) if _is_details_heading(ln)), len(lines))
    blocks: list[BlockData] = []
    # The table's title and description cells of each block and of the lines wrapped under it, joined
    # once at the end (joining at every wrapped line re-read the whole description each time).
    titles: list[list[str]] = []
    descriptions: list[list[str]] = []
    pending_gap: tuple[int, int, str] | None = None  # minutes, line, text
    for i in range(header_at + 1, details_at):
        raw, number = lines[i], i + 1
        if not raw.strip():
            continue
        cells = raw.split("\t")
        cell = {key: (cells[idx].strip() if idx < len(cells) else "") for key, idx in cols.items()}
        first = cell["time"]
        if m := _DAY_ROW.match(first):  # a multi-day session: "Dag 2" / "Day 2" starts the next day
            event_day = first_day + timedelta(days=int(m.group(1)) - 1)  # first_day is in bounds: no overflow
            pending_gap = None
            continue
        if not first:
            gap_text = next((c.strip() for c in cells if _GAP.match(c.strip())), None)
            if gap_text is not None:
                try:
                    pending_gap = (parse_length(_GAP.match(gap_text).group(1), file, number), number, gap_text)  # type: ignore[union-attr]
                except BadInputError as exc:
                    problems.catch(exc)
            elif blocks:  # a wrapped line of the block above, in the column it belongs to
                if cell.get("title"):
                    titles[-1].append(cell["title"])
                if cell.get("description"):
                    descriptions[-1].append(cell["description"])
            else:
                draft.skipped.append(skipped(file, number, raw, tr("Linje uten klokkeslett hoppet over")))
            continue
        try:
            start = parse_time(first, file, number)
        except BadInputError as exc:
            problems.catch(exc)
            continue
        length = cell["length"]
        minutes = 0
        if length:
            try:
                minutes = parse_length(length, file, number)
            except BadInputError as exc:
                problems.catch(exc)
                continue
        title = strip_markup(cell.get("title", ""))
        if not title:
            problems.add(number, tr("Bolken kl. {start} mangler tittel (kolonnen TITTEL).").format(start=first))
            continue
        block = BlockData(day=event_day, start=start, minutes=minutes, title=title, source_line=number)
        if pending_gap and blocks:
            gap, gap_line, gap_text = pending_gap
            prev = blocks[-1]
            expected = minute_of(prev.start) + prev.minutes + gap
            if expected != minute_of(start):
                draft.warnings.append(InputProblem(file, gap_line, tr(
                    "Mellomrommet «{gap}» etter «{prev}» gir start {expected}, men «{title}» starter {start}."
                ).format(gap=gap_text, prev=prev.title, expected=f"{expected // 60 % 24:02d}:{expected % 60:02d}",
                         title=title, start=fmt_time(start))))
        pending_gap = None
        blocks.append(block)
        titles.append([title])
        descriptions.append([cell.get("description", "")])
        check_block_count(len(blocks), file, number)
    if not blocks and not problems.errors:
        problems.add(header_at + 1, tr("Tabellen har ingen bolker; ventet rader som «09:00<TAB>45m<TAB>Tittel»."))
    problems.raise_if_any()
    for block, title_parts, description_parts in zip(blocks, titles, descriptions, strict=True):
        if len(title_parts) > 1:
            block.title = strip_markup(" ".join(title_parts))
        block.description = _table_description(" ".join(description_parts))
        block.category = infer_category(block.title)

    # -- the details section
    if details_at < len(lines):
        _merge_details(_read_details(lines, details_at, file, problems), blocks, draft, file, problems)
    problems.raise_if_any()
    draft.blocks = blocks
    check_schedule(draft, file)
    return draft


def _table_description(text: str) -> str:
    """The table flattens paragraphs into double spaces; give them back their breaks."""
    return "\n\n".join(p.strip() for p in re.split(r" {2,}", strip_markup_keep_spaces(text)) if p.strip())


def strip_markup_keep_spaces(text: str) -> str:
    return TAG.sub("", text).replace("**", "").strip()


def _event_day(draft: AgendaDraft, day: date | None, file: str, line: int) -> date:
    found = find_date_in_text(draft.title)
    if found:
        d, month, year = found
        year = year or (day.year if day else None)
        if year is None:
            raise date_needed(file, line, tr("Tittelen «{title}» har ingen årstall; oppgi datoen med --date ÅÅÅÅ-MM-DD.").format(
                title=preview(draft.title)))
        try:
            found_day = date(year, month, d)
        except ValueError:
            raise bad(file, line, tr("Datoen i tittelen «{title}» finnes ikke.").format(title=preview(draft.title))) from None
        if not day_in_bounds(found_day):
            raise bad(file, line, day_bounds_message(found_day))
        if day is not None and day != found_day:
            draft.warnings.append(InputProblem(file, line, tr(
                "Tittelen sier {found}; datoen fra tittelen er brukt, ikke {given}.").format(
                found=found_day.isoformat(), given=day.isoformat())))
        return found_day
    if day is None:
        raise date_needed(file, line, tr("Eksporten sier ikke hvilken dag agendaen gjelder; oppgi datoen med --date ÅÅÅÅ-MM-DD."))
    return day


def _read_details(lines: list[str], start: int, file: str, problems: Problems) -> list[_Details]:
    sections: list[_Details] = []
    current: _Details | None = None
    target = "description"
    for i in range(start + 1, len(lines)):
        s, number = lines[i].strip(), i + 1
        if not s or s == "---":
            continue
        if m := _SECTION.match(s):
            current = _Details(title=strip_markup(m.group(1)), line=number)
            sections.append(current)
            target = "description"
            continue
        if current is None:
            continue
        if _ADDITIONAL.match(s):
            target = "notes"
            continue
        if m := _SUBHEADING.match(s):
            target = "notes"
            current.notes.append(strip_markup(m.group(1)))
            continue
        if m := _ASSIGNED.match(s):
            current.assigned += split_people(strip_markup(m.group(2)))
            continue
        if current.start is None and (m := _WHEN.match(s)):
            current.start, current.length, current.when_line = m.group(1), m.group(2), number
            continue
        getattr(current, target).append(strip_markup(s))
    return sections


def _merge_details(sections: list[_Details], blocks: list[BlockData], draft: AgendaDraft, file: str,
                   problems: Problems) -> None:
    """Each details section goes to the first table block not yet matched with its title (and its time,
    when the section gives one): looked up in queues by title and by (title, time), so a section costs
    the same whether the table has ten blocks or five thousand."""
    matched: set[int] = set()
    by_title: dict[str, deque[int]] = {}
    by_title_time: dict[tuple[str, time], deque[int]] = {}
    for i, b in enumerate(blocks):
        key = title_key(b.title)
        by_title.setdefault(key, deque()).append(i)
        by_title_time.setdefault((key, b.start), deque()).append(i)

    def first_free(queue: deque[int] | None) -> int | None:
        while queue and queue[0] in matched:
            queue.popleft()
        return queue[0] if queue else None

    shown = ", ".join(f"«{preview(b.title, 40)}»" for b in blocks[:10]) + (" …" if len(blocks) > 10 else "")
    for sec in sections:
        start = None
        if sec.start is not None:
            try:
                start = parse_time(sec.start, file, sec.when_line)
            except BadInputError as exc:
                problems.catch(exc)
                continue
        key = title_key(sec.title)
        index = first_free(by_title.get(key))
        if index is None:
            problems.add(sec.line, tr(
                "Detaljdelen har bolken «{title}», som ikke finnes i tabellen; ventet en av titlene i tabellen: {titles}."
            ).format(title=preview(sec.title), titles=shown))
            continue
        if start is not None:
            timed = first_free(by_title_time.get((key, start)))
            if timed is None:
                problems.add(sec.when_line, tr(
                    "Detaljdelen har «{title}» kl. {start}, men tabellen har den kl. {table}; ventet samme tid."
                ).format(title=preview(sec.title), start=fmt_time(start), table=fmt_time(blocks[index].start)))
                continue
            index = timed
        matched.add(index)
        block = blocks[index]
        if sec.length:
            try:
                minutes = parse_length(sec.length, file, sec.when_line)
                if minutes != block.minutes:
                    draft.warnings.append(InputProblem(file, sec.when_line, tr(
                        "Detaljdelen sier {details} min for «{title}», tabellen {table} min; tabellen er brukt."
                    ).format(details=minutes, title=block.title, table=block.minutes)))
            except BadInputError as exc:
                problems.catch(exc)
        if sec.assigned:
            block.assigned = sec.assigned
        if sec.description:
            block.description = "\n\n".join(sec.description)
        if sec.notes:
            block.notes = "\n".join(sec.notes)
            block.streamed = streaming_hint(block.notes)
