"""HTTP stubs on 127.0.0.1 for vMix, Companion and a webhook receiver, built from the documented APIs,
on the shared stub server (``tests/support/http_stub.py``) and the faults each service can show:
``hang`` (accepts, never answers), ``429`` (with Retry-After), ``500``, ``403``/``401``, ``malformed`` (a
reply that is not what the API documents). ``fault_times`` limits how many requests get the fault (then
the stub behaves again), for retry tests."""

from __future__ import annotations

import base64
import json
from typing import Any
from urllib.parse import SplitResult, parse_qs, unquote

from tests.support.http_stub import HttpStub, Reply, free_port, refused_port

__all__ = ["CompanionStub", "StubServer", "VmixStub", "WebhookReceiver", "free_port", "refused_port"]


class StubServer(HttpStub):
    """A device stub: keeps each request as a dict and answers through ``respond(req, malformed)``."""

    def record(self, method: str, url: SplitResult, headers: Any, body: bytes) -> dict:
        req = {"method": method, "path": unquote(url.path), "query": parse_qs(url.query), "headers": dict(headers),
               "body": body}
        self.requests.append(req)
        return req

    def reply(self, method: str, url: SplitResult, headers: Any, body: bytes, *, malformed: bool,
              recorded: dict) -> Reply:
        status, payload, ctype = self.respond(recorded, malformed)
        return status, payload, {"Content-Type": ctype}

    def respond(self, req: dict, malformed: bool) -> tuple[int, bytes, str]:
        raise NotImplementedError


class VmixStub(StubServer):
    """vMix Web API: ``GET /api/`` → XML state; ``GET /api/?Function=…`` → 200 "Function completed
    successfully." or 500 for an unknown function or input; optional basic auth (401)."""

    FAULTS = frozenset({"hang", "500", "malformed"})  # no rate limit; 401 comes from its own basic auth
    FUNCTIONS = {"Cut", "Fade", "PreviewInput", "StartStreaming", "StopStreaming", "StartRecording",
                 "StopRecording", "AudioOn", "AudioOff"}

    def __init__(self, username: str | None = None, password: str | None = None) -> None:
        super().__init__()
        self.inputs = {"1": "Kamera 1", "2": "Kamera 2", "3": "Presentasjon"}
        self.active = "1"
        self.preview = "2"
        self.streaming = False
        self.recording = False
        self.auth = (username, password) if username else None

    def _xml(self) -> bytes:
        inputs = "".join(f'<input key="k{n}" number="{n}" type="Capture" title="{t}">{t}</input>'
                         for n, t in self.inputs.items())
        return (f'<vmix><version>27.0.0.49</version><edition>HD</edition><inputs>{inputs}</inputs>'
                f'<active>{self.active}</active><preview>{self.preview}</preview>'
                f'<streaming>{"True" if self.streaming else "False"}</streaming>'
                f'<recording>{"True" if self.recording else "False"}</recording></vmix>').encode()

    def _input(self, ref: str | None) -> str | None:
        if ref is None:
            return None
        if ref in self.inputs:
            return ref
        for n, t in self.inputs.items():
            if t == ref:
                return n
        return None

    def respond(self, req, malformed):
        if self.auth:
            header = req["headers"].get("Authorization", "")
            expected = "Basic " + base64.b64encode(f"{self.auth[0]}:{self.auth[1]}".encode()).decode()
            if header != expected:
                return 401, b"Unauthorized", "text/plain"
        if req["path"] not in ("/api", "/api/"):
            return 404, b"Not Found", "text/plain"
        if malformed:
            return 200, b"<vmix><version>27", "text/xml"
        q = {k: v[0] for k, v in req["query"].items()}
        fn = q.get("Function")
        if fn is None:
            return 200, self._xml(), "text/xml"
        if fn not in self.FUNCTIONS:
            return 500, b"Function not found", "text/plain"
        if fn in ("Cut", "Fade", "PreviewInput", "AudioOn", "AudioOff"):
            n = self._input(q.get("Input"))
            if n is None:
                return 500, b"Input not found", "text/plain"
            if fn in ("Cut", "Fade"):
                self.active = n
            elif fn == "PreviewInput":
                self.preview = n
        self.streaming = {"StartStreaming": True, "StopStreaming": False}.get(fn, self.streaming)
        self.recording = {"StartRecording": True, "StopRecording": False}.get(fn, self.recording)
        return 200, b"Function completed successfully.", "text/plain"


class CompanionStub(StubServer):
    """Companion ≥ 3.2 HTTP API as its server answers (``companion/lib/Service/HttpApi.ts``; the user
    guide's "HTTP Remote Control" lists the paths, not the statuses):

    - ``POST /api/location/<page>/<row>/<column>/press``: 200 ``ok``; a location without a button
      (empty, outside the grid, or not a number) answers **204** — the server sends "No control", but a
      204 carries no body, so the client gets none.
    - ``POST /api/custom-variable/<name>/value?value=…``: 200 ``ok``; 404 ``Not found`` for an unknown
      variable; 400 ``No value`` without a value. ``GET`` the same path: 200 the value, 404 ``Not found``.
    - Any other path under ``/api``: 404 with an empty body; the HTTP API switched off: 403, empty body.

    Companion has no authentication on this API and no rate limit: it never answers 401 or 429. A
    Companion before the location API (``location_api = False``) answers 404 to the press path.
    """

    FAULTS = frozenset({"hang", "500"})
    TEXT = "text/html; charset=utf-8"  # what Express sends with a string body

    def __init__(self) -> None:
        super().__init__()
        self.buttons = {(1, 0, 0), (1, 0, 1), (1, 2, 3), (2, 1, 1)}
        self.variables: dict[str, str] = {"scene": ""}
        self.pressed: list[tuple[int, int, int]] = []
        self.api_enabled = True
        self.location_api = True

    def respond(self, req, malformed):
        if not self.api_enabled:
            return 403, b"", self.TEXT
        parts = req["path"].strip("/").split("/")
        if (self.location_api and req["method"] == "POST" and len(parts) == 6
                and parts[:2] == ["api", "location"] and parts[5] == "press"):
            try:
                loc = (int(parts[2]), int(parts[3]), int(parts[4]))
            except ValueError:
                return 204, b"", self.TEXT  # Number("x") is NaN: no control there
            if loc not in self.buttons:
                return 204, b"", self.TEXT
            self.pressed.append(loc)
            return 200, b"ok", self.TEXT
        if len(parts) == 4 and parts[:2] == ["api", "custom-variable"] and parts[3] == "value":
            name = parts[2]
            if req["method"] == "POST":
                if "value" not in req["query"] and not req["body"]:
                    return 400, b"No value", self.TEXT
                if name not in self.variables:
                    return 404, b"Not found", self.TEXT
                self.variables[name] = req["query"].get("value", [req["body"].decode().strip()])[0]
                return 200, b"ok", self.TEXT
            if req["method"] == "GET":
                if name not in self.variables:
                    return 404, b"Not found", self.TEXT
                return 200, self.variables[name].encode(), self.TEXT
        return 404, b"", self.TEXT


class WebhookReceiver(StubServer):
    """Accepts JSON POSTs on any path and keeps them; ``malformed``: answers 200 with a non-JSON body."""

    def respond(self, req, malformed):
        if req["method"] != "POST":
            return 405, b"Method Not Allowed", "text/plain"
        try:
            json.loads(req["body"] or b"null")
        except ValueError:
            return 400, b"Bad Request", "text/plain"
        if malformed:
            return 200, b"<<not json>>", "application/json"
        return 200, b'{"ok": true}', "application/json"
