"""A tiny threaded HTTP(S) server on 127.0.0.1 for the platform stubs.

Each stub subclasses :class:`Stub` and implements ``handle(method, path, query, headers, body)``
returning ``(status, body_obj_or_bytes, headers)``. Faults are queued with ``fail_next(kind)``:
``"429"``, ``"500"``, ``"hang"`` (waits until the stub stops; the client's timeout must fire).
"""

from __future__ import annotations

import json
import ssl
import threading
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


class Stub:
    def __init__(self, ssl_context: ssl.SSLContext | None = None) -> None:
        self.faults: deque[str] = deque()
        self.retry_after = "1"
        self.requests: list[tuple[str, str]] = []
        self._stop = threading.Event()
        self._ssl = ssl_context
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _do(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                stub.requests.append((self.command, parts.path))
                fault = stub.faults.popleft() if stub.faults and stub.applies(parts.path) else None
                if fault == "hang":
                    stub._stop.wait(120)
                    return
                if fault == "429":
                    status, body, headers = 429, stub.rate_limit_body(), {"Retry-After": stub.retry_after}
                elif fault == "500":
                    status, body, headers = 500, stub.server_error_body(), {}
                else:
                    query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
                    status, body, headers = stub.handle(self.command, parts.path, query, self.headers, raw)
                if isinstance(body, dict | list):
                    data = json.dumps(body).encode()
                    headers.setdefault("Content-Type", "application/json")
                else:
                    data = body or b""
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PATCH = do_DELETE = _do  # noqa: N815

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        if ssl_context is not None:
            self.server.socket = ssl_context.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        return f"{'https' if self._ssl else 'http'}://127.0.0.1:{self.port}"

    def start(self) -> Stub:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self.server.shutdown()
        self.server.server_close()

    def fail_next(self, *kinds: str) -> None:
        self.faults.extend(kinds)

    # -- to override ------------------------------------------------------------------------
    def applies(self, path: str) -> bool:
        """Whether queued faults apply to this path (stubs keep the token endpoint out of it)."""
        return True

    def rate_limit_body(self) -> Any:
        return {"code": 429, "message": "Too many requests."}

    def server_error_body(self) -> Any:
        return {"code": 500, "message": "Internal server error."}

    def handle(self, method: str, path: str, query: dict[str, str], headers: Any,
               body: bytes) -> tuple[int, Any, dict[str, str]]:
        raise NotImplementedError


def refused_url() -> str:
    """An address on 127.0.0.1 where nothing listens (the port was just freed)."""
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return f"http://127.0.0.1:{port}"
