"""When cues are due, and what has happened to each: a pure computation over the cues, the live state,
the run log's ``cue.*`` rows and the clock. ``CueRunner`` (``cues/runner.py``) does the firing.

Due instants:
- ``start``: the block's actual start (before it starts, its projected start is shown as expected);
- ``end``: the block's actual end (expected: its projected end);
- ``before_end``: projected end minus the offset while the block runs (if the block ends earlier,
  its actual end);
- ``manual``: never by itself; the GO key fires it.

Never twice, never blindly: the run log's ``cue.firing`` is committed before any action is sent and
``cue.result`` after, so a cue with a firing row is never fired automatically again — if the result
is missing (the app died mid-cue) it shows as *uncertain*. A cue that fell due before this
scheduler started watching (the app was down) is logged as ``cue.missed`` and shown, never fired.
A cue due while all automatic cues were held, or more than ``max_lateness`` late, waits for GO.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from controlroom.clock import Clock, to_micros
from controlroom.cues.repository import CueRepository
from controlroom.cues.types import FINISHED, CueData, CueStatus, CueView, Trigger
from controlroom.live.runlog import ActionRecord, RunLog
from controlroom.live.state import BlockTiming, LiveState

FIRING = "cue.firing"
RESULT = "cue.result"
MISSED = "cue.missed"
SKIP = "cue.skip"
HOLD = "cue.hold"
CUE_KINDS = frozenset({FIRING, RESULT, MISSED, SKIP, HOLD})


@dataclass
class CueRecord:
    """The run log's story of one cue (the latest attempt wins)."""

    firing_id: int | None = None
    fired_at: datetime | None = None
    result: dict[str, Any] | None = None
    missed: bool = False
    skipped: bool = False
    attempts: int = 0

    @property
    def fired(self) -> bool:
        return self.firing_id is not None


@dataclass
class CueLogEntry:
    """One line of the cue log (from the run log)."""

    at: datetime
    kind: str
    cue_uid: str
    label: str
    ok: bool | None = None
    message: str = ""
    reason: str = ""
    results: list[dict[str, Any]] = field(default_factory=list)


