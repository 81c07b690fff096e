"""The one HTTP(S) stub server on 127.0.0.1 under every HTTP stub (vMix, Companion, webhook, Zoom,
Graph, MSAL). It runs in its own thread, so a hanging handler never touches the test's event loop.

Faults, for every request (``fault``, limited to the next ``fault_times`` requests when set) or queued
one-shot with ``fail_next(kind, …)``: ``"hang"`` (accepts, never answers until the stub stops; the
client's timeout must fire), ``"429"`` (with ``Retry-After``), ``"500"``, ``"401"``/``"403"`` (wrong
credentials), ``"malformed"`` (passed to the stub, which answers with what the API does not document).
A refused connection is :func:`refused_port`/:func:`refused_url`; TLS is an ``ssl_context`` (MSAL needs
https). Subclasses implement :meth:`HttpStub.reply` and may keep their own request records.

A stub offers only the faults its service can show (``FAULTS``): asking a stub for an answer the real
service never gives (a 429 from Companion, which has no rate limit) is an error in the test. The error
bodies (``unauthorized_body`` …) are the service's documented ones. ``arrivals`` holds the monotonic
time each request came in, so a test can measure how long a client waited between two requests.
"""

from __future__ import annotations

import json
import socket
import ssl
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar
from urllib.parse import SplitResult, urlsplit

Reply = tuple[int, Any, dict[str, str]]  # status, bytes or a JSON-able dict/list, headers


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def refused_port() -> int:
    """A port on 127.0.0.1 with nothing listening (connections are refused)."""
    return free_port()


def refused_url() -> str:
    """An address on 127.0.0.1 where nothing listens (the port was just freed)."""
    return f"http://127.0.0.1:{refused_port()}"


ALL_FAULTS = frozenset({"hang", "429", "500", "401", "403", "malformed"})
#: How much longer than ``Retry-After`` a client's wait may take on a busy machine before the test says
#: it ignored the header (a wait that honours it is at least ``Retry-After``; far longer is a bug too).
RETRY_SLACK = 2.0


class HttpStub:
    #: The faults this service can show; a stub narrows it to what its service documents.
    FAULTS: ClassVar[frozenset[str]] = ALL_FAULTS

    def __init__(self, ssl_context: ssl.SSLContext | None = None) -> None:
        self.requests: list = []
        self.arrivals: list[float] = []
        self._fault: str | None = None
        self.fault_times: int | None = None
        self.faults: deque[str] = deque()
        self.retry_after = "1"
        self._release = threading.Event()
        self._ssl = ssl_context
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                reply = stub._serve(self.command, urlsplit(self.path), self.headers, body)
                if reply is None:  # hung until the stub stops
                    return
                status, payload, headers = reply
                if isinstance(payload, dict | list):
                    data = json.dumps(payload).encode()
                    headers.setdefault("Content-Type", "application/json")
                else:
                    data = payload or b""
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if data:
                    self.wfile.write(data)

            do_GET = do_POST = do_PATCH = do_DELETE = _handle  # noqa: N815

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        if ssl_context is not None:
            self.server.socket = ssl_context.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        return f"{'https' if self._ssl else 'http'}://127.0.0.1:{self.port}"

    def start(self):
        self._thread.start()
        return self

    def stop(self) -> None:
        self._release.set()
        self.server.shutdown()
        self.server.server_close()

    @property
    def fault(self) -> str | None:
        return self._fault

    @fault.setter
    def fault(self, kind: str | None) -> None:
        if kind is not None:
            self._check_fault(kind)
        self._fault = kind

    def gap(self, first: int, second: int) -> float:
        """Seconds between the arrivals of request ``first`` and request ``second`` (0-based)."""
        return self.arrivals[second] - self.arrivals[first]

    def fail_next(self, *kinds: str) -> None:
        for kind in kinds:
            self._check_fault(kind)
        self.faults.extend(kinds)

    def _check_fault(self, kind: str) -> None:
        if kind not in self.FAULTS:
            raise ValueError(f"{type(self).__name__}: the service never answers {kind!r} "
                             f"(its faults: {', '.join(sorted(self.FAULTS))})")

    def _take_fault(self, path: str) -> str | None:
        if self.faults and self.applies(path):
            return self.faults.popleft()
        if self.fault is None:
            return None
        if self.fault_times is not None:
            if self.fault_times <= 0:
                return None
            self.fault_times -= 1
        return self.fault

    def _serve(self, method: str, url: SplitResult, headers: Any, body: bytes) -> Reply | None:
        self.arrivals.append(time.monotonic())
        recorded = self.record(method, url, headers, body)
        fault = self._take_fault(url.path)
        if fault == "hang":
            self._release.wait(120)
            return None
        if fault in ("429", "500", "401", "403"):
            status, payload = {"429": (429, self.rate_limit_body()), "500": (500, self.server_error_body()),
                               "401": (401, self.unauthorized_body()), "403": (403, self.forbidden_body())}[fault]
            extra = {"Content-Type": "text/plain"} if isinstance(payload, bytes) else {}
            if fault == "429":
                extra["Retry-After"] = self.retry_after
            return status, payload, extra
        return self.reply(method, url, headers, body, malformed=fault == "malformed", recorded=recorded)

    # -- to override ------------------------------------------------------------------------
    def record(self, method: str, url: SplitResult, headers: Any, body: bytes) -> Any:
        """Keep what came in (in ``self.requests``), before any fault; the record goes on to :meth:`reply`."""
        return None

    def applies(self, path: str) -> bool:
        """Whether faults apply to this path (stubs keep a token endpoint out of it)."""
        return True

    def rate_limit_body(self) -> Any:
        return b"Too Many Requests"

    def server_error_body(self) -> Any:
        return b"Internal Server Error"

    def unauthorized_body(self) -> Any:
        return b"Unauthorized"

    def forbidden_body(self) -> Any:
        return b"Forbidden"

    def reply(self, method: str, url: SplitResult, headers: Any, body: bytes, *, malformed: bool,
              recorded: Any) -> Reply:
        raise NotImplementedError
