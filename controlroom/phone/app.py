"""The phone sub-application: ``phone_app(store, clock, live=…, subscribe_changes=…)``.

Mounted by the venue server with ``app.add_subapp("/p/", phone_app(...))``; it also runs on its own
(the tests and the bench mount it in a plain ``aiohttp`` app on 127.0.0.1). Routes, relative to the
mount point:

``GET /`` the page · ``GET /phone.css``, ``/js/*.js``, ``/i18n/*.json`` its files ·
``POST|DELETE /api/v1/session`` sign in/out · ``GET /api/v1/me`` · ``GET|POST /api/v1/inputs`` ·
``POST /api/v1/inputs/{id}/plus`` · ``GET|PUT /api/v1/notes`` · ``GET /api/v1/openspace`` ·
``POST /api/v1/openspace/topics`` · ``POST /api/v1/openspace/topics/{id}/checkin`` · ``GET /ws``.

The store's work runs on worker threads; the loop only routes, checks and sends.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import math
import secrets
from collections.abc import Callable
from pathlib import Path

from aiohttp import WSMsgType, web

from controlroom.clock import Clock, to_micros
from controlroom.inputs.log import InputLog
from controlroom.live.service import LiveService
from controlroom.models.people_repo import PeopleRepository
from controlroom.models.store import EventStore
from controlroom.phone import api
from controlroom.phone.guard import GuessGuard
from controlroom.phone.http import middlewares, read_json
from controlroom.phone.messages import STATIC, Messages
from controlroom.phone.push import SIGNED_OUT, PhoneHub
from controlroom.phone.sessions import PhoneSession, SessionStore
from controlroom.phone.view import iso

log = logging.getLogger(__name__)

SubscribeChanges = Callable[[Callable[[], None]], Callable[[], None]]
SESSION_COOKIE = "kr_phone"
DEVICE_COOKIE = "kr_device"
#: Files the page is made of, by suffix; nothing else under ``static/`` is served.
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".svg": "image/svg+xml",
}


class PhoneService:
    """Everything the handlers share: the store's repositories, the sessions, the push hub."""

    def __init__(self, store: EventStore, clock: Clock, live: LiveService, inputs: InputLog,
                 subscribe_changes: SubscribeChanges, *, poll_seconds: float, cookie_path: str,
                 guess_guard: GuessGuard) -> None:
        self.store, self.clock, self.live, self.inputs = store, clock, live, inputs
        self.people = PeopleRepository(store)
        self.subscribe_changes = subscribe_changes
        self.poll_seconds = poll_seconds
        self.cookie_path = cookie_path
        self.guard = guess_guard
        self.messages = Messages()
        self.sessions = SessionStore()
        self.hub = PhoneHub(store, clock, live, self.sessions, self.messages)
        self.files = _load_static(STATIC)
        self._unsubscribe: list[Callable[[], None]] = []
        self._poll: asyncio.Task | None = None

    # -- life cycle ---------------------------------------------------------------------------------
    async def start(self, _app: web.Application) -> None:
        self.hub.loop = asyncio.get_running_loop()
        self._unsubscribe.append(self.subscribe_changes(lambda: self.hub.threadsafe(self.hub.mark_dirty)))
        self._unsubscribe.append(self.inputs.subscribe(
            lambda records: self.hub.threadsafe(self.hub.inputs_changed, list(records))))
        await asyncio.to_thread(self.inputs.all)  # the log's index, built once off the loop
        await self.hub.refresh_now()
        if self.poll_seconds > 0:
            self._poll = asyncio.get_running_loop().create_task(self._poll_loop())

    async def shutdown(self, _app: web.Application) -> None:
        await self.hub.close_all()

    async def stop(self, _app: web.Application) -> None:
        for unsubscribe in self._unsubscribe:
            with contextlib.suppress(Exception):
                unsubscribe()
        self._unsubscribe.clear()
        if self._poll is not None:
            self._poll.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poll
        self.hub.loop = None

    async def _poll_loop(self) -> None:
        """What another process wrote (the moderator's window, the command line) reaches the phones even
        without a change feed: the input log's new rows and a fresh snapshot every ``poll_seconds``."""
        while True:
            await asyncio.sleep(self.poll_seconds)
            try:
                await asyncio.to_thread(self.inputs.refresh)
            except Exception:
                log.debug("input poll failed", exc_info=True)
            self.hub.mark_dirty()

    # -- sessions ------------------------------------------------------------------------------------
    def session(self, request: web.Request) -> PhoneSession | None:
        """The signed-in session of the request, or None (no cookie, forgotten, or its code revoked)."""
        session = self.sessions.get(request.cookies.get(SESSION_COOKIE))
        if session is None:
            return None
        if not self.hub.session_valid(session):
            self.sessions.close(session.id)
            return None
        return session

    def signed_out(self, request: web.Request) -> web.Response:
        response = self.messages.error(request, 401, "err_signed_out")
        response.del_cookie(SESSION_COOKIE, path=self.cookie_path)
        return response

    def set_cookie(self, response: web.StreamResponse, request: web.Request, name: str, value: str,
                   max_age: int | None = None) -> None:
        response.set_cookie(name, value, path=self.cookie_path, httponly=True, samesite="Strict",
                            secure=request.secure, max_age=max_age)


