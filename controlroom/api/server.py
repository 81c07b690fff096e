"""The remote-control API: a small HTTP/1.1 server on asyncio (no Qt, no framework).

Bitfocus Companion's generic HTTP module, a Stream Deck or a second device drive the timer
through it. Every action goes through ``LiveService`` and thus the run log. Off by default; on
loopback unless the host allows the LAN, and then every request needs ``Authorization: Bearer``.
Before anything else ``api.guard`` checks ``Host``, ``Origin`` and the body's type, so no web page
the moderator visits can drive the timer. The schema is documented in ``docs/sections/live-core.md``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from urllib.parse import parse_qs, unquote, urlsplit

from controlroom.api.guard import Refused, RequestGuard, parse_index, parse_seconds, require_json_type
from controlroom.errors import ActionRefused
from controlroom.i18n import tr
from controlroom.live.service import LiveService
from controlroom.live.state import LiveState

log = logging.getLogger(__name__)

PREFIX = "/api/v1/"
MAX_HEADER_BYTES = 8 * 1024
MAX_BODY_BYTES = 16 * 1024
READ_TIMEOUT = 15.0
SIMPLE_ACTIONS = ("start", "pause", "resume", "next", "previous")


class HttpError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes = b""
    keep_alive: bool = True
    version: str = "HTTP/1.1"
    #: The address this connection reached (the server's side of the socket).
    local_address: str | None = None


@dataclass
class ApiServer:
    service: LiveService
    host: str = "127.0.0.1"
    port: int = 0
    #: When set, every request must carry ``Authorization: Bearer <token>``.
    token: str | None = None
    max_body: int = MAX_BODY_BYTES
    #: Called (on the loop) after each action the API performed, e.g. to log it in the UI.
    on_action: Callable[[str], None] | None = None
    #: Host names answered besides this machine's own (``CONTROLROOM_API_HOSTS`` adds more).
    extra_hosts: tuple[str, ...] = ()
    _server: asyncio.base_events.Server | None = field(default=None, init=False, repr=False)
    _guard: RequestGuard | None = field(default=None, init=False, repr=False)

    async def start(self) -> int:
        """Bind and listen; returns the port (the one picked when ``port`` is 0)."""
        self._server = await asyncio.start_server(self._handle, self.host, self.port, limit=MAX_HEADER_BYTES)
        self.port = self._server.sockets[0].getsockname()[1]
        self._guard = RequestGuard.for_server(self.host, self.port, self.extra_hosts)
        return self.port

    @property
    def url(self) -> str:
        host = "127.0.0.1" if self.host in ("0.0.0.0", "", "127.0.0.1") else self.host
        return f"http://{host}:{self.port}"

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)
            self._server = None

    # -- connection ---------------------------------------------------------------------------
    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    request = await asyncio.wait_for(self._read_request(reader), READ_TIMEOUT)
                except (asyncio.IncompleteReadError, ConnectionError, TimeoutError):
                    break
                except HttpError as exc:
                    await self._send(writer, exc.status, {"error": exc.message}, False, exc.headers)
                    break
                if request is None:
                    break
                sockname = writer.get_extra_info("sockname")
                request.local_address = str(sockname[0]) if sockname else None
                status, body, headers = self._dispatch(request)
                await self._send(writer, status, body, request.keep_alive, headers)
                if not request.keep_alive:
                    break
        except Exception:  # never let one connection take the server (or the app) down
            log.exception("API connection failed")
        finally:
            with contextlib.suppress(Exception):
                writer.close()
                await writer.wait_closed()

    async def _read_request(self, reader: asyncio.StreamReader) -> Request | None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError as exc:
            if not exc.partial.strip():
                return None
            raise HttpError(400, tr("Ufullstendig HTTP-forespørsel.")) from None
        except asyncio.LimitOverrunError:
            raise HttpError(413, tr("Forespørselens hode er for stort.")) from None
        try:
            lines = head.decode("latin-1").split("\r\n")
            method, target, version = lines[0].split(" ")
        except ValueError:
            raise HttpError(400, tr("Ugyldig forespørselslinje.")) from None
        if not version.startswith("HTTP/1."):
            raise HttpError(400, tr("Bare HTTP/1.x støttes."))
        headers: dict[str, str] = {}
        for line in lines[1:]:
            if not line:
                continue
            name, sep, value = line.partition(":")
            if not sep or not name.strip():
                raise HttpError(400, tr("Ugyldig hodelinje."))
            headers[name.strip().lower()] = value.strip()
        if "chunked" in headers.get("transfer-encoding", "").lower():
            raise HttpError(400, tr("Oppdelt overføring (chunked) støttes ikke; send Content-Length."))
        try:
            length = int(headers.get("content-length", "0") or "0")
        except ValueError:
            raise HttpError(400, tr("Content-Length må være et tall.")) from None
        if length < 0:
            raise HttpError(400, tr("Content-Length må være et tall."))
        if length > self.max_body:
            raise HttpError(413, tr("Innholdet er for stort (høyst {limit} byte).").format(limit=self.max_body))
        body = await reader.readexactly(length) if length else b""
        split = urlsplit(target)
        connection = headers.get("connection", "").lower()
        keep_alive = connection != "close" and (version == "HTTP/1.1" or connection == "keep-alive")
        query = parse_qs(split.query, keep_blank_values=True)
        return Request(method.upper(), unquote(split.path), query, headers, body, keep_alive, version)

    async def _send(
        self, writer: asyncio.StreamWriter, status: int, body: dict, keep_alive: bool, extra: dict[str, str] | None = None
    ) -> None:
        payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
        reason = HTTPStatus(status).phrase
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "Content-Length": str(len(payload)),
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
            "Connection": "keep-alive" if keep_alive else "close",
            **(extra or {}),
        }
        head = f"HTTP/1.1 {status} {reason}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
        writer.write(head.encode("latin-1") + payload)
        await writer.drain()

    # -- routing ------------------------------------------------------------------------------
    def _dispatch(self, req: Request) -> tuple[int, dict, dict[str, str]]:
        try:
            self._check_caller(req)
            self._authorize(req)
            return 200, api_state(self._route(req)), {}
        except HttpError as exc:
            return exc.status, {"error": exc.message}, exc.headers
        except Refused as exc:
            return exc.status, {"error": exc.message}, {}
        except ActionRefused as exc:
            return 409, {"error": str(exc)}, {}
        except Exception:  # a bug or a broken store answers 500 without its text (SQL, paths): that goes to the log
            log.exception("API request %s %s failed", req.method, req.path)
            return 500, {"error": tr("Intern feil i Kontrollrom; ingenting ble endret. Detaljene står i loggen.")}, {}

    def _check_caller(self, req: Request) -> None:
        """Host, Origin and the body's type, before the token and before any action."""
        guard = self._guard or RequestGuard.for_server(self.host, self.port, self.extra_hosts)
        guard.check_host(req.headers, req.local_address, req.version)
        guard.check_origin(req.headers, req.local_address)
        if req.method == "POST":
            takes_body = req.path.rstrip("/") == PREFIX + "message"
            require_json_type(req.headers, req.body, takes_body=takes_body)

    def _authorize(self, req: Request) -> None:
        if not self.token:
            return
        given = req.headers.get("authorization", "")
        scheme, _, value = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), self.token.encode()):
            raise HttpError(
                401,
                tr("Mangler eller feil token. Send «Authorization: Bearer <token>»."),
                {"WWW-Authenticate": 'Bearer realm="controlroom"'},
            )

    def _route(self, req: Request) -> LiveState:
        path = req.path.rstrip("/") if req.path != "/" else req.path
        if not path.startswith(PREFIX):
            raise HttpError(404, tr("Ukjent adresse: {path}").format(path=req.path))
        name = path[len(PREFIX) :]
        svc = self.service
        if name == "state":
            self._method(req, "GET")
            svc.refresh()
            return svc.state()
        if name in SIMPLE_ACTIONS:
            self._method(req, "POST")
            return self._act(name, lambda: getattr(svc, name)())
        if name.startswith("goto/") and name.count("/") == 1:
            self._method(req, "POST")
            index = parse_index(name.split("/", 1)[1])
            return self._act(name, lambda: svc.goto(index))
        if name == "time":
            self._method(req, "POST")
            values = req.query.get("add")
            if not values or len(values) != 1:
                raise HttpError(400, tr("Oppgi sekunder med ?add=SEKUNDER (negativt trekker fra)."))
            seconds = parse_seconds(values[0])
            return self._act(name, lambda: svc.add_time(seconds))
        if name == "message":
            self._method(req, "POST")
            text = _message_text(req.body)
            return self._act(name, lambda: svc.message(text))
        raise HttpError(404, tr("Ukjent adresse: {path}").format(path=req.path))

    def _method(self, req: Request, allowed: str) -> None:
        if req.method != allowed:
            raise HttpError(
                405,
                tr("{path} tar bare imot {allowed}.").format(path=req.path, allowed=allowed),
                {"Allow": allowed},
            )

    def _act(self, name: str, call: Callable[[], LiveState]) -> LiveState:
        with self.service.acting_as("api"):
            state = call()
        if self.on_action is not None:
            self.on_action(name)
        return state


def _message_text(body: bytes) -> str | None:
    """``{"text": "…"}`` sets, ``{"text": null}``/``""`` or an empty body clears."""
    if not body.strip():
        return None
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):  # RecursionError: 5 000 nested [
        raise HttpError(400, tr("Innholdet må være JSON: {{\"text\": \"…\"}}.").format()) from None
    if not isinstance(data, dict) or "text" not in data:
        raise HttpError(400, tr("Innholdet må være et JSON-objekt med feltet «text»."))
    text = data["text"]
    if text is not None and not isinstance(text, str):
        raise HttpError(400, tr("«text» må være tekst eller null."))
    return text


def api_state(state: LiveState) -> dict:
    """The state object the API answers; ``next_title`` names the block ``next`` starts (the one after
    the current block, as ``LiveService.next`` picks it; with no current block, the next upcoming one)."""
    body = state.api_dict()
    if state.current_index is not None:
        following = state.current_index + 1
        body["next_title"] = state.timings[following].title if following < len(state.timings) else None
    return body
