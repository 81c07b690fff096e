"""Helpers shared by the benches: percentiles and an event-loop stall probe.

Import as ``from _common import …`` (a bench runs as a script, so ``bench/`` is on ``sys.path``).
Qt is imported only by :class:`StallProbe`, so Qt-free benches stay Qt-free.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path


def percentile(values: list[float], p: float) -> float:
    """The ``p``-th percentile (0–100) by nearest rank; NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))]


def median_ms(fn: Callable[[], object], repeat: int, *, warm_up: bool = False) -> float:
    """Median wall time of ``fn()`` over ``repeat`` calls, in milliseconds; ``warm_up`` makes one untimed
    call first (imports, connection set-up code paths)."""
    if warm_up:
        fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def exit_now(code: int) -> None:
    """Flush and leave without interpreter teardown: PySide6 + qasync can crash while collecting Qt
    objects at exit, after every figure is printed (and OBS is stopped)."""
    sys.stdout.flush()
    os._exit(code)


class StallProbe:
    """A timer on the GUI thread firing every ``interval_ms``: ``gaps`` holds the seconds between fires,
    ``late_ms`` how late each fire is against its own schedule, ``at`` the ``perf_counter`` of each fire.
    A long gap is the event loop stalled. ``precise`` asks Qt for a precise (not coarse) timer."""

    def __init__(self, interval_ms: int = 10, *, precise: bool = False) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.interval_ms = interval_ms
        self.gaps: list[float] = []
        self.late_ms: list[float] = []
        self.at: list[float] = []
        self.timer = QTimer()
        if precise:
            self.timer.setTimerType(Qt.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._fire)
        self._last = time.perf_counter()

    def reset(self) -> None:
        """Forget what was measured; the next gap counts from now."""
        self.gaps.clear()
        self.late_ms.clear()
        self.at.clear()
        self._last = time.perf_counter()

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def worst_gap(self) -> float:
        return max(self.gaps or [0.0])

    def _fire(self) -> None:
        now = time.perf_counter()
        gap = now - self._last
        self.gaps.append(gap)
        self.late_ms.append(max(0.0, gap * 1000 - self.interval_ms))
        self.at.append(now)
        self._last = now


def seed_event_today(path: Path) -> None:
    """An event file at ``path`` with seed 001's agenda moved to today (Oslo), for benches that need a day
    that runs now."""
    from dataclasses import replace
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from controlroom.importers import read_agenda
    from controlroom.models import EventStore
    from controlroom.models.agenda_repo import AgendaRepository

    draft = read_agenda(Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "seed001_sessionlab.txt")
    today = datetime.now(ZoneInfo("Europe/Oslo")).date()
    draft.blocks = [replace(b, day=today) for b in draft.blocks]
    store = EventStore.open(path, create=True, backup=False)
    AgendaRepository(store).import_draft(draft)
    store.close()
