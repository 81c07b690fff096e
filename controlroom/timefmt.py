"""Dates and times as the event shows them (Qt-free): wall-clock HH:MM in the event's zone and
Norwegian dates. Used by the live displays, the rundown report and the workbook alike."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from controlroom.agenda.types import DEFAULT_TIMEZONE

NORWEGIAN_WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
NORWEGIAN_MONTHS = (
    "januar", "februar", "mars", "april", "mai", "juni",
    "juli", "august", "september", "oktober", "november", "desember",
)  # fmt: skip


@lru_cache(maxsize=64)
def zone(name: str | None) -> ZoneInfo:
    """The event's zone (``DEFAULT_TIMEZONE`` when the event names none)."""
    return ZoneInfo(name or DEFAULT_TIMEZONE)


def local_hm(instant: datetime | None, tz: str | None) -> str:
    """``instant`` as HH:MM on the wall clock of zone ``tz``; "" for no instant."""
    if instant is None:
        return ""
    return _local_hm(instant, tz)


@lru_cache(maxsize=4096)
def _local_hm(instant: datetime, tz: str | None) -> str:
    # Cached: the timeline formats every block's times after each action, mostly the same instants.
    return instant.astimezone(zone(tz)).strftime("%H:%M")


def norwegian_date(d: date) -> str:
    """ "6. mai 2024"."""
    return f"{d.day}. {NORWEGIAN_MONTHS[d.month - 1]} {d.year}"


def day_label(d: date, *, capital: bool = True) -> str:
    """ "Mandag 6. mai 2024" (``capital=False``: "mandag 6. mai 2024", inside a sentence)."""
    weekday = NORWEGIAN_WEEKDAYS[d.weekday()]
    return f"{weekday.capitalize() if capital else weekday} {norwegian_date(d)}"
