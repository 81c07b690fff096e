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
