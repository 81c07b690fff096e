"""Plain-text programmes pasted from an invitation (seed 002).

Shape: prose, then day headers (``Onsdag 6. september``) each followed by time lines
(``12.00 Lunsj``, ``09:00 – 10:30 Velkommen``) with indented (often NBSP-indented) lines under them,
then hashtags and terms. Decisions (documented in ``docs/sections/agenda-import.md``):
- a block lasts until the next start of its day (an explicit ``09:00–10:30`` range wins);
  the last block of a day gets 60 min when it is a meal, else 30 min, with a warning;
- lines under a time line belong to its block: a line after a title ending in ``,`` ``:`` ``-`` or
  ``og`` continues the title, the rest become the description; names found in them (``Fornavn
  Etternavn, rolle``) and after a dash in the title become the block's assigned people;
- prose before, between and after the programme, hashtag lines and the terms (``Restriksjoner``)
  are skipped and listed in ``draft.skipped``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path

from controlroom.agenda.types import AgendaDraft, BlockData
from controlroom.errors import BadInputError, InputProblem
from controlroom.i18n import tr
from controlroom.importers.common import (
    LAST_BLOCK_MINUTES,
    LAST_MEAL_MINUTES,
    MONTH_RE,
    MONTHS,
    WEEKDAY_RE,
    WEEKDAYS,
    Problems,
    category_colors,
    check_block_count,
    check_schedule,
    fmt_time,
    infer_category,
    is_meal,
    minute_of,
    parse_time,
    skipped,
    strip_markup,
)

DAY_HEADER = re.compile(
    rf"^(?:dag\s+\d+\s*[-–:,]?\s*)?(?:(?P<weekday>{WEEKDAY_RE})\s*,?\s+(?:den\s+)?)?"
    rf"(?P<day>\d{{1,2}})\.?\s*(?P<month>{MONTH_RE})\.?(?:\s+(?P<year>\d{{4}}))?\s*:?$",
    re.IGNORECASE,
)
DAY_HEADER_NUMERIC = re.compile(
    rf"^(?:dag\s+\d+\s*[-–:,]?\s*)?(?:(?P<weekday>{WEEKDAY_RE})\s*,?\s+(?:den\s+)?)?"
    r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})?\s*:?$",
    re.IGNORECASE,
)
BULLETS = "•·*-–▪◦ "
TIME_LINE = re.compile(
    r"^(?:kl\.?\s*)?(?P<start>\d{1,2}[.:]\d{2})(?:\s*[-–]\s*(?P<end>\d{1,2}[.:]\d{2}))?(?=\s|$|[-–:])\s*[-–:]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
HASHTAG = re.compile(r"^#\w")
TERMS = re.compile(r"^(restriksjoner|vilkår|betingelser|avmelding|påmelding)\s*:?$", re.IGNORECASE)
#: A line not indented under a time and longer than this is prose, not part of the block.
MAX_CONTINUATION = 200
_CONTINUES = re.compile(r"([,:\-–&]|\b(og|and|och))$", re.IGNORECASE)

NAME_WORD = re.compile(r"[A-ZÆØÅÄÖÜÉ][a-zæøåäöüéèáóíúñ'’]+(?:-[A-ZÆØÅÄÖÜÉ]?[a-zæøåäöüéèáóíúñ'’]+)*")
HONORIFICS = {"ambassadør", "ambassadör", "ordfører", "professor", "prof", "dr", "statsråd", "minister",
              "rådmann", "direktør", "kommunedirektør", "fylkesordfører", "varaordfører"}
ORG_WORDS = {"kommune", "kommun", "kommunes", "kommuner", "stad", "fylkeskommune", "fylke", "region", "regionen",
             "norge", "sverige", "danmark", "norden", "foundation", "ambassad", "ambassade", "universitet",
             "høgskole", "forening", "forbund", "direktorat", "departement", "nettverk", "as", "asa", "ab",
             "hotel", "hotell", "kulturrådet", "ks", "skl", "imdi"}


@dataclass
class _Block:
    line: int
    day: date
    start: time
    end: time | None
    title: str
    lines: list[str] = field(default_factory=list)


def looks_like_programme(text: str) -> bool:
    return any(TIME_LINE.match(ln.strip()) for ln in text.split("\n"))


def parse_plaintext(text: str, path: Path, day: date | None) -> AgendaDraft:
    file = str(path)
    problems = Problems(file)
    draft = AgendaDraft(source="plaintext")
    raw_blocks: list[_Block] = []
    current_day: date | None = None
    block: _Block | None = None
    started = False  # inside the programme (a day header or a time line has been seen)
    ended = False  # after the terms: nothing more is programme
    year_asked = False
    last_year: int | None = None

    for number, raw in enumerate(text.split("\n"), start=1):
        s = " ".join(raw.split())
        if not s:
            continue
        if ended:
            draft.skipped.append(skipped(file, number, s, tr("Vilkår etter programmet hoppet over")))
            continue
        if s[0] in BULLETS and TIME_LINE.match(s.lstrip(BULLETS)):
            s = s.lstrip(BULLETS)  # "• 09:00 Velkommen"
        header = _day_header(s)
        if not started and not draft.title and len(s) <= 120 and not header and not TIME_LINE.match(s):
            draft.title = strip_markup(s)
            continue
        if header:
            started, block = True, None
            weekday, day_of_month, month, year = header
            year = year or last_year or (day.year if day else None)  # a later day header may omit the year
            last_year = year
            if year is None:
                if not year_asked:
                    problems.add(number, tr(
                        "Programmet har dager uten årstall («{header}»); oppgi året med --date ÅÅÅÅ-MM-DD."
                    ).format(header=s), date_needed=True)
                    year_asked = True
                current_day = date(2000, 1, 1)  # keep reading to report other problems
                continue
            try:
                current_day = date(year, month, day_of_month)
            except ValueError:
                problems.add(number, tr("Datoen «{header}» finnes ikke.").format(header=s))
                continue
            if weekday and WEEKDAYS[weekday.lower()] != current_day.weekday():
                draft.warnings.append(InputProblem(file, number, tr(
                    "«{header}»: {date} er ikke en {weekday}; sjekk året (--date)."
                ).format(header=s, date=current_day.isoformat(), weekday=weekday.lower())))
            continue
        if m := TIME_LINE.match(s):
            started = True
            try:
                start = parse_time(m.group("start"), file, number)
                end = parse_time(m.group("end"), file, number) if m.group("end") else None
            except BadInputError as exc:
                problems.catch(exc)
                block = None
                continue
            if current_day is None:
                if day is None:
                    problems.add(number, tr(
                        "Programmet sier ikke hvilken dag det gjelder (ingen linje som «Onsdag 6. september» før "
                        "første klokkeslett); oppgi datoen med --date ÅÅÅÅ-MM-DD."), date_needed=True)
                    current_day = date(2000, 1, 1)
                else:
                    current_day = day
            block = _Block(number, current_day, start, end, strip_markup(m.group("rest")))
            raw_blocks.append(block)
            check_block_count(len(raw_blocks), file, number)
            continue
        if TERMS.match(s):
            ended, block = True, None
            draft.skipped.append(skipped(file, number, s, tr("Vilkår etter programmet hoppet over")))
            continue
        if HASHTAG.match(s):
            block = None
            draft.skipped.append(skipped(file, number, s, tr("Emneknagg hoppet over")))
            continue
        indented = raw[:1].isspace() or raw.startswith("\u00a0")
        if block is not None and (indented or len(s) <= MAX_CONTINUATION):
            block.lines.append(strip_markup(s))
            continue
        block = None
        where = tr("Tekst i programmet hoppet over") if started else tr("Tekst før programmet hoppet over")
        draft.skipped.append(skipped(file, number, s, where))

    if not raw_blocks and not problems.errors:
        problems.add(1, tr("Fant ingen bolker; ventet linjer som «09.00 Velkommen» under en dag som "
                              "«Onsdag 6. september»."))
    problems.raise_if_any()
    draft.blocks = _to_blocks(raw_blocks, draft, file)
    draft.categories = category_colors([])
    check_schedule(draft, file)
    return draft


def _day_header(line: str) -> tuple[str | None, int, int, int | None] | None:
    """``(weekday, day, month, year)`` for ``Onsdag 6. september [2023]`` or ``Onsdag 6.9.[2023]``."""
    if m := DAY_HEADER.match(line):
        month = MONTHS[m.group("month").lower()]
    elif m := DAY_HEADER_NUMERIC.match(line):
        month = int(m.group("month"))
    else:
        return None
    return m.group("weekday"), int(m.group("day")), month, int(m.group("year")) if m.group("year") else None


def _to_blocks(raw_blocks: list[_Block], draft: AgendaDraft, file: str) -> list[BlockData]:
    result: list[BlockData] = []
    for i, rb in enumerate(raw_blocks):
        # A title ending in "," ":" "-" or "og" continues on the next line: only the last piece joined
        # needs checking, and the pieces are joined once (not the whole title again at every line).
        lines = rb.lines
        used = 0
        title = rb.title
        if not title and lines:
            title, used = lines[0], 1
        parts = [title]
        while used < len(lines) and _CONTINUES.search(parts[-1]):
            parts.append(lines[used])
            used += 1
        title = " ".join(parts).rstrip(" ,:-–")
        lines = lines[used:]
        block = BlockData(day=rb.day, start=rb.start, minutes=0, title=title or tr("(uten tittel)"),
                          description=_join_description(lines), category=infer_category(title),
                          assigned=_people(title, lines), source_line=rb.line)
        nxt = raw_blocks[i + 1] if i + 1 < len(raw_blocks) else None
        if rb.end is not None:
            block.minutes = (minute_of(rb.end) - minute_of(rb.start)) % (24 * 60)
        elif nxt is not None and nxt.day == rb.day and minute_of(nxt.start) > minute_of(rb.start):
            block.minutes = minute_of(nxt.start) - minute_of(rb.start)
        else:
            block.minutes = LAST_MEAL_MINUTES if is_meal(block) else LAST_BLOCK_MINUTES
            draft.warnings.append(InputProblem(file, rb.line, tr(
                "«{title}» kl. {start} har ingen sluttid; satt til {minutes} min."
            ).format(title=block.title, start=fmt_time(rb.start), minutes=block.minutes)))
        result.append(block)
    return result


def _join_description(lines: list[str]) -> str:
    """Lines wrapped mid-sentence (next starts lower-case) are joined with a space."""
    out: list[list[str]] = []  # paragraphs of lines, each joined once
    for line in lines:
        if out and not out[-1][-1].endswith((".", "!", "?", ":")) and line[:1].islower():
            out[-1].append(line)
        else:
            out.append([line])
    return "\n".join(" ".join(paragraph) for paragraph in out)


_TITLE_PARTS = re.compile(r",|\s[-–]\s")
_NAME_PARTS = re.compile(r",|\s+og\s+|\s+and\s+|\s+och\s+|\s*&\s*|\s[-–]\s")


def _people(title: str, lines: list[str]) -> list[str]:
    found: list[str] = []
    title_parts = _TITLE_PARTS.split(title)[1:]
    for part in title_parts:
        found += _names(part)
    for line in lines:
        found += _names(line.split(":", 1)[1] if ":" in line else line)
    return list(dict.fromkeys(found))


def _names(text: str) -> list[str]:
    names = []
    for part in _NAME_PARTS.split(text):
        words = part.strip(" .;:()").split()
        while words and words[0].lower().strip(".,") in HONORIFICS:
            words.pop(0)
        if 2 <= len(words) <= 4 and all(NAME_WORD.fullmatch(w) for w in words) and not any(
            w.lower() in ORG_WORDS for w in words
        ):
            names.append(" ".join(words))
    return names
