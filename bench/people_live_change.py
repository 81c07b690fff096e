"""Bench: a live group change on the day — 10 no-shows marked while 3 rounds (mix, mix, return:1) are still
to come, for 1000 participants in a real event file.

Printed: the time to plan the change (the preview: every round repaired, nothing saved), the time to save
it (people and all rounds in one transaction, run-log entries), the people moved per round, and that
round 3 equals the repaired round 1. Both steps run in the window's worker thread, not on the GUI thread.
Baseline in the same run: forming all three rounds again (what a host without live repair would do).

Usage: ``python bench/people_live_change.py [--quick]``.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from dataclasses import replace
from datetime import date
from datetime import time as clock_time
from pathlib import Path

from controlroom.agenda.types import BlockData
from controlroom.clock import FakeClock
from controlroom.grouping.live_repair import LiveGroups
from controlroom.grouping.sample import sample_participants
from controlroom.grouping.solver import FormOptions, form
from controlroom.grouping.types import RoundMode
from controlroom.live.runlog import RunLog
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.models.people_repo import PeopleRepository

MODES = [RoundMode("mix"), RoundMode("mix"), RoundMode("return", 1)]


def one_run(folder: Path, seed: int) -> tuple[float, float, float, list[int], bool]:
    store = EventStore.open(folder / f"bench-{seed}.krom", create=True, backup=False)
    try:
        block = AgendaRepository(store).add_block(BlockData(day=date(2024, 5, 6), start=clock_time(11, 0), minutes=60,
                                                            title="Inndeling i arbeidsgrupper første runde"))
        repo = PeopleRepository(store)
        repo.import_participants(sample_participants(1000, seed=seed, big_share=0.3, onsite_share=0.6))
        opts = FormOptions(modes=MODES, seed=seed)
        t0 = time.perf_counter()
        formation = form(repo.participants(), opts)
        baseline = time.perf_counter() - t0
        repo.save_formation(block.uid, formation, {"size": [3, 4], "k": 2})
        groups = LiveGroups(repo, RunLog(store, FakeClock(), "bench"))
        gone = [replace(p, no_show=True) for p in repo.participants()[::100]]
        t0 = time.perf_counter()
        change = groups.plan(gone, "group.noshow")
        planned = time.perf_counter() - t0
        t0 = time.perf_counter()
        groups.apply(change)
        saved = time.perf_counter() - t0
        rounds = repo.rounds(block.uid)
        same = {g.room: sorted(g.members) for g in rounds[2].groups} == {g.room: sorted(g.members) for g in rounds[0].groups}
        moved = [len({m.email for m in r.moves if m.to_room is not None}) for r in change.rounds]
        return planned, saved, baseline, moved, same
    finally:
        store.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    runs = 3 if ap.parse_args().quick else 7
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(1, runs + 1):
            results.append(one_run(Path(tmp), seed))
    plan_ms = [r[0] * 1000 for r in results]
    save_ms = [r[1] * 1000 for r in results]
    base_ms = [r[2] * 1000 for r in results]
    print("1000 deltakere, 10 ikke møtt, runde 1–3 (mix, mix, return:1) igjen")
    print(f"  planlegge (forhåndsvisning): median {statistics.median(plan_ms):.0f} ms "
          f"({min(plan_ms):.0f}–{max(plan_ms):.0f})")
    print(f"  lagre (én transaksjon + kjørelogg): median {statistics.median(save_ms):.0f} ms "
          f"({min(save_ms):.0f}–{max(save_ms):.0f})")
    print(f"  grunnlinje, danne alle runder på nytt: median {statistics.median(base_ms):.0f} ms")
    print(f"  flyttet per runde (utenom de som gikk): {[r[3] for r in results]}")
    print(f"  runde 3 = reparert runde 1: {all(r[4] for r in results)}")


if __name__ == "__main__":
    main()
