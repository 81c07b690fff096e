"""Fixtures for the live panels: a real event file with seed 001 imported, a fake clock, the real
``LiveService`` and a real ``MainWindow`` with the panels installed."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from controlroom.clock import FakeClock

#: 6 May 2024 08:55 in Oslo (CEST, UTC+2): five minutes before the first block of seed 001.
MORNING = datetime(2024, 5, 6, 6, 55, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(MORNING)


@pytest.fixture(scope="session")
def seed001_event(tmp_path_factory) -> Path:
    """Seed 001 (SessionLab export, 6 May 2024) imported through the importer into an event file,
    once per session; every test gets its own copy."""
    from controlroom.importers import read_agenda
    from controlroom.models import EventStore
    from controlroom.models.agenda_repo import AgendaRepository

    path = tmp_path_factory.mktemp("template") / "seed001.krom"
    store = EventStore.open(path, create=True)
    AgendaRepository(store).import_draft(
        read_agenda(Path(__file__).parents[1] / "fixtures" / "seed001_sessionlab.txt")
    )
    store.close()
    for extra in path.parent.glob(path.name + "-*"):  # WAL/SHM are checkpointed away on close
        extra.unlink()
    return path


@pytest.fixture
def seeded_store(seed001_event: Path, event_path: Path):
    from controlroom.models import EventStore

    shutil.copy(seed001_event, event_path)
    s = EventStore.open(event_path)
    yield s
    s.close()


@pytest.fixture
def service(seeded_store, clock):
    from controlroom.live.service import LiveService

    return LiveService(seeded_store, clock, "test")


def _live_window(qtbot, seeded_store, clock, service, settings, event_path, loop, *, agenda: bool):
    from controlroom.app import make_context
    from controlroom.ui import live as live_panels
    from controlroom.ui.main_window import MainWindow

    ctx = make_context(
        store=seeded_store,
        clock=clock,
        loop=loop,
        settings=settings,
        event_path=event_path,
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    if agenda:  # the real agenda panel as the central widget (it takes focus, as in the app)
        from controlroom.ui.wiring import agenda as agenda_wiring

        agenda_wiring.wire(ctx, window)
    ctx.services.live = service
    ui = live_panels.LiveUi(ctx, window, service)
    ui.bridge._sync.stop()  # tests drive the clock; nothing should refresh behind their back
    window.show()
    qtbot.waitExposed(window)
    yield window, ui
    ui.ticker.stop()
    if ui._stage is not None:
        ui._stage.close()
        ui._stage.deleteLater()
    if ui._public is not None:
        ui._public.close()
        ui._public.deleteLater()
    window.close()


@pytest.fixture
def live_window(qtbot, seeded_store, clock, service, settings, event_path, loop):
    """The real main window with the live panels installed on the real service."""
    yield from _live_window(qtbot, seeded_store, clock, service, settings, event_path, loop, agenda=False)


@pytest.fixture
def live_window_with_agenda(qtbot, seeded_store, clock, service, settings, event_path, loop):
    """The same with the real agenda panel in the middle of the window."""
    yield from _live_window(qtbot, seeded_store, clock, service, settings, event_path, loop, agenda=True)
