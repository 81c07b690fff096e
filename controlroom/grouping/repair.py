"""Live repair of a round after no-shows and walk-ins: move as few people as possible.

Rules kept: pools apart, the size range, the municipality limit where the pool allows it, fixed
placements (a fixed person is never moved; a fixed walk-in only joins their room) and must-not-share
pairs (nobody, walk-in or donor, joins a group holding someone they must not share with). When one of
the hard rules cannot be kept, ``RuleConflict`` names the rule, the people and why, and nothing is
applied: the rule is never relaxed silently.
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
from controlroom.grouping.rooms import default_room_name
from controlroom.grouping.types import Attendance, Group, Move, Participant
from controlroom.i18n import tr

W_BREACH = 1000


class RuleConflict(BadInputError):
    """A repair that would break a fixed placement or a must-not-share pair; nothing was applied."""


class _Repair:
    def __init__(self, groups: list[Group], people: dict[str, Participant], k: int, lo: int, hi: int,
                 met: dict[str, set[str]], fixed: dict[str, str], apart: list[tuple[str, str]],
                 where: str) -> None:
        self.groups = [replace(g, members=list(g.members)) for g in groups]
        self.people = people
        self.k, self.lo, self.hi = k, lo, hi
        self.met = met
        self.fixed = {e.strip().lower(): room for e, room in fixed.items()}
        self.apart: dict[str, set[str]] = {}
        for a, b in apart:
            a, b = a.strip().lower(), b.strip().lower()
            self.apart.setdefault(a, set()).add(b)
            self.apart.setdefault(b, set()).add(a)
        self.where = where
        self.moves: list[Move] = []

    def conflict(self, message: str) -> RuleConflict:
        return RuleConflict(InputProblem(self.where, None, message))

    def allowed(self, e: str, g: Group) -> bool:
        """May ``e`` sit in ``g``: not with anyone they must not share with, and in their fixed room if any."""
        if e in self.fixed and g.room != self.fixed[e]:
            return False
        bad = self.apart.get(e)
        return not bad or not any(x in bad for x in g.members if x != e)

    def blockers(self, e: str, groups: list[Group]) -> str:
        """Who in ``groups`` keeps ``e`` out (for the message)."""
        bad = self.apart.get(e, set())
        return ", ".join(sorted({x for g in groups for x in g.members if x in bad}))

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

    def donors(self, dst: Group) -> list[tuple[str, Group]]:
        """People who may move into ``dst``: from groups above the minimum, not fixed, not kept apart."""
        return [(e, h) for h in self.pool_groups(dst.pool, dst) if len(h.members) > self.lo
                for e in h.members if e not in self.fixed and self.allowed(e, dst)]

    def take_donor(self, dst: Group) -> None:
        cands = self.donors(dst)
        if not cands:
            raise self.conflict(tr(
                "{room} mangler folk, men ingen kan flyttes dit uten å bryte en regel: de som kan avgis er "
                "faste plasseringer eller skal ikke være i samme gruppe som noen i {room}; "
                "senk minste gruppestørrelse eller fjern regelen").format(room=dst.room))
        e, h = min(cands, key=lambda c: self.join_cost(c[0], dst) - self.join_cost(c[0], c[1]))
        self.move(e, h, dst)

    def make_room(self, w: str, pool: str) -> bool:
        """Seat walk-in ``w`` in a full group it may join by moving one member to a free seat elsewhere.

        Used when every free seat is beside someone ``w`` must not share with: one move instead of
        a new group (which needs ``lo - 1`` donors). False when no such swap exists.
        """
        groups = self.pool_groups(pool)
        best: tuple[int, Group, str, Group] | None = None
        for g in groups:
            if len(g.members) < self.hi or not self.allowed(w, g):
                continue
            for y in g.members:
                if y in self.fixed or y in self.apart.get(w, ()):
                    continue
                for h in groups:
                    if h is g or len(h.members) >= self.hi or not self.allowed(y, h):
                        continue
                    c = self.join_cost(y, h) + self.join_cost(w, g)
                    if best is None or c < best[0]:
                        best = (c, g, y, h)
        if best is None:
            return False
        _c, g, y, h = best
        self.move(y, g, h)
        self.move(w, None, g)
        return True

    def dissolve_targets(self, g: Group) -> dict[str, Group] | None:
        """Where each member of ``g`` would go if it were dissolved, or None when a rule forbids it."""
        if any(e in self.fixed for e in g.members):
            return None
        free = {id(h): self.hi - len(h.members) for h in self.pool_groups(g.pool, g)}
        plan: dict[str, Group] = {}
        for e in g.members:
            targets = [h for h in self.pool_groups(g.pool, g) if free[id(h)] > 0 and self.allowed(e, h)
                       and not any(x in self.apart.get(e, ()) for x, t in plan.items() if t is h)]
            if not targets:
                return None
            best = min(targets, key=lambda h: self.join_cost(e, h))
            free[id(best)] -= 1
            plan[e] = best
        return plan

    def new_room(self, pool: Attendance) -> Group:
        used = {g.room for g in self.groups}
        i = 1
        while default_room_name(pool, i) in used:
            i += 1
        meeting = max((g.meeting for g in self.groups if g.pool == pool), default=1)
        g = Group(room=default_room_name(pool, i), pool=pool, members=[], meeting=meeting)
        self.groups.append(g)
        return g

    def spare(self, pool: str, but: Group | None = None) -> int:
        return sum(len(h.members) - self.lo for h in self.pool_groups(pool, but) if len(h.members) > self.lo)

    def space(self, pool: str, but: Group | None = None) -> int:
        return sum(self.hi - len(h.members) for h in self.pool_groups(pool, but))


def repair_round(groups: list[Group], people: dict[str, Participant], *, absent: set[str],
                 walk_ins: list[Participant], min_size: int, max_size: int, k: int,
                 met: dict[str, set[str]] | None = None, where: str = "", fixed: dict[str, str] | None = None,
                 apart: list[tuple[str, str]] | None = None) -> tuple[list[Group], list[Move]]:
    """Return the repaired groups (empty ones dropped) and every move made.

    Raises ``RuleConflict`` (nothing applied) when a fixed placement or a must-not-share pair would
    have to be broken, and ``BadInputError`` when the pool has no room for the walk-ins at all.
    """
    r = _Repair(groups, people, k, min_size, max_size, met or {}, fixed or {}, apart or [], where)
    absent = {a.lower() for a in absent}
    for g in r.groups:
        for e in [x for x in g.members if x in absent or x not in people]:
            g.members.remove(e)
            r.moves.append(Move(e, g.room, None))
    placed = {e for g in r.groups for e in g.members}
    left: dict[Attendance, list[str]] = {}
    for w in walk_ins:
        if w.key in placed:
            continue
        free = [g for g in r.pool_groups(w.attendance) if len(g.members) < max_size]
        cands = [g for g in free if r.allowed(w.key, g)]
        if cands:
            r.move(w.key, None, min(cands, key=lambda g: r.join_cost(w.key, g)))
        elif w.key in r.fixed:
            raise r.conflict(tr(
                "{who} har fast plass i {room}, men {room} er full eller finnes ikke i denne runden {pool}; "
                "flytt den faste plasseringen eller øk største gruppestørrelse").format(
                    who=w.key, room=r.fixed[w.key], pool=pool_label(w.attendance)))
        elif not r.make_room(w.key, w.attendance):
            left.setdefault(w.attendance, []).append(w.key)
        placed.add(w.key)
    for pool, keys in left.items():
        fresh: list[Group] = []
        for e in keys:
            home = next((g for g in fresh if len(g.members) < max_size and r.allowed(e, g)), None)
            if home is None:
                home = r.new_room(pool)
                fresh.append(home)
            r.move(e, None, home)
        for g in fresh:
            if len(g.members) < min_size and r.spare(pool, g) < min_size - len(g.members):
                raise BadInputError(InputProblem(where, None, tr(
                    "ingen ledig plass {pool} for {who}; legg til et rom eller øk største gruppestørrelse").format(
                        pool=pool_label(pool), who=", ".join(g.members))))
            if len(g.members) < min_size and not r.donors(g):
                raise r.conflict(tr(
                    "{who} skal ikke være i samme gruppe som {others}, og de ledige plassene {pool} er i "
                    "gruppene deres; legg til et rom eller fjern regelen").format(
                        who=", ".join(g.members), others=", ".join(r.blockers(e, r.pool_groups(pool, g))
                                                                   for e in g.members) or "—",
                        pool=pool_label(pool)))
            while len(g.members) < min_size:
                r.take_donor(g)
    while True:
        under = sorted((g for g in r.groups if 0 < len(g.members) < min_size), key=lambda g: len(g.members))
        if not under:
            break
        g = under[0]
        need = min_size - len(g.members)
        can_fill = r.spare(g.pool, g) >= need
        plan = r.dissolve_targets(g) if r.space(g.pool, g) >= len(g.members) else None
        if can_fill and (need <= len(g.members) or plan is None):
            for _ in range(need):
                r.take_donor(g)
        elif plan is not None:
            for e, h in plan.items():
                r.move(e, g, h)
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
