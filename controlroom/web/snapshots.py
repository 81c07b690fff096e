"""What each view gets: plain JSON-ready dicts made from the live state and the event's repositories.

Every snapshot holds only what its view shows. People appear by first name only (never an e-mail,
never a surname): ``first_name`` is the one way a person's name leaves the laptop. A running timer
is sent as the instant it reaches zero (``ends_at``, epoch milliseconds of the server's clock), so the
snapshot does not change while time passes and every page computes the seconds itself.

``StoreSnapshots`` reads the public agenda, the groups and the room timers through the store (short
sessions, no Qt); call it off the event loop's thread (``asyncio.to_thread``).
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from controlroom.agenda.types import BlockData
from controlroom.clock import SystemClock
from controlroom.grouping.day_rounds import round_of_block
from controlroom.grouping.types import Group
from controlroom.live.runlog import MESSAGE, ActionRecord
from controlroom.live.state import BlockTiming, LiveState
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.models.people_repo import PeopleRepository
from controlroom.models.room_timers import RoomTimer, RoomTimers
from controlroom.models.store import EventStore
from controlroom.timefmt import local_hm

#: Bounds on what one snapshot carries (a message stays far below the WebSocket's frame limits).
MAX_TEXT = 200
MAX_QUESTION = 400
MAX_ROWS = 80
MAX_ROOMS = 100
MAX_NAMES = 16
#: How long read event data (agenda, groups, names) is reused when no change was announced.
EVENT_DATA_SECONDS = 5.0

Snapshot = dict[str, Any]


def epoch_ms(instant: datetime) -> int:
    return int(round(instant.timestamp() * 1000))


def clip(text: str | None, limit: int = MAX_TEXT) -> str | None:
    if text is None:
        return None
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def first_name(name: str | None) -> str:
    """The first name of ``name`` ("Kari Nordmann" → "Kari", "Nordmann, Kari" → "Kari"); "" for an
    e-mail address or nothing. No surname and no address ever leaves through here."""
    text = " ".join((name or "").split())
    if "," in text:
        text = text.split(",", 1)[1].strip()
    word = text.split(" ", 1)[0] if text else ""
    if "@" in word or not word:
        return ""
    return word[:40]


# -- timers ---------------------------------------------------------------------------------------
def block_timer(state: LiveState) -> Snapshot:
    """The current block's countdown as the pages need it: the instant it reaches zero while it runs,
    the seconds left otherwise; the warning and danger thresholds for the colours."""
    timer: Snapshot = {
        "idle": state.current_index is None,
        "running": bool(state.running),
        "paused": bool(state.paused),
        "phase": state.phase,
        "warn": round(state.warn_seconds, 3),
        "danger": round(state.danger_seconds, 3),
        "duration": round(state.duration_seconds, 3),
    }
    if state.running:
        timer["ends_at"] = epoch_ms(state.now) + int(round(state.remaining_seconds * 1000))
    else:
        timer["remaining"] = round(state.remaining_seconds, 3)
    return timer


def room_timer_snapshot(timer: RoomTimer, now: datetime) -> Snapshot:
    """A breakout room's own countdown (the room board's), in the same shape as ``block_timer``."""
    out: Snapshot = {"idle": False, "running": timer.running, "paused": not timer.running, "phase": "default",
                     "warn": min(300.0, timer.duration_s * 0.25), "danger": min(60.0, timer.duration_s * 0.10),
                     "duration": round(timer.duration_s, 3)}
    if timer.ends_at is not None:
        out["ends_at"] = epoch_ms(timer.ends_at)
    else:
        out["remaining"] = round(timer.left_s, 3)
        out["phase"] = "paused"
    return out


def message_since(actions: Iterable[ActionRecord], text: str | None) -> int | None:
    """When the message shown now was sent (epoch ms): the latest message action with its text. The
    pages flash a message for its first seconds, counted from this instant, so they flash together."""
    if not text:
        return None
    for action in reversed(list(actions)):
        if action.kind == MESSAGE and action.payload.get("text") == text:
            return epoch_ms(action.at)
    return None


# -- live-only views --------------------------------------------------------------------------------
def stage_snapshot(state: LiveState, since: int | None = None) -> Snapshot:
    """The speaker's screen: title, countdown, next, message, blackout."""
    return {
        "view": "stage",
        "tz": state.timezone,
        "title": clip(state.current_title),
        "next": clip(state.next_title),
        "message": clip(state.message),
        "message_since": since if state.message else None,
        "blackout": bool(state.blackout),
        "timer": block_timer(state),
    }


def clock_snapshot(state: LiveState) -> Snapshot:
    """The studio clock: the time of day (the page's own) with the running block's countdown below."""
    return {"view": "clock", "tz": state.timezone, "title": clip(state.current_title), "timer": block_timer(state)}


def _day_timings(state: LiveState) -> list[BlockTiming]:
    day = state.current_day
    return [t for t in state.timings if day is None or t.day == day][:MAX_ROWS]


