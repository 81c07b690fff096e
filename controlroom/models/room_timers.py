"""Per-room countdowns beside the plenary timer. Remaining time is computed from the clock, never counted.

Every action is committed to the ``room_timer`` table and, when a run log is given, appended to it
(kinds ``group.timer.start|stop|resume|extend``) before the caller repaints.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from controlroom.clock import Clock, from_micros, to_micros
from controlroom.models.people import RoomTimerRow
from controlroom.models.store import EventStore


@dataclass(frozen=True)
class RoomTimer:
    room: str
    duration_s: float
    ends_at: datetime | None
    left_s: float

    @property
    def running(self) -> bool:
        return self.ends_at is not None

    def remaining(self, now: datetime) -> float:
        """Seconds left (negative: overtime)."""
        return (self.ends_at - now).total_seconds() if self.ends_at is not None else self.left_s


class RoomTimers:
    def __init__(self, store: EventStore, clock: Clock, runlog=None) -> None:
        self.store = store
        self.clock = clock
        self.runlog = runlog

    def all(self, block_uid: str) -> dict[str, RoomTimer]:
        with self.store.session() as s:
            rows = s.scalars(select(RoomTimerRow).where(RoomTimerRow.block_uid == block_uid)).all()
            return {r.room: RoomTimer(r.room, r.duration_ms / 1000, from_micros(r.ends_us) if r.ends_us else None,
                                      r.remaining_ms / 1000) for r in rows}

    def _apply(self, kind: str, block_uid: str, rooms: list[str], seconds: float | None = None) -> None:
        now = self.clock.now()
        now_us = to_micros(now)
        with self.store.transaction() as s:
            existing = {r.room: r for r in s.scalars(select(RoomTimerRow).where(RoomTimerRow.block_uid == block_uid))}
            for room in rooms:
                row = existing.get(room)
                if row is None:
                    row = RoomTimerRow(block_uid=block_uid, room=room, duration_ms=0, remaining_ms=0)
                    s.add(row)
                if kind == "start":
                    ms = int((seconds or 0) * 1000)
                    row.duration_ms, row.remaining_ms = ms, ms
                    row.ends_us = now_us + ms * 1000
                elif kind == "stop" and row.ends_us is not None:
                    row.remaining_ms = (row.ends_us - now_us) // 1000
                    row.ends_us = None
                elif kind == "resume" and row.ends_us is None:
                    row.ends_us = now_us + row.remaining_ms * 1000
                elif kind == "extend":
                    ms = int((seconds or 0) * 1000)
                    row.duration_ms += ms
                    if row.ends_us is not None:
                        row.ends_us += ms * 1000
                    else:
                        row.remaining_ms += ms
        if self.runlog is not None:
            payload: dict = {"rooms": rooms}
            if seconds is not None:
                payload["seconds"] = seconds
            self.runlog.append(f"group.timer.{kind}", block_uid, payload)

    def start(self, block_uid: str, rooms: list[str], seconds: float) -> None:
        self._apply("start", block_uid, rooms, seconds)

    def stop(self, block_uid: str, rooms: list[str]) -> None:
        self._apply("stop", block_uid, rooms)

    def resume(self, block_uid: str, rooms: list[str]) -> None:
        self._apply("resume", block_uid, rooms)

    def extend(self, block_uid: str, rooms: list[str], seconds: float) -> None:
        self._apply("extend", block_uid, rooms, seconds)
