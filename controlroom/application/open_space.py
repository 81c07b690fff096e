"""Open Space on the day: proposing topics, the wall (slots × spaces), merging, and who attends which
session. Each change is one write through the repository and its own run-log entry, named here (the wall
only asks), so the workbook and the report know who was where."""

from __future__ import annotations

from controlroom.grouping.types import Topic
from controlroom.live.runlog import RunLog
from controlroom.models.openspace_repo import OpenSpaceRepository


class OpenSpaceService:
    def __init__(self, repo: OpenSpaceRepository, runlog: RunLog | None = None) -> None:
        #: Reads (the layout, the topics) go straight to the repository. Others hear of the writes through
        #: the change feed, as of every commit.
        self.repo = repo
        self.runlog = runlog

    # -- the marketplace and the wall ------------------------------------------------------------------
    def propose(self, block_uid: str, title: str, convener: str, mode: str) -> Topic:
        return self.repo.propose(block_uid, title, convener, mode)

    def set_layout(self, block_uid: str, slots: list[str], spaces: list[str]) -> None:
        self.repo.set_layout(block_uid, slots, spaces)

    def place(self, block_uid: str, topic_id: int | None, slot: int | None, space: str | None) -> int | None:
        """Put a topic in a cell (None, None: back to the marketplace); returns the topic it swapped with."""
        assert topic_id is not None  # a saved topic
        swapped = self.repo.place(topic_id, slot, space)
        self._log(block_uid, "openspace.place", {"topic": topic_id, "slot": slot, "space": space, "swapped": swapped})
        return swapped

    def undo_place(self, block_uid: str, topic_id: int | None, before: tuple[int | None, str | None],
                   to: tuple[int | None, str | None], swapped: int | None) -> None:
        assert topic_id is not None
        self.repo.place(topic_id, *before)
        if swapped is not None:
            self.repo.place(swapped, *to)
        self._log(block_uid, "openspace.undo", {"undid": "openspace.place", "topic": topic_id})

    def merge(self, block_uid: str, keep: Topic, other: Topic) -> None:
        assert keep.id is not None and other.id is not None
        self.repo.merge(keep.id, other.id)
        self._log(block_uid, "openspace.merge", {"keep": keep.id, "other": other.id})

    def unmerge(self, block_uid: str, keep: Topic, other: Topic) -> None:
        assert other.id is not None
        self.repo.unmerge(other.id, keep)
        self.repo.place(other.id, other.slot, other.space)
        self._log(block_uid, "openspace.undo", {"undid": "openspace.merge", "keep": keep.id, "other": other.id})

    # -- who is in which session -------------------------------------------------------------------------
    def attend(self, block_uid: str, topic: Topic, emails: list[str], kind: str) -> dict[int, list[str]]:
        """``kind`` "attend" puts people in ``topic``, "leave" takes them out; returns every changed
        session's attendees as they were (for an undo)."""
        assert topic.id is not None and kind in ("attend", "leave")
        before: dict[int, list[str]] = {}
        for email in emails:
            changed = self.repo.attend(topic.id, email) if kind == "attend" else self.repo.leave(topic.id, email)
            for tid, attendees in changed.items():
                before.setdefault(tid, attendees)
        self._log(block_uid, f"openspace.{kind}", {"topic": topic.id, "title": topic.title, "slot": topic.slot,
                                                   "space": topic.space, "emails": emails})
        return before

    def restore_attendees(self, block_uid: str, before: dict[int, list[str]], topic_id: int | None, kind: str,
                          emails: list[str]) -> None:
        self.repo.set_attendees(before)
        self._log(block_uid, "openspace.undo", {"undid": f"openspace.{kind}", "topic": topic_id, "emails": emails})

    def _log(self, block_uid: str, kind: str, payload: dict) -> None:
        if self.runlog is not None and block_uid:
            self.runlog.append(kind, block_uid, payload)
