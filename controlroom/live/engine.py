"""The live engine: pure functions from (agenda, run log, now) to ``LiveState``.

Three steps, so the service can cache the parts that do not change every second:

* ``prepare(blocks, tz)`` turns the agenda into a ``Plan`` (planned instants in UTC, computed
  through zoneinfo so a block across a DST change has its true length);
* ``replay(actions)`` folds the run log into a ``TimerState`` (no clock involved: instants come
  from the actions themselves; undone actions are skipped, unknown kinds ignored);
* ``project(plan, timer, now)`` computes every block's projected times, the current block's
  remaining time and phase, the day's offset and projected end.

Rules (documented for users in ``docs/sections/live-core.md``):

* Remaining = planned length + added time − running time (pauses excluded). Running time comes
  from action instants and ``now``, so downtime after a crash counts as elapsed.
* The current block's projected end is ``now + max(remaining, 0)``: a block in overtime may end
  any moment, and a paused block pushes its end for as long as the pause lasts.
* Every following block starts at ``max(planned start, previous projected end, now)``, so gaps
  in the plan absorb delay. A block with a fixed start is never pushed (it may then overlap the
  block before it: ``overlap_seconds``). A block of the category "Pause" absorbs delay by
  shrinking, to at most half its length, so it still ends at its planned end when it can.
* Phase thresholds: the block's own ``warn_seconds``/``danger_seconds``, else
  ``min(300 s, 25 %)`` and ``min(60 s, 10 %)`` of the block's length (added time included).
* ``offset_minutes`` = current block's projected end − its planned end (positive: behind).
  With nothing current: the next block's projected start − its planned start.
* An end mark (a block of 0 minutes, SessionLab's «Slutt» row) is never run: starting it (Next from
  the block before it, Go to) ends the running block, as End does, and moves the day past the mark.
  It is never current nor next; it is "upcoming" at the projected end of the programme until the
  day reaches it, then "skipped", so no cue on it fires.
* Whatever an event file holds, the plan stays computable: days are clamped to
  ``FIRST_DAY``…``LAST_DAY``, lengths to 0…24 h and thresholds to 0…24 h (the importers refuse
  values outside these bounds; an older file may still have them).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from controlroom.agenda.types import FIRST_DAY, LAST_DAY, MAX_BLOCK_MINUTES, MAX_THRESHOLD_SECONDS, BlockData
from controlroom.live import runlog as k
from controlroom.live.runlog import ActionRecord
from controlroom.live.state import BlockStatus, BlockTiming, LiveState, Phase

DEFAULT_WARN_SECONDS = 300.0
DEFAULT_DANGER_SECONDS = 60.0
WARN_FRACTION = 0.25
DANGER_FRACTION = 0.10
#: Categories whose blocks absorb delay by shrinking (down to this fraction of their length).
ABSORBING_CATEGORIES = frozenset({"pause"})
ABSORB_MIN_FRACTION = 0.5
#: The longest a block can run in the projection: its longest length plus as much again added.
MAX_RUN_SECONDS = 2 * MAX_BLOCK_MINUTES * 60.0


# -- the plan ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlanBlock:
    index: int
    uid: str
    title: str
    day: date
    start: datetime  # aware UTC
    seconds: float
    fixed_start: bool
    absorbing: bool
    warn_seconds: float | None
    danger_seconds: float | None
    #: A block of 0 minutes: the day's end mark, never run.
    end_mark: bool = False


@dataclass(frozen=True)
class Plan:
    blocks: tuple[PlanBlock, ...]
    timezone: str
    index_of: dict[str, int]
    #: Timings of the last projections by their inputs: most blocks do not move between two
    #: projections, and reusing their (immutable) timing halves the cost of a repaint.
    cache: dict[tuple, BlockTiming] = field(default_factory=dict, compare=False, repr=False)


def local_start(block: BlockData, tz: ZoneInfo) -> datetime:
    """A block's planned start as an aware UTC instant (the day and wall time in the event zone)."""
    return datetime.combine(_day_in_bounds(block.day), block.start, tzinfo=tz).astimezone(UTC)


def _day_in_bounds(day: date) -> date:
    return min(max(day, FIRST_DAY), LAST_DAY)


def _seconds_in_bounds(seconds: float | None, limit: float) -> float | None:
    return None if seconds is None else min(max(float(seconds), 0.0), limit)


