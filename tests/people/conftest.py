"""Fixtures of the people area: an event file with a group block and real registration files."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from controlroom.agenda.types import BlockData
from controlroom.models.agenda_repo import AgendaRepository


@pytest.fixture
def block_uid(store) -> str:
    repo = AgendaRepository(store)
    repo.add_block(BlockData(day=date(2024, 5, 6), start=time(15, 30), minutes=30,
                             title="Forankring av bærekraft i plansystemet", category="Workshop"))
    b = repo.add_block(BlockData(day=date(2024, 5, 6), start=time(16, 0), minutes=30,
                                 title="Hvor er gullet i bærekraftsarbeidet?", category="Diskusjon"))
    return b.uid


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


# -- seed 002: a workshop day whose three rounds run in three blocks ----------------------------------
SEED002_YEAR_DAY = date(2017, 9, 6)
#: Agenda positions of "… første runde" (11:00), "… andre runde—mix" (13:00), "Runde 3 tilbake …" (14:30).
SEED002_ROUND_BLOCKS = (15, 17, 19)


def oslo(hour: int, minute: int = 0, day: int = 7):
    """An instant on seed 002's days (6–7 September 2017) in the event's zone."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime(2017, 9, day, hour, minute, tzinfo=ZoneInfo("Europe/Oslo"))


@pytest.fixture
def seed002_day(store, seed002):
    """Seed 002's programme in a real event file, 40 participants, and the three rounds formed as
    "Danne grupper" proposes them before the workshop (round 1 at 11:00, 2 at 13:00, 3 at 14:30)."""
    from controlroom.grouping.day_rounds import planned_statuses, propose
    from controlroom.grouping.sample import sample_participants
    from controlroom.grouping.solver import FormOptions, form
    from controlroom.importers import read_agenda
    from controlroom.models.people_repo import PeopleRepository

    agenda = AgendaRepository(store)
    agenda.import_draft(read_agenda(seed002, day=SEED002_YEAR_DAY))
    blocks = agenda.blocks()
    proposal = propose(blocks, planned_statuses(blocks, oslo(10, 45), "Europe/Oslo"))
    assert proposal is not None
    repo = PeopleRepository(store)
    repo.import_participants(sample_participants(40, seed=5))
    formation = form(repo.participants(), FormOptions(modes=proposal.modes, joint_search=False))
    repo.save_formation(proposal.block_uid, formation, {"size": [3, 4], "k": 2, "round_blocks": proposal.round_blocks})
    return repo, blocks, proposal
