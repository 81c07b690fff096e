"""The live state: the result of folding the run log over the agenda at an instant.

Produced by ``live.engine``; read by the panels, the stage display, the public view, the remote
API, the cue scheduler and the input log (which block is running)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

Phase = Literal["idle", "default", "warning", "danger", "overtime", "paused"]
BlockStatus = Literal["done", "running", "upcoming", "skipped"]


@dataclass(frozen=True)
class BlockTiming:
    """Planned, projected and actual times of one block (instants are aware, UTC)."""

    index: int
    uid: str
    title: str
    day: date
    planned_start: datetime
    planned_seconds: float
    projected_start: datetime
    projected_end: datetime
    actual_start: datetime | None
    actual_end: datetime | None
    added_seconds: float
    fixed_start: bool
    status: BlockStatus
    #: Seconds a fixed-start block overlaps the projected end of the block before it (0: none).
    overlap_seconds: float = 0.0
    #: Minutes the projected start lies after the planned start (negative: early).
    delay_minutes: float = 0.0
    #: Running time so far, pauses excluded (the timer's elapsed; for the current block too).
    elapsed_seconds: float = 0.0
    #: Warning and danger thresholds in effect for this block (per-block or the scaled defaults).
    warn_seconds: float = 0.0
    danger_seconds: float = 0.0

    @property
    def planned_end(self) -> datetime:
        """The planned end, without added time."""
        return self.planned_start + timedelta(seconds=self.planned_seconds)

    @property
    def actual_seconds(self) -> float | None:
        if self.actual_start is None or self.actual_end is None:
            return None
        return (self.actual_end - self.actual_start).total_seconds()

    @property
    def over_under_seconds(self) -> float | None:
        """Actual length minus planned length (positive: it ran long)."""
        actual = self.actual_seconds
        return None if actual is None else actual - self.planned_seconds


@dataclass(frozen=True)
class LiveState:
    now: datetime
    #: A block is current and its timer runs (not paused).
    running: bool
    paused: bool
    current_index: int | None
    current_uid: str | None
    current_title: str | None
    #: Seconds to the current block's end (planned + added); negative in overtime.
    remaining_seconds: float
    elapsed_seconds: float
    duration_seconds: float
    phase: Phase
    warn_seconds: float
    danger_seconds: float
    #: How far behind the plan the day runs, in minutes (negative: ahead).
    offset_minutes: float
    next_index: int | None
    next_title: str | None
    message: str | None = None
    #: When the message's lifetime runs out (None: it stays until replaced, cleared or, with
    #: ``clear_message_on_block_change``, the block changes). The fold drops it at that instant.
    message_expires_at: datetime | None = None
    #: The event's setting: a message clears when the current block changes.
    clear_message_on_block_change: bool = True
    blackout: bool = False
    auto_follow: bool = False
    timings: tuple[BlockTiming, ...] = field(default_factory=tuple)
    projected_day_end: datetime | None = None
    #: Id of the last run-log action folded in (for refresh across processes).
    last_action_id: int = 0
    #: The event's IANA time zone (show instants in it).
    timezone: str = "Europe/Oslo"
    #: The day the current (or next) block belongs to; ``projected_day_end`` is that day's.
    current_day: date | None = None
    #: The current block was chosen by auto-follow (the clock), not started by hand.
    following_clock: bool = False
    can_undo: bool = False
    can_redo: bool = False
    #: Each block's stretches as the current block, by uid: (start, end), end None while current.
    #: A block run again after Previous or Go to has several; the report shows them as segments.
    #: (Left out of equality and hashing: the state stays a hashable value.)
    spans: dict[str, tuple[tuple[datetime, datetime | None], ...]] = field(default_factory=dict, compare=False)

    @property
    def current(self) -> BlockTiming | None:
        return None if self.current_index is None else self.timings[self.current_index]

    @property
    def next(self) -> BlockTiming | None:
        return None if self.next_index is None else self.timings[self.next_index]

    @property
    def local_today(self) -> date:
        """Today in the event's time zone, at ``now``."""
        return self.now.astimezone(ZoneInfo(self.timezone)).date()

    @property
    def plan_day(self) -> date | None:
        """The agenda day the moderator is at: the current block's, else the next block's; with
        neither (an event in the past that never ran) the first block's, unless a block is today."""
        focus = self.current or self.next
        if focus is not None:
            return focus.day
        if self.timings and all(t.day != self.local_today for t in self.timings):
            return self.timings[0].day
        return None

    @property
    def days_from_today(self) -> int:
        """``plan_day`` minus today in days: 0 today (or without blocks), negative for a day in the
        past (a rehearsal on an old file), positive for one ahead. When it is not 0, the offset
        compares the plan with a different day and means nothing to a person: the panels say which
        day is planned instead of "N min bak skjema" (``offset_minutes`` itself is still computed
        the same way, for API consumers)."""
        day = self.plan_day
        return 0 if day is None else (day - self.local_today).days

    def api_dict(self) -> dict:
        """The remote-control API's state object (documented in the README)."""
        return {
            "running": self.running,
            "index": self.current_index,
            "title": self.current_title,
            "remaining_seconds": round(self.remaining_seconds, 3),
            "phase": self.phase,
            "offset_minutes": round(self.offset_minutes, 2),
            "next_title": self.next_title,
        }
