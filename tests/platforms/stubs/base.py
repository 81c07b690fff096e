"""The platform stubs' base on the shared stub server (``tests/support/http_stub.py``): HTTP(S) on
127.0.0.1 with its faults, queued with ``fail_next(kind)`` (``"429"``, ``"500"``, ``"hang"`` …).

Each stub subclasses :class:`Stub` and implements ``handle(method, path, query, headers, body)``
returning ``(status, body_obj_or_bytes, headers)``; requests are kept as ``(method, path)``.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import SplitResult, parse_qs

from tests.support.http_stub import HttpStub, Reply, refused_url

__all__ = ["Stub", "refused_url"]


class Stub(HttpStub):
    def record(self, method: str, url: SplitResult, headers: Any, body: bytes) -> None:
        self.requests.append((method, url.path))

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
