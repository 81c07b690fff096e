"""CPU use of the process while a countdown runs with the stage display (and the public view) open,
against a bare QMainWindow idling for the same time in the same run.

    .venv/bin/python bench/live_display_cpu.py [--quick]   (default 60 s per phase; --quick 20 s)
"""

from __future__ import annotations

import argparse
import resource
import time

from live_display_common import app, live_window, run_for
from PySide6.QtWidgets import QMainWindow


def measure(seconds: float) -> tuple[float, int]:
    """(% of one core, context switches) over ``seconds`` of the event loop."""
    usage0 = resource.getrusage(resource.RUSAGE_SELF)
    cpu0, wall0 = time.process_time(), time.monotonic()
    run_for(seconds)
    cpu, wall = time.process_time() - cpu0, time.monotonic() - wall0
    usage = resource.getrusage(resource.RUSAGE_SELF)
    switches = (usage.ru_nvcsw + usage.ru_nivcsw) - (usage0.ru_nvcsw + usage0.ru_nivcsw)
    return 100.0 * cpu / wall, switches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="20 s per phase instead of 60 s")
    args = parser.parse_args()
    seconds = 20.0 if args.quick else 60.0
    app()

    bare = QMainWindow()
    bare.resize(1400, 860)
    bare.show()
    run_for(1.0)
    base_cpu, base_sw = measure(seconds)
    bare.close()

    window, ui, service, store = live_window()
    service.start()
    ui.stage.resize(1280, 720)
    ui.stage.show()
    ui.public.show()
    run_for(2.0)  # first paints and font caches
    live_cpu, live_sw = measure(seconds)

    print(
        f"baseline: bare QMainWindow idle        {base_cpu:6.3f} % of one core, {base_sw} context switches in {seconds:.0f} s"
    )
    print(
        f"live: countdown + stage + public view  {live_cpu:6.3f} % of one core, {live_sw} context switches in {seconds:.0f} s"
    )
    print(
        f"difference                             {live_cpu - base_cpu:+6.3f} percentage points (target: total < 1 %)"
    )
    ui.ticker.stop()
    window.close()
    store.close()


if __name__ == "__main__":
    main()
