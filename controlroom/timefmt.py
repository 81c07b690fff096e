"""Dates and times as the event shows them (Qt-free): wall-clock HH:MM in the event's zone and
long dates in the UI's language ("mandag 6. mai 2024" / "Monday 6 May 2024"). Used by the live
displays, the rundown report and the workbook alike."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from controlroom.agenda.types import DEFAULT_TIMEZONE
from controlroom.i18n import tr


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


def weekday_name(d: date) -> str:
    """The weekday in the UI's language: "mandag" / "Monday"."""
    return _weekdays()[d.weekday()]


def month_name(month: int) -> str:
    """The month (1–12) in the UI's language: "mai" / "May"."""
    return _months()[month - 1]


def long_date(d: date) -> str:
    """ "6. mai 2024" (English: "6 May 2024")."""
    return tr("{day}. {month} {year}").format(day=d.day, month=month_name(d.month), year=d.year)


#: The name other modules know it by; the date follows the UI's language.
norwegian_date = long_date


def day_label(d: date, *, capital: bool = True) -> str:
    """ "Mandag 6. mai 2024" (``capital=False``: "mandag 6. mai 2024", inside a sentence;
    English: "Monday 6 May 2024" either way)."""
    weekday = weekday_name(d)
    return f"{weekday[:1].upper() + weekday[1:] if capital else weekday} {long_date(d)}"


def _weekdays() -> tuple[str, ...]:
    # Literal tr() calls, so the translation tools find every name.
    return (
        tr("mandag", "weekday"), tr("tirsdag", "weekday"), tr("onsdag", "weekday"), tr("torsdag", "weekday"),
        tr("fredag", "weekday"), tr("lørdag", "weekday"), tr("søndag", "weekday"),
    )  # fmt: skip


def _months() -> tuple[str, ...]:
    return (
        tr("januar", "month"), tr("februar", "month"), tr("mars", "month"), tr("april", "month"),
        tr("mai", "month"), tr("juni", "month"), tr("juli", "month"), tr("august", "month"),
        tr("september", "month"), tr("oktober", "month"), tr("november", "month"), tr("desember", "month"),
    )  # fmt: skip
