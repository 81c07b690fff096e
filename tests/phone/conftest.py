"""Fixtures of the phones: seed 002's workshop day in a real event file (40 participants, three rounds
in three blocks), a live service on a fake clock, and the phone app served on 127.0.0.1 — in the
test's own loop for the API (aiohttp's test client) or in a thread of its own for a real browser."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web

from controlroom.clock import FakeClock
from controlroom.inputs.log import InputLog
from controlroom.live.service import LiveService
from controlroom.models.people_repo import PeopleRepository
from controlroom.phone import phone_app
from tests.people.conftest import SEED002_ROUND_BLOCKS, oslo, seed002_day  # noqa: F401 (a fixture)


@dataclass
class Changes:
    """``subscribe_changes`` for the app: the test says "the event changed" with ``fire()``."""

    callbacks: list[Callable[[], None]] = field(default_factory=list)

    def subscribe(self, callback: Callable[[], None]) -> Callable[[], None]:
        self.callbacks.append(callback)
        return lambda: self.callbacks.remove(callback) if callback in self.callbacks else None

    def fire(self) -> None:
        for cb in list(self.callbacks):
            cb()


@dataclass
class Day:
    store: Any
    clock: FakeClock
    live: LiveService
    inputs: InputLog
    people: PeopleRepository
    blocks: list
    changes: Changes

    def goto_round(self, n: int) -> None:
        """Start the block round ``n`` runs in (seed 002: 11:00, 13:00, 14:30)."""
        self.live.goto(SEED002_ROUND_BLOCKS[n - 1])

    def code_of(self, email: str) -> str:
        return next(c.code for c in self.people.codes() if c.email == email)

    def group_of(self, email: str, round_number: int):
        owner = next(iter(self.people.formations()))
        rnd = next(r for r in self.people.rounds(owner) if r.number == round_number)
        return next(g for g in rnd.groups if email in g.members)


@pytest.fixture
def day(store, seed002_day) -> Day:  # noqa: F811 (the fixture imported above)
    repo, blocks, _proposal = seed002_day
    clock = FakeClock(oslo(10, 59))
    live = LiveService(store, clock)
    changes = Changes()
    live.subscribe(lambda _state: changes.fire())
    inputs = InputLog(store, clock, current_block=lambda: live.state().current_uid, origin="moderator")
    return Day(store, clock, live, inputs, repo, blocks, changes)


def make_app(day: Day, **kwargs: Any) -> web.Application:
    """The phone app mounted as the venue server will: a plain app with it under /p/."""
    root = web.Application()
    root.add_subapp("/p/", phone_app(day.store, day.clock, live=day.live, subscribe_changes=day.changes.subscribe,
                                     inputs=day.inputs, **kwargs))
    return root


class ThreadServer:
    """The app on 127.0.0.1 in a thread with its own loop (for a real browser)."""

    def __init__(self, app: web.Application) -> None:
        self.app = app
        self.loop = asyncio.new_event_loop()
        self.runner = web.AppRunner(app)
        self.port = 0
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True, name="phone-server")

    def start(self) -> ThreadServer:
        self._thread.start()

        async def up() -> int:
            await self.runner.setup()
            site = web.TCPSite(self.runner, "127.0.0.1", 0)
            await site.start()
            return site._server.sockets[0].getsockname()[1]

        self.port = asyncio.run_coroutine_threadsafe(up(), self.loop).result(30)
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/p/"

    def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run ``fn(*args)`` on the server's loop (where the live service is read) and return its result."""
        fut: Future = Future()

        def job() -> None:
            try:
                fut.set_result(fn(*args))
            except BaseException as exc:  # noqa: BLE001 - handed to the test thread
                fut.set_exception(exc)

        self.loop.call_soon_threadsafe(job)
        return fut.result(30)

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self.runner.cleanup(), self.loop).result(30)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.loop.close()


@pytest.fixture
def served(day) -> Iterator[ThreadServer]:
    server = ThreadServer(make_app(day)).start()
    yield server
    server.stop()
