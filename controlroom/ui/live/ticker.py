"""One "second ticker" for every live display: it fires just after the displayed second flips.

Instead of a periodic tick, a single-shot precise timer is rescheduled after every fire to the next
whole-second boundary of the remaining time, computed from the clock each time. The displayed
second therefore flips within a few milliseconds of the true boundary, errors never add up, and
the process sleeps between flips. With nothing running and nothing asking for the wall clock the
timer is stopped altogether.

Several displays share one ticker per clock: the live state's countdown, wall-clock displays
(``want_wall_seconds``) and displays with countdowns of their own (``want_changes``: the room board's
group rooms). Every listener repaints on ``ticked``; each repaint is computed from the clock, so a fire
meant for another listener changes nothing it shows.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from controlroom.live.state import LiveState
from controlroom.ui.live.timefmt import remaining_at, seconds_to_next_flip

#: Fire this long after the computed boundary, so the display is already past it.
MARGIN_MS = 1


class SecondTicker(QObject):
    ticked = Signal()

    def __init__(self, clock: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self._state: LiveState | None = None
        self._wall: dict[str, int] = {}
        self._changes: dict[str, Callable[[datetime], float | None]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._fire)

    # -- inputs -------------------------------------------------------------------------------
    def set_state(self, state: LiveState) -> None:
        self._state = state
        self.reschedule()

    def want_wall_seconds(self, key: str, on: bool, period: int = 1) -> None:
        """A display that shows something moving with the wall clock (a clock, a brief flash)
        keeps the ticker going on whole wall-clock seconds (or whole minutes with ``period=60``)
        while it asks for it."""
        if on:
            self._wall[key] = period
        else:
            self._wall.pop(key, None)
        self.reschedule()

    def want_changes(self, key: str, next_change: Callable[[datetime], float | None] | None) -> None:
        """A display with countdowns of its own: ``next_change(now)`` gives the seconds to its next
        displayed change (None while nothing of it moves). ``None`` for ``next_change`` removes it."""
        if next_change is None:
            self._changes.pop(key, None)
        else:
            self._changes[key] = next_change
        self.reschedule()

    # -- scheduling -----------------------------------------------------------------------------
    def seconds_to_next_fire(self, now: datetime | None = None) -> float | None:
        """Seconds from ``now`` to the next displayed change, or None when nothing moves."""
        now = now or self.clock.now()
        candidates: list[float] = []
        st = self._state
        if st is not None and st.running:
            candidates.append(seconds_to_next_flip(remaining_at(st, now)))
        for period in set(self._wall.values()):
            frac = now.timestamp() % period
            candidates.append(period - frac if frac > 1e-6 else float(period))
        for next_change in self._changes.values():
            seconds = next_change(now)
            if seconds is not None:
                candidates.append(max(0.0, seconds))
        return min(candidates) if candidates else None

    def next_interval_ms(self, now: datetime | None = None) -> int | None:
        seconds = self.seconds_to_next_fire(now)
        if seconds is None:
            return None
        return math.ceil(seconds * 1000) + MARGIN_MS

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def reschedule(self) -> None:
        interval = self.next_interval_ms()
        if interval is None:
            self._timer.stop()
        else:
            self._timer.start(interval)

    def stop(self) -> None:
        self._state = None
        self._wall.clear()
        self._changes.clear()
        self._timer.stop()

    def _fire(self) -> None:
        self.ticked.emit()
        self.reschedule()
