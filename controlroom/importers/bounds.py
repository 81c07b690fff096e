"""The bounds every value of an event keeps (``agenda.types``), checked once for every format.

``read_agenda`` passes each importer's draft through :func:`check_values` before returning it, so a
value no importer thought of (a date in year 9999, a 200-million-character title, a NUL in a cell, a
lone surrogate) is refused with its file and line, and nothing accepted can break the event later.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from controlroom.agenda.types import (
    FIRST_DAY,
    LAST_DAY,
    MAX_BLOCK_MINUTES,
    MAX_CATEGORY_CHARS,
    MAX_EVENT_TITLE_CHARS,
    MAX_PEOPLE_PER_BLOCK,
    MAX_PERSON_CHARS,
    MAX_PLACE_CHARS,
    MAX_TEXT_CHARS,
    MAX_THRESHOLD_SECONDS,
    MAX_TIMEZONE_CHARS,
    MAX_TITLE_CHARS,
    AgendaDraft,
)
from controlroom.i18n import tr
from controlroom.importers.common import CONTROL_CHARS, SURROGATES, UNCLEAN, Problems, preview


def day_in_bounds(d: date) -> bool:
    return FIRST_DAY <= d <= LAST_DAY


def day_bounds_message(d: date) -> str:
    return tr("Datoen {day} er utenfor det en hendelse kan ha; ventet en dato fra {first} til {last}.").format(
        day=d.isoformat(), first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat())


def check_values(draft: AgendaDraft, file: str) -> None:
    """The gate every draft passes on its way out of ``read_agenda``, whatever the format: days, lengths
    and thresholds inside the bounds of ``agenda.types``, texts no longer than their columns, control
    characters dropped, unpaired surrogates refused. Cleans ``draft`` in place, or raises
    ``BadInputError`` with every problem, each at its block's line. (What a value is called in a message
    is only worked out when there is a problem: this runs over every field of every block.)"""
    problems = Problems(file)

    def text(value: str, limit: int, line: int | None, what: Callable[..., str]) -> str:
        if UNCLEAN.search(value):
            if SURROGATES.search(value):
                problems.add(line, tr("{what} har et ugyldig tegn (en ensom UTF-16-surrogat som \\ud800); "
                                      "ventet vanlig tekst.").format(what=what()))
                return value
            value = CONTROL_CHARS.sub("", value)
        if len(value) > limit:
            problems.add(line, tr("{what} har {n} tegn; høyst {limit} er tillatt.").format(
                what=what(), n=f"{len(value):,}".replace(",", " "), limit=f"{limit:,}".replace(",", " ")))
        return value

    draft.title = text(draft.title, MAX_EVENT_TITLE_CHARS, None, lambda: tr("Agendaens tittel"))
    draft.place = text(draft.place, MAX_PLACE_CHARS, None, lambda: tr("Stedet"))
    draft.timezone = text(draft.timezone, MAX_TIMEZONE_CHARS, None, lambda: tr("Tidssonen"))
    draft.categories = {
        text(name, MAX_CATEGORY_CHARS, None, lambda name=name: tr("Kategorien «{name}»").format(name=preview(name, 30))): color
        for name, color in draft.categories.items()
    }
    for b in draft.blocks:
        n = b.source_line
        b.title = text(b.title, MAX_TITLE_CHARS, n, lambda b=b: tr("Tittelen «{title}»").format(title=preview(b.title, 30)))
        what = preview(b.title, 40)
        if not b.title.strip():
            problems.add(n, tr("Bolken mangler tittel."))
        if not day_in_bounds(b.day):
            problems.add(n, f"«{what}»: {day_bounds_message(b.day)}")
        if not 0 <= b.minutes <= MAX_BLOCK_MINUTES:
            problems.add(n, tr("«{title}» varer {minutes} minutter; ventet 0 (sluttmerke) til {limit}.").format(
                title=what, minutes=b.minutes, limit=MAX_BLOCK_MINUTES))
        for key, value in (("warn_seconds", b.warn_seconds), ("danger_seconds", b.danger_seconds)):
            if value is not None and not 0 <= value <= MAX_THRESHOLD_SECONDS:
                problems.add(n, tr("«{key}» er {value}; ventet 0 til {limit} sekunder (eller null).").format(
                    key=key, value=preview(value, 30), limit=MAX_THRESHOLD_SECONDS))
        b.description = text(b.description, MAX_TEXT_CHARS, n,
                             lambda what=what: tr("Beskrivelsen av «{title}»").format(title=what))
        b.notes = text(b.notes, MAX_TEXT_CHARS, n, lambda what=what: tr("Notatene til «{title}»").format(title=what))
        if b.category is not None:
            b.category = text(b.category, MAX_CATEGORY_CHARS, n,
                              lambda what=what: tr("Kategorien til «{title}»").format(title=what)) or None
        if len(b.assigned) > MAX_PEOPLE_PER_BLOCK:
            problems.add(n, tr("«{title}» har {n} ansvarlige; høyst {limit} er tillatt.").format(
                title=what, n=len(b.assigned), limit=MAX_PEOPLE_PER_BLOCK))
        elif b.assigned:
            b.assigned = [p for p in (text(p, MAX_PERSON_CHARS, n,
                                           lambda p=p: tr("Navnet «{name}»").format(name=preview(p, 30)))
                                      for p in b.assigned) if p]
    problems.raise_if_any()
