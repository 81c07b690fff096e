"""Firing cues: log ``cue.firing`` (committed) → run the actions through the adapters → log ``cue.result``.

``CueRunner.evaluate(state)`` is called after every live-state change and on a single-shot timer at
the next due instant; it logs newly missed cues and fires due automatic cues one after the other,
in order. ``go(state)`` fires the head of the GO queue. Firing never raises for peer failures: the
result (per action) goes into the run log and the cue shows as failed with the adapter's message.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from controlroom.cues.scheduler import FIRING, HOLD, MISSED, RESULT, SKIP, CueScheduler, payload_for_firing
from controlroom.cues.types import CueData, CueView
from controlroom.i18n import tr
from controlroom.integrations.base import ActionResult, AdapterRegistry
from controlroom.live.state import LiveState
from controlroom.observable import Observable

log = logging.getLogger("controlroom.cues")


@dataclass(frozen=True)
class FireOutcome:
    cue: CueData
    ok: bool
    message: str
    results: tuple[dict[str, Any], ...]


class CueRunner:
    def __init__(self, scheduler: CueScheduler, registry: AdapterRegistry) -> None:
        self.scheduler = scheduler
        self.registry = registry
        self._lock = asyncio.Lock()
        self.changes: Observable[None] = Observable("cues")

    @property
    def log(self):
        return self.scheduler.log

    def subscribe(self, callback: Callable[[], None]) -> Callable[[], None]:
        """``callback()`` after every logged cue change (firing, result, missed, hold...)."""
        return self.changes.subscribe(lambda _none: callback())

    def _changed(self) -> None:
        self.scheduler.refresh_log()
        self.changes.emit(None)

    # -- decisions ---------------------------------------------------------------------------------
    async def evaluate(self, state: LiveState) -> list[FireOutcome]:
        """Log newly missed cues and fire every due automatic cue, in order."""
        async with self._lock:
            self.scheduler.refresh_log()
            missed = self.scheduler.newly_missed(state)
            for v in missed:
                self.log.append(MISSED, v.cue.block_uid, {
                    "cue_uid": v.cue.uid, "label": v.cue.title(),
                    "due_at": v.due_at.isoformat() if v.due_at else None,
                })
            if missed:
                self._changed()
            outcomes = []
            for view in self.scheduler.due(state):
                # Re-check against the log: another window may have fired it meanwhile.
                self.scheduler.refresh_log()
                if self.scheduler.record(view.cue.uid).fired:
                    continue
                if not self.scheduler.repo.claim(view.cue.uid, "auto", self.log.origin):
                    continue  # another window or machine on this event fires it
                outcomes.append(await self._fire(view.cue, "auto"))
            return outcomes

    async def go(self, state: LiveState) -> FireOutcome | None:
        """Fire the head of the GO queue (held cue, else the next manual cue)."""
        queue = self.scheduler.go_queue(state)
        if not queue:
            return None
        return await self.fire(queue[0].cue, "go")

    async def fire(self, cue: CueData, reason: str = "go") -> FireOutcome:
        async with self._lock:
            self.scheduler.refresh_log()
            return await self._fire(cue, reason)

    # -- the firing --------------------------------------------------------------------------------
    async def _fire(self, cue: CueData, reason: str) -> FireOutcome:
        describe = []
        for a in cue.actions:
            adapter = self.registry.get(a.adapter)
            describe.append(adapter.describe(a) if adapter else f"{a.adapter}: {a.kind}")
        firing = self.log.append(FIRING, cue.block_uid, payload_for_firing(cue, reason, describe))
        self.scheduler.in_flight.add(cue.uid)
        self._changed()
        results: list[dict[str, Any]] = []
        try:
            for action, text in zip(cue.actions, describe, strict=True):
                res: ActionResult = await self.registry.call(action)
                results.append({"action": action.to_dict(), "describe": text, **res.to_dict()})
        except asyncio.CancelledError:
            # Closing mid-cue: the firing row without a result shows as uncertain after restart.
            self.scheduler.in_flight.discard(cue.uid)
            raise
        ok = all(r["ok"] for r in results)
        failed = [r["message"] for r in results if not r["ok"]]
        if not cue.actions:
            message = tr("Påminnelse kvittert")
        elif ok:
            message = tr("Utført")
        else:
            message = "; ".join(failed)
        self.log.append(RESULT, cue.block_uid, {
            "cue_uid": cue.uid, "firing_id": firing.id, "label": cue.title(), "ok": ok,
            "message": message, "results": results, "reason": reason,
        })
        self.scheduler.in_flight.discard(cue.uid)
        self._changed()
        return FireOutcome(cue, ok, message, tuple(results))

    # -- the tech host's other decisions -------------------------------------------------------------
    def skip(self, cue: CueData) -> None:
        self.log.append(SKIP, cue.block_uid, {"cue_uid": cue.uid, "label": cue.title()})
        self._changed()

    def set_hold(self, on: bool) -> None:
        """Hold (True) or arm (False) every automatic cue. Cues due while held wait for GO."""
        if bool(on) != self.scheduler.hold_all:
            self.log.append(HOLD, None, {"on": bool(on)})
            self._changed()

    def next_go(self, state: LiveState) -> CueView | None:
        queue = self.scheduler.go_queue(state)
        return queue[0] if queue else None
