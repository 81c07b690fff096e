"""The one web server of the laptop (aiohttp, no Qt): the remote-control API, the WebSocket feed, the
views of every screen in the venue, and the sub-applications mounted on it (the participants' pages).

Routes:

* ``/api/v1/…`` the remote-control API (``web.api_routes``; bearer token on the LAN);
* ``/view/`` the index of links and QR codes, ``/view/stage|public|clock|tech``, ``/view/room/{room}``
  (``web.views``; the view kind's key on the LAN), ``/static/…`` their scripts and styles;
* ``/ws?view=KIND[&room=ROOM]&key=KEY`` the views' WebSocket (``web.hub``);
* every ``(prefix, app)`` in ``subapps``, mounted with ``add_subapp``.

Every request, including the sub-applications', passes the same middleware: a rate limit per client
address, then Host, Origin and body checks against DNS rebinding and cross-site requests
(``web.guard``); every answer carries the security headers (a Content-Security-Policy without inline
script, ``nosniff``, no referrer, no framing). Loopback unless the host allows the LAN.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
from collections.abc import Awaitable, Callable, Sequence

from aiohttp import web

from controlroom.i18n import tr
from controlroom.live.service import LiveService
from controlroom.live.state import LiveState
from controlroom.web.announce import Announcer
from controlroom.web.api_routes import ApiHandler
from controlroom.web.guard import Refused, RequestGuard, is_navigation, require_json_type, split_host
from controlroom.web.hub import Hub, HubLimits, ViewSpec
from controlroom.web.keys import ViewKeys
from controlroom.web.netinfo import lan_address
from controlroom.web.protocol import json_body, protocol_factory
from controlroom.web.ratelimit import RateLimiter
from controlroom.web.snapshots import (
    Snapshot,
    StoreSnapshots,
    clock_snapshot,
    message_since,
    stage_snapshot,
)
from controlroom.web.views import MAX_ROOM_CHARS, PAGES, ViewAccess, ViewRoutes, view_links, view_url

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

#: The cookie that keeps the participants' page's key after its link opened it (path /p/ only).
PHONE_KEY_COOKIE = "kr_phone"

MAX_BODY_BYTES = 16 * 1024
#: Requests a second per client address, and the burst (a page load is a dozen requests).
HTTP_RATE = 50.0
HTTP_BURST = 300.0
#: How often the views are re-checked while clients are connected (time moves the projection; another
#: process's actions arrive through the run log).
REFRESH_SECONDS = 2.0
_WILDCARDS = ("0.0.0.0", "", "::")
#: Per-request notes of the middleware (``web.RequestKey`` where aiohttp has it).
_REQUEST_KEY = getattr(web, "RequestKey", None)
CLOSE_AFTER = _REQUEST_KEY("close_after", bool) if _REQUEST_KEY else "close_after"
HOST_OK = _REQUEST_KEY("host_ok", bool) if _REQUEST_KEY else "host_ok"

ChangeFeed = Callable[[Callable[[], None]], Callable[[], None]]


def content_security_policy(ws_origin: str | None) -> str:
    connect = "'self'" + (f" {ws_origin}" if ws_origin else "")
    return ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            f"connect-src {connect}; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; "
            "frame-ancestors 'none'")


class WebServer:
    """The server's lifetime: ``await start()`` binds (``port`` 0 picks one), ``await close()`` stops it.

    The first four arguments are those of the remote-control API's server before it; everything else is
    optional. ``subscribe_changes`` is the app's generic change feed (the event changed: groups, rooms,
    agenda): the views are recomputed on it as on every live action. ``tech_snapshot`` adds the cue
    runner's and the adapters' part of the tech overview (see ``snapshots.cue_tech_snapshot``).
    """

    def __init__(
        self,
        service: LiveService,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str | None = None,
        *,
        max_body: int = MAX_BODY_BYTES,
        on_action: Callable[[str], None] | None = None,
        extra_hosts: tuple[str, ...] = (),
        view_keys: ViewKeys | None = None,
        require_view_keys: bool | None = None,
        subscribe_changes: ChangeFeed | None = None,
        tech_snapshot: Callable[[], dict] | None = None,
        public_snapshot: Callable[[LiveState], Snapshot] | None = None,
        room_snapshot: Callable[[LiveState, str], Snapshot] | None = None,
        room_names: Callable[[], list[str]] | None = None,
        subapps: Sequence[tuple[str, web.Application]] = (),
        max_clients: int = 1000,
        hub_limits: HubLimits | None = None,
        http_rate: float = HTTP_RATE,
        http_burst: float = HTTP_BURST,
        refresh_seconds: float = REFRESH_SECONDS,
        poll_run_log: bool = True,
        public_host: str | None = None,
        announce: str | None = None,
    ) -> None:
        self.service = service
        #: The event's title to announce over mDNS (None: not announced).
        self.announce = announce
        self._announcer: Announcer | None = None
        self.host = host
        self.port = port
        #: When set, every API request must carry ``Authorization: Bearer <token>``.
        self.token = token
        self.max_body = max_body
        #: Called (on the loop) after each action the API performed, e.g. to log it in the UI.
        self.on_action = on_action
        #: Host names answered besides this machine's own (``CONTROLROOM_API_HOSTS`` adds more).
        self.extra_hosts = extra_hosts
        self.view_keys = view_keys or ViewKeys.generate()
        self._require_keys = require_view_keys
        self.subscribe_changes = subscribe_changes
        self.tech_snapshot = tech_snapshot
        self.store_snapshots = StoreSnapshots(service.store)
        self.public_snapshot = public_snapshot or self.store_snapshots.public
        self.room_snapshot = room_snapshot or self.store_snapshots.room
        self._room_names = room_names or self.store_snapshots.room_names
        self.subapps = tuple(subapps)
        limits = hub_limits or HubLimits()
        if max_clients != limits.max_clients:
            limits = HubLimits(**{**limits.__dict__, "max_clients": max_clients})
        self.hub = Hub(self._produce, self._server_ms, limits)
        self.limiter = RateLimiter(http_rate, http_burst)
        self.refresh_seconds = refresh_seconds
        self.poll_run_log = poll_run_log
        self.public_host = public_host
        self._guard: RequestGuard | None = None
        self._runner: web.AppRunner | None = None
        self._tcp: asyncio.base_events.Server | None = None
        self._unsubscribe: list[Callable[[], None]] = []
        self._ticker: asyncio.TimerHandle | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    # -- lifetime -----------------------------------------------------------------------------------
    async def start(self) -> int:
        """Bind and listen; returns the port (the one picked when ``port`` is 0)."""
        loop = asyncio.get_running_loop()
        app = self._build_app()
        runner = web.AppRunner(app, handle_signals=False, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        assert runner.server is not None  # made by setup()
        try:
            self._tcp = await loop.create_server(protocol_factory(runner.server, loop, self._decorate),
                                                 self.host, self.port, reuse_address=True)
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self.port = self._tcp.sockets[0].getsockname()[1]
        self._guard = RequestGuard.for_server(self.host, self.port, self.extra_hosts)
        self.hub.bind(loop)
        self._unsubscribe.append(self.service.subscribe(lambda _state: self.hub.notify()))
        if self.subscribe_changes is not None:
            self._unsubscribe.append(self.subscribe_changes(self.event_changed))
        self._loop = loop
        self._ticker = loop.call_later(self.refresh_seconds, self._tick)
        if self.announce:
            await self._start_announcing(self.announce)
        return self.port

    async def _start_announcing(self, title: str) -> None:
        """Announce the event where its screens reach it (the LAN address, or loopback on its own)."""
        on_lan = self.host in _WILDCARDS
        address = self.public_host or (lan_address() if on_lan else self.host)
        announcer = Announcer(title, address, self.port, interfaces=None if on_lan else [self.host])
        try:
            await announcer.start()
        except OSError as exc:  # no multicast here: the event still runs, just unannounced
            log.warning("mDNS announcement failed: %s", exc)
            return
        self._announcer = announcer

    async def close(self) -> None:
        if self._announcer is not None:
            await self._announcer.close()
            self._announcer = None
        for unsubscribe in self._unsubscribe:
            with contextlib.suppress(Exception):
                unsubscribe()
        self._unsubscribe.clear()
        if self._ticker is not None:
            self._ticker.cancel()
            self._ticker = None
        if self._tcp is not None:
            self._tcp.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.hub.close(), 2)
        if self._runner is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._runner.cleanup(), 3)
            self._runner = None
        if self._tcp is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._tcp.wait_closed(), 2)
            self._tcp = None

    @property
    def url(self) -> str:
        """The API's address on this machine (``api: URL`` on stdout)."""
        host = "127.0.0.1" if self.host in _WILDCARDS or self.host == "127.0.0.1" else self.host
        return f"http://{host}:{self.port}"

    @property
    def public_url(self) -> str:
        """The address screens and phones open: this laptop's LAN address when the server listens on the
        network, else the same as ``url``."""
        if self.public_host:
            return f"http://{self.public_host}:{self.port}"
        if self.host in _WILDCARDS:
            return f"http://{lan_address()}:{self.port}"
        return self.url

    @property
    def views_url(self) -> str:
        """The index of every view's link and QR code (``views: URL`` on stdout)."""
        return view_url(self.public_url, "index", self.view_keys.keys.get("index"))

    @property
    def keys_required(self) -> bool:
        """View keys are needed on the LAN (and whenever the server was told so)."""
        if self._require_keys is not None:
            return self._require_keys
        try:
            return not ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return self.host != "localhost"

    def access(self) -> ViewAccess:
        return ViewAccess(self.view_keys, self.keys_required)

    async def set_view_keys(self, keys: ViewKeys) -> int:
        """New keys (revoking the old ones): every screen connected with an old key is disconnected.
        Returns how many were."""
        self.view_keys = keys
        access = self.access()
        return await self.hub.revoke(lambda spec, key: access.opens(spec.kind, key))

    async def room_names(self) -> list[str]:
        return await asyncio.to_thread(self._room_names)

    async def links(self) -> list:
        """Every view's link (``views.ViewLink``), rooms included, for the Skjermer panel."""
        return view_links(self.public_url, self.view_keys, await self.room_names())

    def event_changed(self) -> None:
        """The app's change feed: something in the event changed (groups, rooms, agenda)."""
        self.store_snapshots.invalidate()
        self.hub.notify()

    # -- the application ------------------------------------------------------------------------------
    def _build_app(self) -> web.Application:
        app = web.Application(middlewares=[self._errors, self._rate_limit, self._checks],
                              client_max_size=self.max_body, handler_args=None)
        app.on_response_prepare.append(self._prepare_headers)
        api = ApiHandler(self.service, lambda: self.token, self._on_api_action)
        app.router.add_route("*", "/api/{tail:.*}", api.handle)
        app.router.add_get("/ws", self._websocket)
        ViewRoutes(self.access, lambda: self.public_url, self.room_names).add_to(app)
        for prefix, sub in self.subapps:
            app.add_subapp(prefix, sub)
        app.router.add_route("*", "/{tail:.*}", self._unknown)
        return app

    def _on_api_action(self, name: str) -> None:
        if self.on_action is not None:
            self.on_action(name)

    async def _unknown(self, request: web.Request) -> web.Response:
        return json_body(404, tr("Ukjent adresse: {path}").format(path=request.path))

    # -- middleware: the same for every route, the sub-applications' too ---------------------------------
    @web.middleware
    async def _errors(self, request: web.Request, handler) -> web.StreamResponse:
        try:
            return await handler(request)
        except Refused as exc:
            response = json_body(exc.status, exc.message)
        except web.HTTPException as exc:
            if exc.status < 400 or exc.content_type == "text/html":
                raise
            if exc.status == 405:
                allowed = exc.headers.get("Allow", "")
                response = json_body(405, tr("{path} tar bare imot {allowed}.").format(path=request.path,
                                                                                     allowed=allowed))
                response.headers["Allow"] = allowed
            elif exc.status == 404:
                response = json_body(404, tr("Ukjent adresse: {path}").format(path=request.path))
            elif exc.status == 413:
                response = json_body(413, tr("Innholdet er for stort (høyst {limit} byte).").format(limit=self.max_body))
            else:
                response = json_body(exc.status, exc.reason)
        if request.get(CLOSE_AFTER):
            response.force_close()
        return response

    @web.middleware
    async def _rate_limit(self, request: web.Request, handler) -> web.StreamResponse:
        wait = self.limiter.check(request.remote or "")
        if wait > 0:
            seconds = max(1, int(wait + 0.999))
            response = json_body(429, tr("For mange forespørsler; vent {seconds} sekunder.").format(seconds=seconds))
            response.headers["Retry-After"] = str(seconds)
            return response
        return await handler(request)

    @web.middleware
    async def _checks(self, request: web.Request, handler) -> web.StreamResponse:
        """Host, Origin, body size and type: before any key, token or action."""
        headers = {k.lower(): v for k, v in request.headers.items()}
        if "chunked" in headers.get("transfer-encoding", "").lower():
            request[CLOSE_AFTER] = True
            raise Refused(400, tr("Oppdelt overføring (chunked) støttes ikke; send Content-Length."))
        length = request.content_length
        if length is not None and length > self.max_body:
            request[CLOSE_AFTER] = True
            raise Refused(413, tr("Innholdet er for stort (høyst {limit} byte).").format(limit=self.max_body))
        guard = self._guard or RequestGuard.for_server(self.host, self.port, self.extra_hosts)
        sockname = request.transport.get_extra_info("sockname") if request.transport is not None else None
        local = str(sockname[0]) if sockname else None
        version = f"HTTP/{request.version.major}.{request.version.minor}"
        guard.check_host(headers, local, version)
        request[HOST_OK] = True
        is_api = request.path.startswith("/api/")
        if is_api or not is_navigation(request.method, headers):
            guard.check_origin(headers, local)
        if request.method == "POST" and is_api:
            body = await request.read()
            require_json_type(headers, body, takes_body=request.path.rstrip("/") == "/api/v1/message")
        if request.path == "/p" or request.path.startswith("/p/"):
            return await self._phone_gate(request, handler)
        return await handler(request)

    async def _phone_gate(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """The participants' page on the LAN: its link carries the phone key (as each view's does); the
        page then keeps it in a cookie for its own files, API and socket. A wrong or missing key gets the
        views' refusal page. The phone app checks origins and sessions itself."""
        access = self.access()
        given = request.query.get("key")
        from_link = access.opens("phone", given) if given else False
        if not (from_link or access.opens("phone", request.cookies.get(PHONE_KEY_COOKIE))):
            access.check("phone", given)
        response = await handler(request)
        if from_link and access.required and given:
            response.set_cookie(PHONE_KEY_COOKIE, given, path="/p/", httponly=True, samesite="Strict",
                                max_age=7 * 24 * 3600)
        return response

    def _decorate(self, response: web.StreamResponse, ws_origin: str | None = None, *, pages: bool = False) -> None:
        h = response.headers
        h.setdefault("Content-Security-Policy", content_security_policy(ws_origin))
        h.setdefault("X-Content-Type-Options", "nosniff")
        h.setdefault("Referrer-Policy", "no-referrer")
        h.setdefault("X-Frame-Options", "DENY")
        h.setdefault("Cache-Control", "no-store")
        if pages:  # no other site may even load the views' files (the API's callers are not browsers)
            h.setdefault("Cross-Origin-Resource-Policy", "same-origin")

    async def _prepare_headers(self, request: web.Request, response: web.StreamResponse) -> None:
        ws_origin = None
        if request.get(HOST_OK) and split_host(request.host) is not None:
            ws_origin = f"ws://{request.host}"
        self._decorate(response, ws_origin, pages=not request.path.startswith("/api/"))

    # -- the views' WebSocket -------------------------------------------------------------------------------
    async def _websocket(self, request: web.Request) -> web.StreamResponse:
        kind = request.query.get("view", "")
        room = request.query.get("room")
        if kind not in PAGES or kind == "index" or (kind == "room") != (room is not None):
            return json_body(400, tr("Ukjent visning."))
        if room is not None and not 0 < len(room) <= MAX_ROOM_CHARS:
            return json_body(400, tr("Romnavnet er for langt."))
        key = request.query.get("key")
        self.access().check(kind, key)
        if self.hub.full():
            response = json_body(503, tr("For mange skjermer er koblet til; prøv igjen om litt."))
            response.headers["Retry-After"] = "5"
            return response
        return await self.hub.serve(request, ViewSpec(kind, room), key)

    # -- snapshots ---------------------------------------------------------------------------------------
    def _server_ms(self) -> int:
        return int(round(self.service.clock.now().timestamp() * 1000))

    async def _produce(self, specs: set[ViewSpec]) -> dict[ViewSpec, Snapshot]:
        state = self.service.state()
        out: dict[ViewSpec, Snapshot] = {}
        since = message_since(self.service.actions(), state.message) if any(s.kind == "stage" for s in specs) \
            else None
        later = []
        for spec in specs:
            if spec.kind == "stage":
                out[spec] = stage_snapshot(state, since)
                if state.message_expires_at is not None:
                    out[spec]["message_expires_at"] = int(round(state.message_expires_at.timestamp() * 1000))
            elif spec.kind == "clock":
                out[spec] = clock_snapshot(state)
            else:
                later.append(spec)
        if later:
            out.update(await asyncio.to_thread(self._read_snapshots, later, state))
        for spec, snapshot in out.items():
            if spec.kind == "tech" and self.tech_snapshot is not None:
                try:
                    snapshot.update(self.tech_snapshot() or {})
                except Exception:
                    log.exception("tech snapshot failed")
        return out

    def _read_snapshots(self, specs: list[ViewSpec], state: LiveState) -> dict[ViewSpec, Snapshot]:
        """The snapshots read through the store (in a worker thread)."""
        out: dict[ViewSpec, Snapshot] = {}
        for spec in specs:
            try:
                if spec.kind == "public":
                    out[spec] = self.public_snapshot(state)
                elif spec.kind == "room" and spec.room is not None:
                    out[spec] = self.room_snapshot(state, spec.room)
                elif spec.kind == "tech":
                    out[spec] = self.store_snapshots.tech(state)
            except Exception:  # one view failing to read keeps its last snapshot; the others go on
                log.exception("snapshot of %s failed", spec)
        return out

    def _tick(self) -> None:
        """While views are connected: pick up other processes' actions and let time move the projection.
        A timer callback, not a task: it needs no running loop to be stepped (qasync may pump it from Qt)."""
        try:
            self.hub.sweep()
            if self.hub.clients and not (self.poll_run_log and self.service.refresh()):
                self.hub.notify()
        except Exception:
            log.exception("view refresh failed")
        serving = self._tcp is not None and self._tcp.is_serving()
        if serving and self._loop is not None and not self._loop.is_closed():
            self._ticker = self._loop.call_later(self.refresh_seconds, self._tick)
