"""The adapter framework's plain data: connection states, backoff, actions, results and status.
Re-exported by ``integrations.base`` (import from there)."""

from __future__ import annotations

import random
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class ConnectionState(StrEnum):
    CONNECTED = "connected"
    #: Reachable but not fully healthy (a call failed, rate limited, fire-and-forget without feedback...).
    DEGRADED = "degraded"
    DOWN = "down"
    CONNECTING = "connecting"
    #: Switched off in the settings; nothing is attempted.
    DISABLED = "disabled"


@dataclass(frozen=True)
class Backoff:
    """Capped exponential backoff with jitter: ``initial·factor^attempt``, ±``jitter`` share, at most ``cap``."""

    initial: float = 0.5
    factor: float = 2.0
    cap: float = 30.0
    jitter: float = 0.2

    def delay(self, attempt: int, rng: random.Random | None = None) -> float:
        base = min(self.cap, self.initial * (self.factor ** max(0, attempt)))
        spread = base * self.jitter
        value = base + (rng or random).uniform(-spread, spread)
        return max(0.0, min(self.cap, value))


@dataclass(frozen=True)
class Action:
    """One adapter action, as stored in a cue: ``adapter`` is the adapter's name (e.g. "obs"),
    ``kind`` the action (``scene``, ``start_stream``, ``press``…), ``params`` its arguments."""

    adapter: str
    kind: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"adapter": self.adapter, "kind": self.kind, "params": dict(self.params)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Action:
        return cls(str(data["adapter"]), str(data["kind"]), dict(data.get("params") or {}))


@dataclass(frozen=True)
class ActionResult:
    ok: bool
    message: str = ""
    data: Mapping[str, Any] = field(default_factory=dict)
    attempts: int = 1
    error_kind: str | None = None
    #: Seconds the call took (all attempts).
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "message": self.message,
            "attempts": self.attempts,
            "error_kind": self.error_kind,
            "seconds": round(self.seconds, 3),
        }


@dataclass(frozen=True)
class AdapterStatus:
    state: ConnectionState
    reason: str = ""
    #: ``time.monotonic()`` when this state began.
    since: float = field(default_factory=time.monotonic)
    #: Seconds until the next reconnect attempt, when one is scheduled.
    retry_in: float | None = None
    #: Adapter-specific live figures (OBS: stream state, duration, congestion, skipped frames...).
    detail: Mapping[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.state is ConnectionState.CONNECTED


@dataclass(frozen=True)
class ActionSpec:
    """Describes an action kind for editors: ``params`` are (name, label) pairs; ``safe`` = may be retried."""

    kind: str
    label: str
    params: tuple[tuple[str, str], ...] = ()
    safe: bool = True
