"""The Qt side of the live service: re-emits its plain-Python callback as a signal and turns
refused actions into a message instead of an exception.

Every button, shortcut and menu entry acts through ``perform``: the service appends the action
to the run log (committed) and only then calls back, so the screen changes after the commit.
"""

from __future__ import annotations

import logging
from concurrent.futures import Executor
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from controlroom.errors import ActionRefused, ControlroomError
from controlroom.live.state import LiveState

log = logging.getLogger(__name__)

#: How often the projection of an overrunning or clock-following day is moved on, in milliseconds.
SYNC_INTERVAL_MS = 2000
#: While a block runs, the timeline's projected times are re-folded this often (they move with
#: the clock in overtime); displays between folds extrapolate from the last state.
REFOLD_SECONDS = 15.0


class LiveBridge(QObject):
    state_changed = Signal(object)  # LiveState
    refused = Signal(str)  # the Norwegian message of a refused action
    #: True while actions wait for their commit (the window shows them as pending), False after.
    pending = Signal(bool)
    _committed = Signal()  # from the writer thread, queued to the GUI thread

    def __init__(
        self,
        service: Any,
        clock: Any,
        parent: QObject | None = None,
        *,
        sync: bool = True,
        writer: Executor | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.clock = clock
        #: Where actions run: one writer thread in the app (the window never waits on storage, and
        #: actions keep their order); None runs them at once, on the caller's thread.
        self.writer = writer
        self._waiting = 0
        self._committed.connect(self._after_commit)
        #: Why actions are refused right now (the shared database is gone), or None.
        self.offline_reason: str | None = None
        #: Whether the bridge still lives (a commit that returns after the window closed tells no one).
        alive = self._alive = [True]
        self.destroyed.connect(lambda: alive.__setitem__(0, False))
        self._state: LiveState = service.state()
        self._unsubscribe = service.subscribe(self._on_state)
        self._sync = QTimer(self)
        self._sync.setInterval(SYNC_INTERVAL_MS)
        self._sync.timeout.connect(self.sync)
        if sync:
            self._sync.start()
        #: Fires when the shown message's lifetime runs out, so every screen drops it on time.
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self._message_expired)
        self._schedule_expiry(self._state)

    @property
    def state(self) -> LiveState:
        return self._state

    def perform(self, action: str, *args: Any) -> bool:
        """Run one service action; a refused action emits ``refused`` and changes nothing. With a
        writer thread the action is queued there (True: accepted) and shown once committed."""
        if self.offline_reason is not None:  # refused at once: nothing queues behind a lost database
            self.refused.emit(self.offline_reason)
            return False
        if self.writer is None:
            return self._perform_now(action, *args)
        self._waiting += 1
        if self._waiting == 1:
            self.pending.emit(True)
        future = self.writer.submit(self._perform_now, action, *args)
        alive = self._alive
        future.add_done_callback(lambda _f: self._committed.emit() if alive[0] else None)
        return True

    def set_offline(self, reason: str | None) -> None:
        """Refuse every action with ``reason`` until called with None."""
        self.offline_reason = reason

    @property
    def busy(self) -> bool:
        """Whether actions wait for their commit."""
        return self._waiting > 0

    def _after_commit(self) -> None:
        self._waiting -= 1
        if self._waiting == 0:
            self.pending.emit(False)

    def _perform_now(self, action: str, *args: Any) -> bool:
        try:
            getattr(self.service, action)(*args)
        except ActionRefused as exc:
            self.refused.emit(str(exc))
            return False
        except ControlroomError as exc:  # e.g. the event file went away: say so, never crash
            log.warning("live action %s failed: %s", action, exc)
            self.refused.emit(str(exc))
            return False
        return True

    def sync(self) -> None:
        """Re-fold when time alone moves the projection (other processes' actions arrive through the
        change feed, not here)."""
        st = self._state
        age = (self.clock.now() - st.now).total_seconds()
        moving = st.auto_follow or (st.running and (age >= REFOLD_SECONDS or st.remaining_seconds - age < 0))
        if moving or self._message_due(st):
            self._on_state(self.service.state())

    def _message_due(self, state: LiveState) -> bool:
        expires = state.message_expires_at
        return bool(state.message) and expires is not None and self.clock.now() >= expires

    def _message_expired(self) -> None:
        if self._message_due(self._state):
            self._on_state(self.service.state())
        else:
            self._schedule_expiry(self._state)  # the clock is behind the timer (or moved): try again

    def _schedule_expiry(self, state: LiveState) -> None:
        if not state.message or state.message_expires_at is None:
            self._expiry.stop()
            return
        left = (state.message_expires_at - self.clock.now()).total_seconds()
        self._expiry.start(max(0, min(int(left * 1000) + 20, SYNC_INTERVAL_MS * 30)))

    def reload(self) -> None:
        self._on_state(self.service.state())

    def close(self) -> None:
        self._alive[0] = False
        self._sync.stop()
        self._expiry.stop()
        self._unsubscribe()

    def _on_state(self, state: LiveState) -> None:
        self._state = state
        self._schedule_expiry(state)
        self.state_changed.emit(state)
