"""Signed-in phones, in memory: a random session id (the HttpOnly cookie) → whose code opened it.

A session remembers the code it was opened with: when the host gives the participant a new code
(``participants revoke-code``) the old one no longer matches and the phone is signed out. Sessions do
not survive a restart of the app; the phone signs in again with the code (the badge's QR link does it).
"""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass, field

from controlroom.phone.guard import LIMITS, TokenBucket

#: Most sessions held at once (the oldest unused go first): 300 participants with a few phones each.
MAX_SESSIONS = 10_000
#: A session unused this long is forgotten (seconds).
IDLE_SECONDS = 24 * 3600


@dataclass
class PhoneSession:
    id: str
    participant_id: int
    email: str
    code: str
    #: The phone's device mark (its own random cookie), as noted in the event at sign-in.
    device: str
    created: float = field(default_factory=time.monotonic)
    last_used: float = field(default_factory=time.monotonic)
    buckets: dict[str, TokenBucket] = field(default_factory=dict)

    def allow(self, action: str) -> bool:
        """Take a token of this session's bucket for ``action`` (a flood is refused, nobody else waits)."""
        bucket = self.buckets.get(action)
        if bucket is None:
            capacity, rate = LIMITS[action]
            bucket = self.buckets[action] = TokenBucket(capacity, rate)
        return bucket.take()


class SessionStore:
    def __init__(self) -> None:
        self._sessions: OrderedDict[str, PhoneSession] = OrderedDict()

    def open(self, participant_id: int, email: str, code: str, device: str) -> PhoneSession:
        sid = secrets.token_urlsafe(32)
        session = PhoneSession(sid, participant_id, email, code, device)
        self._sessions[sid] = session
        while len(self._sessions) > MAX_SESSIONS:
            self._sessions.popitem(last=False)
        return session

    def get(self, sid: str | None) -> PhoneSession | None:
        if not sid:
            return None
        session = self._sessions.get(sid)
        if session is None:
            return None
        now = time.monotonic()
        if now - session.last_used > IDLE_SECONDS:
            self._sessions.pop(sid, None)
            return None
        session.last_used = now
        self._sessions.move_to_end(sid)
        return session

    def close(self, sid: str) -> None:
        self._sessions.pop(sid, None)

    def close_stale(self, codes: dict[int, str], older_than: float) -> list[PhoneSession]:
        """Drop every session opened before ``older_than`` (when ``codes`` were read) whose code is no
        longer the participant's (revoked, purged, the person gone). A newer session was opened with
        a code read after ``codes`` and is left alone."""
        gone = [s for s in self._sessions.values()
                if s.created < older_than and codes.get(s.participant_id) != s.code]
        for s in gone:
            self._sessions.pop(s.id, None)
        return gone

    def __len__(self) -> int:
        return len(self._sessions)
