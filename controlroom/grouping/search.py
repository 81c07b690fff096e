"""The local search for one pool and one mixing round (pure Python, indices only).

Start: people dealt round-robin by municipality (largest first), which reaches the minimum number of
municipality breaches exactly. Then swaps between groups, accepted when they lower the cost
``W_BREACH * breaches + W_APART * forbidden pairs + met pairs``; swaps never change group sizes, and
since a single swap changes met pairs by far less than ``W_BREACH``, breaches never rise above the start.
Zero-cost swaps are taken now and then to walk across plateaus. Deterministic for a given seed.
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence

W_BREACH = 1000
W_APART = 1_000_000


class RoundSearch:
    """Groups for one round of one pool. ``met[p]`` maps q to how often p and q met in other rounds."""

    def __init__(self, muni: Sequence[int], sizes: Sequence[int], k: int, met: list[dict[int, int]],
                 apart: list[set[int]], pinned: dict[int, int], rng: random.Random) -> None:
        self.muni = muni
        self.sizes = list(sizes)
        self.k = k
        self.met = met
        self.apart = apart
        self.pinned = pinned
        self.rng = rng
        self.groups: list[list[int]] = [[] for _ in sizes]
        self.where: list[int] = [-1] * len(muni)
        self.counts: list[dict[int, int]] = [{} for _ in sizes]

    # -- construction ---------------------------------------------------------------------------
    def deal(self) -> None:
        """Pinned people first, then everyone else round-robin by municipality (largest first)."""
        for p, j in sorted(self.pinned.items()):
            self._add(p, j)
        by_muni: dict[int, list[int]] = {}
        for p in range(len(self.muni)):
            if p not in self.pinned:
                by_muni.setdefault(self.muni[p], []).append(p)
        order: list[int] = []
        keys = list(by_muni)
        self.rng.shuffle(keys)
        keys.sort(key=lambda m: -len(by_muni[m]))
        for m in keys:
            people = by_muni[m]
            self.rng.shuffle(people)
            order.extend(people)
        g = len(self.sizes)
        j = self.rng.randrange(g) if g else 0
        for p in order:
            # Next group in cyclic order with a free seat, preferring one below the municipality limit.
            best = None
            for step in range(g):
                c = (j + step) % g
                if len(self.groups[c]) >= self.sizes[c]:
                    continue
                if best is None:
                    best = c
                if self.counts[c].get(self.muni[p], 0) < self.k:
                    best = c
                    break
            assert best is not None
            self._add(p, best)
            j = (best + 1) % g

    def load(self, groups: Sequence[Sequence[int]]) -> None:
        for j, grp in enumerate(groups):
            for p in grp:
                self._add(p, j)

    def _add(self, p: int, j: int) -> None:
        self.groups[j].append(p)
        self.where[p] = j
        c = self.counts[j]
        c[self.muni[p]] = c.get(self.muni[p], 0) + 1

    # -- cost -----------------------------------------------------------------------------------
    def _conf(self, p: int, j: int, skip: int) -> int:
        mp, ap = self.met[p], self.apart[p]
        total = 0
        for q in self.groups[j]:
            if q in (p, skip):
                continue
            total += mp.get(q, 0)
            if q in ap:
                total += W_APART
        return total

    def breaches(self) -> int:
        return sum(max(0, c - self.k) for cnt in self.counts for c in cnt.values())

    def person_conflicts(self, p: int) -> int:
        return self._conf(p, self.where[p], -1)

    def cost(self) -> int:
        pairs = sum(self.person_conflicts(p) for p in range(len(self.muni))) // 2
        return W_BREACH * self.breaches() + pairs

    def swap_delta(self, x: int, y: int) -> int:
        a, b = self.where[x], self.where[y]
        mx, my = self.muni[x], self.muni[y]
        d = 0
        if mx != my:
            d = W_BREACH * (self._excess_pair(a, mx, my) + self._excess_pair(b, my, mx))
        d += self._conf(y, a, x) + self._conf(x, b, y) - self._conf(x, a, -1) - self._conf(y, b, -1)
        return d

    def _excess_pair(self, j: int, out_m: int, in_m: int) -> int:
        """Change in group j's excess when one of ``out_m`` leaves and one of ``in_m`` joins."""
        c = self.counts[j]
        co, ci = c.get(out_m, 0), c.get(in_m, 0)
        k = self.k
        return (max(0, co - 1 - k) - max(0, co - k)) + (max(0, ci + 1 - k) - max(0, ci - k))

    def swap(self, x: int, y: int) -> None:
        a, b = self.where[x], self.where[y]
        ga, gb = self.groups[a], self.groups[b]
        ga[ga.index(x)] = y
        gb[gb.index(y)] = x
        self.where[x], self.where[y] = b, a
        mx, my = self.muni[x], self.muni[y]
        ca, cb = self.counts[a], self.counts[b]
        ca[mx] -= 1
        ca[my] = ca.get(my, 0) + 1
        cb[my] -= 1
        cb[mx] = cb.get(mx, 0) + 1

    # -- search ---------------------------------------------------------------------------------
    def improve(self, min_breaches: int, deadline: float, max_iter: int = 200_000) -> None:
        """Swap until no conflict is left (and breaches are at the minimum), or the budget is spent."""
        n = len(self.muni)
        free = [p for p in range(n) if p not in self.pinned]
        if len(free) < 2 or len(self.groups) < 2:
            return
        rng = self.rng
        it = stall = 0
        while it < max_iter and stall < 15:
            bad = [p for p in free if self.person_conflicts(p) > 0]
            breach_left = self.breaches() > min_breaches
            if breach_left:
                bad += [p for p in free if self.counts[self.where[p]][self.muni[p]] > self.k]
            if not bad or time.perf_counter() > deadline:
                return
            progressed = False
            for _ in range(len(bad) * 4):
                it += 1
                x = rng.choice(bad)
                best_y, best_d = -1, 1
                for _t in range(24):
                    y = free[rng.randrange(len(free))]
                    if self.where[y] == self.where[x]:
                        continue
                    d = self.swap_delta(x, y)
                    if d < best_d or (d == best_d and d == 0 and rng.random() < 0.3):
                        best_y, best_d = y, d
                if best_y >= 0 and best_d <= 0:
                    self.swap(x, best_y)
                    progressed = progressed or best_d < 0
                    if best_d < 0:
                        break
            stall = 0 if progressed else stall + 1
