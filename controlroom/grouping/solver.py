"""Forming breakout groups for a block: pools apart, size range, k per municipality, rounds.

Pure Python. The pools (on site, Teams, Zoom) are formed separately. Each pool gets the fewest
groups the size range allows (or, with ``more_small_groups``, the group count with the fewest
municipality breaches). Round 1 and every "mix" round start from a round-robin deal by
municipality and improve by swaps (``search.RoundSearch``); "return:r" rounds copy round r. With
several mixing rounds, a second pass re-optimises each mixing round against all the others
(sequential forming with repair), and pools under 60 people get a bounded joint search over all
mixing rounds at once (``joint.improve_jointly``; kept only when it repeats fewer pairs). Leaders and note-takers rotate: each group's leader is the member
who has led least (then has had fewest duties), the note-taker likewise.

Counting: ``breaches`` and ``min_breaches`` sum over pools and rounds (a return round repeats its
source's breaches); ``repeated_pairs`` counts, for every mixing round, the pairs in one group who
were together in an earlier round; ``repeated_pairs_lower_bound`` sums
``planning.repeated_pairs_lower_bound`` over pools and mixing rounds (given the earlier rounds).
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field

from controlroom.errors import BadInputError, InputProblem
from controlroom.grouping import joint, planning
from controlroom.grouping.rooms import RoomSpec, assign_meetings, room_names
from controlroom.grouping.search import RoundSearch
from controlroom.grouping.types import (
    POOLS,
    Attendance,
    Breach,
    Formation,
    Group,
    Participant,
    Round,
    RoundMode,
)
from controlroom.i18n import tr


@dataclass
class FormOptions:
    min_size: int = 3
    max_size: int = 4
    max_per_municipality: int = 2
    modes: list[RoundMode] = field(default_factory=lambda: [RoundMode("mix")])
    seed: int = 1
    #: e-mail → room name: the person is in that room in every round.
    fixed: dict[str, str] = field(default_factory=dict)
    #: pairs of e-mails who must never share a group.
    apart: list[tuple[str, str]] = field(default_factory=list)
    #: pool → group count, overriding the default.
    groups: dict[str, int] = field(default_factory=dict)
    #: use the group count with the fewest breaches (more 3-person groups).
    more_small_groups: bool = False
    rooms: list[RoomSpec] = field(default_factory=list)
    split_meetings: bool = False
    #: A safety cap in seconds; the search normally stops on its own (no conflict left, or no progress).
    time_budget: float = 3.0
    #: the joint pass over all mixing rounds for pools under ``joint.SMALL_POOL`` people (off: before/after).
    joint_search: bool = True
    where: str = ""


def validate_modes(modes: list[RoundMode], where: str = "") -> None:
    if not modes:
        raise BadInputError(InputProblem(where, None, tr("minst én runde trengs")))
    for i, m in enumerate(modes, start=1):
        if m.kind == "return" and (m.source is None or not 1 <= m.source < i):
            raise BadInputError(InputProblem(where, None, tr(
                "runde {i}: «tilbake til runde {r}» må vise til en tidligere runde").format(i=i, r=m.source)))


def _active_pools(people: list[Participant]) -> dict[Attendance, list[Participant]]:
    pools: dict[Attendance, list[Participant]] = {}
    for p in sorted((p for p in people if not p.no_show), key=lambda p: p.key):
        pools.setdefault(p.attendance, []).append(p)
    return {k: pools[k] for k in POOLS if k in pools}


def plan(people: list[Participant], opts: FormOptions) -> list:
    """The pools' plans (group counts, minimum breaches, the alternative) without forming anything."""
    return [
        planning.plan_pool(pool, [p.municipality.strip().lower() for p in members], opts.min_size, opts.max_size,
                           opts.max_per_municipality, opts.groups.get(pool), opts.where)
        for pool, members in _active_pools(people).items()
    ]


def form(people: list[Participant], opts: FormOptions) -> Formation:
    validate_modes(opts.modes, opts.where)
    pools = _active_pools(people)
    if not pools:
        raise BadInputError(InputProblem(opts.where, None, tr("ingen deltakere å danne grupper av; importer påmeldingslisten først")))
    plans = plan(people, opts)
    known = {p.key for members in pools.values() for p in members}
    for email in list(opts.fixed) + [e for pair in opts.apart for e in pair]:
        if email.lower() not in known:
            raise BadInputError(InputProblem(opts.where, None, tr("{email} er ikke blant deltakerne (eller er meldt ikke møtt)")
                                             .format(email=email)))
    rng = random.Random(opts.seed)
    total_n = sum(len(m) for m in pools.values())
    rounds = [Round(i + 1, m, []) for i, m in enumerate(opts.modes)]
    formation = Formation(rounds, 0, 0, 0, 0, plans=plans)
    for pplan in plans:
        members = pools[pplan.pool]
        g = pplan.best_groups if opts.more_small_groups and opts.groups.get(pplan.pool) is None else pplan.groups
        budget = opts.time_budget * len(members) / total_n
        _form_pool(pplan.pool, members, g, opts, rng, budget, formation)
        if pplan.min_breaches > 0:
            shown = {p.municipality.strip().lower(): p.municipality.strip() for p in members}
            formation.messages.append(tr(
                "Kommuneregelen (høyst {k} fra samme kommune) kan ikke oppfylles {pool}: {muni} har {c} av {n}. "
                "Minst {m} brudd per runde med {g} grupper. Med {bg} grupper (flere 3-persongrupper) blir minimum {bm}."
            ).format(k=opts.max_per_municipality, pool=planning.pool_label(pplan.pool), muni=shown.get(pplan.largest_municipality, ''),
                     c=pplan.largest_count, n=pplan.size, m=pplan.min_breaches, g=pplan.groups, bg=pplan.best_groups,
                     bm=pplan.best_min_breaches))
    _assign_duties(formation, opts.seed)
    return formation


