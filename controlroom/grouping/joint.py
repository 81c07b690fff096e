"""Joint search over all mixing rounds of one small pool (pure Python, indices only).

The sequential forming (``solver``) optimises one round at a time against the others; with four or
more mixing rounds in a small pool that leaves repeated pairs well above the lower bound (12 people,
4 rounds of 3×4: 17–18 against a bound of 9). This pass looks at every round at once: a move swaps two
people of one round, and its cost change is exact for the figure we report,

    repeated pairs = Σ over pairs of max(0, meetings − 1)   (meetings counted over the mixing rounds),

which is what ``solver._pairs_met`` sums round by round. It is simulated annealing with a fixed
number of steps (deterministic for a seed) and a time cap as a safety net. A swap is refused when it
adds a municipality breach, puts a must-not-share pair together or moves a fixed person, so breaches
never rise and every hard rule still holds. The best state seen is returned, and the caller keeps it
only when it repeats fewer pairs, so the result never gets worse.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Sequence

#: Pools below this size get the joint pass (it costs O(steps × group size), independent of n).
SMALL_POOL = 60
STEPS_PER_ROUND = 25_000


def repeated_pairs(rounds: Sequence[Sequence[Sequence[int]]], n: int) -> int:
    met = [[0] * n for _ in range(n)]
    total = 0
    for grps in rounds:
        for grp in grps:
            for a in grp:
                row = met[a]
                for b in grp:
                    if a < b:
                        if row[b]:
                            total += 1
                        row[b] += 1
    return total


def improve_jointly(rounds: list[list[list[int]]], muni: Sequence[int], k: int, apart: Sequence[set[int]],
                    pinned: dict[int, int], rng: random.Random, *, target: int = 0,
                    steps: int | None = None, deadline: float | None = None) -> list[list[list[int]]]:
    """Return the mixing rounds' groups with at most as many repeated pairs as ``rounds``."""
    n = len(muni)
    free = [p for p in range(n) if p not in pinned]
    if len(rounds) < 2 or len(free) < 2 or len(rounds[0]) < 2:
        return rounds
    steps = steps if steps is not None else STEPS_PER_ROUND * len(rounds)
    groups = [[list(g) for g in grps] for grps in rounds]
    where = [[0] * n for _ in groups]
    counts: list[list[dict[int, int]]] = []
    for r, grps in enumerate(groups):
        cr: list[dict[int, int]] = []
        for j, grp in enumerate(grps):
            c: dict[int, int] = {}
            for p in grp:
                where[r][p] = j
                c[muni[p]] = c.get(muni[p], 0) + 1
            cr.append(c)
        counts.append(cr)
    met = [[0] * n for _ in range(n)]
    for grps in groups:
        for grp in grps:
            for a in grp:
                for b in grp:
                    if a != b:
                        met[a][b] += 1
    cost = repeated_pairs(groups, n)
    best_cost, best = cost, [[list(g) for g in grps] for grps in groups]
    temp, cooling = 0.8, (0.02 / 0.8) ** (1 / max(1, steps))
    for step in range(steps):
        if best_cost <= target or (deadline is not None and step % 512 == 0 and time.perf_counter() > deadline):
            break
        temp *= cooling
        r = rng.randrange(len(groups))
        x, y = free[rng.randrange(len(free))], free[rng.randrange(len(free))]
        wr = where[r]
        a, b = wr[x], wr[y]
        if a == b:
            continue
        ga, gb = groups[r][a], groups[r][b]
        ax, ay = apart[x], apart[y]
        if (ax and any(q in ax for q in gb if q != y)) or (ay and any(q in ay for q in ga if q != x)):
            continue
        mx, my = muni[x], muni[y]
        if mx != my:
            ca, cb = counts[r][a], counts[r][b]
            # breaches in a: one mx leaves, one my joins; in b the reverse. Refuse any increase.
            da = (max(0, ca.get(my, 0) + 1 - k) - max(0, ca.get(my, 0) - k)) - (
                max(0, ca[mx] - k) - max(0, ca[mx] - 1 - k))
            db = (max(0, cb.get(mx, 0) + 1 - k) - max(0, cb.get(mx, 0) - k)) - (
                max(0, cb[my] - k) - max(0, cb[my] - 1 - k))
            if da + db > 0:
                continue
        mxr, myr = met[x], met[y]
        delta = 0
        for q in ga:
            if q != x:
                delta += (myr[q] >= 1) - (mxr[q] >= 2)
        for q in gb:
            if q != y:
                delta += (mxr[q] >= 1) - (myr[q] >= 2)
        if delta > 0 and rng.random() >= math.exp(-delta / temp):
            continue
        for q in ga:
            if q != x:
                mxr[q] -= 1
                met[q][x] -= 1
                myr[q] += 1
                met[q][y] += 1
        for q in gb:
            if q != y:
                myr[q] -= 1
                met[q][y] -= 1
                mxr[q] += 1
                met[q][x] += 1
        ga[ga.index(x)] = y
        gb[gb.index(y)] = x
        wr[x], wr[y] = b, a
        if mx != my:
            ca, cb = counts[r][a], counts[r][b]
            ca[mx] -= 1
            ca[my] = ca.get(my, 0) + 1
            cb[my] -= 1
            cb[mx] = cb.get(mx, 0) + 1
        cost += delta
        if cost < best_cost:
            best_cost, best = cost, [[list(g) for g in grps] for grps in groups]
    return best
