"""Fixtures of the live area: the seed 001 day (Nettverkssamling 6. mai 2024) as an event file."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from controlroom.agenda.types import AgendaDraft, BlockData
from controlroom.clock import FakeClock
from controlroom.models.agenda_repo import AgendaRepository

DAY = date(2024, 5, 6)

#: Seed 001 as SessionLab exported it: start, minutes, title (Lunsj and Pause are pauses; dinner is fixed).
SEED001 = [
    ("09:00", 120, "Fylkeskommunenes samling", None),
    ("11:00", 15, "Åpning og velkommen", None),
    ("11:15", 45, '4 år siden "Strekk i laget"-rapporten: Hvor er vi nå?', None),
    ("12:00", 45, "Lunsj", "Pause"),
    ("12:45", 30, "KS informerer", None),
    ("13:15", 120, "Målkonflikter", None),
    ("15:15", 15, "Pause", "Pause"),
    ("15:30", 30, "Forankring av bærekraft i plansystemet", None),
    ("16:00", 30, "Hvor er gullet i bærekraftsarbeidet?", None),
    ("16:30", 20, "Deling i plenum fra gruppediskusjonene", None),
    ("16:50", 30, "Måling og rapportering", None),
    ("17:20", 10, "Avrundning", None),
    ("17:30", 0, "Slutt", None),
    ("19:00", 120, "Middag på Hotel Victoria", None),
]


def seed001_blocks() -> list[BlockData]:
    blocks = []
    for i, (hhmm, minutes, title, category) in enumerate(SEED001):
        h, m = map(int, hhmm.split(":"))
        blocks.append(
            BlockData(
                day=DAY,
                start=time(h, m),
                minutes=minutes,
                title=title,
                category=category,
                fixed_start=title.startswith("Middag"),
                uid=f"b{i:02d}",
            )
        )
    return blocks


def oslo(hh: int, mm: int, ss: int = 0, day: date = DAY) -> datetime:
    """A wall time on the seed day in Oslo (CEST, UTC+2 in May) as aware UTC."""
    from zoneinfo import ZoneInfo

    return datetime.combine(day, time(hh, mm, ss), tzinfo=ZoneInfo("Europe/Oslo")).astimezone(UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(oslo(8, 55))


@pytest.fixture
def seed_store(store):
    """The event file with the seed 001 day saved (real SQLite, real repository)."""
    AgendaRepository(store).import_draft(
        AgendaDraft(title="Nettverkssamling 6. mai 2024", timezone="Europe/Oslo", blocks=seed001_blocks())
    )
    return store


def make_event_file(path: Path, blocks: list[BlockData] | None = None) -> Path:
    from controlroom.models import EventStore

    s = EventStore.open(path, create=True)
    try:
        AgendaRepository(s).import_draft(
            AgendaDraft(title="Nettverkssamling 6. mai 2024", timezone="Europe/Oslo", blocks=blocks or seed001_blocks())
        )
    finally:
        s.close()
    return path
