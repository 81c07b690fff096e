"""Bench: from a block's start to the OBS scene switch confirmed by OBS, against a real OBS Studio.

A real OBS (obs-websocket 5.x) is started under Xvfb with its own $HOME (as the tests do). An event with
N one-minute blocks gets one cue per block: "OBS: scene A" / "OBS: scene B" alternately at the block's
start. Each sample: ``LiveService.next()`` (the START action committed to the run log) → the cue runner
evaluates the new state → ``cue.firing`` committed → SetCurrentProgramScene → OBS's
CurrentProgramSceneChanged event → ``cue.result`` committed. Measured on a qasync loop (offscreen Qt),
the same loop the app uses. Baseline in the same run: a bare websocket round trip (GetVersion).

OBS sends CurrentProgramSceneChanged when the transition has finished, so the figure is measured with
the "Cut" transition (our path) and, for comparison, with OBS's default 300 ms "Fade".

    .venv/bin/python bench/cues_obs_switch.py            # N = 100
    .venv/bin/python bench/cues_obs_switch.py --quick    # N = 20
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from datetime import time as dtime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import qasync  # noqa: E402
from _common import exit_now, percentile  # noqa: E402
from integrations.obs_fixture import obs_missing, start_obs, stop_obs  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from controlroom.agenda.types import AgendaDraft, BlockData  # noqa: E402
from controlroom.clock import SystemClock  # noqa: E402
from controlroom.cues.repository import CueRepository  # noqa: E402
from controlroom.cues.runner import CueRunner  # noqa: E402
from controlroom.cues.scheduler import CueScheduler  # noqa: E402
from controlroom.cues.types import CueData, Trigger  # noqa: E402
from controlroom.integrations.base import Action, AdapterRegistry  # noqa: E402
from controlroom.integrations.obs import ObsAdapter  # noqa: E402
from controlroom.live.service import LiveService  # noqa: E402
from controlroom.models import EventStore  # noqa: E402
from controlroom.models.agenda_repo import AgendaRepository  # noqa: E402

SCENES = ("Bench A", "Bench B")


async def measure(obs_port: int, password: str, n: int, folder: Path) -> tuple[list[float], dict]:
    adapter = ObsAdapter("obs", port=obs_port, password=password, timeout=5.0, poll_seconds=3600)
    await adapter.connect()
    existing = await adapter.scene_names()
    for s in SCENES:
        if s not in existing:
            await adapter.request("CreateScene", {"sceneName": s})
    await adapter.call(Action("obs", "scene", {"scene": SCENES[1]}))
    # baseline: bare round trips
    rtt = []
    for _ in range(max(20, n)):
        t0 = time.perf_counter()
        await adapter.request("GetVersion")
        rtt.append((time.perf_counter() - t0) * 1000)
    results: dict[str, tuple[list[float], list[float]]] = {}
    store = EventStore.open(folder / "bench.krom", create=True, backup=False)
    blocks = [BlockData(day=date(2030, 1, 1), start=dtime(8 + i // 60, i % 60), minutes=1, title=f"Bolk {i}")
              for i in range(2 * n + 2)]
    saved = AgendaRepository(store).import_draft(AgendaDraft(title="bench", blocks=blocks))
    repo = CueRepository(store)
    for i, b in enumerate(saved):
        repo.add(CueData(b.uid, Trigger.START, [Action("obs", "scene", {"scene": SCENES[i % 2]})]))
    clock = SystemClock()
    live = LiveService(store, clock, "bench")
    registry = AdapterRegistry()
    registry.add(adapter)
    runner = CueRunner(CueScheduler(repo, live.log, clock), registry)
    live.goto(0)
    await runner.evaluate(live.state())
    for transition in ("Cut", "Fade"):
        await adapter.request("SetCurrentSceneTransition", {"transitionName": transition})
        if transition == "Fade":
            await adapter.request("SetCurrentSceneTransitionDuration", {"transitionDuration": 300})
        direct = []  # request → confirming event, no run log
        for i in range(n):
            t0 = time.perf_counter()
            res = await adapter.call(Action("obs", "scene", {"scene": SCENES[i % 2]}))
            assert res.ok, res.message
            direct.append((time.perf_counter() - t0) * 1000)
        await adapter.call(Action("obs", "scene", {"scene": SCENES[(live.state().current_index or 0) % 2]}))
        cue_path = []  # the real path: block start → cue → confirmed switch
        for _ in range(n):
            t0 = time.perf_counter()
            live.next()
            outcomes = await runner.evaluate(live.state())
            t1 = time.perf_counter()
            assert len(outcomes) == 1 and outcomes[0].ok, outcomes
            cue_path.append((t1 - t0) * 1000)
        results[transition] = (direct, cue_path)
    await adapter.close()
    store.close()
    return rtt, results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20 switches instead of 100")
    args = parser.parse_args()
    logging.getLogger("controlroom").setLevel(logging.ERROR)
    missing = obs_missing()
    if missing:
        print(f"cues_obs_switch: skipped: {missing}")
        return 0
    n = 20 if args.quick else 100
    app = QApplication.instance() or QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    folder = Path(tempfile.mkdtemp(prefix="cues-bench-"))
    t0 = time.monotonic()
    server = start_obs(folder / "obshome")
    started = time.monotonic() - t0
    try:
        rtt, results = loop.run_until_complete(measure(server.port, server.password, n, folder))
    finally:
        stop_obs(server.proc)
    print(f"cues_obs_switch: real OBS Studio on loopback (started in {started:.1f} s), N = {n} switches")
    print(f"{'':44}{'median':>10}{'p90':>10}{'worst':>10}")
    rows = [("baseline: websocket round trip (GetVersion)", rtt)]
    for transition, (direct, cue_path) in results.items():
        rows.append((f"{transition}: switch confirmed (adapter)", direct))
        rows.append((f"{transition}: block start → confirmed (cue)", cue_path))
    for label, values in rows:
        print(f"{label:44}{statistics.median(values):>8.2f}ms{percentile(values, 90):>8.2f}ms{max(values):>8.2f}ms")
    cut = statistics.median(results["Cut"][1])
    verdict = "OK" if cut < 150 else "OVER TARGET"
    print(f"target: block start → confirmed switch median < 150 ms (Cut) -> {verdict} ({cut:.1f} ms)")
    print("note: with a Fade, OBS confirms when the transition ends; the fade's length dominates")
    loop.close()
    return 0


if __name__ == "__main__":
    exit_now(main())
