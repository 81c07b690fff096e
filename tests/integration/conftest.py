"""The whole application as a user gets it: ``app.build_window`` on the real demo event file (built by
``ensure_demo_event``), every area wired in, on a qasync loop, with a clock the test moves."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from controlroom.clock import FakeClock

OSLO = ZoneInfo("Europe/Oslo")


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    from controlroom.demo import ensure_demo_event

    return ensure_demo_event(tmp_path / "data")


@pytest.fixture
def clock(demo_path: Path) -> FakeClock:
    """Today (the demo's day) at 08:55 in Stavanger: five minutes before the first block."""
    from controlroom.demo import demo_today

    return FakeClock(datetime.combine(demo_today(), time(8, 55), tzinfo=OSLO))


@pytest.fixture
def app_window(qtbot, qapp, loop, demo_path, clock, settings, memory_keyring):
    """The main window exactly as ``open_event_window`` builds it (minus the file dialog)."""
    from controlroom.app import build_window, make_context
    from controlroom.models import EventStore

    store = EventStore.open(demo_path)
    window = build_window(make_context(store, clock, loop, settings, demo_path))
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    store.close()