def prepare(blocks: Sequence[BlockData], timezone: str = "Europe/Oslo") -> Plan:
    tz = ZoneInfo(timezone)
    plan = tuple(
        PlanBlock(
            index=i,
            uid=b.uid or f"#{i}",
            title=b.title,
            day=_day_in_bounds(b.day),
            start=local_start(b, tz),
            seconds=float(min(max(b.minutes, 0), MAX_BLOCK_MINUTES) * 60),
            fixed_start=bool(b.fixed_start),
            absorbing=(b.category or "").strip().lower() in ABSORBING_CATEGORIES,
            warn_seconds=_seconds_in_bounds(b.warn_seconds, MAX_THRESHOLD_SECONDS),
            danger_seconds=_seconds_in_bounds(b.danger_seconds, MAX_THRESHOLD_SECONDS),
            end_mark=b.end_mark,
        )
        for i, b in enumerate(blocks)
    )
    return Plan(plan, timezone, {b.uid: b.index for b in plan})


# -- the fold of the run log ----------------------------------------------------------------------
@dataclass
class BlockRun:
    actual_start: datetime | None = None
    actual_end: datetime | None = None
    #: Running seconds in closed segments (the open one is added from ``running_since``).
    elapsed: float = 0.0
    added: float = 0.0
    #: Each stretch the block was the current one, pauses included: (start, end), end None while
    #: current. A block run again after Previous or Go to has several (the report's segments).
    spans: list[tuple[datetime, datetime | None]] = field(default_factory=list)


@dataclass
class TimerState:
    runs: dict[str, BlockRun] = field(default_factory=dict)
    current_uid: str | None = None
    running_since: datetime | None = None
    paused: bool = False
    message: str | None = None
    message_at: datetime | None = None
    #: The block current when the message was sent (None: none was).
    message_uid: str | None = None
    #: When the message's lifetime runs out (None: it stays until replaced or cleared).
    message_expires_at: datetime | None = None
    #: The event's setting: a message clears when the current block changes (on unless logged off).
    clear_message_on_block_change: bool = True
    blackout: bool = False
    auto_follow: bool = False
    fixed: dict[str, bool] = field(default_factory=dict)
    last_action_id: int = 0
    #: Ids of actions undo/redo act on next (last is the top).
    undo_stack: list[int] = field(default_factory=list)
    redo_stack: list[int] = field(default_factory=list)
    undone: set[int] = field(default_factory=set)


def undo_stacks(actions: Iterable[ActionRecord]) -> tuple[list[int], list[int], set[int]]:
    """Undo and redo stacks and the set of undone ids, from the log alone (so undo survives a restart).
    A new undoable action clears the redo stack, as in every editor."""
    undo: list[int] = []
    redo: list[int] = []
    undone: set[int] = set()
    for a in actions:
        if a.kind in k.UNDOABLE:
            undo.append(a.id)
            redo.clear()
        elif a.kind == k.UNDO and a.target_id in undo:
            undo.remove(a.target_id)
            redo.append(a.target_id)
            undone.add(a.target_id)
        elif a.kind == k.REDO and a.target_id in redo:
            redo.remove(a.target_id)
            undo.append(a.target_id)
            undone.discard(a.target_id)
    return undo, redo, undone


def replay_more(t: TimerState, actions: Sequence[ActionRecord]) -> bool:
    """Fold newly appended actions into ``t`` in place. Returns False (``t`` untouched) when one of
    them is an undo or redo: those rewrite history, so the caller replays the whole log."""
    if any(a.kind in (k.UNDO, k.REDO) for a in actions):
        return False
    for a in actions:
        t.last_action_id = max(t.last_action_id, a.id)
        if a.kind in k.UNDOABLE:
            t.undo_stack.append(a.id)
            t.redo_stack.clear()
            _apply(t, a)
        elif a.kind == k.MESSAGE_SETTINGS:
            _apply(t, a)
    return True


def _close_segment(t: TimerState, at: datetime) -> None:
    if t.current_uid is not None and t.running_since is not None:
        run = t.runs[t.current_uid]
        run.elapsed += max((at - t.running_since).total_seconds(), 0.0)
    t.running_since = None


