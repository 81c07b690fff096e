"""Reading a round's online groups and moves from the groups area (``PeopleRepository``)."""

from __future__ import annotations

from dataclasses import dataclass

from controlroom.integrations.zoom.preassign import GroupRoom, Person


@dataclass(frozen=True)
class MoveLine:
    name: str
    email: str
    from_room: str | None
    to_room: str | None


def _names(repo) -> dict[str, str]:
    return {p.key: p.name for p in repo.participants()}


def online_groups(store, block_uid: str, round_no: int, pool: str, meeting: int | None = None) -> list[GroupRoom]:
    """The round's groups of ``pool`` ("zoom" or "teams"), optionally of one meeting, with names."""
    from controlroom.models.people_repo import PeopleRepository

    repo = PeopleRepository(store)
    names = _names(repo)
    rooms = []
    for g in repo.groups_for_block(block_uid, round_no):
        if g.pool != pool or (meeting is not None and g.meeting != meeting):
            continue
        members = [Person(names.get(e.strip().lower(), e), e if "@" in e else None) for e in g.emails]
        rooms.append(GroupRoom(g.room, members))
    return rooms


def moves(store, block_uid: str, from_round: int, to_round: int, pool: str) -> list[MoveLine]:
    """Who moves from which room to which between two rounds, for the tech host to do by hand."""
    from controlroom.models.people_repo import PeopleRepository

    repo = PeopleRepository(store)
    names = _names(repo)
    return [MoveLine(names.get(m.email.lower(), m.email), m.email, m.from_room, m.to_room)
            for m in repo.moves_between_rounds(block_uid, from_round, to_round).get(pool, [])]


def moves_text(lines: list[MoveLine], from_round: int, to_round: int) -> str:
    from controlroom.i18n import tr

    out = [tr("Flytteliste runde {a} → {b}").format(a=from_round, b=to_round)]
    for m in lines:
        src = m.from_room or tr("(ny)")
        dst = m.to_room or tr("(går)")
        out.append(f"{m.name} <{m.email}>: {src} → {dst}")
    if len(out) == 1:
        out.append(tr("Ingen flytter."))
    return "\n".join(out) + "\n"
