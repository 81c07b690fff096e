"""The whole application as a user gets it: ``app.build_window`` on the real demo event file (built by
``ensure_demo_event``), every area wired in, on a qasync loop, with a clock the test moves."""

from __future__ import annotations

import asyncio
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import keyring
import pytest
import qasync
from PySide6.QtCore import QSettings

from controlroom.clock import FakeClock

OSLO = ZoneInfo("Europe/Oslo")


@pytest.fixture
def memory_keyring():
    """No desktop keyring here: the wirings get an in-memory one, as the demo documents."""
    from controlroom.integrations.secrets import MemoryKeyring

    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def loop(qapp):
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    for task in asyncio.all_tasks(loop):
        task.cancel()
    loop.run_until_complete(asyncio.sleep(0))
    loop.close()
    asyncio.set_event_loop(None)


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
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)


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
