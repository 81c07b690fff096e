"""The people of the day: participants, rooms, groups and their live repairs, room timers and Open
Space, behind one service that every front end uses and that tells its subscribers when any of it
changed (here or, through the change feed, in another window or process)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Text, case, cast, func, select

from controlroom.application.open_space import OpenSpaceService
from controlroom.grouping.live_repair import LiveGroups
from controlroom.grouping.rooms import RoomSpec
from controlroom.grouping.types import Formation, OnlinePlatform, Participant
from controlroom.live.runlog import RunLog
from controlroom.models.openspace_repo import OpenSpaceRepository
from controlroom.models.people import GroupingRow, GroupRow, ParticipantRow, RoomRow, RoomTimerRow, TopicRow
from controlroom.models.people_repo import PeopleRepository
from controlroom.models.room_timers import RoomTimers
from controlroom.models.store import EventStore
from controlroom.observable import Observable

Fingerprint = tuple[object, ...]


class PeopleService:
    """Participants, groups, room timers and Open Space of one event."""

    def __init__(
        self, store: EventStore, runlog: RunLog, statuses: Callable[[], dict[str, str]] | None = None
    ) -> None:
        self.store = store
        self.runlog = runlog
        self.repo = PeopleRepository(store)
        self.groups = LiveGroups(self.repo, runlog, statuses)
        self.timers = RoomTimers(store, runlog.clock, runlog)
        self.open_space = OpenSpaceService(OpenSpaceRepository(store), runlog)
        #: After any change to participants, rooms, groups, room timers or Open Space.
        self.changes: Observable[None] = Observable("people")
        #: The people tables as last seen (None: not read yet, or just changed here and already told).
        self._seen: Fingerprint | None = None

    # -- writes that are not live group changes --------------------------------------------------------
    def set_no_show(self, emails: list[str], flag: bool = True) -> None:
        """Mark (or unmark) no-shows without repairing groups (the command line's ``noshow``); logged
        in the run log as the window's no-show is. An unknown e-mail refuses the whole change."""
        self.repo.set_no_show(emails, flag)
        keys = [e.strip().lower() for e in emails]
        self.runlog.append("group.noshow" if flag else "group.present", None, {"emails": keys})
        self.changed()

    # -- the list, the rooms, the notes (others hear of these through the change feed) --------------------
    def save_participant(self, person: Participant, *, old_email: str | None = None) -> None:
        self.repo.save_participant(person, old_email=old_email)

    def delete_participant(self, email: str) -> None:
        self.repo.delete_participant(email)

    def import_participants(self, people: list[Participant]) -> tuple[int, int]:
        """Add or update the people of a registration list; returns (added, updated)."""
        return self.repo.import_participants(people)

    def set_default_online(self, platform: OnlinePlatform) -> None:
        self.repo.set_default_online(platform)

    def set_rooms(self, rooms: list[RoomSpec]) -> None:
        self.repo.set_rooms(rooms)

    def set_group_notes(self, block_uid: str, round_number: int, room: str, text: str) -> None:
        self.repo.set_group_notes(block_uid, round_number, room, text)

    def form_groups(self, block_uid: str, formation: Formation, options: dict) -> None:
        """Save a formation for ``block_uid`` (replacing any earlier one) and log it (``group.formed``)."""
        self.repo.save_formation(block_uid, formation, options)
        self.runlog.append("group.formed", block_uid, {"rounds": len(formation.rounds),
                                                       "breaches": formation.breaches})

    # -- keeping in step ---------------------------------------------------------------------------------
    def changed(self) -> None:
        """Something of the people changed here: tell the subscribers (the next catch-up takes the
        tables as they are now, without telling them twice)."""
        self._seen = None
        self.changes.emit(None)

    def fingerprint(self) -> Fingerprint:
        """A cheap summary of every people table (one aggregate query each); it moves with any edit
        that matters to a panel. Reads only: safe on a worker thread."""
        def text(col):  # a column
            return func.coalesce(func.sum(func.length(cast(col, Text))), 0)

        def flagged(col):  # which rows have the flag set
            return func.coalesce(func.sum(case((col.is_(True), ParticipantRow.id), else_=0)), 0)

        with self.store.session() as s:
            return (
                *s.execute(select(func.count(), func.max(ParticipantRow.id), text(ParticipantRow.name),
                                  text(ParticipantRow.email), text(ParticipantRow.attendance),
                                  flagged(ParticipantRow.no_show), flagged(ParticipantRow.walk_in),
                                  func.sum(ParticipantRow.position), text(ParticipantRow.organisation))).one(),
                *s.execute(select(func.count(), func.max(RoomRow.id), text(RoomRow.name), text(RoomRow.capacity),
                                  text(RoomRow.kind))).one(),
                *s.execute(select(func.count(), func.max(GroupingRow.id), text(GroupingRow.options))).one(),
                *s.execute(select(func.count(), func.max(GroupRow.id), text(GroupRow.members), text(GroupRow.room),
                                  text(GroupRow.leader), text(GroupRow.note_taker), text(GroupRow.notes))).one(),
                *s.execute(select(func.count(), func.max(RoomTimerRow.id), func.sum(RoomTimerRow.ends_us),
                                  func.sum(RoomTimerRow.remaining_ms), func.sum(RoomTimerRow.duration_ms))).one(),
                *s.execute(select(func.count(), func.max(TopicRow.id), text(TopicRow.title), text(TopicRow.notes),
                                  text(TopicRow.attendees), func.sum(TopicRow.slot), text(TopicRow.space),
                                  func.sum(TopicRow.merged_into))).one(),
            )

    def apply_fingerprint(self, seen: Fingerprint) -> bool:
        """Take a fingerprint read elsewhere (e.g. on a worker thread); tell the subscribers if it moved
        since the last one (the first one is only remembered)."""
        if self._seen is None or seen == self._seen:
            self._seen = seen
            return False
        self._seen = seen
        self.changes.emit(None)
        return True
