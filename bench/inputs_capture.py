"""Enter → committed: ``InputLog.add`` (parse, one transaction, WAL + synchronous=FULL) on a real event
file, against a bare sqlite3 INSERT + COMMIT with the same pragmas on the same disk (the floor).

    .venv/bin/python bench/inputs_capture.py [--quick] [--dir DIR]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from _common import percentile

from controlroom.clock import SystemClock
from controlroom.inputs.log import InputLog
from controlroom.inputs.sample import make_event, sample_texts
from controlroom.models import EventStore


def bare_sqlite(path: Path, texts: list[str]) -> list[float]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, at INTEGER, text TEXT, tags TEXT)")
    out = []
    for t in texts:
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t (at, text, tags) VALUES (?, ?, ?)", (time.time_ns(), t, "[]"))
        conn.execute("COMMIT")
        out.append(time.perf_counter() - start)
    conn.close()
    return out


def input_log(path: Path, texts: list[tuple[str, str]], preload: int) -> list[float]:
    store = EventStore.open(path, create=True, backup=False)
    blocks = make_event(store)
    if preload:
        from controlroom.inputs.sample import fill_inputs

        fill_inputs(store, blocks, preload)
    log = InputLog(store, SystemClock(), current_block=lambda: blocks[4].uid)
    log.all()  # the panel has loaded its index
    out = []
    for text, source in texts:
        start = time.perf_counter()
        log.add(text, source=source)
        out.append(time.perf_counter() - start)
    store.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="fewer inputs (finishes in well under a minute)")
    ap.add_argument("--dir", type=Path, default=None, help="where the files go (default: a temp dir)")
    args = ap.parse_args()
    n = 200 if args.quick else 2000
    preload = 2_000 if args.quick else 20_000
    sample = sample_texts(n)
    with tempfile.TemporaryDirectory(dir=args.dir) as d:
        base = bare_sqlite(Path(d) / "bare.sqlite", [t for t, *_ in sample])
        ours = input_log(Path(d) / "event.krom", [(t, s) for t, s, *_ in sample], preload)
    ms = 1000.0
    print(f"inputs capture: {n} inputs, each its own committed transaction (WAL, synchronous=FULL), "
          f"{preload} inputs already in the event")
    print(f"  baseline bare sqlite3 insert+commit: median {statistics.median(base) * ms:.2f} ms, "
          f"p99 {percentile(base, 99) * ms:.2f} ms, max {max(base) * ms:.2f} ms")
    print(f"  InputLog.add (Enter → committed):    median {statistics.median(ours) * ms:.2f} ms, "
          f"p99 {percentile(ours, 99) * ms:.2f} ms, max {max(ours) * ms:.2f} ms")
    print(f"  target: median < 10 ms, p99 < 30 ms -> "
          f"{'OK' if statistics.median(ours) < 0.010 and percentile(ours, 99) < 0.030 else 'MISSED'}")


if __name__ == "__main__":
    main()