def _row_kind(state: LiveState, t: BlockTiming) -> str:
    if t.index == state.current_index:
        return "now"
    if t.index == state.next_index:
        return "next"
    return "done" if t.status in ("done", "skipped") else "upcoming"


def _row_time(state: LiveState, t: BlockTiming) -> str:
    return local_hm(t.actual_start if t.actual_start is not None else t.projected_start, state.timezone)


def agenda_rows(state: LiveState) -> list[Snapshot]:
    """The day's blocks with projected (or actual) start times, as the foyer screen lists them."""
    return [{"time": _row_time(state, t), "title": clip(t.title), "kind": _row_kind(state, t)}
            for t in _day_timings(state)]


# -- event data read through the store -----------------------------------------------------------------
@dataclass(frozen=True)
class ActiveRound:
    """The round a room view and the foyer show: the formation (by its block), the round number and the
    block the round runs in."""

    owner: str
    number: int
    block_uid: str
    groups: tuple[Group, ...]


@dataclass(frozen=True)
class EventData:
    title: str
    blocks: dict[str, BlockData]
    formations: dict[str, dict[int, str]]
    first_names: dict[str, str]
    read_at: float


class StoreSnapshots:
    """Snapshots of the foyer, the breakout rooms and the tech overview, read through the repositories."""

    def __init__(self, store: EventStore, *, max_age: float = EVENT_DATA_SECONDS) -> None:
        self.store = store
        self.agenda = AgendaRepository(store)
        self.people = PeopleRepository(store)
        self.max_age = max_age
        self._data: EventData | None = None
        self._rounds: dict[str, tuple] = {}
        self._lock = threading.Lock()

    def invalidate(self) -> None:
        """Something in the event changed (the app's change feed): read again next time."""
        with self._lock:
            self._data = None
            self._rounds = {}

    def _event(self) -> EventData:
        with self._lock:
            data = self._data
            if data is not None and time.monotonic() - data.read_at < self.max_age:
                return data
            title = self.agenda.event_info().title or ""
            blocks = {b.uid: b for b in self.agenda.blocks()}
            formations = self.people.formations()
            names = {p.key: first_name(p.name) for p in self.people.participants()}
            self._data = EventData(title, blocks, formations, names, time.monotonic())
            self._rounds = {}
            return self._data

    def _groups(self, owner: str, number: int) -> tuple[Group, ...]:
        key = f"{owner}:{number}"
        with self._lock:
            if key in self._rounds:
                return self._rounds[key]
        rnd = next((r for r in self.people.rounds(owner) if r.number == number), None)
        groups = tuple(rnd.groups) if rnd is not None else ()
        with self._lock:
            self._rounds[key] = groups
        return groups

    def room_names(self) -> list[str]:
        """Every room a view can be opened for: the room list, then rooms groups were placed in."""
        names = [r.name for r in self.people.rooms()]
        data = self._event()
        for owner, rounds in data.formations.items():
            for number in sorted(rounds):
                for g in self._groups(owner, number):
                    if g.room and g.room not in names:
                        names.append(g.room)
        return names[:MAX_ROOMS * 4]

    def active_round(self, state: LiveState) -> ActiveRound | None:
        """The round of the running block; else the next round still to come on the same day."""
        data = self._event()
        if not data.formations:
            return None
        candidates: list[str] = []
        if state.current_uid:
            candidates.append(state.current_uid)
        day = state.current_day
        start = state.current_index + 1 if state.current_index is not None else (state.next_index or 0)
        candidates += [t.uid for t in state.timings[start:] if t.status == "upcoming" and (day is None or t.day == day)]
        for uid in candidates:
            hit = round_of_block(data.formations, uid)
            if hit is not None:
                return ActiveRound(hit[0], hit[1], uid, self._groups(*hit))
        return None

    # -- the foyer -----------------------------------------------------------------------------------
    def public(self, state: LiveState) -> Snapshot:
        data = self._event()
        cur, nxt = state.current, state.next
        snapshot: Snapshot = {
            "view": "public",
            "tz": state.timezone,
            "event": clip(data.title),
            "day": state.current_day.isoformat() if state.current_day else None,
            "rows": agenda_rows(state),
            "title": clip(cur.title) if cur else None,
            "next": clip(nxt.title) if nxt else None,
            "next_time": _row_time(state, nxt) if nxt else None,
            "timer": block_timer(state),
            "groups": None,
        }
        active = self.active_round(state)
        if active is not None and active.groups:
            block = data.blocks.get(active.block_uid)
            snapshot["groups"] = {
                "round": active.number,
                "block": clip(block.title) if block else None,
                "now": active.block_uid == state.current_uid,
                "rooms": [
                    {"room": clip(g.room, 80), "where": g.pool,
                     "names": _names(data.first_names, g.members)}
                    for g in active.groups[:MAX_ROOMS]
                ],
            }
        return snapshot

    # -- one breakout room ----------------------------------------------------------------------------
    def room(self, state: LiveState, room: str) -> Snapshot:
        data = self._event()
        snapshot: Snapshot = {"view": "room", "tz": state.timezone, "room": clip(room, 80), "found": False,
                              "round": None, "block": None, "question": None, "members": [], "leader": None,
                              "note_taker": None, "where": None, "timer": None, "back_at": None}
        active = self.active_round(state)
        if active is None:
            return snapshot
        group = next((g for g in active.groups if g.room == room), None)
        block = data.blocks.get(active.block_uid)
        timing = next((t for t in state.timings if t.uid == active.block_uid), None)
        snapshot.update(round=active.number, block=clip(block.title) if block else None,
                        question=question_of(block))
        if group is None:
            return snapshot
        names = data.first_names
        members = [{"name": names[m], "leader": m == group.leader, "note_taker": m == group.note_taker}
                   for m in group.members if names.get(m)][:MAX_NAMES]
        snapshot.update(found=True, where=group.pool, members=members,
                        leader=names.get(group.leader) or None, note_taker=names.get(group.note_taker) or None)
        own = self._room_timer(active, room, timing)
        if own is not None:
            snapshot["timer"] = room_timer_snapshot(own, state.now)
            if own.ends_at is not None:
                snapshot["back_at"] = local_hm(own.ends_at, state.timezone)
        elif timing is not None:
            if active.block_uid == state.current_uid:
                snapshot["timer"] = block_timer(state)
            snapshot["back_at"] = local_hm(timing.projected_end, state.timezone)
        return snapshot

    def _room_timer(self, active: ActiveRound, room: str, timing: BlockTiming | None) -> RoomTimer | None:
        """The room's own countdown when the room board started one for this round (a countdown left over
        from an earlier round, which ended before this round's block began, does not count)."""
        timer = RoomTimers(self.store, SystemClock()).all(active.owner).get(room)
        if timer is None:
            return None
        if timer.ends_at is None:
            return timer if timer.left_s > 0 else None
        began = (timing.actual_start or timing.projected_start) if timing is not None else None
        started = timer.ends_at.timestamp() - timer.duration_s
        return timer if began is None or started >= began.timestamp() - 60 else None

    # -- the tech host's overview (without the cue runner: the app passes its own provider) ----------------
    def tech(self, state: LiveState) -> Snapshot:
        data = self._event()
        cur = state.current
        blocks = []
        for t in _day_timings(state):
            block = data.blocks.get(t.uid)
            blocks.append({"time": _row_time(state, t), "title": clip(t.title), "kind": _row_kind(state, t),
                           "streamed": block.streamed if block else None})
        current_block = data.blocks.get(cur.uid) if cur else None
        next_block = data.blocks.get(state.next.uid) if state.next else None
        return {
            "view": "tech",
            "tz": state.timezone,
            "title": clip(state.current_title),
            "next": clip(state.next_title),
            "message": clip(state.message),
            "blackout": bool(state.blackout),
            "offset_minutes": round(state.offset_minutes, 1),
            "timer": block_timer(state),
            "blocks": blocks,
            "stream": {"now": current_block.streamed if current_block else None,
                       "next": next_block.streamed if next_block else None},
            "cues": None,
            "adapters": None,
        }


