"""The tech host's workspace in a real main window on a qasync loop, against stub peers on 127.0.0.1:
docks, GO with the next cue, countdown repaint, editing with undo, adapter states with a hanging
peer, the settings dialog without a keyring, and the two layouts."""

from __future__ import annotations

import asyncio
import time

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QSettings

from controlroom.app import make_context
from controlroom.clock import FakeClock
from controlroom.cues.repository import AdapterConfig, CueRepository
from controlroom.cues.types import CueStatus
from controlroom.integrations.base import ConnectionState
from controlroom.integrations.memory_keyring import MemoryKeyring
from controlroom.integrations.secrets import SecretStore
from controlroom.ui.main_window import MainWindow
from controlroom.ui.tech.settings_dialog import AdapterSettingsDialog
from controlroom.ui.wiring import cues as cue_wiring
from controlroom.ui.wiring import live as live_wiring

from .day import OBS_PASSWORD, build_event, oslo
from .qt_loop import QtTestLoop


@pytest.fixture
def loop(qapp):
    loop = QtTestLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def settle(loop, seconds: float = 0.3) -> None:
    loop.run_until_complete(asyncio.sleep(seconds))


def wait_until(loop, predicate, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        settle(loop, 0.05)
    return predicate()


@pytest.fixture
def workspace(qapp, loop, tmp_path, obs_stub, companion_stub, memory_keyring):
    path = tmp_path / "dag.krom"
    build_event(path)
    from controlroom.models import EventStore

    store = EventStore.open(path, backup=False)
    repo = CueRepository(store)
    repo.save_adapter(AdapterConfig("obs", "obs", {"host": "127.0.0.1", "port": obs_stub.port}, "Sal A"))
    repo.save_adapter(AdapterConfig("companion", "companion", {"host": "127.0.0.1", "port": companion_stub.port},
                                    "Stream Deck"))
    SecretStore().set("obs:obs:password", OBS_PASSWORD)
    clock = FakeClock(oslo(10, 58))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    ctx = make_context(store, clock, loop, settings, path)
    window = MainWindow(ctx)
    ws = cue_wiring.wire(ctx, window, live_wiring.wire(ctx, window).ui)
    window.resize(1500, 850)
    window.show()
    try:  # torn down also when the set-up fails: a live controller would fire into the next test
        ws.layouts.switch("tech")
        obs = ws.controller.registry.get("obs")
        assert wait_until(loop, lambda: obs.status.ok), obs.status
        yield ctx, window, ws
    finally:
        loop.run_until_complete(ws.controller.shutdown())
        window.close()
        store.close()


def test_docks_adapters_and_block_start_fires_cue(workspace, loop, obs_stub):
    ctx, window, ws = workspace
    assert {"tech-cues", "tech-log", "tech-adapters"} <= set(window.docks)
    assert "tilkoblet" in ws.adapters._rows["obs"][0].text()
    live, clock = ctx.services.live, ctx.clock
    live.goto(0)
    clock.set(oslo(11, 0))
    live.next()  # Åpning og velkommen: scene Plenum + start stream
    assert wait_until(loop, lambda: "StartStream" in obs_stub.request_types())
    assert wait_until(loop, lambda: ws.log.model.rowCount() >= 2)
    assert ws.log.model.data(ws.log.model.index(0, 1)) == "ferdig"
    assert "på lufta" in ws.adapters.stream_state.text()
    views = [ws.cues.model.view(r) for r in range(ws.cues.model.rowCount())]
    rows = {(v.block_title, v.cue.title()): v.status for v in views}
    assert rows[("Åpning og velkommen", "Start strømmen (scene Plenum)")] is CueStatus.DONE
    assert rows[("KS informerer", "Start strømmen (scene Plenum)")] is CueStatus.PENDING


def test_go_shows_next_manual_cue_and_fires_it(workspace, loop):
    ctx, window, ws = workspace
    live, clock = ctx.services.live, ctx.clock
    clock.set(oslo(13, 15))
    live.goto(5)  # Målkonflikter
    settle(loop)
    assert "Plattform: åpne grupperommene" in ws.cues.next_label.text()
    go = next(a for a in window.actions() if a.objectName() == "tech-go-action")
    assert go.shortcut().toString() == "Ctrl+Space"  # not Space: that is the moderator's pause
    go.trigger()
    assert wait_until(loop, lambda: "Teams: åpne grupperommene" in ws.cues.next_label.text())
    assert ws.log.model.data(ws.log.model.index(0, 3)) == "Påminnelse kvittert"


def test_countdown_repaints_on_second_boundary(workspace, loop):
    ctx, window, ws = workspace
    ctx.clock.set(oslo(8, 58, 0))
    ws.cues.refresh()
    ticker = ws.cues.ticker
    assert ticker.active and ticker.interval_ms <= 1002  # next countdown flip, once
    model = ws.cues.model
    row = next(r for r in range(model.rowCount()) if model.view(r).block_title == "Åpning og velkommen")
    assert model.data(model.index(row, model.COUNTDOWN)) == "2:02:00"
    changed = []
    model.dataChanged.connect(lambda a, b, roles: changed.append((a.column(), b.column())))
    ctx.clock.set(oslo(8, 59, 30))
    ws.cues._on_second()
    assert model.data(model.index(row, model.COUNTDOWN)) == "2:00:30"
    assert changed == [(model.COUNTDOWN, model.COUNTDOWN)]  # only the countdown column repaints


def test_edit_cues_with_undo(workspace, loop):
    ctx, window, ws = workspace
    repo = CueRepository(ctx.store)
    before = len(repo.cues())
    ws.cues.table.selectRow(0)
    first = ws.cues.selected_cue()
    ws.cues.delete_selected()
    assert len(repo.cues()) == before - 1
    assert all(v.cue.uid != first.uid for v in ws.cues.model.views())
    ws.undo.undo()
    assert len(repo.cues()) == before and repo.get(first.uid) is not None
    ws.undo.redo()
    assert repo.get(first.uid) is None


def test_hanging_adapter_does_not_block_window(workspace, loop, companion_stub):
    ctx, window, ws = workspace
    companion_stub.fault = "hang"
    comp = ws.controller.registry.get("companion")
    comp.timeout = 1.0
    task = ws.controller.test_adapter("companion")
    ticks: list[float] = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(50)
    loop.run_until_complete(task)
    timer.stop()
    assert len(ticks) > 1  # the GUI loop kept turning while the peer hung (bench/cues_hang.py has the figures)
    assert comp.status.state is ConnectionState.DOWN
    assert "tidsfristen" in ws.adapters._rows["companion"][1].text()


def test_cue_on_an_empty_companion_button_tells_the_tech_host(workspace, loop, companion_stub):
    ctx, window, ws = workspace
    companion_stub.buttons.discard((1, 2, 3))  # the button was cleared in Companion since the cue was made
    controller = ws.controller
    cue = next(c for c in CueRepository(ctx.store).cues() if c.title() == "Lys: sal ned")
    loop.run_until_complete(controller.fire(cue))
    assert wait_until(loop, lambda: ws.log.model.rowCount() >= 2)
    assert ws.log.model.data(ws.log.model.index(0, 1)) == "feilet"
    told = ws.log.model.data(ws.log.model.index(0, 3))
    assert "ingen knapp på side 1, rad 2, kolonne 3; ingenting skjedde" in told
    assert "Cue «Lys: sal ned» feilet" in window.statusBar().currentMessage()
    assert ws.controller.registry.get("companion").status.ok  # Companion itself is fine
    assert companion_stub.pressed == []


def test_settings_dialog_without_keyring_refuses_secret(qapp, loop, store, tmp_path):
    repo = CueRepository(store)
    dialog = AdapterSettingsDialog(repo, SecretStore(keyring.backends.fail.Keyring()), loop)
    assert "Fant ingen nøkkelring" in dialog.keyring_note.text()
    assert not dialog.password.isEnabled()
    dialog.name.setText("obs")
    dialog._field_edits["port"].setText("4455")
    dialog.password.setEnabled(True)  # even if forced on, saving refuses the secret
    dialog.password.setText("hemmelig")
    dialog.save()
    assert "passordet er ikke lagret" in dialog.status.text()
    assert [c.name for c in repo.adapters()] == ["obs"]
    assert "hemmelig" not in str(repo.adapters()[0].config)


def test_layouts_switch_and_restore(workspace, loop):
    ctx, window, ws = workspace
    layouts = ws.layouts
    assert window.docks["tech-cues"].isVisible()
    layouts.switch("moderator")
    assert not window.docks["tech-cues"].isVisible()
    assert ctx.settings.value("layouts/current") == "moderator"
    layouts.switch("tech")
    assert window.docks["tech-cues"].isVisible()
    window.docks["tech-log"].hide()
    layouts.switch("moderator")
    layouts.switch("tech")  # the tech layout comes back as it was left
    assert not window.docks["tech-log"].isVisible() and window.docks["tech-cues"].isVisible()
    assert ctx.settings.value(layouts.key("tech")) is not None


def test_settings_dialog_stores_password_only_in_keyring(qapp, loop, store, event_path, memory_keyring):
    repo = CueRepository(store)
    dialog = AdapterSettingsDialog(repo, SecretStore(), loop)
    saved: list[str] = []
    dialog.saved.connect(saved.append)
    assert "aldri i hendelsesfilen" in dialog.keyring_note.text()
    dialog.name.setText("obs-sal-a")
    dialog._field_edits["port"].setText("4456")
    dialog.password.setText("superhemmelig-ø")
    dialog.save()
    assert wait_until(loop, lambda: saved == ["obs-sal-a"])
    assert SecretStore().get("obs:obs-sal-a:password") == "superhemmelig-ø"
    assert repo.adapters()[0].config == {"host": "127.0.0.1", "port": 4456}
    dialog._field_edits["port"].setText("nei")
    dialog.save()
    assert "Porten må være et tall" in dialog.status.text()
    store.close()
    assert b"superhemmelig" not in event_path.read_bytes()
