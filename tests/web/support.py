"""Test support for the web views: a real event file with a day, people and groups; the web server on
a loop of its own thread (so a test can drive a browser and the server at once, and restart it)."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from controlroom.agenda.types import AgendaDraft, BlockData
from controlroom.clock import Clock, SystemClock
from controlroom.grouping.rooms import RoomSpec
from controlroom.grouping.sample import sample_participants
from controlroom.grouping.solver import FormOptions, form
from controlroom.live.service import LiveService
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository
from controlroom.models.people_repo import PeopleRepository
from controlroom.web.keys import ViewKeys
from controlroom.web.server import WebServer
from tests.live.conftest import seed001_blocks

#: The block whose groups the room views show, and its question.
GROUP_BLOCK = "b08"
QUESTION = "Hvor finner dere gullet i bærekraftsarbeidet i egen kommune? Del ett eksempel hver."
ROOMS = [("Fjorden", "onsite"), ("Heia", "onsite"), ("Bryggen", "onsite"), ("Sjøhuset", "onsite"),
         ("Loftet", "onsite"), ("Peisestua", "onsite"), ("Biblioteket", "onsite"), ("Teams 1", "teams"),
         ("Teams 2", "teams"), ("Teams 3", "teams"), ("Zoom 1", "zoom"), ("Zoom 2", "zoom"), ("Zoom 3", "zoom")]


def today_blocks() -> list[BlockData]:
    today = datetime.now(ZoneInfo("Europe/Oslo")).date()
    blocks = []
    streamed = {"b01", "b02", "b04", "b05", "b07", "b09"}  # the plenary talks go out on the stream
    for b in seed001_blocks():
        b = replace(b, day=today, streamed=b.uid in streamed)
        if b.uid == GROUP_BLOCK:
            b = replace(b, description=QUESTION + "\n\nGruppene velger selv en leder og en som skal notere.",
                        notes="HEMMELIG VERTSNOTAT: ikke vis dette")
        blocks.append(b)
    return blocks


def make_event(path: Path, *, people: int = 40) -> Path:
    """Seed 001's day (today) with 40 participants in groups for the block «Hvor er gullet …»."""
    store = EventStore.open(path, create=True)
    try:
        AgendaRepository(store).import_draft(
            AgendaDraft(title="Nettverkssamling i Stavanger", timezone="Europe/Oslo", blocks=today_blocks()))
        repo = PeopleRepository(store)
        repo.set_rooms([RoomSpec(name, kind, None, 1) for name, kind in ROOMS])
        repo.import_participants(sample_participants(people, seed=3))
        formation = form(repo.participants(), FormOptions(joint_search=False, rooms=repo.rooms()))
        repo.save_formation(GROUP_BLOCK, formation, {"size": [3, 4], "k": 2})
    finally:
        store.close()
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerThread:
    """A ``WebServer`` on its own event loop thread. ``call(fn)`` runs ``fn`` on that loop (the live
    service is used from there only, as in the app); ``restart()`` stops and starts it on the same port."""

    def __init__(self, event: Path, *, clock: Clock | None = None, port: int | None = None,
                 keys: ViewKeys | None = None, **options: Any) -> None:
        self.event = event
        self.clock = clock or SystemClock()
        self.port = port or free_port()
        self.keys = keys or ViewKeys.generate()
        self.options = options
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="web-server", daemon=True)
        self.thread.start()
        self.store: EventStore | None = None
        self.service: LiveService | None = None
        self.server: WebServer | None = None

    def submit(self, coro) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(30)

    def call(self, fn: Callable[[], Any]) -> Any:
        done: Future = Future()

        def run() -> None:
            try:
                done.set_result(fn())
            except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread as it is
                done.set_exception(exc)

        self.loop.call_soon_threadsafe(run)
        return done.result(30)

    def start(self) -> ServerThread:
        async def up() -> None:
            self.store = EventStore.open(self.event, backup=False)
            self.service = LiveService(self.store, self.clock)
            self.server = WebServer(self.service, port=self.port, view_keys=self.keys, **self.options)
            await self.server.start()

        self.submit(up())
        return self

    def stop(self) -> None:
        async def down() -> None:
            if self.server is not None:
                await self.server.close()
            if self.store is not None:
                self.store.close()
            self.server = self.service = self.store = None

        self.submit(down())

    def restart(self) -> None:
        self.stop()
        self.start()

    def close(self) -> None:
        try:
            self.stop()
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(10)
            self.loop.close()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str, **query: str) -> str:
        from urllib.parse import urlencode

        return self.base + path + (("?" + urlencode(query)) if query else "")

    def act(self, path: str, body: dict | None = None, token: str | None = None) -> tuple[int, dict]:
        """POST to the API as Companion would (no Origin)."""
        return http(self.base + path, "POST", body, token=token)


def http(url: str, method: str = "GET", body: dict | None = None, *, token: str | None = None,
         headers: dict[str, str] | None = None) -> tuple[int, Any]:
    data = json.dumps(body).encode() if body is not None else (b"" if method == "POST" else None)
    head = {"Content-Type": "application/json"} if data else {}
    if token:
        head["Authorization"] = f"Bearer {token}"
    head.update(headers or {})
    req = urllib.request.Request(url, data=data, method=method, headers=head)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            raw = resp.read()
            status = resp.status
            kind = resp.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        raw, status, kind = exc.read(), exc.code, exc.headers.get("Content-Type", "")
    return status, (json.loads(raw) if "json" in kind and raw else raw.decode("utf-8", "replace"))