def replay(actions: Sequence[ActionRecord]) -> TimerState:
    t = TimerState()
    t.undo_stack, t.redo_stack, t.undone = undo_stacks(actions)
    for a in actions:
        t.last_action_id = max(t.last_action_id, a.id)
        if (a.kind not in k.UNDOABLE and a.kind != k.MESSAGE_SETTINGS) or a.id in t.undone:
            continue
        _apply(t, a)
    return t


def _block_changed(t: TimerState) -> None:
    """The current block changed (another one started, or it ended): with the setting on, a message
    sent during a block goes with it (one sent while no block ran stays)."""
    if t.clear_message_on_block_change and t.message_uid is not None:
        t.message = t.message_at = t.message_expires_at = t.message_uid = None


def _set_message(t: TimerState, at: datetime, p: dict) -> None:
    text = p.get("text")
    t.message = str(text) if text else None
    t.message_at = at if t.message else None
    t.message_uid = t.current_uid if t.message else None
    try:
        lifetime = float(p.get("seconds") or 0)
    except (TypeError, ValueError):
        lifetime = 0.0
    valid = t.message is not None and 0 < lifetime < 86400
    t.message_expires_at = at + timedelta(seconds=lifetime) if valid else None


def _apply(t: TimerState, a: ActionRecord) -> None:
    kind, at, p = a.kind, a.at, a.payload
    if kind == k.START and a.block_uid:
        if t.current_uid == a.block_uid and not t.paused and t.running_since is not None:
            return
        changed = t.current_uid != a.block_uid
        if t.current_uid is not None:
            _close_segment(t, at)
            if changed:
                t.runs[t.current_uid].actual_end = at
                _end_span(t.runs[t.current_uid], at)
        run = t.runs.setdefault(a.block_uid, BlockRun())
        if run.actual_start is None:
            run.actual_start = at
        run.actual_end = None
        if changed:
            run.spans.append((at, None))
            _block_changed(t)
        t.current_uid, t.running_since, t.paused = a.block_uid, at, False
    elif kind == k.PAUSE and t.current_uid is not None and not t.paused:
        _close_segment(t, at)
        t.paused = True
    elif kind == k.RESUME and t.current_uid is not None and t.paused:
        t.running_since, t.paused = at, False
    elif kind == k.ADD_TIME:
        uid = a.block_uid or t.current_uid
        if uid is not None:
            t.runs.setdefault(uid, BlockRun()).added += float(p.get("seconds", 0) or 0)
    elif kind == k.END and t.current_uid is not None:
        _close_segment(t, at)
        t.runs[t.current_uid].actual_end = at
        _end_span(t.runs[t.current_uid], at)
        t.current_uid, t.paused = None, False
        _block_changed(t)
    elif kind == k.MESSAGE:
        _set_message(t, at, p)
    elif kind == k.MESSAGE_SETTINGS:
        t.clear_message_on_block_change = bool(p.get("clear_on_block_change", True))
    elif kind == k.BLACKOUT:
        t.blackout = bool(p.get("on"))
    elif kind == k.AUTO_FOLLOW:
        t.auto_follow = bool(p.get("on"))
    elif kind == k.SET_FIXED and a.block_uid:
        t.fixed[a.block_uid] = bool(p.get("fixed"))


def _end_span(run: BlockRun, at: datetime) -> None:
    if run.spans and run.spans[-1][1] is None:
        run.spans[-1] = (run.spans[-1][0], at)


# -- projection ---------------------------------------------------------------------------------
def thresholds(block: PlanBlock, duration: float) -> tuple[float, float]:
    warn = block.warn_seconds if block.warn_seconds is not None else min(DEFAULT_WARN_SECONDS, WARN_FRACTION * duration)
    danger = (
        block.danger_seconds
        if block.danger_seconds is not None
        else min(DEFAULT_DANGER_SECONDS, DANGER_FRACTION * duration)
    )
    return float(warn), float(danger)


def phase_for(remaining: float, warn: float, danger: float, paused: bool) -> Phase:
    if paused:
        return "paused"
    if remaining < 0:
        return "overtime"
    if remaining <= danger:
        return "danger"
    if remaining <= warn:
        return "warning"
    return "default"


def _follow_index(plan: Plan, now: datetime) -> int | None:
    for b in plan.blocks:
        if b.seconds > 0 and b.start <= now < b.start + timedelta(seconds=b.seconds):
            return b.index
    return None


