"""What the phone app's handlers share: the store's repositories, the in-memory sessions, the push hub
and the page's files, with the app's life cycle (subscribing to the event's changes, the poll)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from pathlib import Path

from aiohttp import web

from controlroom.application.open_space import OpenSpaceService
from controlroom.clock import Clock
from controlroom.inputs.log import InputLog
from controlroom.live.service import LiveService
from controlroom.models.openspace_repo import OpenSpaceRepository
from controlroom.models.people_repo import PeopleRepository
from controlroom.models.store import EventStore
from controlroom.phone.guard import GuessGuard
from controlroom.phone.messages import STATIC, Messages
from controlroom.phone.push import PhoneHub
from controlroom.phone.sessions import PhoneSession, SessionStore

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
        #: Open Space from the phones goes through the same service as the wall (logged as the wall logs it).
        self.open_space = OpenSpaceService(OpenSpaceRepository(store), live.log)
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
