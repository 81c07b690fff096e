"""Live repair of a round after no-shows and walk-ins: move as few people as possible.

Rules kept: pools apart, the size range, and the municipality limit where the pool allows it.
What moves: no-shows leave; each walk-in joins the group of their pool with a free seat that costs
least (no municipality breach, fewest people met before, smallest). A group that falls below the
minimum size either gets people from groups above the minimum (one move per missing seat) or is
dissolved into groups with free seats (one move per member), whichever moves fewer people; each
missing seat needs at least one move, so filling is minimal whenever it is possible. Walk-ins with
no free seat anywhere form a new group (taking people from groups above the minimum when too few).
"""

from __future__ import annotations

from dataclasses import replace

from controlroom.errors import BadInputError, InputProblem
from controlroom.grouping.planning import pool_label
from controlroom.grouping.rooms import DEFAULT_PREFIX
from controlroom.grouping.types import Group, Move, Participant
from controlroom.i18n import tr

W_BREACH = 1000


class _Repair:
    def __init__(self, groups: list[Group], people: dict[str, Participant], k: int, lo: int, hi: int,
                 met: dict[str, set[str]]) -> None:
        self.groups = [replace(g, members=list(g.members)) for g in groups]
        self.people = people
        self.k, self.lo, self.hi = k, lo, hi
        self.met = met
        self.moves: list[Move] = []

    def muni(self, e: str) -> str:
        p = self.people.get(e)
        return p.municipality.strip().lower() if p else ""

    def join_cost(self, e: str, g: Group) -> int:
        m = self.muni(e)
        same = sum(1 for x in g.members if x != e and self.muni(x) == m)
        met = self.met.get(e, set())
        return (W_BREACH if same >= self.k else 0) + sum(1 for x in g.members if x in met) * 10 + len(g.members)

    def pool_groups(self, pool: str, but: Group | None = None) -> list[Group]:
        return [g for g in self.groups if g.pool == pool and g is not but and g.members]

    def move(self, e: str, src: Group | None, dst: Group) -> None:
        if src is not None:
            src.members.remove(e)
        dst.members.append(e)
        self.moves.append(Move(e, src.room if src else None, dst.room))

    def take_donor(self, dst: Group) -> None:
        best: tuple[int, str, Group] | None = None
        for h in self.pool_groups(dst.pool, dst):
            if len(h.members) <= self.lo:
                continue
            for e in h.members:
                c = self.join_cost(e, dst) - self.join_cost(e, h)
                if best is None or c < best[0]:
                    best = (c, e, h)
        assert best is not None
        self.move(best[1], best[2], dst)

    def new_room(self, pool: str) -> Group:
        used = {g.room for g in self.groups}
        i = 1
        while f"{DEFAULT_PREFIX[pool]} {i}" in used:
            i += 1
        meeting = max((g.meeting for g in self.groups if g.pool == pool), default=1)
        g = Group(room=f"{DEFAULT_PREFIX[pool]} {i}", pool=pool, members=[], meeting=meeting)  # type: ignore[arg-type]
        self.groups.append(g)
        return g

    def spare(self, pool: str, but: Group | None = None) -> int:
        return sum(len(h.members) - self.lo for h in self.pool_groups(pool, but) if len(h.members) > self.lo)

    def space(self, pool: str, but: Group | None = None) -> int:
        return sum(self.hi - len(h.members) for h in self.pool_groups(pool, but))


def repair_round(groups: list[Group], people: dict[str, Participant], *, absent: set[str],
                 walk_ins: list[Participant], min_size: int, max_size: int, k: int,
                 met: dict[str, set[str]] | None = None, where: str = "") -> tuple[list[Group], list[Move]]:
    """Return the repaired groups (empty ones dropped) and every move made."""
    r = _Repair(groups, people, k, min_size, max_size, met or {})
    absent = {a.lower() for a in absent}
    for g in r.groups:
        for e in [x for x in g.members if x in absent or x not in people]:
            g.members.remove(e)
            r.moves.append(Move(e, g.room, None))
    placed = {e for g in r.groups for e in g.members}
    left: dict[str, list[str]] = {}
    for w in walk_ins:
        if w.key in placed:
            continue
        cands = [g for g in r.pool_groups(w.attendance) if len(g.members) < max_size]
        if cands:
            r.move(w.key, None, min(cands, key=lambda g: r.join_cost(w.key, g)))
        else:
            left.setdefault(w.attendance, []).append(w.key)
        placed.add(w.key)
    for pool, keys in left.items():
        while keys:
            take, keys = keys[:max_size], keys[max_size:]
            if len(take) < min_size and r.spare(pool) < min_size - len(take):
                raise BadInputError(InputProblem(where, None, tr(
                    "ingen ledig plass {pool} for {who}; legg til et rom eller øk største gruppestørrelse").format(
                        pool=pool_label(pool), who=", ".join(take))))
            g = r.new_room(pool)
            for e in take:
                r.move(e, None, g)
            while len(g.members) < min_size:
                r.take_donor(g)
    while True:
        under = sorted((g for g in r.groups if 0 < len(g.members) < min_size), key=lambda g: len(g.members))
        if not under:
            break
        g = under[0]
        need = min_size - len(g.members)
        can_fill = r.spare(g.pool, g) >= need
        can_dissolve = r.space(g.pool, g) >= len(g.members)
        if can_fill and (need <= len(g.members) or not can_dissolve):
            for _ in range(need):
                r.take_donor(g)
        elif can_dissolve:
            for e in list(g.members):
                targets = [h for h in r.pool_groups(g.pool, g) if len(h.members) < max_size]
                r.move(e, g, min(targets, key=lambda h: r.join_cost(e, h)))
        else:
            raise BadInputError(InputProblem(where, None, tr(
                "{room} har {n} igjen og {pool} har verken ledige plasser eller nok folk å flytte; "
                "senk minste gruppestørrelse").format(room=g.room, n=len(g.members), pool=pool_label(g.pool))))
    out = [g for g in r.groups if g.members]
    for g in out:
        if g.leader not in g.members:
            g.leader = next((e for e in g.members if e != g.note_taker), g.members[0])
        if g.note_taker not in g.members or g.note_taker == g.leader:
            g.note_taker = next((e for e in g.members if e != g.leader), g.leader)
    return out, _net(r.moves)


def _net(moves: list[Move]) -> list[Move]:
    """Collapse a person's chain of moves into one (from the first room to the last)."""
    first: dict[str, Move] = {}
    order: list[str] = []
    for m in moves:
        if m.email not in first:
            first[m.email] = m
            order.append(m.email)
        else:
            first[m.email] = Move(m.email, first[m.email].from_room, m.to_room)
    return [first[e] for e in order if first[e].from_room != first[e].to_room]


def breaches_of(groups: list[Group], people: dict[str, Participant], k: int) -> int:
    total = 0
    for g in groups:
        counts: dict[str, int] = {}
        for e in g.members:
            m = people[e].municipality.strip().lower() if e in people else ""
            counts[m] = counts.get(m, 0) + 1
        total += sum(max(0, c - k) for c in counts.values())
    return total
