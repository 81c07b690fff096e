"""Live repair: no-shows, people present again and walk-ins repair the current and every later round.

``LiveGroups.plan`` computes the whole change without saving anything (the preview lists its moves);
``apply`` writes the people and every repaired round in one transaction, then appends the run-log
entries (``group.noshow`` / ``group.present`` / ``group.walkin`` and one ``group.repair`` per round);
``revert`` puts the people and rounds back (``group.undo``). A round that returns to an earlier one
("Runde 3 tilbake til første gruppe") is a copy of that round as repaired in the same step, so going
back leads to the repaired groups. Rounds in the past are left as they happened. A rule that cannot
be kept in any round (``RuleConflict``, naming the rule and why) raises before anything is written.
``repair_block`` is the command line's form: one formation, from a round on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from controlroom.errors import BadInputError, InputProblem
from controlroom.grouping.day_rounds import rounds_to_repair
from controlroom.grouping.repair import repair_round
from controlroom.grouping.types import Group, Move, Participant
from controlroom.i18n import tr


@dataclass
class RoundRepair:
    block_uid: str  # the formation's block
    round: int
    run_block: str  # the block the round runs in
    before: list[Group]
    groups: list[Group]
    moves: list[Move]


@dataclass
class LiveChange:
    """People to add or change, how they were (None: new), and the rounds repaired with them."""

    kind: str
    people: list[Participant] = field(default_factory=list)
    before: list[Participant | None] = field(default_factory=list)
    rounds: list[RoundRepair] = field(default_factory=list)

    @property
    def move_count(self) -> int:
        return sum(len(r.moves) for r in self.rounds)


def diff_moves(before: list[Group], after: list[Group]) -> list[Move]:
    was = {e: g.room for g in before for e in g.members}
    now = {e: g.room for g in after for e in g.members}
    moves = [Move(e, was.get(e), room) for e, room in now.items() if was.get(e) != room]
    return moves + [Move(e, room, None) for e, room in was.items() if e not in now]


def _return_to(source: list[Group], own: list[Group]) -> list[Group]:
    """The source round's repaired groups, keeping this round's leader and note-taker where they stay."""
    mine = {g.room: g for g in own}
    out: list[Group] = []
    for s in source:
        g = replace(s, members=list(s.members), notes=mine[s.room].notes if s.room in mine else "")
        o = mine.get(s.room)
        g.leader = o.leader if o and o.leader in g.members else next((e for e in g.members if e != s.leader), s.leader)
        g.note_taker = o.note_taker if o and o.note_taker in g.members and o.note_taker != g.leader else next(
            (e for e in g.members if e not in (g.leader, s.note_taker)), next((e for e in g.members if e != g.leader),
                                                                            g.leader))
        out.append(g)
    return out


def repair_rounds(repo, owner: str, numbers: list[int], everyone: list[Participant], *, seat: set[str],
                  where: str = "") -> list[RoundRepair]:
    """Repair rounds ``numbers`` of the formation under ``owner`` for ``everyone`` (as they will be).

    ``seat``: people who should get a seat when they have none (walk-ins, people present again).
    """
    info = repo.grouping_info(owner)
    if info is None:
        raise BadInputError(InputProblem(where, None, tr("bolken har ingen grupper å reparere")))
    options = info[0]
    lo, hi = (options.get("size") or [3, 4])[:2]
    k = int(options.get("k", 2))
    fixed = {str(e): str(room) for e, room in (options.get("fixed") or {}).items()}
    apart = [(str(p[0]), str(p[1])) for p in options.get("apart") or [] if len(p) == 2]
    people = {p.key: p for p in everyone}
    absent = {p.key for p in everyone if p.no_show}
    candidates = [p for p in everyone if not p.no_show and p.key in seat]
    rounds = {r.number: r for r in repo.rounds(owner)}
    run_blocks = repo.round_blocks(owner)
    repaired: dict[int, list[Group]] = {}
    out: list[RoundRepair] = []
    for n in sorted(numbers):
        rnd = rounds.get(n)
        if rnd is None:
            continue
        source = rnd.mode.source if rnd.mode.kind == "return" else None
        if source in repaired:
            groups = _return_to(repaired[source], rnd.groups)
            moves = diff_moves(rnd.groups, groups)
        else:
            seated = {e for g in rnd.groups for e in g.members}
            met: dict[str, set[str]] = {}
            for m in sorted(rounds):
                if m < n:
                    for g in repaired.get(m, rounds[m].groups):
                        for e in g.members:
                            met.setdefault(e, set()).update(g.members)
            groups, moves = repair_round(rnd.groups, people, absent=absent,
                                         walk_ins=[p for p in candidates if p.key not in seated], min_size=lo,
                                         max_size=hi, k=k, met=met, where=where, fixed=fixed, apart=apart)
        repaired[n] = groups
        out.append(RoundRepair(owner, n, run_blocks.get(n, owner), rnd.groups, groups, moves))
    return out


class LiveGroups:
    """The one place live group changes go through (window and command line alike)."""

    def __init__(self, repo, runlog=None, statuses: Callable[[], dict[str, str]] | None = None) -> None:
        self.repo, self.runlog = repo, runlog
        #: () -> {block uid: "running" | "upcoming" | "done" | "skipped"}; without it every round is reached.
        self.statuses = statuses

    def plan(self, changed: list[Participant], kind: str = "group.repair",
             from_round: tuple[str, int] | None = None, where: str = "") -> LiveChange:
        """The change and the repair of every round it reaches; nothing is saved (raises when refused).

        ``from_round`` (formation block, round): repair only that formation, from that round on.
        """
        current = {p.key: p for p in self.repo.participants()}
        if kind == "group.walkin":
            for p in changed:
                if p.key in current:
                    raise BadInputError(InputProblem(where, None, tr("{e} er allerede påmeldt").format(e=p.email)))
        everyone = dict(current)
        everyone.update({p.key: p for p in changed})
        seat = {p.key for p in everyone.values() if p.walk_in} | {p.key for p in changed}
        statuses = self.statuses() if self.statuses is not None else {}
        change = LiveChange(kind, list(changed), [current.get(p.key) for p in changed])
        for owner, round_blocks in self.repo.formations().items():
            if from_round is not None and from_round[0] != owner:
                continue
            numbers = rounds_to_repair(round_blocks, statuses, from_round[1] if from_round else None)
            if numbers:
                change.rounds += repair_rounds(self.repo, owner, numbers, list(everyone.values()), seat=seat,
                                               where=where)
        return change

    def apply(self, change: LiveChange) -> None:
        self.repo.apply_live_change(change.people, [], [(r.block_uid, r.round, r.groups) for r in change.rounds])
        if self.runlog is None:
            return
        if change.kind == "group.walkin":
            for p in change.people:
                self.runlog.append("group.walkin", None, {"email": p.key})
        elif change.kind != "group.repair":
            self.runlog.append(change.kind, None, {"emails": [p.key for p in change.people]})
        for r in change.rounds:
            if r.moves:
                self.runlog.append("group.repair", r.block_uid, {"round": r.round, "block": r.run_block, "moves": [
                    {"email": m.email, "from": m.from_room, "to": m.to_room} for m in r.moves]})

    def revert(self, change: LiveChange) -> None:
        """Undo ``apply``: the people as they were (new ones removed) and the rounds as they were."""
        self.repo.apply_live_change([b for b in change.before if b is not None],
                                    [p.key for p, b in zip(change.people, change.before, strict=True) if b is None],
                                    [(r.block_uid, r.round, r.before) for r in change.rounds])
        if self.runlog is not None:
            self.runlog.append("group.undo", None, {"kind": change.kind, "emails": [p.key for p in change.people],
                                                    "rounds": [[r.block_uid, r.round] for r in change.rounds]})


def repair_block(repo, block_uid: str, round_number: int | None = None, runlog=None,
                 where: str = "") -> list[tuple[int, list[Move]]]:
    """Repair one formation from ``round_number`` on (all rounds without it) after the flags already
    saved (no-shows, walk-ins); saved in one transaction, logged when ``runlog`` is given."""
    if repo.grouping_info(block_uid) is None:
        raise BadInputError(InputProblem(where, None, tr("bolken har ingen grupper å reparere")))
    service = LiveGroups(repo, runlog)
    change = service.plan([], "group.repair", (block_uid, round_number or 1), where)
    service.apply(change)
    return [(r.round, r.moves) for r in change.rounds]
