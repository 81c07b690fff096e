"""What forming groups will give, computed before forming: group counts, minimum breaches, bounds.

Minimum municipality breaches (design.md, "Grouping facts"): in a pool with ``g`` groups and at
most ``k`` people from one municipality per group, a municipality with ``c`` people must put at
least ``c - k*g`` people beyond the limit, so the minimum is ``Σ_m max(0, c_m - k*g)`` per round.
A breach is counted as one person above the limit in a group (a group with 3 from Stavanger and
k = 2 is one breach). Dealing people round-robin by municipality reaches the minimum exactly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from math import ceil, comb

from controlroom.errors import BadInputError, InputProblem
from controlroom.grouping.types import Attendance, PoolPlan
from controlroom.i18n import tr

POOL_LABEL = {"onsite": "på stedet", "teams": "Teams", "zoom": "Zoom"}


def pool_label(pool: str) -> str:
    return tr(POOL_LABEL.get(pool, pool))


def group_count_range(n: int, lo_size: int, hi_size: int, pool: str = "", where: str = "") -> tuple[int, int]:
    """The group counts that split ``n`` people into groups of ``lo_size``..``hi_size``."""
    if lo_size < 1 or hi_size < lo_size:
        raise BadInputError(InputProblem(where, None, tr("ugyldig gruppestørrelse {a}–{b}; ventet for eksempel 3-4")
                                         .format(a=lo_size, b=hi_size)))
    if n < lo_size:
        raise BadInputError(InputProblem(where, None, tr(
            "gruppen {pool} har bare {n} deltaker(e), for få til én gruppe på minst {a}; flytt dem til en annen "
            "deltakelse eller senk minste gruppestørrelse").format(pool=pool_label(pool), n=n, a=lo_size)))
    lo, hi = ceil(n / hi_size), n // lo_size
    if lo > hi:
        raise BadInputError(InputProblem(where, None, tr(
            "{n} deltakere {pool} kan ikke deles i grupper på {a}–{b}; velg et bredere størrelsesintervall")
            .format(n=n, pool=pool_label(pool), a=lo_size, b=hi_size)))
    return lo, hi


def min_breaches(counts: Sequence[int], groups: int, k: int) -> int:
    return sum(max(0, c - k * groups) for c in counts)


def group_sizes(n: int, g: int) -> list[int]:
    q, r = divmod(n, g)
    return [q + 1 if j < r else q for j in range(g)]


def plan_pool(pool: Attendance, municipalities: Sequence[str], lo_size: int, hi_size: int, k: int,
              groups: int | None = None, where: str = "") -> PoolPlan:
    """Plan one pool: the default group count (fewest rooms), its minimum breaches, and the group count
    with the fewest breaches in the size range (more small groups) as the alternative to offer."""
    n = len(municipalities)
    lo, hi = group_count_range(n, lo_size, hi_size, pool, where)
    counts = Counter(municipalities)
    values = list(counts.values())
    if groups is None:
        g = lo
    else:
        if not lo <= groups <= hi:
            raise BadInputError(InputProblem(where, None, tr(
                "{n} deltakere {pool} kan ikke deles i {g} grupper på {a}–{b}; mulig: {lo}–{hi} grupper").format(
                    n=n, pool=pool_label(pool), g=groups, a=lo_size, b=hi_size, lo=lo, hi=hi)))
        g = groups
    best = min(range(lo, hi + 1), key=lambda x: (min_breaches(values, x, k), x))
    largest, largest_count = counts.most_common(1)[0] if counts else ("", 0)
    return PoolPlan(pool=pool, size=n, groups=g, min_breaches=min_breaches(values, g, k), best_groups=best,
                    best_min_breaches=min_breaches(values, best, k), largest_municipality=largest,
                    largest_count=largest_count)


def _min_pairs(t: int, g: int) -> int:
    """Fewest same-group pairs when ``t`` people are spread over ``g`` groups (balanced spread)."""
    q, r = divmod(t, g)
    return r * comb(q + 1, 2) + (g - r) * comb(q, 2)


def repeated_pairs_lower_bound(earlier: Sequence[Sequence[Sequence[int]]], n: int, sizes: Sequence[int]) -> int:
    """A provable lower bound on the pairs in one new mixing round who already met in ``earlier`` rounds.

    Two counting arguments; the bound is the larger of the two:

    1. pigeonhole: the ``t`` members of an earlier group spread over the ``g`` new groups share a group in
       at least ``_min_pairs(t, g)`` pairs; pairs from different groups of one earlier round are distinct,
       so summing over that round's groups is valid; take the best earlier round;
    2. supply: the new round has ``Σ C(s, 2)`` pairs but only ``C(n, 2) - met`` pairs never met before.
    """
    if not earlier:
        return 0
    g = len(sizes)
    pigeon = max(sum(_min_pairs(len(grp), g) for grp in rnd) for rnd in earlier)
    met: set[tuple[int, int]] = set()
    for rnd in earlier:
        for grp in rnd:
            members = sorted(grp)
            for i, a in enumerate(members):
                for b in members[i + 1:]:
                    met.add((a, b))
    supply = sum(comb(s, 2) for s in sizes) - (comb(n, 2) - len(met))
    return max(pigeon, supply, 0)