def project(plan: Plan, timer: TimerState, now: datetime) -> LiveState:
    blocks = plan.blocks
    tz = ZoneInfo(plan.timezone)
    today = now.astimezone(tz).date()
    cur = plan.index_of.get(timer.current_uid) if timer.current_uid is not None else None
    if cur is not None and blocks[cur].end_mark:
        cur = None  # started, it ended the block before it (the fold did that); the mark itself never runs
    following = False
    if cur is None and timer.auto_follow:
        cur = _follow_index(plan, now)
        following = cur is not None
    started = [i for i, b in enumerate(blocks) if b.uid in timer.runs and timer.runs[b.uid].actual_start]
    # (an end mark that was "started" counts: the day has reached it)
    frontier = max([*started, *([cur] if cur is not None else [])], default=None)

    timings: list[BlockTiming] = []
    cursor: datetime | None = None
    cur_remaining = cur_elapsed = cur_duration = 0.0
    cur_warn = cur_danger = 0.0
    for b in blocks:
        run = timer.runs.get(b.uid)
        fixed = timer.fixed.get(b.uid, b.fixed_start)
        if b.end_mark:
            reached = b.index <= frontier if frontier is not None else b.day < today
            timings.append(_end_mark_timing(plan, b, reached, now, cursor, fixed))
            continue
        added = run.added if run else 0.0
        duration = b.seconds + added
        duration = min(duration, MAX_RUN_SECONDS) if duration >= 0.0 else 0.0  # NaN too: a log's nonsense
        warn, danger = thresholds(b, duration)
        actual_start = run.actual_start if run else None
        actual_end = run.actual_end if run else None
        elapsed = run.elapsed if run else 0.0
        overlap = 0.0
        status: BlockStatus
        if b.index == cur:
            status = "running"
            if following and actual_start is None:
                elapsed = (now - b.start).total_seconds()
                p_start = b.start
            else:
                if timer.running_since is not None:
                    elapsed += max((now - timer.running_since).total_seconds(), 0.0)
                p_start = actual_start or now
            remaining = duration - elapsed
            p_end = now + timedelta(seconds=max(remaining, 0.0))
            cur_remaining, cur_elapsed, cur_duration = remaining, elapsed, duration
            cur_warn, cur_danger = warn, danger
            actual_end = None
        elif actual_start is not None:
            status = "done"
            p_start = actual_start
            p_end = actual_end or actual_start + timedelta(seconds=elapsed)
        elif (frontier is not None and b.index < frontier) or (frontier is None and b.day < today):
            status = "done" if following else "skipped"
            p_start, p_end = b.start, b.start + timedelta(seconds=duration)
            timings.append(_cached(plan, b, p_start, p_end, None, None, added, fixed, status, 0.0, elapsed, warn, danger))
            continue  # not run: it does not move the cursor
        else:
            status = "upcoming"
            earliest = max(now, cursor) if cursor is not None else now
            if fixed:
                p_start = max(b.start, now)
                overlap = max((earliest - p_start).total_seconds(), 0.0)
            else:
                p_start = max(b.start, earliest)
            p_end = p_start + timedelta(seconds=duration)
            if b.absorbing and p_start > b.start:
                planned_end = b.start + timedelta(seconds=duration)
                p_end = max(planned_end, p_start + timedelta(seconds=duration * ABSORB_MIN_FRACTION))
        cursor = p_end if cursor is None else max(cursor, p_end)
        timings.append(
            _cached(plan, b, p_start, p_end, actual_start, actual_end, added, fixed, status, overlap, elapsed, warn, danger)
        )

    next_index = _next_index(plan, timings, cur if cur is not None else frontier)
    if cur is not None:
        c = timings[cur]
        offset = (c.projected_end - (c.planned_start + timedelta(seconds=c.planned_seconds))).total_seconds() / 60
    elif next_index is not None:
        offset = timings[next_index].delay_minutes
    else:
        offset = 0.0
    focus = cur if cur is not None else next_index
    current_day = timings[focus].day if focus is not None else today
    day_ends = [t.projected_end for t in timings if t.day == current_day and t.status != "skipped"]
    paused = cur is not None and timer.paused and not following
    return LiveState(
        now=now,
        running=cur is not None and not paused,
        paused=paused,
        current_index=cur,
        current_uid=blocks[cur].uid if cur is not None else None,
        current_title=blocks[cur].title if cur is not None else None,
        remaining_seconds=cur_remaining,
        elapsed_seconds=cur_elapsed,
        duration_seconds=cur_duration,
        phase=phase_for(cur_remaining, cur_warn, cur_danger, paused) if cur is not None else "idle",
        warn_seconds=cur_warn,
        danger_seconds=cur_danger,
        offset_minutes=offset,
        next_index=next_index,
        next_title=blocks[next_index].title if next_index is not None else None,
        message=_message_at(plan, timer, now, cur if following else None),
        message_expires_at=timer.message_expires_at,
        clear_message_on_block_change=timer.clear_message_on_block_change,
        spans={uid: tuple(run.spans) for uid, run in timer.runs.items()
               if run.spans and not (uid in plan.index_of and blocks[plan.index_of[uid]].end_mark)},
        blackout=timer.blackout,
        auto_follow=timer.auto_follow,
        timings=tuple(timings),
        projected_day_end=max(day_ends) if day_ends else None,
        last_action_id=timer.last_action_id,
        timezone=plan.timezone,
        current_day=current_day,
        following_clock=following,
        can_undo=bool(timer.undo_stack),
        can_redo=bool(timer.redo_stack),
    )