def _form_pool(pool: Attendance, members: list[Participant], g: int, opts: FormOptions, rng: random.Random,
               budget: float, out: Formation) -> None:
    n = len(members)
    index = {p.key: i for i, p in enumerate(members)}
    muni_ids: dict[str, int] = {}
    muni = [muni_ids.setdefault(p.municipality.strip().lower(), len(muni_ids)) for p in members]
    muni_names = {v: k for k, v in muni_ids.items()}
    display = {p.municipality.strip().lower(): p.municipality.strip() for p in members}
    sizes = planning.group_sizes(n, g)
    names, notes = room_names(pool, sizes, opts.rooms)
    out.messages.extend(notes)
    meetings = assign_meetings(pool, sizes, opts.split_meetings, opts.where)
    pinned: dict[int, int] = {}
    for email, room in opts.fixed.items():
        if email.lower() not in index:
            continue
        if room not in names:
            raise BadInputError(InputProblem(opts.where, None, tr(
                "{email} er satt fast i «{room}», men gruppene {pool} heter {names}").format(
                    email=email, room=room, pool=planning.pool_label(pool), names=", ".join(names))))
        pinned[index[email.lower()]] = names.index(room)
    for j in range(g):
        if sum(1 for v in pinned.values() if v == j) > sizes[j]:
            raise BadInputError(InputProblem(opts.where, None, tr("flere er satt fast i «{room}» enn gruppen har plass til")
                                             .format(room=names[j])))
    apart: list[set[int]] = [set() for _ in range(n)]
    for a, b in opts.apart:
        ia, ib = index.get(a.lower()), index.get(b.lower())
        if ia is not None and ib is not None:
            apart[ia].add(ib)
            apart[ib].add(ia)
    k = opts.max_per_municipality
    min_b = planning.min_breaches(list(_counts(muni).values()), g, k)
    mix_rounds = [i for i, m in enumerate(opts.modes) if m.kind == "mix"]
    deadline_each = budget / max(1, len(mix_rounds) * (2 if len(mix_rounds) > 1 else 1))
    per_round: list[list[list[int]] | None] = [None] * len(opts.modes)

    def run(i: int, others: list[int]) -> None:
        met: list[dict[int, int]] = [{} for _ in range(n)]
        for o in others:
            for grp in per_round[o] or []:
                for p in grp:
                    d = met[p]
                    for q in grp:
                        if q != p:
                            d[q] = d.get(q, 0) + 1
        search = RoundSearch(muni, sizes, k, met, apart, pinned, rng)
        formed = per_round[i]
        if formed is None:
            search.deal()
        else:
            search.load(formed)
        search.improve(min_b, time.perf_counter() + deadline_each)
        per_round[i] = [list(grp) for grp in search.groups]

    for i, mode in enumerate(opts.modes):
        if mode.kind == "mix":
            run(i, [o for o in mix_rounds if o < i])
        else:
            assert mode.source is not None  # validate_modes: a return round names an earlier round
            per_round[i] = per_round[mode.source - 1]
    if len(mix_rounds) > 1 and _repeats(per_round, opts.modes) > 0:
        for i in mix_rounds:
            run(i, [o for o in mix_rounds if o != i])
    if opts.joint_search and n < joint.SMALL_POOL and len(mix_rounds) > 1:
        current = [per_round[i] or [] for i in mix_rounds]
        before = joint.repeated_pairs(current, n)
        if before > 0:
            # Own generator, so the pools formed after this one come out as they did without the pass.
            better = joint.improve_jointly(current, muni, k, apart, pinned, random.Random(opts.seed * 7_919 + n),
                                           deadline=time.perf_counter() + max(0.5, budget))
            if joint.repeated_pairs(better, n) < before:
                for i, improved in zip(mix_rounds, better, strict=True):
                    per_round[i] = improved
    for i, mode in enumerate(opts.modes):
        if mode.kind == "return":
            assert mode.source is not None  # validate_modes: a return round names an earlier round
            per_round[i] = per_round[mode.source - 1]
    # apart must hold: a forbidden pair left over means the request cannot be met
    for i, grps in enumerate(per_round):
        for grp in grps or []:
            for p in grp:
                clash = apart[p] & set(grp)
                if clash:
                    q = next(iter(clash))
                    raise BadInputError(InputProblem(opts.where, None, tr(
                        "runde {r}: fant ingen inndeling der {a} og {b} er i hver sin gruppe").format(
                            r=i + 1, a=members[p].email, b=members[q].email)))
    keys = [p.key for p in members]
    earlier: list[list[list[int]]] = []
    for i, grps in enumerate(per_round):
        assert grps is not None
        rnd = out.rounds[i]
        for j, grp in enumerate(grps):
            rnd.groups.append(Group(room=names[j], pool=pool, members=[keys[p] for p in grp],
                                    meeting=meetings[j]))
            counts = _counts([muni[p] for p in grp])
            for m, c in counts.items():
                if c > k:
                    out.breaches += c - k
                    out.breach_list.append(Breach(i + 1, names[j], display[muni_names[m]], c))
        out.min_breaches += min_b
        if opts.modes[i].kind == "mix":
            if earlier:
                out.repeated_pairs += _pairs_met(grps, earlier)
                out.repeated_pairs_lower_bound += planning.repeated_pairs_lower_bound(earlier, n, sizes)
            earlier.append(grps)


