"""Injected clocks. Live state is computed from the run log and a clock, never counted by ticks."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FakeClock:
    """A clock tests move by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2024, 5, 6, 7, 0, tzinfo=UTC)
        if self._now.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")

    def now(self) -> datetime:
        return self._now

    def set(self, instant: datetime) -> None:
        self._now = instant

    def advance(self, seconds: float = 0, **kwargs: float) -> datetime:
        self._now += timedelta(seconds=seconds, **kwargs)
        return self._now


def to_micros(instant: datetime) -> int:
    """UTC microseconds since the epoch: how instants are stored (dialect-neutral, ordered)."""
    if instant.tzinfo is None:
        raise ValueError("naive datetime")
    return int(round(instant.timestamp() * 1_000_000))


def from_micros(us: int) -> datetime:
    return datetime.fromtimestamp(us / 1_000_000, UTC)


def monotonic() -> float:
    return time.monotonic()