class CueScheduler:
    def __init__(
        self,
        repo: CueRepository,
        runlog: RunLog,
        clock: Clock,
        *,
        watch_from: datetime | None = None,
        max_lateness: float = 90.0,
    ) -> None:
        self.repo = repo
        self.log = runlog
        self.clock = clock
        #: Cues due before this instant were due while nobody watched: missed, not fired.
        self.watch_from = watch_from or clock.now()
        self.max_lateness = timedelta(seconds=max_lateness)
        self._cues: list[CueData] = []
        self._records: dict[str, CueRecord] = {}
        self._entries: list[CueLogEntry] = []
        self._last_id = 0
        self.hold_all = False
        #: Cues due before this (the end of the last hold) wait for GO.
        self._armed_from = self.watch_from
        #: Cues this process is firing right now.
        self.in_flight: set[str] = set()
        self.reload()
        self.refresh_log()

    # -- inputs ----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the cues (after an edit)."""
        self._cues = self.repo.cues()

    @property
    def cues(self) -> list[CueData]:
        return list(self._cues)

    def refresh_log(self) -> bool:
        """Fold new ``cue.*`` rows of the run log (also those written by another process)."""
        new = self.log.since(self._last_id)
        if not new:
            return False
        for rec in new:
            self._fold(rec)
        self._last_id = new[-1].id
        return True

    def _fold(self, rec: ActionRecord) -> None:
        if rec.kind not in CUE_KINDS:
            return
        p = rec.payload
        if rec.kind == HOLD:
            on = bool(p.get("on"))
            if self.hold_all and not on:
                self._armed_from = max(self._armed_from, rec.at)
            self.hold_all = on
            self._entries.append(CueLogEntry(rec.at, rec.kind, "", "", reason="on" if on else "off"))
            return
        uid = str(p.get("cue_uid", ""))
        r = self._records.setdefault(uid, CueRecord())
        if rec.kind == FIRING:
            r.firing_id, r.fired_at, r.result = rec.id, rec.at, None
            r.attempts += 1
        elif rec.kind == RESULT:
            if p.get("firing_id") in (None, r.firing_id):
                r.result = dict(p)
        elif rec.kind == MISSED:
            r.missed = True
        elif rec.kind == SKIP:
            r.skipped = True
        self._entries.append(
            CueLogEntry(
                rec.at, rec.kind, uid, str(p.get("label", "")),
                ok=p.get("ok") if rec.kind == RESULT else None,
                message=str(p.get("message", "")),
                reason=str(p.get("reason", "")),
                results=list(p.get("results") or []),
            )
        )

    def record(self, cue_uid: str) -> CueRecord:
        return self._records.get(cue_uid, CueRecord())

    def log_entries(self) -> list[CueLogEntry]:
        return list(self._entries)

    # -- the computation ---------------------------------------------------------------------------
    @staticmethod
    def due_at(cue: CueData, t: BlockTiming) -> tuple[datetime | None, bool]:
        """(instant, actual): when the cue is due and whether that instant is known (vs. expected)."""
        if cue.trigger is Trigger.MANUAL:
            return None, False
        # A block followed by the clock (auto-follow) runs without an actual start: it began on plan.
        started = t.actual_start is not None or t.status in ("running", "done")
        ended = t.actual_end is not None or t.status == "done"
        start = t.actual_start or t.projected_start
        if cue.trigger is Trigger.START:
            return start, started
        end = t.actual_end or t.projected_end
        if cue.trigger is Trigger.END:
            return end, ended
        at = t.projected_end - timedelta(seconds=cue.offset_seconds)
        if ended:
            return min(at, end), True
        return at, started

    def views(self, state: LiveState) -> list[CueView]:
        """Every cue with its due instant and status, in agenda order (then trigger time, position)."""
        timings = {t.uid: t for t in state.timings}
        now = state.now
        out: list[CueView] = []
        for cue in self._cues:
            t = timings.get(cue.block_uid)
            if t is None:
                continue  # the block was deleted
            due, actual = self.due_at(cue, t)
            status, message = self._status(cue, t, due, actual, now, state)
            rec = self._records.get(cue.uid)
            out.append(CueView(cue, t.index, t.title, due, status, message, rec.fired_at if rec else None))
        order = {Trigger.START: 0, Trigger.MANUAL: 1, Trigger.BEFORE_END: 2, Trigger.END: 3}
        out.sort(key=lambda v: (v.block_index, order[v.cue.trigger], v.due_at or state.now, v.cue.position))
        return out

    def _status(
        self, cue: CueData, t: BlockTiming, due: datetime | None, actual: bool, now: datetime, state: LiveState
    ) -> tuple[CueStatus, str]:
        rec = self._records.get(cue.uid)
        if cue.uid in self.in_flight:
            return CueStatus.FIRING, ""
        if rec is not None and rec.fired:
            if rec.result is None:
                return CueStatus.UNCERTAIN, ""
            return (CueStatus.DONE if rec.result.get("ok") else CueStatus.FAILED), str(rec.result.get("message", ""))
        if rec is not None and rec.skipped:
            return CueStatus.SKIPPED, ""
        if rec is not None and rec.missed:
            return CueStatus.MISSED, ""
        if t.status == "skipped":
            return CueStatus.SKIPPED, ""
        if cue.trigger is Trigger.MANUAL:
            running = state.current_uid == cue.block_uid
            return (CueStatus.DUE if running else CueStatus.PENDING), ""
        if not actual or due is None or due > now:
            return CueStatus.PENDING, ""
        if due < self.watch_from:
            return CueStatus.MISSED, ""
        if self.hold_all or not cue.armed or self._before_armed(due) or now - due > self.max_lateness:
            return CueStatus.HELD, ""
        return CueStatus.DUE, ""

    def _before_armed(self, due: datetime) -> bool:
        """Due before (or at) the instant the last hold was lifted: it waits for GO."""
        return due <= self._armed_from if self._armed_from > self.watch_from else False

    def due(self, state: LiveState) -> list[CueView]:
        """Automatic cues to fire now, in order."""
        views = [v for v in self.views(state) if v.status is CueStatus.DUE and v.cue.automatic]
        views.sort(key=lambda v: (v.due_at, v.block_index, v.cue.position))
        return views

    def newly_missed(self, state: LiveState) -> list[CueView]:
        """Cues computed as missed that have no ``cue.missed`` row yet (the runner logs them)."""
        return [
            v for v in self.views(state)
            if v.status is CueStatus.MISSED and not self.record(v.cue.uid).missed and v.cue.automatic
        ]

    def go_queue(self, state: LiveState) -> list[CueView]:
        """What GO fires, first first: held cues, then the current block's manual cues, then later manual cues."""
        views = self.views(state)
        held = [v for v in views if v.status is CueStatus.HELD]
        current = state.current_index if state.current_index is not None else (state.next_index or 0)
        manual = [
            v for v in views
            if v.cue.trigger is Trigger.MANUAL and v.status in (CueStatus.DUE, CueStatus.PENDING)
            and v.block_index >= current
        ]
        return held + manual

    def upcoming(self, state: LiveState, limit: int = 50) -> list[CueView]:
        """Cues not finished yet, for the countdown list."""
        return [v for v in self.views(state) if v.status not in FINISHED][:limit]

    def next_wake(self, state: LiveState) -> datetime | None:
        """The next instant an automatic cue falls due (for a single-shot timer), if known."""
        pending = [v.due_at for v in self.views(state)
                   if v.status is CueStatus.PENDING and v.due_at is not None and v.cue.automatic
                   and v.due_at > state.now]
        return min(pending) if pending else None


def payload_for_firing(cue: CueData, reason: str, describe: Iterable[str]) -> dict[str, Any]:
    return {
        "cue_uid": cue.uid,
        "label": cue.title(),
        "trigger": cue.trigger.value,
        "actions": cue.actions_json(),
        "describe": list(describe),
        "reason": reason,
    }


__all__ = ["CUE_KINDS", "FIRING", "HOLD", "MISSED", "RESULT", "SKIP", "CueLogEntry", "CueRecord", "CueScheduler",
           "payload_for_firing", "to_micros"]