def _counts(values: list[int]) -> dict[int, int]:
    out: dict[int, int] = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return out


def _pairs_met(groups: list[list[int]], earlier: list[list[list[int]]]) -> int:
    met: set[tuple[int, int]] = set()
    for rnd in earlier:
        for grp in rnd:
            for a in grp:
                for b in grp:
                    if a < b:
                        met.add((a, b))
    return sum(1 for grp in groups for a in grp for b in grp if a < b and (a, b) in met)


def _repeats(per_round: list, modes: list[RoundMode]) -> int:
    earlier: list = []
    total = 0
    for i, m in enumerate(modes):
        if m.kind == "mix" and per_round[i] is not None:
            if earlier:
                total += _pairs_met(per_round[i], earlier)
            earlier.append(per_round[i])
    return total


def _match(slots: list[list[str]], taken: dict[int, str] | None = None) -> dict[int, str]:
    """Maximum bipartite matching of slots to people (each person at most once), BFS augmenting paths.
    ``slots[i]`` lists slot i's candidates in preference order; ``taken`` is a matching to extend."""
    slot_of: dict[str, int] = {}
    match: dict[int, str] = dict(taken or {})
    for i, e in match.items():
        slot_of[e] = i
    for start in range(len(slots)):
        if start in match:
            continue
        parent: dict[int, tuple[int, str] | None] = {start: None}
        queue = [start]
        found: tuple[int, str] | None = None
        while queue and found is None:
            nxt: list[int] = []
            for sl in queue:
                for e in slots[sl]:
                    owner = slot_of.get(e)
                    if owner is None:
                        found = (sl, e)
                        break
                    if owner not in parent:
                        parent[owner] = (sl, e)
                        nxt.append(owner)
                if found:
                    break
            queue = nxt
        if found is None:
            continue
        sl, e = found
        while True:
            prev = match.get(sl)
            match[sl], slot_of[e] = e, sl
            step = parent[sl]
            if step is None:
                break
            assert prev is not None
            sl, e = step[0], prev
    return match


def _assign_duties(formation: Formation, seed: int) -> None:
    """Rotate leader and note-taker over all rounds: a maximum matching gives every group a leader who
    leads only once (when possible), then a note-taker who notes only once, preferring people without
    any other duty; groups the matching cannot serve take the member with the fewest duties."""
    rank_rng = random.Random(seed * 7919 + 1)
    groups = [g for rnd in formation.rounds for g in rnd.groups]
    rank: dict[str, float] = {}
    for g in groups:
        for e in g.members:
            rank.setdefault(e, rank_rng.random())
    order = [sorted(g.members, key=rank.__getitem__) for g in groups]
    leaders = _match(order)
    for i, g in enumerate(groups):
        g.leader = leaders.get(i) or order[i][0]
    has_lead = set(leaders.values())
    first = [[e for e in o if e != groups[i].leader and e not in has_lead] for i, o in enumerate(order)]
    notes = _match(first)
    notes = _match([[e for e in o if e != groups[i].leader] for i, o in enumerate(order)], notes)
    for i, g in enumerate(groups):
        g.note_taker = notes.get(i) or next((e for e in order[i] if e != g.leader), g.leader)
    led: dict[str, int] = {}
    noted: dict[str, int] = {}
    for g in groups:
        led[g.leader] = led.get(g.leader, 0) + 1
        noted[g.note_taker] = noted.get(g.note_taker, 0) + 1
    formation.duty_repeats = sum(max(0, c - 1) for c in led.values()) + sum(max(0, c - 1) for c in noted.values())
