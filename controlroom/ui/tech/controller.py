"""The Qt side of cues and adapters: re-emits the core's callbacks as signals and runs every network
call as a task on the qasync loop, so a hanging adapter never blocks the window.

It evaluates the cues after every live-state change and on a single-shot timer at the next instant a
cue falls due (no periodic polling). Errors become a ``message`` signal, never an exception dialog.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from controlroom.cues.runner import CueRunner
from controlroom.cues.scheduler import CueScheduler
from controlroom.cues.types import CueData, CueView
from controlroom.integrations.base import Adapter, AdapterRegistry, AdapterStatus
from controlroom.live.state import LiveState
from controlroom.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

#: Longest single-shot wait before re-evaluating (projected ends move with the clock in overtime).
MAX_WAIT_MS = 15_000


class CueController(QObject):
    #: The cues, their statuses or the cue log changed: views re-read.
    changed = Signal()
    #: An adapter's status changed: (adapter name, AdapterStatus).
    adapter_status = Signal(str, object)
    #: A message for the status bar (a fired cue, an error).
    message = Signal(str)
    #: A test-connection finished: (adapter name, ok, message).
    tested = Signal(str, bool, str)

    def __init__(
        self,
        scheduler: CueScheduler,
        runner: CueRunner,
        registry: AdapterRegistry,
        live: Any,
        loop: asyncio.AbstractEventLoop,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.scheduler = scheduler
        self.runner = runner
        self.registry = registry
        self.live = live
        self.loop = loop
        self.tasks = TaskRunner(loop, lambda text: self.message.emit(self.tr("Feil: {error}").format(error=text)))
        self._state: LiveState = live.state()
        self._wake = QTimer(self)
        self._wake.setSingleShot(True)
        self._wake.setTimerType(Qt.TimerType.PreciseTimer)
        self._wake.timeout.connect(self.evaluate_now)
        self._unsubs = [live.subscribe(self._on_live), runner.subscribe(self.changed.emit)]
        for adapter in registry:
            self.watch_adapter(adapter)

    # -- state ---------------------------------------------------------------------------------------
    @property
    def state(self) -> LiveState:
        return self._state

    def current_state(self) -> LiveState:
        """The live state at the clock's now (cheap; for countdowns)."""
        return self.live.state()

    def views(self) -> list[CueView]:
        return self.scheduler.views(self.current_state())

    def watch_adapter(self, adapter: Adapter) -> None:
        remove = adapter.subscribe(lambda a, st: self.adapter_status.emit(a.name, st))
        self._unsubs.append(remove)

    def _on_live(self, state: LiveState) -> None:
        self._state = state
        self.evaluate_now()

    # -- running coroutines on the loop ----------------------------------------------------------------
    def spawn(self, coro: Coroutine) -> asyncio.Task:
        """Run ``coro`` on the loop (its errors reach the status bar through ``message``)."""
        return self.tasks.run(coro)

    # -- evaluation ------------------------------------------------------------------------------------
    def evaluate_now(self) -> None:
        self.spawn(self._evaluate())

    async def _evaluate(self) -> None:
        state = self.live.state()
        outcomes = await self.runner.evaluate(state)
        for o in outcomes:
            self.message.emit(self._outcome_text(o.cue, o.ok, o.message))
        self.changed.emit()
        self._schedule_wake(self.live.state())

    def _schedule_wake(self, state: LiveState) -> None:
        wake: datetime | None = self.scheduler.next_wake(state)
        if wake is None:
            ms = MAX_WAIT_MS if state.running else None
        else:
            ms = min(MAX_WAIT_MS, max(0, int((wake - state.now).total_seconds() * 1000) + 5))
        if ms is None:
            self._wake.stop()
        else:
            self._wake.start(ms)

    def _outcome_text(self, cue: CueData, ok: bool, message: str) -> str:
        if ok:
            return self.tr("Cue «{cue}»: {message}").format(cue=cue.title(), message=message)
        return self.tr("Cue «{cue}» feilet: {message}").format(cue=cue.title(), message=message)

    # -- the tech host's actions -----------------------------------------------------------------------
    def go(self) -> asyncio.Task:
        return self.spawn(self._go())

    async def _go(self) -> None:
        outcome = await self.runner.go(self.live.state())
        if outcome is None:
            self.message.emit(self.tr("Ingen cue venter på GO."))
        else:
            self.message.emit(self._outcome_text(outcome.cue, outcome.ok, outcome.message))

    def fire(self, cue: CueData) -> asyncio.Task:
        async def run() -> None:
            outcome = await self.runner.fire(cue, "go")
            self.message.emit(self._outcome_text(outcome.cue, outcome.ok, outcome.message))

        return self.spawn(run())

    def skip(self, cue: CueData) -> None:
        self.runner.skip(cue)

    def set_hold(self, on: bool) -> None:
        self.runner.set_hold(on)
        self.evaluate_now()

    def next_go(self) -> CueView | None:
        return self.runner.next_go(self.live.state())

    def test_adapter(self, name: str) -> asyncio.Task | None:
        adapter = self.registry.get(name)
        if adapter is None:
            return None

        async def run() -> None:
            res = await adapter.test_connection()
            self.tested.emit(name, res.ok, res.message)

        return self.spawn(run())

    def cues_edited(self) -> None:
        """The cue list changed (editor, proposals): re-read and re-evaluate."""
        self.scheduler.reload()
        self.changed.emit()
        self._schedule_wake(self.live.state())

    def start_adapters(self) -> None:
        for adapter in self.registry:
            if adapter.enabled:
                adapter.start()

    async def shutdown(self) -> None:
        self._wake.stop()
        for unsub in self._unsubs:
            unsub()
        self.tasks.cancel_all()
        await self.registry.close_all()

    def statuses(self) -> dict[str, AdapterStatus]:
        return {a.name: a.status for a in self.registry}
