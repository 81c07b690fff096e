"""Bench: while adapters hang (accept the connection, never answer), the GUI loop's timers keep flipping
on time and another adapter keeps answering.

On a qasync loop (offscreen Qt) a single-shot precise timer is re-armed to every whole wall-clock second
(as the countdowns are); its lateness past the boundary is measured. Meanwhile a vMix adapter calls an
HTTP peer that hangs and an OBS adapter calls a websocket peer that hangs (each call ends by its own
timeout, 5 s), and a Companion adapter sets a variable on a healthy stub every 200 ms. Baseline: the
same timer and Companion calls with no hanging peer, measured first in the same run.

    .venv/bin/python bench/cues_hang.py            # 60 s with hangs (+ 15 s baseline)
    .venv/bin/python bench/cues_hang.py --quick    # 15 s with hangs (+ 5 s baseline)
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import qasync  # noqa: E402
from _common import exit_now  # noqa: E402
from integrations.stubs.http_stub import CompanionStub, VmixStub  # noqa: E402
from integrations.stubs.obs_stub import ObsStub  # noqa: E402
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from controlroom.integrations.base import Action  # noqa: E402
from controlroom.integrations.companion import CompanionAdapter  # noqa: E402
from controlroom.integrations.obs import ObsAdapter  # noqa: E402
from controlroom.integrations.vmix import VmixAdapter  # noqa: E402


class SecondFlipper:
    """A single-shot timer re-armed to the next whole second; records lateness in ms."""

    def __init__(self) -> None:
        self.lateness: list[float] = []
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.PreciseTimer)
        self.timer.timeout.connect(self._fire)
        self._target = 0.0

    def start(self) -> None:
        self._arm()

    def stop(self) -> None:
        self.timer.stop()

    def _arm(self) -> None:
        now = time.time()
        self._target = float(int(now) + 1)
        self.timer.start(max(0, int((self._target - now) * 1000) + 1))

    def _fire(self) -> None:
        self.lateness.append((time.time() - self._target) * 1000)
        self._arm()


async def companion_loop(adapter: CompanionAdapter, until: float, latencies: list[float], failures: list[str]) -> None:
    i = 0
    while time.monotonic() < until:
        t0 = time.perf_counter()
        res = await adapter.call(Action("companion", "set_variable", {"name": "scene", "value": str(i)}))
        if res.ok:
            latencies.append((time.perf_counter() - t0) * 1000)
        else:
            failures.append(res.message)
        i += 1
        await asyncio.sleep(0.2)


async def hang_loop(adapter, action: Action, until: float, results: list) -> None:
    while time.monotonic() < until:
        res = await adapter.call(action)
        results.append(res)


async def phase(seconds: float, hang: bool, comp_stub, vmix_stub, obs_stub) -> dict:
    flipper = SecondFlipper()
    flipper.start()
    comp = CompanionAdapter("companion", port=comp_stub.port, timeout=5.0)
    latencies: list[float] = []
    failures: list[str] = []
    until = time.monotonic() + seconds
    jobs = [companion_loop(comp, until, latencies, failures)]
    hung: list = []
    adapters = [comp]
    if hang:
        vmix = VmixAdapter("vmix", port=vmix_stub.port, timeout=5.0, max_attempts=1)
        obs = ObsAdapter("obs", port=obs_stub.port, password="pw", timeout=5.0, poll_seconds=3600)
        await obs.connect()
        adapters += [vmix, obs]
        jobs += [hang_loop(vmix, Action("vmix", "cut", {"Input": "1"}), until, hung),
                 hang_loop(obs, Action("obs", "scene", {"scene": "Plenum"}), until, hung)]
    await asyncio.gather(*jobs)
    flipper.stop()
    for a in adapters:
        await a.close()
    late = flipper.lateness
    return {
        "flips": len(late),
        "late_median": statistics.median(late) if late else float("nan"),
        "late_worst": max(late) if late else float("nan"),
        "comp_ok": len(latencies),
        "comp_fail": len(failures),
        "comp_median": statistics.median(latencies) if latencies else float("nan"),
        "comp_worst": max(latencies) if latencies else float("nan"),
        "hung_calls": len(hung),
        "hung_timeouts": sum(1 for r in hung if r.error_kind == "timeout"),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="15 s with hangs, 5 s baseline")
    args = parser.parse_args()
    logging.getLogger("controlroom").setLevel(logging.ERROR)  # the expected timeouts, not noise
    hang_s, base_s = (15.0, 5.0) if args.quick else (60.0, 15.0)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    comp_stub, vmix_stub = CompanionStub().start(), VmixStub().start()
    vmix_stub.fault = "hang"
    obs_stub = ObsStub("pw").start()
    obs_stub.hang_on = {"SetCurrentProgramScene"}
    try:
        base = loop.run_until_complete(phase(base_s, False, comp_stub, vmix_stub, obs_stub))
        hung = loop.run_until_complete(phase(hang_s, True, comp_stub, vmix_stub, obs_stub))
    finally:
        comp_stub.stop()
        vmix_stub.stop()
        obs_stub.stop()
    print("cues_hang: second-boundary timer on the qasync loop while vMix (HTTP) and OBS (websocket) hang")
    print(f"{'':28}{'baseline':>14}{'adapters hang':>16}")
    print(f"{'run time':28}{base_s:>12.0f} s{hang_s:>14.0f} s")
    print(f"{'timer flips':28}{base['flips']:>14}{hung['flips']:>16}")
    print(f"{'flip lateness median':28}{base['late_median']:>11.2f} ms{hung['late_median']:>13.2f} ms")
    print(f"{'flip lateness worst':28}{base['late_worst']:>11.2f} ms{hung['late_worst']:>13.2f} ms")
    print(f"{'Companion calls ok / failed':28}{base['comp_ok']:>9} / {base['comp_fail']:<2}{hung['comp_ok']:>11} / {hung['comp_fail']:<2}")
    print(f"{'Companion call median':28}{base['comp_median']:>11.2f} ms{hung['comp_median']:>13.2f} ms")
    print(f"{'Companion call worst':28}{base['comp_worst']:>11.2f} ms{hung['comp_worst']:>13.2f} ms")
    print(f"{'hung calls (timed out)':28}{'-':>14}{hung['hung_calls']:>10} ({hung['hung_timeouts']})")
    verdict = "OK" if hung["late_worst"] < 20 and hung["comp_fail"] == 0 else "OVER TARGET"
    print(f"target: worst stall < 20 ms while hanging, other adapter keeps answering -> {verdict}")
    loop.close()
    return 0


if __name__ == "__main__":
    exit_now(main())
