"""The two named layouts (Vis → Oppsett) in the whole application window as ``app.build_window`` makes it
(every area wired in) on seed 001: which docks each layout shows, also after switching back and forth,
and a window squeezed below its docks' minimum sizes (nothing is restored there, Qt 6.12 crashed)."""

from __future__ import annotations

import asyncio

import keyring
import pytest
from PySide6.QtCore import QSettings, QSize

from controlroom.clock import FakeClock
from controlroom.integrations.memory_keyring import MemoryKeyring

from .day import build_event, oslo
from .qt_loop import QtTestLoop

TECH_ONLY = ("tech-cues", "tech-log", "tech-adapters", "platforms")


@pytest.fixture
def app_window(qtbot, qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("KONTROLLROM_TEAMS_CACHE", str(tmp_path / "no-teams-cache.bin"))
    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    loop = QtTestLoop(qapp)
    asyncio.set_event_loop(loop)
    path = tmp_path / "dag.krom"
    build_event(path)
    from controlroom.app import build_window, make_context
    from controlroom.models import EventStore

    store = EventStore.open(path, backup=False)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    window = build_window(make_context(store, FakeClock(oslo(10, 58)), loop, settings, path))
    try:
        window.resize(1600, 900)
        window.show()
        qtbot.waitExposed(window)
        loop.run_until_complete(asyncio.sleep(0.05))
        yield window
    finally:  # the adapters first, while the window (their controller's parent) still exists
        loop.run_until_complete(window.areas.tech.controller.shutdown())
        window.close()
        window.deleteLater()
    for task in asyncio.all_tasks(loop):
        task.cancel()
    loop.run_until_complete(asyncio.sleep(0.05))
    loop.close()
    asyncio.set_event_loop(None)
    store.close()
    keyring.set_keyring(before)


def shown(window) -> set[str]:
    """Docks that are open in the layout (a tab behind another one counts: its View action is checked)."""
    return {key for key, dock in window.docks.items() if dock.toggleViewAction().isChecked()}


def test_moderator_keeps_room_board_and_gets_the_input_log_back(app_window):
    layouts = app_window.areas.tech.layouts
    assert {"room-board", "inputs", "tech-cues", "platforms"} <= set(app_window.docks)

    layouts.switch("tech")
    assert {"tech-cues", "tech-log", "tech-adapters", "room-board"} <= shown(app_window)
    assert "inputs" not in shown(app_window)

    layouts.switch("moderator")  # never saved: the default layout without the tech host's docks
    assert {"room-board", "inputs", "live-timer", "live-timeline"} <= shown(app_window)
    assert not shown(app_window) & set(TECH_ONLY)
    assert app_window.docks["room-board"].isVisible() and app_window.docks["inputs"].isVisible()

    layouts.switch("tech")  # back as it was left
    assert {"tech-cues", "tech-log", "tech-adapters", "room-board"} <= shown(app_window)
    assert "inputs" not in shown(app_window)

    layouts.switch("moderator")  # now restored from its saved state
    assert {"room-board", "inputs"} <= shown(app_window)
    assert not shown(app_window) & set(TECH_ONLY)

    layouts.reset_current()
    assert {"room-board", "inputs"} <= shown(app_window) and not shown(app_window) & set(TECH_ONLY)


def test_squeezed_window_switches_dock_visibility_without_restoring(app_window, qtbot):
    """A window smaller than its docks' minimum sizes (a maximized window on a small screen): no
    ``restoreState`` (it segfaulted Qt 6.12), only which docks show, and the host is told why."""
    layouts = app_window.areas.tech.layouts
    layouts.switch("tech")
    layouts.switch("moderator")
    app_window.setMinimumSize(QSize(1, 1))  # as a window manager can: smaller than the layout's minimum
    app_window.resize(500, 300)
    qtbot.waitUntil(lambda: app_window.width() < app_window.minimumSizeHint().width())
    restored: list[object] = []
    original = app_window.restoreState
    app_window.restoreState = lambda *a: restored.append(a) or original(*a)  # count calls; the real one runs

    layouts.switch("tech")
    assert {"tech-cues", "tech-log", "tech-adapters", "room-board"} <= shown(app_window)
    assert "inputs" not in shown(app_window)
    layouts.switch("moderator")
    assert {"room-board", "inputs"} <= shown(app_window) and not shown(app_window) & set(TECH_ONLY)
    assert restored == []
    assert "for lite" in app_window.statusBar().currentMessage()
