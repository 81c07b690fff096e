"""Bench: forming groups for 1000 participants and repairing after 10 % no-shows.

Setup (issue 4): 1000 participants, 30 % from one municipality (Stavanger), 60 % on site, the rest
split Teams/Zoom; 3 rounds of 3–4, at most 2 per municipality. Printed: breaches (must be 0), repeated
pairs against the lower bound, time to form, and time to repair one round after 10 % no-shows.
Baseline in the same run: shuffling the same list and chunking it into groups of 4 (no rules).

Lower bound on repeated pairs (``planning.repeated_pairs_lower_bound``), per pool and mixing round:
the larger of (1) pigeonhole — the t members of each earlier group spread over the g new groups share
a group in at least Σ C(⌊t/g⌋ or ⌈t/g⌉, 2) pairs, summed over one earlier round's groups, best round taken —
and (2) supply — the round's Σ C(s, 2) pairs minus the C(n, 2) − met pairs never met before.

Usage: ``python bench/people_grouping.py [--quick]``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from controlroom.grouping.repair import breaches_of, repair_round
from controlroom.grouping.sample import sample_participants
from controlroom.grouping.solver import FormOptions, form
from controlroom.grouping.types import RoundMode


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    runs = 3 if args.quick else 9
    people = sample_participants(1000, seed=42, big_share=0.3, onsite_share=0.6)
    index = {p.key: p for p in people}
    print("1000 deltakere: 30 % Stavanger, 60 % på stedet; 3 runder à 3–4, maks 2 per kommune")
    for label, modes in (("mix, mix, return:1 (seed 002)", [RoundMode("mix"), RoundMode("mix"), RoundMode("return", 1)]),
                         ("mix, mix, mix", [RoundMode("mix")] * 3)):
        times, result = [], None
        for seed in range(1, runs + 1):
            t0 = time.perf_counter()
            result = form(people, FormOptions(modes=modes, seed=seed))
            times.append(time.perf_counter() - t0)
        assert result is not None
        print(f"  {label}: median {statistics.median(times) * 1000:.1f} ms (max {max(times) * 1000:.1f} ms, "
              f"mål < 500 ms); brudd {result.breaches} (minimum {result.min_breaches}); gjentatte par "
              f"{result.repeated_pairs} (nedre grense {result.repeated_pairs_lower_bound}); "
              f"leder/referent to ganger: {result.duty_repeats}")
    # baseline: shuffle and chunk, no rules
    bt = []
    for seed in range(runs):
        t0 = time.perf_counter()
        keys = [p.key for p in people]
        random.Random(seed).shuffle(keys)
        chunks = [keys[i:i + 4] for i in range(0, len(keys), 4)]
        bt.append(time.perf_counter() - t0)
    naive = sum(max(0, c - 2) for ch in chunks for c in _counts([index[e].municipality for e in ch]).values())
    print(f"  grunnlinje stokk-og-del i 4: median {statistics.median(bt) * 1000:.2f} ms, {naive} brudd, "
          f"blander puljene")
    # live repair after 10 % no-shows
    result = form(people, FormOptions(modes=[RoundMode("mix"), RoundMode("mix"), RoundMode("return", 1)]))
    rts, moves_n, br = [], 0, 0
    for seed in range(runs):
        absent = {p.key for p in random.Random(seed).sample(people, 100)}
        t0 = time.perf_counter()
        groups, moves = repair_round(result.rounds[0].groups, index, absent=absent, walk_ins=[], min_size=3,
                                     max_size=4, k=2)
        rts.append(time.perf_counter() - t0)
        moves_n = sum(1 for m in moves if m.from_room and m.to_room)
        br = breaches_of(groups, index, 2)
    print(f"  reparasjon etter 10 % ikke møtt (100 av 1000): median {statistics.median(rts) * 1000:.1f} ms "
          f"(mål < 100 ms); {moves_n} personer flyttet; brudd {br}")
    t0 = time.perf_counter()
    again = form([p for p in people if p.key not in absent], FormOptions(modes=[RoundMode("mix")], seed=99))
    took = time.perf_counter() - t0
    before = {e: g.room for g in result.rounds[0].groups for e in g.members}
    moved = sum(1 for g in again.rounds[0].groups for e in g.members if before.get(e) != g.room)
    print(f"  grunnlinje: danne runde 1 på nytt uten de fraværende: {took * 1000:.1f} ms, {moved} personer flyttet")


def _counts(values: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return out


if __name__ == "__main__":
    main()
