"""Bench: forming groups for 1000 participants and repairing after 10 % no-shows.

Setup: 1000 participants, 30 % from one municipality (Stavanger), 60 % on site, the rest
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
from controlroom.grouping.types import Participant, RoundMode


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
    # the same with the hard rules on: 50 fixed people, 50 must-not-share pairs, 20 walk-ins
    r0 = result.rounds[0].groups
    fixed = {g.members[0]: g.room for g in r0[::8]}
    apart = [(r0[i].members[1], r0[i + 1].members[1]) for i in range(0, 100, 2)]
    walk = [Participant(f"Ny {i}", f"ny{i}@x.no", municipality="Stavanger", attendance="onsite" if i % 2 else "teams",
                        walk_in=True) for i in range(20)]
    apart += [(w.key, r0[i].members[2]) for i, w in enumerate(walk)]
    everyone = {**index, **{w.key: w for w in walk}}
    rts = []
    for seed in range(runs):
        absent = {p.key for p in random.Random(seed).sample(people, 100)} - set(fixed)
        t0 = time.perf_counter()
        groups, moves = repair_round(r0, everyone, absent=absent, walk_ins=walk, min_size=3, max_size=4, k=2,
                                     fixed=fixed, apart=apart)
        rts.append(time.perf_counter() - t0)
    kept = all(next(g.room for g in groups if e in g.members) == room for e, room in fixed.items() if e not in absent)
    clash = sum(1 for a, b in apart for g in groups if a in g.members and b in g.members)
    print(f"  reparasjon med regler ({len(fixed)} faste, {len(apart)} par som ikke skal sammen, 20 uanmeldte): "
          f"median {statistics.median(rts) * 1000:.1f} ms (mål < 100 ms); "
          f"{sum(1 for m in moves if m.from_room and m.to_room)} flyttet; faste på plass: {'ja' if kept else 'NEI'}; "
          f"par sammen: {clash}; brudd {breaches_of(groups, everyone, 2)}")
    t0 = time.perf_counter()
    again = form([p for p in people if p.key not in absent], FormOptions(modes=[RoundMode("mix")], seed=99))
    took = time.perf_counter() - t0
    before = {e: g.room for g in result.rounds[0].groups for e in g.members}
    moved = sum(1 for g in again.rounds[0].groups for e in g.members if before.get(e) != g.room)
    print(f"  grunnlinje: danne runde 1 på nytt uten de fraværende: {took * 1000:.1f} ms, {moved} personer flyttet")
    small_pools()


def small_pools() -> None:
    """Small pools with many mixing rounds: repeated pairs without and with the joint pass."""
    print("Små puljer med mange blandingsrunder (Teams, 7 kommuner): gjentatte par uten → med felles søk")
    for n, rounds in ((12, 4), (12, 5), (16, 5), (20, 5)):
        ps = [Participant(f"T {i}", f"t{i}@x.no", municipality=f"M{i % 7}", attendance="teams") for i in range(n)]
        modes = [RoundMode("mix")] * rounds
        before = form(ps, FormOptions(modes=modes, joint_search=False))
        t0 = time.perf_counter()
        after = form(ps, FormOptions(modes=modes))
        took = time.perf_counter() - t0
        print(f"  {n} personer, {rounds} runder: {before.repeated_pairs} → {after.repeated_pairs} "
              f"(nedre grense {after.repeated_pairs_lower_bound}); danning med felles søk {took * 1000:.0f} ms")


def _counts(values: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return out


if __name__ == "__main__":
    main()
