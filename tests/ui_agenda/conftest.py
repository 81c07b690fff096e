"""Fixtures for the agenda window: a real two-day event file and QSettings in a temporary INI file."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QUndoStack

from controlroom.agenda.types import BlockData
from controlroom.application.agenda import AgendaService
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository

DAY1 = date(2024, 5, 6)
DAY2 = date(2024, 5, 7)

BLOCKS = [
    BlockData(DAY1, time(9, 0), 120, "Fylkeskommunenes samling", category="Diskusjon", streamed=False),
    BlockData(DAY1, time(11, 0), 15, "Åpning og velkommen", category="Innlegg", assigned=["Andreas"], streamed=True),
    BlockData(DAY1, time(11, 15), 45, "Strekk i laget: hvor er vi nå?", category="Innlegg",
              assigned=["Aase Kristine Lundberg"], notes="Kommer fysisk.\nakl@nforsk.no", streamed=True),
    BlockData(DAY1, time(12, 0), 45, "Lunsj", category="Pause", location="onsite"),
    BlockData(DAY2, time(9, 0), 60, "Workshop: målkonflikter", category="Workshop", description="Del 1 og del 2"),
    BlockData(DAY2, time(10, 0), 15, "Pause", category="Pause"),
    BlockData(DAY2, time(10, 15), 30, "Avrunding", category="Diskusjon"),
]


@pytest.fixture(autouse=True)
def norwegian_locale(qapp):
    """As ``ui.i18n.install(app, "nb")`` does at start: dates in Norwegian Bokmål."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def agenda_file(tmp_path: Path) -> Path:
    """A real event file with two days of blocks, created through the repository."""
    path = tmp_path / "samling.krom"
    store = EventStore.open(path, create=True)
    try:
        repo = AgendaRepository(store)
        repo.ensure_event(title="Nettverkssamling 6. mai 2024", place="Stavanger")
        for b in BLOCKS:
            repo.add_block(b)
    finally:
        store.close()
    return path


@pytest.fixture
def agenda_store(agenda_file: Path):
    store = EventStore.open(agenda_file)
    yield store
    store.close()


@pytest.fixture
def service(agenda_store) -> AgendaService:
    return AgendaService(AgendaRepository(agenda_store))


@pytest.fixture
def panel(qtbot, service):
    from controlroom.ui.agenda.panel import AgendaPanel

    stack = QUndoStack()
    p = AgendaPanel(service, stack)
    p.stack_owner = stack  # keep the stack alive as long as the panel
    p.errors = []
    p.show_error = p.errors.append
    qtbot.addWidget(p)
    p.resize(1400, 700)
    return p


def blocks_in_file(path: Path) -> list[BlockData]:
    """The agenda as saved: opened afresh from the file, database ids left out."""
    from dataclasses import replace

    store = EventStore.open(path, backup=False)
    try:
        return [replace(b, id=None) for b in AgendaRepository(store).blocks()]
    finally:
        store.close()