PHONE_KEY = web.AppKey("phone", PhoneService)


def _load_static(folder: Path) -> dict[str, tuple[bytes, str]]:
    """The page's files by their path under the mount point, read once (no disk on the loop later)."""
    out: dict[str, tuple[bytes, str]] = {}
    for path in sorted(folder.rglob("*")):
        kind = CONTENT_TYPES.get(path.suffix)
        if path.is_file() and kind:
            out[path.relative_to(folder).as_posix()] = (path.read_bytes(), kind)
    return out


# -- handlers -------------------------------------------------------------------------------------------
def _svc(request: web.Request) -> PhoneService:
    return request.app[PHONE_KEY]


async def page(request: web.Request) -> web.Response:
    svc = _svc(request)
    body, kind = svc.files["index.html"]
    response = web.Response(body=body, content_type=kind.split(";")[0], charset="utf-8")
    if not request.cookies.get(DEVICE_COOKIE):
        svc.set_cookie(response, request, DEVICE_COOKIE, secrets.token_urlsafe(24), max_age=365 * 24 * 3600)
    return response


async def static_file(request: web.Request) -> web.Response:
    found = _svc(request).files.get(request.match_info["name"])
    if found is None or found[1].startswith("text/html"):
        raise web.HTTPNotFound()
    body, kind = found
    response = web.Response(body=body, content_type=kind.split(";")[0],
                            charset="utf-8" if "charset" in kind else None)
    response.headers["Cache-Control"] = "no-cache"
    return response


async def sign_in(request: web.Request) -> web.Response:
    svc = _svc(request)
    msgs = svc.messages
    data = await read_json(request, 4096)
    device = request.cookies.get(DEVICE_COOKIE) or secrets.token_urlsafe(24)
    keys = [f"ip:{request.remote or '?'}", f"device:{device}"]
    verdict = svc.guard.check(keys)
    if not verdict.allowed:
        headers = {"Retry-After": str(verdict.wait_seconds)}
        if verdict.locked:
            return msgs.error(request, 429, "err_locked", headers=headers, m=math.ceil(verdict.wait_seconds / 60))
        return msgs.error(request, 429, "err_slow_down", headers=headers, s=verdict.wait_seconds)
    code = data.get("code")
    person = None
    if isinstance(code, str) and 0 < len(code) <= 64:
        person = await asyncio.to_thread(svc.people.phone_person, code)
    if person is None:
        svc.guard.failed(keys)
        return msgs.error(request, 401, "err_wrong_code")
    session = svc.sessions.open(person.participant_id, person.email, person.code, device)
    mark = hashlib.sha256(device.encode()).hexdigest()[:32]
    await asyncio.to_thread(svc.people.add_device, person.participant_id, mark, to_micros(svc.clock.now()))
    await svc.hub.refresh_now()
    view = svc.hub.view_for(session, msgs.lang(request))
    response = web.json_response(view, status=200)
    svc.set_cookie(response, request, SESSION_COOKIE, session.id)
    svc.set_cookie(response, request, DEVICE_COOKIE, device, max_age=365 * 24 * 3600)
    return response


