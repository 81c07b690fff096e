"""What the tech host needs for Teams breakout rooms, which no API fills: per-room lists and the moves."""

from __future__ import annotations

from controlroom.i18n import tr
from controlroom.integrations.zoom.groups import moves, moves_text, online_groups

TEAMS_MAX_ROOMS = 50
TEAMS_MAX_PEOPLE = 300


def rooms_text(store, block_uid: str, round_no: int, pool: str = "teams") -> str:
    """Room by room who belongs where in ``round_no``, then who moves from the round before."""
    groups = online_groups(store, block_uid, round_no, pool)
    out = [tr("Grupperom runde {n} ({pool})").format(n=round_no, pool=pool.capitalize()), ""]
    if not groups:
        out.append(tr("Ingen digitale grupper i denne runden."))
    people = sum(len(g.members) for g in groups)
    if pool == "teams" and (len(groups) > TEAMS_MAX_ROOMS or people > TEAMS_MAX_PEOPLE):
        out += [tr("Obs: Teams tar høyst {r} grupperom, og møter med grupperom høyst {p} deltakere; denne runden "
                   "har {n} rom og {m} personer. Del gruppene på flere Teams-møter.").format(
                   r=TEAMS_MAX_ROOMS, p=TEAMS_MAX_PEOPLE, n=len(groups), m=people), ""]
    for g in groups:
        out.append(f"{g.name} ({len(g.members)})")
        out.extend(f"  - {p.name}" + (f" <{p.email}>" if p.email else "") for p in g.members)
        out.append("")
    if round_no > 1:
        out.append(moves_text(moves(store, block_uid, round_no - 1, round_no, pool), round_no - 1, round_no))
    return "\n".join(out).rstrip() + "\n"
