"""The tech host's process for the kill-and-restart test: runs the scripted day's steps from the first
one, printing ``STEP <i>`` after each, until it is killed (the parent sends SIGKILL mid-cue).

usage: python day_driver.py EVENT OBS_PORT COMPANION_PORT HOOK_PORT
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from controlroom.clock import FakeClock
from cues.day import STEPS, TechHost, build_registry, oslo


async def main(path: Path, obs_port: int, companion_port: int, hook_port: int) -> None:
    registry = build_registry(obs_port, companion_port, hook_port, timeout=600)  # a hang really hangs
    (h, m), _ = STEPS[0]
    clock = FakeClock(oslo(h, m))
    host = TechHost(path, clock, registry)
    for i, ((h, m), action) in enumerate(STEPS):
        clock.set(oslo(h, m))
        print(f"BEGIN {i}", flush=True)
        await host.step(action)
        print(f"STEP {i}", flush=True)
    print("DONE", flush=True)
    await registry.close_all()
    host.close()


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])))
