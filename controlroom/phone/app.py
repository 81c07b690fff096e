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
import hashlib
import logging
import math
import secrets

from aiohttp import WSMsgType, web

from controlroom.clock import Clock, to_micros
from controlroom.inputs.log import InputLog
from controlroom.live.service import LiveService
from controlroom.models.store import EventStore
from controlroom.phone import api
from controlroom.phone.guard import GuessGuard
from controlroom.phone.http import middlewares, read_json
from controlroom.phone.push import SIGNED_OUT
from controlroom.phone.service import DEVICE_COOKIE, PHONE_KEY, SESSION_COOKIE, PhoneService, SubscribeChanges
from controlroom.phone.view import iso

log = logging.getLogger(__name__)


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
    response = web.json_response({**view, "server_now": _now_iso(svc)}, status=200)
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
