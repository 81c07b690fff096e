"""File → Open hands the whole app over to the other event: the remote API (same port) now drives the
new event, the old event's equipment connections and timers stop, and the status bar says where the
API is."""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import urllib.request
from pathlib import Path

import pytest
from shiboken6 import isValid

from controlroom.clock import FakeClock
from controlroom.cues.repository import AdapterConfig, CueRepository
from controlroom.models import EventStore


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _until(loop, done, timeout: float = 15.0) -> None:
    async def wait() -> None:
        while not done():
            await asyncio.sleep(0.02)

    loop.run_until_complete(asyncio.wait_for(wait(), timeout))


def _state(loop, port: int) -> str:
    def get() -> str:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/state", timeout=5) as resp:
            return resp.read().decode()

    return loop.run_until_complete(asyncio.to_thread(get))


def _event(tmp_path: Path, name: str, agenda: Path, obs_port: int | None = None) -> Path:
    from controlroom.cli import main

    path = tmp_path / name
    assert main(["import", str(agenda), "--event", str(path), "--date", "2026-12-05"]) == 0
    if obs_port is not None:
        store = EventStore.open(path)
        CueRepository(store).save_adapter(AdapterConfig("obs", "obs", {"host": "127.0.0.1", "port": obs_port}, "OBS", True))
        store.close()
    return path


@pytest.fixture
def windows(loop, settings, memory_keyring):
    opened: list = []
    yield opened
    for w in opened:
        if isValid(w):
            loop.run_until_complete(w.shut_down())
            w.close()
            w.ctx.store.close()


def test_open_another_event_hands_over_the_api_the_equipment_and_the_timers(
    tmp_path, loop, settings, windows, seed001, seed002
):
    from controlroom.app import open_event_window

    first_event = _event(tmp_path, "dag1.krom", seed001, obs_port=_free_port())  # nothing listens: it retries
    second_event = _event(tmp_path, "dag2.krom", seed002)
    port = _free_port()
    options = argparse.Namespace(api_port=port, allow_lan=False)
    first = open_event_window(first_event, clock=FakeClock(), loop=loop, settings=settings, options=options,
                              on_open=windows.append)
    assert first is not None
    _until(loop, lambda: f"127.0.0.1:{port}" in first.api_status.text())
    assert "lokal" in first.api_status.text()
    first_titles = {b.title for b in first.ctx.services.agenda.blocks()}
    first_next = json.loads(_state(loop, port))["next_title"]
    assert first_next in first_titles
    obs = next(iter(first.areas.tech.controller.registry))
    _until(loop, lambda: obs._supervisor is not None)  # the old event's OBS connection keeps retrying

    first.openEventRequested.emit(str(second_event))
    _until(loop, lambda: windows[-1] is not first and f"127.0.0.1:{port}" in windows[-1].api_status.text())
    second = windows[-1]

    assert second.ctx.event_path == second_event
    second_titles = {b.title for b in second.ctx.services.agenda.blocks()}
    assert first_next not in second_titles
    assert json.loads(_state(loop, port))["next_title"] in second_titles
    assert obs._closing and obs._supervisor is None  # stopped, not retrying in the background
    assert not isValid(first)  # the old window is gone, its store closed


def test_the_status_bar_says_the_api_is_off(tmp_path, loop, settings, windows, seed001):
    from controlroom.app import open_event_window

    event = _event(tmp_path, "dag.krom", seed001)
    window = open_event_window(event, clock=FakeClock(), loop=loop, settings=settings,
                               options=argparse.Namespace(api_port=None, allow_lan=False), on_open=windows.append)
    assert window is not None and window.api_status.isVisible()
    assert window.api_status.text() == "Fjernstyring: av"


def test_the_window_opens_then_the_collector_moves_to_its_thread_with_the_start_up_frozen_out_of_its_scans(
        tmp_path, loop, settings, windows, seed001, monkeypatch):
    """The collector, off while the window is built and painted (as the command line does), a moment after
    the window opens collects the start-up's garbage, freezes the rest and from then on collects on the GUI
    thread only; then the heap's free pages go back."""
    import gc

    import controlroom.app as app
    from controlroom.ui.gui_thread_gc import collect_on_gui_thread

    trimmed: list[int] = []
    real = app.give_back_freed_memory
    monkeypatch.setattr(app, "give_back_freed_memory", lambda: (real(), trimmed.append(gc.get_freeze_count())))
    gc.disable()
    before = gc.get_freeze_count()
    try:
        window = app.open_event_window(_event(tmp_path, "dag.krom", seed001), clock=FakeClock(), loop=loop,
                                       settings=settings, options=argparse.Namespace(api_port=None, allow_lan=False),
                                       on_open=windows.append)
        assert window is not None
        assert not gc.isenabled(), "automatic collection would run on whichever thread allocates"
        assert gc.get_freeze_count() == before  # nothing of that before the first paint
        # the asyncio loop runs meanwhile, as in the app (the window's start-up tasks need it)
        _until(loop, lambda: bool(trimmed), timeout=app.SETTLE_AFTER_MS / 1000 + 5)
        assert trimmed[0] > before, "the start-up's objects are frozen before the heap is trimmed"
        assert not gc.isenabled()
        collector = collect_on_gui_thread()
        assert collector.thresholds[0] > 0
    finally:
        gc.unfreeze()


def test_a_read_only_event_says_so_for_as_long_as_it_is_open(tmp_path, loop, settings, windows, seed001):
    """As root a file's mode does not stop writes, so the folder is mounted read-only for this test."""
    import subprocess

    from controlroom.app import open_event_window

    folder = tmp_path / "arkiv"
    folder.mkdir()
    event = _event(tmp_path, "dag.krom", seed001)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        (folder / "dag.krom").write_bytes(event.read_bytes())
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        window = open_event_window(folder / "dag.krom", clock=FakeClock(), loop=loop, settings=settings,
                                   options=argparse.Namespace(api_port=None, allow_lan=False), on_open=windows.append)
        assert window is not None and window.ctx.store.read_only
        assert window.storage_notice.isVisible() and "skrivebeskyttet" in window.storage_notice.text()
        assert window.areas.agenda.panel.model.rowCount() > 0  # the day is there to read
        loop.run_until_complete(window.shut_down())
        window.close()
        window.ctx.store.close()
        windows.remove(window)
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)
