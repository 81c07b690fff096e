"""The importers' fuzz run at full length: 3,000 mutated agendas and registration lists through the
command line, the same stream (same seed, same generator) whose first cases CI runs in
``tests/test_fuzz_importers.py``.

Prints cases per second and the count of each outcome: exit 0 (imported, and ``agenda``, ``report`` and
``live`` still show the event), exit 2 (refused with a message naming the file, event unchanged) and
anything else (a traceback, another exit code, a changed event, a broken event), which must be 0.
Baseline in the same run: the same cases with the import alone timed (no event checks).

    .venv/bin/python bench/fuzz_importers.py [--cases 3000] [--seed N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

import test_fuzz_importers as fuzz  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=fuzz.SEED)
    parser.add_argument("--show", type=int, default=10, help="how many failures to print")
    args = parser.parse_args()

    started = time.perf_counter()
    cases = [fuzz.make_case(i, args.seed) for i in range(args.cases)]
    generated = time.perf_counter() - started
    sizes = sorted(len(c.data) for c in cases)
    with tempfile.TemporaryDirectory() as tmp:
        counts, failures, seconds = fuzz.run_many(args.cases, Path(tmp), args.seed)
    kinds: dict[str, int] = {}
    for c in cases:
        for op in c.name.split(":")[-1].split("+"):
            kinds[op] = kinds.get(op, 0) + 1

    print(f"seed {args.seed}: {args.cases} cases, {len(sizes) and sizes[len(sizes) // 2] / 1024:.0f} KB median, "
          f"{sizes[-1] / 1024 / 1024:.1f} MB largest (generated in {generated:.1f} s)")
    print("mutations: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])))
    print(f"\n{'outcome':16} {'cases':>6}")
    for key in ("exit 0", "exit 2", "anything else"):
        print(f"{key:16} {counts.get(key, 0):6d}")
    print(f"\n{args.cases / seconds:.1f} cases/s ({seconds:.1f} s; each case: import, then for exit 0 agenda + report + "
          "live on the event, for exit 2 the event compared byte for byte)")
    for name, outcome in failures[: args.show]:
        print(f"\nFAILED {name}\n  {outcome.code}\n  {outcome.message[:300]}")
    return 0 if not failures else 1


if __name__ == "__main__":
    raise SystemExit(main())
