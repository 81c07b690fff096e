"""A scripted day (seed 001 on a fake clock) fires the right cues in the right order against stub peers
on 127.0.0.1; a tech-host process killed with SIGKILL mid-cue and restarted fires none twice."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from controlroom.clock import FakeClock
from controlroom.cues.scheduler import FIRING, MISSED, RESULT
from controlroom.cues.types import CueStatus, Trigger
from controlroom.live.service import LiveService
from controlroom.models import EventStore

from .day import STEPS, TechHost, build_event, build_registry, oslo

EXPECTED_OBS = [
    ("SetCurrentProgramScene", "Plenum"), ("StartStream", None),  # 11:00 Åpning
    ("SetCurrentProgramScene", "Plenum"),  # 11:15
    ("StopStream", None),  # 12:00 Lunsj
    ("SetCurrentProgramScene", "Plenum"), ("StartStream", None),  # 12:45 KS informerer
    ("StopStream", None),  # 13:15 Målkonflikter
    ("SetCurrentProgramScene", "Plenum"), ("StartStream", None),  # 15:30 Forankring
    ("StopStream", None),  # 16:00 Hvor er gullet
    ("SetCurrentProgramScene", "Plenum"), ("StartStream", None),  # 16:50 Måling
    ("SetCurrentProgramScene", "Plenum"),  # 17:20 Avrundning
    ("StopStream", None),  # 17:30 Avrundning ends (Next to the end mark «Slutt»)
]


def obs_actions(stub) -> list[tuple[str, str | None]]:
    return [(r, d.get("sceneName")) for r, d in stub.requests if not r.startswith("Get")]


def firing_counts(path: Path) -> Counter:
    store = EventStore.open(path, backup=False)
    try:
        from controlroom.live.runlog import RunLog

        rows = RunLog(store, FakeClock()).all()
    finally:
        store.close()
    return Counter(r.payload["cue_uid"] for r in rows if r.kind == FIRING)


def test_scripted_day_fires_right_cues_in_order(run, tmp_path, obs_stub, companion_stub, webhook_receiver):
    path = tmp_path / "dag.krom"
    build_event(path)
    registry = build_registry(obs_stub.port, companion_stub.port, webhook_receiver.port)
    (h, m), _ = STEPS[0]
    clock = FakeClock(oslo(h, m))
    host = TechHost(path, clock, registry)
    order: list[str] = []
    host.runner.subscribe(lambda: None)

    async def day():
        for (hh, mm), action in STEPS:
            clock.set(oslo(hh, mm))
            before = len(host.scheduler.log_entries())
            await host.step(action)
            order.extend(e.label for e in host.scheduler.log_entries()[before:] if e.kind == RESULT)
        # the manual reminders wait for GO (the tech host presses it)
        state = host.live.state()
        queue = host.scheduler.go_queue(state)
        return queue

    queue = run(day())
    assert obs_actions(obs_stub) == EXPECTED_OBS
    assert companion_stub.pressed == [(1, 2, 3)]
    assert [r["path"] for r in webhook_receiver.requests] == ["/kontrollrom"]
    assert order.index("Lys: sal ned") == order.index("Scene Plenum") + 1  # 11:57, between 11:15 and 12:00
    assert order.index("Varsle arrangør") < order.index("Stopp strømmen", order.index("Varsle arrangør") - 1)
    views = host.scheduler.views(host.live.state())
    auto = [v for v in views if v.cue.trigger is not Trigger.MANUAL]
    assert all(v.status is CueStatus.DONE for v in auto), [(v.cue.title(), v.status) for v in auto]
    # the two breakout reminders (Målkonflikter; Teams in «Hvor er gullet») are manual, never fired alone
    assert [v.cue.title() for v in queue] == []  # both blocks are over: the GO queue only looks ahead
    manual = [v for v in views if v.cue.trigger is Trigger.MANUAL]
    assert {v.cue.title() for v in manual} == {"Plattform: åpne grupperommene", "Teams: åpne grupperommene"}
    assert all(v.status is CueStatus.PENDING for v in manual)
    assert max(firing_counts(path).values()) == 1
    run(registry.close_all())
    host.close()


def test_go_fires_next_manual_cue(run, tmp_path, obs_stub, companion_stub, webhook_receiver):
    path = tmp_path / "dag.krom"
    build_event(path)
    registry = build_registry(obs_stub.port, companion_stub.port, webhook_receiver.port)
    clock = FakeClock(oslo(9, 0))
    host = TechHost(path, clock, registry)

    async def scenario():
        for (hh, mm), action in STEPS[:7]:  # up to Målkonflikter (13:15)
            clock.set(oslo(hh, mm))
            await host.step(action)
        state = host.live.state()
        nxt = host.runner.next_go(state)
        assert nxt is not None and nxt.cue.title() == "Plattform: åpne grupperommene"
        assert nxt.status is CueStatus.DUE
        outcome = await host.runner.go(state)
        assert outcome is not None and outcome.ok and outcome.message == "Påminnelse kvittert"
        after = host.runner.next_go(host.live.state())
        assert after is not None and after.cue.title() == "Teams: åpne grupperommene"
        assert after.status is CueStatus.PENDING

    run(scenario())
    run(registry.close_all())
    host.close()


def test_hold_keeps_automatic_cues_for_go(run, tmp_path, obs_stub, companion_stub, webhook_receiver):
    path = tmp_path / "dag.krom"
    build_event(path)
    registry = build_registry(obs_stub.port, companion_stub.port, webhook_receiver.port)
    clock = FakeClock(oslo(9, 0))
    host = TechHost(path, clock, registry)

    async def scenario():
        await host.step("start")
        host.runner.set_hold(True)
        clock.set(oslo(11, 0))
        await host.step("next")  # Åpning: its stream cue is due but held
        held = [v for v in host.scheduler.views(host.live.state()) if v.status is CueStatus.HELD]
        assert [v.cue.title() for v in held] == ["Start strømmen (scene Plenum)"]
        assert obs_actions(obs_stub) == []
        host.runner.set_hold(False)
        await host.runner.evaluate(host.live.state())
        assert obs_actions(obs_stub) == []  # arming again does not fire a stale cue by itself
        outcome = await host.runner.go(host.live.state())  # GO fires the held cue
        assert outcome is not None and outcome.ok
        assert obs_actions(obs_stub) == [("SetCurrentProgramScene", "Plenum"), ("StartStream", None)]

    run(scenario())
    run(registry.close_all())
    host.close()


def test_failed_cue_reports_adapter_message(run, tmp_path, obs_stub, companion_stub, webhook_receiver):
    path = tmp_path / "dag.krom"
    build_event(path)
    obs_stub.streaming = True  # someone started the stream by hand: StartStream answers 500
    registry = build_registry(obs_stub.port, companion_stub.port, webhook_receiver.port)
    clock = FakeClock(oslo(9, 0))
    host = TechHost(path, clock, registry)

    async def scenario():
        await host.step("start")
        clock.set(oslo(11, 0))
        await host.step("next")

    run(scenario())
    view = next(v for v in host.scheduler.views(host.live.state()) if v.cue.title() == "Start strømmen (scene Plenum)")
    assert view.status is CueStatus.FAILED
    assert "Strømmen går allerede" in view.message
    entry = [e for e in host.scheduler.log_entries() if e.kind == RESULT][-1]
    assert [r["ok"] for r in entry.results] == [True, False]
    run(registry.close_all())
    host.close()


def test_kill_mid_cue_and_restart_fires_none_twice(run, tmp_path, obs_stub, companion_stub, webhook_receiver):
    path = tmp_path / "dag.krom"
    build_event(path)
    obs_stub.hang_at = ("StartStream", 2)  # KS informerer (12:45): the process hangs mid-cue
    driver = Path(__file__).with_name("day_driver.py")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen(
        [sys.executable, str(driver), str(path), str(obs_stub.port), str(companion_stub.port),
         str(webhook_receiver.port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and obs_stub.request_types().count("StartStream") < 2:
            assert proc.poll() is None, proc.stderr.read()
            time.sleep(0.05)
        assert obs_stub.request_types().count("StartStream") == 2
    finally:
        proc.send_signal(signal.SIGKILL)  # mid-cue: cue.firing is logged, cue.result is not
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    before = obs_actions(obs_stub)
    assert before == EXPECTED_OBS[:6]

    # While the tech host is down, the moderator moves on to Målkonflikter (13:15) from their laptop.
    mod_store = EventStore.open(path, backup=False)
    LiveService(mod_store, FakeClock(oslo(13, 15)), "moderator").next()
    mod_store.close()

    # The tech host restarts at 13:20 with a fresh store, service and scheduler on the same file.
    obs_stub.hang_at = None
    registry = build_registry(obs_stub.port, companion_stub.port, webhook_receiver.port)
    clock = FakeClock(oslo(13, 20))
    host = TechHost(path, clock, registry)

    async def rest_of_day():
        await host.step("tick")
        views = {v.cue.title() + "@" + v.block_title: v for v in host.scheduler.views(host.live.state())}
        ks = views["Start strømmen (scene Plenum)@KS informerer"]
        assert ks.status is CueStatus.UNCERTAIN  # fired before the kill, outcome unknown: shown, not re-sent
        assert views["Stopp strømmen@Målkonflikter"].status is CueStatus.MISSED  # due while down
        assert views["Varsle arrangør@KS informerer"].status is CueStatus.MISSED
        for (hh, mm), action in STEPS[7:]:
            clock.set(oslo(hh, mm))
            await host.step(action)

    run(rest_of_day())
    after = obs_actions(obs_stub)[len(before):]
    assert after == EXPECTED_OBS[7:]  # nothing from before the restart again; the missed stop not sent
    assert webhook_receiver.requests == []
    counts = firing_counts(path)
    assert max(counts.values()) == 1, counts
    store = EventStore.open(path, backup=False)
    from controlroom.live.runlog import RunLog

    kinds = Counter(r.kind for r in RunLog(store, FakeClock()).all() if r.kind.startswith("cue."))
    store.close()
    assert kinds[MISSED] == 2 and kinds[FIRING] == kinds[RESULT] + 1  # one firing without a result
    run(registry.close_all())
    host.close()


def test_two_tech_windows_fire_an_automatic_cue_once(run, tmp_path, obs_stub, companion_stub, webhook_receiver):
    path = tmp_path / "dag.krom"
    build_event(path)
    clock = FakeClock(oslo(9, 0))
    reg_a = build_registry(obs_stub.port, companion_stub.port, webhook_receiver.port)
    reg_b = build_registry(obs_stub.port, companion_stub.port, webhook_receiver.port)
    a = TechHost(path, clock, reg_a, origin="tech-a")
    b = TechHost(path, clock, reg_b, origin="tech-b")

    async def scenario():
        await a.step("start")
        clock.set(oslo(11, 0))
        a.live.next()
        b.live.refresh()
        # both windows see the block start and evaluate at the same time
        await asyncio.gather(a.runner.evaluate(a.live.state()), b.runner.evaluate(b.live.state()))

    run(scenario())
    assert obs_actions(obs_stub) == EXPECTED_OBS[:2]
    assert max(firing_counts(path).values()) == 1
    for host, reg in ((a, reg_a), (b, reg_b)):
        run(reg.close_all())
        host.close()