async def sign_out(request: web.Request) -> web.Response:
    svc = _svc(request)
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        svc.sessions.close(sid)
    response = web.json_response({"signed_out": True})
    response.del_cookie(SESSION_COOKIE, path=svc.cookie_path)
    return response


async def me(request: web.Request) -> web.Response:
    svc = _svc(request)
    session = svc.session(request)
    if session is None:
        return svc.signed_out(request)
    view = svc.hub.view_for(session, svc.messages.lang(request))
    return web.json_response({**view, "server_now": _now_iso(svc)})


def _now_iso(svc: PhoneService) -> str | None:
    return iso(svc.clock.now())


async def socket(request: web.Request) -> web.WebSocketResponse:
    svc = _svc(request)
    ws = web.WebSocketResponse(heartbeat=25, max_msg_size=4096)
    await ws.prepare(request)
    session = svc.session(request)
    if session is None:
        await ws.send_str('{"type": "signed_out"}')
        await ws.close(code=SIGNED_OUT, message=b"signed out")
        return ws
    await svc.hub.attach(ws, session, svc.messages.lang(request), request.transport)
    try:
        async for msg in ws:
            if msg.type == WSMsgType.TEXT and msg.data == "ping":
                await ws.send_str(f'{{"type": "pong", "server_now": "{_now_iso(svc)}"}}')
            elif msg.type == WSMsgType.ERROR:
                break
    finally:
        svc.hub.detach(ws)
    return ws


def phone_app(
    store: EventStore,
    clock: Clock,
    *,
    live: LiveService,
    subscribe_changes: SubscribeChanges,
    inputs: InputLog | None = None,
    poll_seconds: float = 2.0,
    cookie_path: str = "/p/",
    guess_guard: GuessGuard | None = None,
) -> web.Application:
    """The participants' phone app as an ``aiohttp`` sub-application.

    ``live`` gives the running block; ``subscribe_changes(callback)`` calls ``callback()`` (from any
    thread) whenever the event changed and returns an unsubscribe function; ``inputs`` is the app's
    own input log (so the moderator's panel hears phone inputs at once; one is made when None).
    ``poll_seconds`` (0: off) also picks up what another process wrote. ``cookie_path`` is where the
    app is mounted. ``guess_guard`` brakes wrong codes (tests pass one with a fake clock).
    """
    log_ = inputs if inputs is not None else InputLog(store, clock, origin="mobil")
    svc = PhoneService(store, clock, live, log_, subscribe_changes, poll_seconds=poll_seconds,
                       cookie_path=cookie_path, guess_guard=guess_guard or GuessGuard())
    app = web.Application(middlewares=middlewares(svc.messages))
    app[PHONE_KEY] = svc
    app.on_startup.append(svc.start)
    app.on_shutdown.append(svc.shutdown)
    app.on_cleanup.append(svc.stop)
    app.router.add_get("/", page)
    app.router.add_post("/api/v1/session", sign_in)
    app.router.add_delete("/api/v1/session", sign_out)
    app.router.add_get("/api/v1/me", me)
    api.add_routes(app)
    app.router.add_get("/ws", socket)
    app.router.add_get("/{name:(?:js/|i18n/)?[A-Za-z0-9_.-]+}", static_file)
    return app
