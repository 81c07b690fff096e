"""What keeps the phones' API safe: the cross-site check on every request that acts, the brake on
guessing codes (slowed, then locked, per device and per address) and the per-session token buckets
that throttle a flooding phone without touching anyone else. Plain Python, clocked by ``monotonic``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from aiohttp import web

#: Methods that change something: they must come from the page itself.
ACTING_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def cross_site(request: web.Request) -> bool:
    """Whether a request comes from another site: a browser says so in ``Sec-Fetch-Site``; older ones
    send ``Origin``, which must be this server's own scheme and host. A client that is no browser
    (no such header) cannot carry the participant's cookie from another page, so it passes."""
    site = request.headers.get("Sec-Fetch-Site")
    if site is not None and site not in ("same-origin", "none"):
        return True
    origin = request.headers.get("Origin")
    if origin is None:
        return False
    if origin == "null":
        return True
    return origin.rstrip("/").lower() != f"{request.scheme}://{request.host}".lower()


@dataclass
class _Tries:
    failures: list[float] = field(default_factory=list)
    locked_until: float = 0.0


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    #: When refused: seconds to wait, and whether it is the lock (not just the brake).
    wait_seconds: int = 0
    locked: bool = False


class GuessGuard:
    """Wrong codes per key (a device mark, an address) within ``window`` seconds: the first ``free``
    pass at once, then each try must wait 2, 4, 8 … (at most ``max_wait``) seconds after the last
    wrong one, and ``lock_after`` wrong ones lock the key for ``lock_seconds``. A right code does not
    wipe the count (else one real badge would reset an attacker's tries)."""

    def __init__(self, *, free: int = 5, lock_after: int = 15, window: float = 900.0, lock_seconds: float = 900.0,
                 max_wait: float = 60.0, now: Callable[[], float] = time.monotonic) -> None:
        self.free, self.lock_after, self.window = free, lock_after, window
        self.lock_seconds, self.max_wait, self.now = lock_seconds, max_wait, now
        self._keys: dict[str, _Tries] = {}

    def check(self, keys: list[str]) -> Verdict:
        now = self.now()
        worst = Verdict(True)
        for key in keys:
            t = self._keys.get(key)
            if t is None:
                continue
            t.failures = [f for f in t.failures if now - f < self.window]
            if t.locked_until > now:
                return Verdict(False, int(t.locked_until - now) + 1, True)
            extra = len(t.failures) - self.free
            if extra >= 0 and t.failures:
                wait = min(self.max_wait, 2.0 ** (extra + 1))
                left = t.failures[-1] + wait - now
                if left > 0 and left > worst.wait_seconds:
                    worst = Verdict(False, int(left) + 1)
        return worst

    def failed(self, keys: list[str]) -> None:
        now = self.now()
        for key in keys:
            t = self._keys.setdefault(key, _Tries())
            t.failures = [f for f in t.failures if now - f < self.window] + [now]
            if len(t.failures) >= self.lock_after:
                t.locked_until = now + self.lock_seconds
        if len(self._keys) > 50_000:  # a sweep of addresses must not grow the memory without bound
            self._keys = {k: v for k, v in self._keys.items() if v.locked_until > now or
                          any(now - f < self.window for f in v.failures)}


class TokenBucket:
    """``capacity`` actions at once, refilled at ``rate`` per second."""

    def __init__(self, capacity: float, rate: float, now: Callable[[], float] = time.monotonic) -> None:
        self.capacity, self.rate, self.now = capacity, rate, now
        self.tokens = capacity
        self.stamp = now()

    def take(self) -> bool:
        t = self.now()
        self.tokens = min(self.capacity, self.tokens + (t - self.stamp) * self.rate)
        self.stamp = t
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


#: Per session and kind of action: (burst, refill per second). An input every 10 s goes through
#: forever; a script sending as fast as it can gets 5 and then one every 4 s.
LIMITS: dict[str, tuple[float, float]] = {
    "input": (5, 0.25),
    "plus": (20, 2.0),
    "notes": (20, 2.0),
    "topic": (3, 1 / 30),
    "checkin": (10, 1.0),
}
