"""Open Space: the marketplace of proposed topics and the agenda wall (time slots × spaces).

Moving a topic to an occupied cell swaps the two; merging keeps the first topic, joins titles and
conveners, moves the second's notes and attendees into it and marks the second ``merged_into``.
"""

from __future__ import annotations

from sqlalchemy import select

from controlroom.errors import BadInputError
from controlroom.grouping.types import Topic
from controlroom.i18n import tr
from controlroom.models.people import OpenSpaceLayoutRow, TopicRow
from controlroom.models.store import EventStore


def default_spaces() -> list[str]:
    """The rooms of a new Open Space wall, in the UI's language."""
    return [tr("Plenumssalen"), tr("Grupperom A"), tr("Grupperom B"), tr("Zoom-rom 1"), tr("Zoom-rom 2")]


def default_slots() -> list[str]:
    return [tr("Økt 1"), tr("Økt 2"), tr("Økt 3")]


def _topic(r: TopicRow) -> Topic:
    return Topic(r.id, r.title, r.convener, r.mode, r.slot, r.space, r.notes, list(r.attendees or []),  # type: ignore[arg-type]
                 r.merged_into)


class OpenSpaceRepository:
    def __init__(self, store: EventStore) -> None:
        self.store = store

    def layout(self, block_uid: str) -> tuple[list[str], list[str]]:
        """(slots, spaces) of the wall; defaults until set."""
        with self.store.session() as s:
            row = s.get(OpenSpaceLayoutRow, block_uid)
            if row is None:
                return default_slots(), default_spaces()
            return list(row.slots), list(row.spaces)

    def set_layout(self, block_uid: str, slots: list[str], spaces: list[str]) -> None:
        if not slots or not spaces or len(set(spaces)) != len(spaces):
            raise BadInputError(tr("veggen trenger minst én økt og ett rom, og romnavnene må være unike"))
        with self.store.transaction() as s:
            row = s.get(OpenSpaceLayoutRow, block_uid)
            if row is None:
                row = OpenSpaceLayoutRow(block_uid=block_uid)
                s.add(row)
            row.slots, row.spaces = list(slots), list(spaces)

    def has_wall(self, block_uid: str) -> bool:
        """Whether the block runs Open Space: the host laid out its wall or a topic was proposed."""
        with self.store.session() as s:
            if s.get(OpenSpaceLayoutRow, block_uid) is not None:
                return True
            return s.scalar(select(TopicRow.id).where(TopicRow.block_uid == block_uid).limit(1)) is not None

    def topic(self, topic_id: int) -> Topic | None:
        with self.store.session() as s:
            row = s.get(TopicRow, topic_id)
            return _topic(row) if row is not None else None

    def block_of(self, topic_id: int) -> str | None:
        """The block a topic belongs to (None: no such topic)."""
        with self.store.session() as s:
            return s.scalar(select(TopicRow.block_uid).where(TopicRow.id == topic_id))

    def topics(self, block_uid: str, *, include_merged: bool = False) -> list[Topic]:
        with self.store.session() as s:
            rows = s.scalars(select(TopicRow).where(TopicRow.block_uid == block_uid)
                             .order_by(TopicRow.position, TopicRow.id)).all()
            return [_topic(r) for r in rows if include_merged or r.merged_into is None]

    def propose(self, block_uid: str, title: str, convener: str = "", mode: str = "onsite") -> Topic:
        if not title.strip():
            raise BadInputError(tr("et tema trenger en tittel"))
        if mode not in ("onsite", "online", "both"):
            raise BadInputError(tr("ukjent form «{m}»; ventet onsite, online eller both").format(m=mode))
        with self.store.transaction() as s:
            count = len(s.scalars(select(TopicRow.id).where(TopicRow.block_uid == block_uid)).all())
            row = TopicRow(block_uid=block_uid, title=title.strip(), convener=convener.strip(), mode=mode,
                           attendees=[], position=count)
            s.add(row)
            s.flush()
            return _topic(row)

    def place(self, topic_id: int, slot: int | None, space: str | None) -> int | None:
        """Put a topic in a cell (None, None: back to the marketplace). A topic already there swaps
        into the moved topic's old cell; returns its id."""
        with self.store.transaction() as s:
            row = s.get(TopicRow, topic_id)
            if row is None:
                raise BadInputError(tr("ukjent Open Space-tema {id}").format(id=topic_id))
            other = None
            if slot is not None and space is not None:
                other = s.scalars(select(TopicRow).where(
                    TopicRow.block_uid == row.block_uid, TopicRow.slot == slot, TopicRow.space == space,
                    TopicRow.merged_into.is_(None), TopicRow.id != topic_id)).first()
            if other is not None:
                other.slot, other.space = row.slot, row.space
            row.slot, row.space = slot, space
            return other.id if other is not None else None

    def update(self, topic: Topic) -> None:
        with self.store.transaction() as s:
            row = s.get(TopicRow, topic.id)
            if row is None:
                raise BadInputError(tr("ukjent Open Space-tema {id}").format(id=topic.id))
            row.title, row.convener, row.mode = topic.title, topic.convener, topic.mode
            row.notes, row.attendees = topic.notes, list(topic.attendees)

    def merge(self, keep_id: int, other_id: int) -> Topic:
        if keep_id == other_id:
            raise BadInputError(tr("kan ikke slå sammen et tema med seg selv"))
        with self.store.transaction() as s:
            keep, other = s.get(TopicRow, keep_id), s.get(TopicRow, other_id)
            if keep is None or other is None:
                raise BadInputError(tr("ukjent Open Space-tema"))
            keep.title = f"{keep.title} + {other.title}"
            conveners = [c for c in (keep.convener, other.convener) if c]
            keep.convener = ", ".join(dict.fromkeys(conveners))
            if keep.mode != other.mode:
                keep.mode = "both"
            keep.notes = "\n\n".join(t for t in (keep.notes, other.notes) if t.strip())
            keep.attendees = list(dict.fromkeys([*(keep.attendees or []), *(other.attendees or [])]))
            if keep.slot is None and other.slot is not None:
                keep.slot, keep.space = other.slot, other.space
            other.merged_into, other.slot, other.space = keep.id, None, None
            s.flush()
            return _topic(keep)

    def unmerge(self, other_id: int, keep_before: Topic) -> None:
        """Undo a merge: restore the kept topic as it was and bring the other back to the marketplace."""
        with self.store.transaction() as s:
            other = s.get(TopicRow, other_id)
            keep = s.get(TopicRow, keep_before.id)
            if other is None or keep is None:
                return
            other.merged_into = None
            keep.title, keep.convener, keep.mode = keep_before.title, keep_before.convener, keep_before.mode
            keep.notes, keep.attendees = keep_before.notes, list(keep_before.attendees)
            keep.slot, keep.space = keep_before.slot, keep_before.space

    # -- attendance: people move freely between sessions, one session per time slot ---------------------
    def attend(self, topic_id: int, email: str) -> dict[int, list[str]]:
        """Put ``email`` in this session and take them out of any other session in the same slot.

        Returns the attendee lists of every changed session as they were before (for undo).
        """
        email = email.strip().lower()
        with self.store.transaction() as s:
            row = s.get(TopicRow, topic_id)
            if row is None:
                raise BadInputError(tr("ukjent Open Space-tema {id}").format(id=topic_id))
            before: dict[int, list[str]] = {}
            if row.slot is not None:
                same_slot = s.scalars(select(TopicRow).where(
                    TopicRow.block_uid == row.block_uid, TopicRow.slot == row.slot, TopicRow.id != row.id,
                    TopicRow.merged_into.is_(None))).all()
                for other in same_slot:
                    if email in (other.attendees or []):
                        before[other.id] = list(other.attendees)
                        other.attendees = [e for e in other.attendees if e != email]
            if email not in (row.attendees or []):
                before[row.id] = list(row.attendees or [])
                row.attendees = [*(row.attendees or []), email]
            return before

    def leave(self, topic_id: int, email: str) -> dict[int, list[str]]:
        """Take ``email`` out of the session; returns the list as it was (for undo), empty when unchanged."""
        email = email.strip().lower()
        with self.store.transaction() as s:
            row = s.get(TopicRow, topic_id)
            if row is None or email not in (row.attendees or []):
                return {}
            before = {row.id: list(row.attendees)}
            row.attendees = [e for e in row.attendees if e != email]
            return before

    def set_attendees(self, lists: dict[int, list[str]]) -> None:
        """Restore attendee lists (undo of ``attend``/``leave``), in one transaction."""
        with self.store.transaction() as s:
            for topic_id, emails in lists.items():
                row = s.get(TopicRow, topic_id)
                if row is not None:
                    row.attendees = list(emails)

    def where_in_slot(self, block_uid: str, slot: int) -> dict[str, str]:
        """email → space of the session they attend in ``slot``."""
        return {e: t.space or "" for t in self.topics(block_uid) if t.slot == slot for e in t.attendees}

    def delete(self, topic_id: int) -> None:
        with self.store.transaction() as s:
            row = s.get(TopicRow, topic_id)
            if row is not None:
                s.delete(row)
