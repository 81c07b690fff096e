"""Plain dataclasses for the agenda. No SQLAlchemy, no Qt: importers, exporters, the live
engine and the Qt item models all speak these."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from controlroom.errors import InputProblem

Location = Literal["onsite", "online", "both"]
LOCATIONS: tuple[str, ...] = ("onsite", "online", "both")

#: SessionLab's four categories as in seed 001, with colours close to SessionLab's.
DEFAULT_CATEGORIES: dict[str, str] = {
    "Diskusjon": "#4A90D9",
    "Innlegg": "#E5A823",
    "Pause": "#9AA5B1",
    "Workshop": "#5BB974",
}

DEFAULT_TIMEZONE = "Europe/Oslo"

# -- value bounds --------------------------------------------------------------------------------
# Every value an event holds stays inside these bounds. The importers refuse a file with a value
# outside them (naming the file and line); the live engine clamps what an older event file may still
# hold, so any opened event can be shown, run and reported. Text lengths are those of the database
# columns (``models/agenda.py``), so PostgreSQL accepts whatever SQLite does.
#: The days an event can be on.
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2099, 12, 31)
#: A block lasts 0 minutes (an end mark) to 24 hours.
MAX_BLOCK_MINUTES = 24 * 60
#: A block's own warning and danger thresholds: 0 to the longest block.
MAX_THRESHOLD_SECONDS = MAX_BLOCK_MINUTES * 60
MAX_TITLE_CHARS = 1000  # block.title
MAX_TEXT_CHARS = 100_000  # a block's description or notes (≈ 40 pages)
MAX_PERSON_CHARS = 200  # one name in a block's "assigned"
MAX_PEOPLE_PER_BLOCK = 100
MAX_CATEGORY_CHARS = 100  # category.name
MAX_EVENT_TITLE_CHARS = 500  # event.title
MAX_PLACE_CHARS = 200  # event.place
MAX_TIMEZONE_CHARS = 64  # event.timezone


@dataclass
class BlockData:
    """One block (bolk) of the agenda."""

    day: date
    start: time
    minutes: int
    title: str
    description: str = ""
    category: str | None = None
    assigned: list[str] = field(default_factory=list)
    notes: str = ""
    streamed: bool | None = None
    location: Location = "both"
    fixed_start: bool = False
    warn_seconds: int | None = None
    danger_seconds: int | None = None
    #: Stable identity across export/import and in the run log. Empty for a block not yet saved.
    uid: str = ""
    #: Database id, None until saved.
    id: int | None = None
    #: Where an importer found the block (1-based line), for messages.
    source_line: int | None = field(default=None, compare=False)

    @property
    def end_mark(self) -> bool:
        """A block of 0 minutes marks where its day's programme ends (SessionLab's «Slutt» row):
        it is listed and exported, but the timer never runs it and no cue fires on it."""
        return self.minutes == 0

    def planned_start_at(self, tz: ZoneInfo) -> datetime:
        """The planned start as an aware UTC-comparable instant (DST-safe through zoneinfo)."""
        return datetime.combine(self.day, self.start, tzinfo=tz)

    def planned_end_at(self, tz: ZoneInfo) -> datetime:
        return self.planned_start_at(tz) + timedelta(minutes=self.minutes)


@dataclass
class AgendaDraft:
    """What an importer read: not saved yet. ``warnings`` are legal but suspicious findings."""

    title: str = ""
    timezone: str = DEFAULT_TIMEZONE
    place: str = ""
    blocks: list[BlockData] = field(default_factory=list)
    categories: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_CATEGORIES))
    warnings: list[InputProblem] = field(default_factory=list)
    #: Lines or parts the importer skipped on purpose (headers, legends), reported, not errors.
    skipped: list[InputProblem] = field(default_factory=list)
    source: str = ""

    @property
    def days(self) -> list[date]:
        return sorted({b.day for b in self.blocks})


def agenda_order(blocks: list[BlockData]) -> list[BlockData]:
    """Agenda order: by day, then by the order within the day (start time breaks no ties;
    the host may reorder). Stable for blocks already in order."""
    return sorted(blocks, key=lambda b: b.day)
