"""Filter and search over 20,000 inputs: the in-memory index (``InputLog.search``) against the same
questions asked of SQLite with LIKE and indexed columns (the baseline), on the same event file.

    .venv/bin/python bench/inputs_search.py [--quick]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from controlroom.clock import SystemClock
from controlroom.inputs.log import InputLog
from controlroom.inputs.sample import fill_inputs, make_event
from controlroom.inputs.types import InputFilter
from controlroom.models import EventStore


def timed(fn, reps: int) -> tuple[float, float, int]:
    times, n = [], 0
    for _ in range(reps):
        start = time.perf_counter()
        n = len(fn())
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times), n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    n, reps = 20_000, (5 if args.quick else 30)
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "event.krom"
        store = EventStore.open(path, create=True, backup=False)
        blocks = make_event(store)
        fill_inputs(store, blocks, n)
        log = InputLog(store, SystemClock())
        start = time.perf_counter()
        log.all()
        load = time.perf_counter() - start
        plenum = blocks[4].uid
        cases = {
            "text 'frivillighet'": (InputFilter(text="frivillighet"), "text LIKE '%frivillighet%'"),
            "text without diacritics 'motepl'": (InputFilter(text="motepl"), "text LIKE '%møtepl%'"),
            "source=teams + kind=spørsmål": (InputFilter(source="teams", kind="spørsmål"),
                                            "source='teams' AND kind='spørsmål'"),
            "block + tag sdg11": (InputFilter(block_uid=plenum, tag="sdg11"),
                                  f"block_uid='{plenum}' AND tags LIKE '%\"sdg11\"%'"),
            "starred": (InputFilter(starred=True), "starred=1"),
            "everything (no filter)": (InputFilter(), "deleted=0"),
        }
        conn = sqlite3.connect(path)
        print(f"inputs search: {n} inputs; index load once {load * 1000:.0f} ms; median/max of {reps} runs")
        print(f"  {'question':<34} {'SQLite LIKE (baseline)':>24} {'InputLog.search':>22} {'rows':>6}")
        worst = 0.0
        for name, (flt, where) in cases.items():
            sql = f"SELECT id, text, tags FROM input_item WHERE deleted=0 AND {where} ORDER BY id"
            b_med, b_max, _ = timed(lambda sql=sql: conn.execute(sql).fetchall(), reps)
            o_med, o_max, rows = timed(lambda flt=flt: log.search(flt), reps)
            worst = max(worst, o_max)
            print(f"  {name:<34} {b_med * 1000:>9.1f} / {b_max * 1000:>5.1f} ms   "
                  f"{o_med * 1000:>9.1f} / {o_max * 1000:>5.1f} ms {rows:>6}")
        conn.close()
        store.close()
    print(f"  target: < 50 ms -> {'OK' if worst < 0.050 else 'MISSED'} (worst {worst * 1000:.1f} ms)")
    print("  note: SQLite LIKE is case-insensitive for ASCII only and knows no diacritic folding; the index does both")


if __name__ == "__main__":
    main()
