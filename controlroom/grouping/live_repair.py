"""Live repair of a block's saved groups from the participants' no-show and walk-in flags.

Used by ``controlroom groups repair`` and the room board's "Reparer" button: each round is repaired
(``repair.repair_round``), saved in one transaction, and the moves are appended to the run log as
``group.repair`` when one is given (committed before the screen changes). Every round is repaired
first and only then saved, so a rule that cannot be kept in any round (``RuleConflict``, naming the
rule and why) leaves the event file as it was.
"""

from __future__ import annotations

from controlroom.errors import BadInputError, InputProblem
from controlroom.grouping.repair import repair_round
from controlroom.grouping.types import Group, Move
from controlroom.i18n import tr


def repair_block(repo, block_uid: str, round_number: int | None = None, runlog=None,
                 where: str = "") -> list[tuple[int, list[Move]]]:
    info = repo.grouping_info(block_uid)
    if info is None:
        raise BadInputError(InputProblem(where, None, tr("bolken har ingen grupper å reparere")))
    options = info[0]
    lo, hi = (options.get("size") or [3, 4])[:2]
    k = int(options.get("k", 2))
    everyone = repo.participants()
    people = {p.key: p for p in everyone}
    absent = {p.key for p in everyone if p.no_show}
    walk_ins = [p for p in everyone if p.walk_in and not p.no_show]
    fixed = {str(e): str(room) for e, room in (options.get("fixed") or {}).items()}
    apart = [(str(p[0]), str(p[1])) for p in options.get("apart") or [] if len(p) == 2]
    done: list[tuple[int, list[Group], list[Move]]] = []
    for rnd in repo.rounds(block_uid):
        if round_number is not None and rnd.number != round_number:
            continue
        groups, moves = repair_round(rnd.groups, people, absent=absent, walk_ins=walk_ins, min_size=lo,
                                     max_size=hi, k=k, where=where, fixed=fixed, apart=apart)
        done.append((rnd.number, groups, moves))
    out: list[tuple[int, list[Move]]] = []
    for number, groups, moves in done:
        repo.replace_round(block_uid, number, groups)
        if runlog is not None and moves:
            runlog.append("group.repair", block_uid, {"round": number, "moves": [
                {"email": m.email, "from": m.from_room, "to": m.to_room} for m in moves]})
        out.append((number, moves))
    return out
