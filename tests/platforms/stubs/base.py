"""The platform stubs' base on the shared stub server (``tests/support/http_stub.py``): HTTP(S) on
127.0.0.1 with its faults, queued with ``fail_next(kind)`` (``"429"``, ``"500"``, ``"hang"`` …).

Each stub subclasses :class:`Stub` and implements ``handle(method, path, query, headers, body)``
returning ``(status, body_obj_or_bytes, headers)``; requests are kept as ``(method, path)`` in
``requests`` and in full in ``calls`` (:class:`Call`: the decoded query too, and when it arrived), and
every answer's status and the moment it left in ``sent``, so a test can see which query a client sent
and measure how long it really waited after a 429 (:meth:`Stub.waited_after`).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import SplitResult, parse_qs

from tests.support.http_stub import HttpStub, Reply, refused_url

__all__ = ["Call", "Stub", "refused_url"]


@dataclass(frozen=True)
class Call:
    method: str
    path: str
    query: dict[str, str] = field(default_factory=dict)
    arrived: float = 0.0  # time.monotonic() when the request came in


class Stub(HttpStub):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.calls: list[Call] = []
        #: (time.monotonic() as the answer left, its status, the request's path).
        self.sent: list[tuple[float, int, str]] = []
        self._stamp_lock = threading.Lock()

    def record(self, method: str, url: SplitResult, headers: Any, body: bytes) -> None:
        query = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        with self._stamp_lock:
            self.requests.append((method, url.path))
            self.calls.append(Call(method, url.path, query, time.monotonic()))

    def _serve(self, method: str, url: SplitResult, headers: Any, body: bytes) -> Reply | None:
        reply = super()._serve(method, url, headers, body)
        if reply is not None:  # stamped before the bytes go out: the client cannot have them earlier
            with self._stamp_lock:
                self.sent.append((time.monotonic(), reply[0], url.path))
        return reply

    def waited_after(self, status: int, path_prefix: str = "/") -> list[float]:
        """For each answer with ``status`` on a path under ``path_prefix``: the seconds until the next
        request on such a path arrived, i.e. how long the client held back before trying again."""
        with self._stamp_lock:
            sent, calls = list(self.sent), list(self.calls)
        waits = []
        for at, code, path in sent:
            if code != status or not path.startswith(path_prefix):
                continue
            later = [c.arrived for c in calls if c.arrived > at and c.path.startswith(path_prefix)]
            if later:
                waits.append(min(later) - at)
        return waits

    def reply(self, method: str, url: SplitResult, headers: Any, body: bytes, *, malformed: bool,
              recorded: Any) -> Reply:
        query = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        return self.handle(method, url.path, query, headers, body)

    # -- to override ------------------------------------------------------------------------
    def rate_limit_body(self) -> Any:
        return {"code": 429, "message": "Too many requests."}

    def server_error_body(self) -> Any:
        return {"code": 500, "message": "Internal server error."}

    def handle(self, method: str, path: str, query: dict[str, str], headers: Any,
               body: bytes) -> tuple[int, Any, dict[str, str]]:
        raise NotImplementedError
