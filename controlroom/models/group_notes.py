"""The group and Open Space notes the workbook compiles, for every block at once: one session and three
queries, however many blocks the event has (block by block it was four sessions a block)."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from controlroom.grouping.types import GroupNote
from controlroom.models.people import GroupRow, ParticipantRow, TopicRow
from controlroom.models.store import EventStore


def group_notes(store: EventStore, block_uid: str | None = None) -> dict[str, list[GroupNote]]:
    """For each block (or only ``block_uid``) that has any, its group notes (round by round, room by room)
    then its Open Space session notes (slot by slot), each with text, with names rather than e-mails."""
    groups = select(GroupRow).order_by(GroupRow.block_uid, GroupRow.round, GroupRow.position, GroupRow.id)
    topics = select(TopicRow).where(TopicRow.merged_into.is_(None)).order_by(
        TopicRow.block_uid, TopicRow.slot, TopicRow.space, TopicRow.position, TopicRow.id)
    if block_uid is not None:
        groups, topics = groups.where(GroupRow.block_uid == block_uid), topics.where(TopicRow.block_uid == block_uid)
    out: dict[str, list[GroupNote]] = defaultdict(list)
    with store.session() as s:
        names = {email.strip().lower(): name for email, name in s.execute(select(ParticipantRow.email,
                                                                                 ParticipantRow.name))}

        def name(key: str) -> str:
            return names.get(key, key)

        for g in s.scalars(groups):
            if (g.notes or "").strip():
                out[g.block_uid].append(GroupNote("group", g.round, g.room, "", [name(e) for e in g.members or []],
                                                  name(g.leader), name(g.note_taker), g.notes))
        for t in s.scalars(topics):
            if (t.notes or "").strip():
                out[t.block_uid].append(GroupNote("openspace", (t.slot or 0) + 1, t.space or "", t.title,
                                                  [name(e) for e in t.attendees or []], t.convener, "", t.notes))
    return dict(out)
