"""The window while the store is stalled: another process holds the event file's write lock for
``--hold`` seconds (10 by default) while the moderator presses Next. The figure is the Qt event loop's
longest stall (a 5 ms probe timer's longest gap) from the press until the action is committed (or
refused, if the lock outlasts SQLite's patience), with the stage display open and counting.

Baselines in the same run:
* the same press with nothing holding the lock;
* the same press, lock held, with the action run on the GUI thread as it was before (the bridge
  without its writer thread): the stall the moderator used to see.

    .venv/bin/python bench/live_store_stall.py [--hold 10]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import textwrap
import time

from _common import StallProbe
from live_display_common import app, live_window, run_for
from PySide6.QtCore import QTimer

HOLDER = textwrap.dedent("""
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
    conn.execute("BEGIN IMMEDIATE")
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
    conn.execute("COMMIT")
""")


def press_next(ui, store, hold: float, *, on_gui_thread: bool) -> tuple[float, float, str]:
    """(longest stall in ms, seconds until the action finished, how it ended)."""
    holder = None
    if hold > 0:
        holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(store.path), str(hold)],
                                  stdout=subprocess.PIPE, text=True)
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    bridge = ui.bridge
    writer, outcome = bridge.writer, []
    bridge.refused.connect(lambda text: outcome.append("refused: " + text[:60]))
    bridge.state_changed.connect(lambda _st: outcome.append("committed"))
    if on_gui_thread:
        bridge.writer = None
    probe = StallProbe(5, precise=True)
    probe.start()
    run_for(0.2)
    probe.reset()
    start = time.perf_counter()
    QTimer.singleShot(0, lambda: bridge.perform("next"))
    deadline = start + hold + 20
    while not outcome and time.perf_counter() < deadline:
        run_for(0.05)
    took = time.perf_counter() - start
    run_for(0.1)
    probe.stop()
    bridge.writer = writer
    if holder is not None:
        holder.wait()
    return probe.worst_gap() * 1000, took, outcome[0] if outcome else "no answer"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hold", type=float, default=10.0, help="seconds the other process holds the lock")
    args = parser.parse_args()
    app()
    window, ui, service, store = live_window()
    ui.stage.resize(1280, 720)
    ui.stage.show()
    service.start()
    run_for(1.0)
    for name, hold, gui in (("baseline: nothing holds the lock", 0.0, False),
                            (f"store stalled {args.hold:g} s, action on the writer thread", args.hold, False),
                            (f"baseline: store stalled {args.hold:g} s, action on the GUI thread (before)",
                             args.hold, True)):
        stall, took, how = press_next(ui, store, hold, on_gui_thread=gui)
        print(f"{name}: longest event-loop stall {stall:.1f} ms; action {how} after {took:.2f} s")
    window.close()


if __name__ == "__main__":
    main()