_TAGS = re.compile(r"<[^>]{0,200}>")


def question_of(block: BlockData | None) -> str | None:
    """The round's question: the first paragraph of its block's description (the agenda's public text;
    the host's notes never)."""
    if block is None or not (block.description or "").strip():
        return None
    text = _TAGS.sub(" ", block.description)
    para = next((p for p in re.split(r"\n\s*\n", text) if p.strip()), "")
    return clip(para, MAX_QUESTION)


def _names(first_names: dict[str, str], members: Iterable[str]) -> list[str]:
    return [n for n in (first_names.get(m, "") for m in members) if n][:MAX_NAMES]


# -- the cue runner's part of the tech overview --------------------------------------------------------
def cue_tech_snapshot(scheduler: Any, registry: Any, state: Callable[[], LiveState],
                      *, limit: int = 12) -> Callable[[], Snapshot]:
    """A ``tech_snapshot`` provider from the cue scheduler (``controlroom.cues.scheduler.CueScheduler``)
    and the adapter registry (``controlroom.integrations.base.AdapterRegistry``): the cues still to come
    with their due times and statuses, each adapter's health and the stream's state when an adapter
    reports it. Read-only and in memory: safe to call on the event loop."""

    def snapshot() -> Snapshot:
        live = state()
        cues = []
        for view in scheduler.upcoming(live, limit=limit):
            cues.append({"time": local_hm(view.due_at, live.timezone) if view.due_at else None,
                         "block": clip(view.block_title, 80), "cue": clip(view.cue.title(), 120),
                         "status": str(view.status), "automatic": bool(view.cue.automatic)})
        adapters = []
        streaming: bool | None = None
        for adapter in registry:
            status = adapter.status
            detail = dict(status.detail or {})
            if "stream_active" in detail:
                streaming = bool(detail["stream_active"]) or bool(streaming)
            adapters.append({"name": clip(adapter.peer, 80), "state": str(status.state),
                             "reason": clip(status.reason, 160) or None})
        out: Snapshot = {"cues": cues, "adapters": adapters}
        if streaming is not None:
            out["streaming"] = streaming
        return out

    return snapshot