def _message_at(plan: Plan, timer: TimerState, now: datetime, followed: int | None) -> str | None:
    """The message on the screens at ``now``: gone once its lifetime ran out, and (with the setting
    on) once the clock moved auto-follow on from the block it was sent during."""
    if timer.message is None or (timer.message_expires_at is not None and now >= timer.message_expires_at):
        return None
    if followed is not None and timer.clear_message_on_block_change and timer.message_at is not None:
        sent_during = _follow_index(plan, timer.message_at)
        if sent_during is not None and sent_during != followed:
            return None
    return timer.message


def _end_mark_timing(plan: Plan, b: PlanBlock, reached: bool, now: datetime, cursor: datetime | None,
                     fixed: bool) -> BlockTiming:
    """An end mark: "skipped" at its planned time once the day has reached it (never "done", so no cue
    on it fires), else "upcoming" where the programme before it is projected to end. It moves nothing."""
    if reached:
        return _cached(plan, b, b.start, b.start, None, None, 0.0, fixed, "skipped", 0.0, 0.0, 0.0, 0.0)
    at = max(b.start, now, cursor) if cursor is not None else max(b.start, now)
    return _cached(plan, b, at, at, None, None, 0.0, fixed, "upcoming", 0.0, 0.0, 0.0, 0.0)


def _next_index(plan: Plan, timings: list[BlockTiming], after: int | None) -> int | None:
    """The next block to run: the first upcoming one after ``after`` that is not an end mark."""
    start = 0 if after is None else after + 1
    for t in timings[start:]:
        if t.status == "upcoming" and not plan.blocks[t.index].end_mark:
            return t.index
    return None


def _cached(plan: Plan, b: PlanBlock, *args) -> BlockTiming:
    key = (b.index, *args)
    timing = plan.cache.get(key)
    if timing is None:
        if len(plan.cache) > 8 * len(plan.blocks) + 64:
            plan.cache.clear()
        timing = plan.cache[key] = _timing(b, *args)
    return timing


def _timing(
    b: PlanBlock,
    p_start: datetime,
    p_end: datetime,
    actual_start: datetime | None,
    actual_end: datetime | None,
    added: float,
    fixed: bool,
    status: BlockStatus,
    overlap: float,
    elapsed: float,
    warn: float,
    danger: float,
) -> BlockTiming:
    return BlockTiming(
        index=b.index,
        uid=b.uid,
        title=b.title,
        day=b.day,
        planned_start=b.start,
        planned_seconds=b.seconds,
        projected_start=p_start,
        projected_end=p_end,
        actual_start=actual_start,
        actual_end=actual_end,
        added_seconds=added,
        fixed_start=fixed,
        status=status,
        overlap_seconds=overlap,
        delay_minutes=(p_start - b.start).total_seconds() / 60,
        elapsed_seconds=elapsed,
        warn_seconds=warn,
        danger_seconds=danger,
    )


def fold(
    blocks: Sequence[BlockData], actions: Sequence[ActionRecord], now: datetime, timezone: str = "Europe/Oslo"
) -> LiveState:
    """The live state at ``now``: the whole pipeline in one call (tests, report, one-off use)."""
    return project(prepare(blocks, timezone), replay(actions), now)
