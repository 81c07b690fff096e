"""Bench: the GUI stays responsive while 1000 people are imported and grouped.

A 10 ms repaint timer runs on the qasync loop (offscreen Qt) while the participants panel imports a
1000-person registration CSV and the group dialog forms 3 rounds — both through ``asyncio.to_thread``.
Printed: the longest gap between timer ticks beyond the 10 ms interval (target: no stall over 50 ms).
A first, untimed run warms up lazy imports and SQLAlchemy's statement cache (the app does that at
startup), then the start-up is settled as the composition root does once the window is open
(``controlroom.ui.gui_thread_gc.settle_start_up``: collected, frozen out of the collector's scans, and the
collector on the GUI thread; before, a full collection of every startup object in the worker thread held
the GIL for 70–140 ms). Baselines in the same run: an idle loop (the machine's own noise) and the same import + forming called directly on the GUI thread.

Usage: ``QT_QPA_PLATFORM=offscreen python bench/people_gui.py [--quick]``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from datetime import time as dtime
from pathlib import Path

from _common import StallProbe

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    import qasync
    from PySide6.QtWidgets import QApplication

    from controlroom.agenda.types import BlockData
    from controlroom.application.people import PeopleService
    from controlroom.clock import SystemClock
    from controlroom.grouping.participants_import import read_participants
    from controlroom.grouping.sample import sample_participants, write_registration_csv
    from controlroom.grouping.solver import FormOptions, form
    from controlroom.live.runlog import RunLog
    from controlroom.models import EventStore
    from controlroom.models.agenda_repo import AgendaRepository
    from controlroom.models.people_repo import PeopleRepository
    from controlroom.ui.gui_thread_gc import settle_start_up
    from controlroom.ui.people.form_dialog import FormGroupsDialog
    from controlroom.ui.people.participants import ParticipantsPanel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    probe = StallProbe(10)
    gaps = probe.gaps

    with tempfile.TemporaryDirectory() as tmp:
        csv_path = write_registration_csv(Path(tmp) / "påmelding.csv", sample_participants(1000, seed=42))

        def fresh(name: str):
            store = EventStore.open(Path(tmp) / name, create=True)
            AgendaRepository(store).add_block(BlockData(day=date(2024, 5, 6), start=dtime(16, 0), minutes=30,
                                                        title="Gruppearbeid"))
            return store

        keep: list = []

        async def threaded(name: str) -> float:
            store = fresh(name)
            panel = ParticipantsPanel(PeopleService(store, RunLog(store, SystemClock(), "bench")))
            dlg = FormGroupsDialog(PeopleService(store, RunLog(store, SystemClock(), "bench")),
                                   AgendaRepository(store).blocks())
            dlg.rounds.setValue(3)
            keep.extend((panel, dlg))  # widgets live until the end of the bench
            await asyncio.sleep(0.05)
            probe.reset()
            t0 = time.perf_counter()
            assert await panel.import_file(csv_path)
            assert await dlg.run()
            took = time.perf_counter() - t0
            await asyncio.sleep(0.05)
            store.close()
            return took

        async def idle() -> None:
            probe.reset()
            await asyncio.sleep(1.0)

        probe.start()
        runs = 3 if args.quick else 7
        stalls, p95s, times = [], [], []
        with loop:
            loop.run_until_complete(idle())
            idle_stall = max(gaps) - 0.010
            loop.run_until_complete(threaded("warmup.krom"))  # first-time imports and caches, not timed
            settle_start_up()  # as the app does once its window is open (``controlroom.app``)
            for i in range(runs):
                times.append(loop.run_until_complete(threaded(f"run{i}.krom")))
                ordered = sorted(gaps)
                stalls.append(ordered[-1] - 0.010)
                p95s.append(ordered[int(len(ordered) * 0.95)] - 0.010)
        print(f"maskinlast (1 min): {os.getloadavg()[0]:.1f} på {os.cpu_count()} kjerner")
        print(f"import + 3 runder for 1000 deltakere i arbeidstråd, {runs} kjøringer: median {statistics.median(times) * 1000:.0f} ms")
        print(f"  lengste stopp i hendelsesløkken per kjøring: {', '.join(f'{s * 1000:.0f}' for s in stalls)} ms "
              f"(median {statistics.median(stalls) * 1000:.0f} ms; mål < 50 ms); 95-persentil "
              f"{statistics.median(p95s) * 1000:.1f} ms")
        # baseline: the same work on the GUI thread
        store = fresh("b.krom")
        t0 = time.perf_counter()
        people = read_participants(csv_path).participants
        PeopleRepository(store).import_participants(people)
        form(PeopleRepository(store).participants(), FormOptions())
        blocked = time.perf_counter() - t0
        store.close()
        print(f"grunnlinje 1: tom hendelsesløkke i 1 s (bare maskinens støy): lengste stopp {idle_stall * 1000:.0f} ms")
        print(f"grunnlinje 2: samme arbeid på GUI-tråden blokkerer løkken i {blocked * 1000:.0f} ms")


if __name__ == "__main__":
    main()
