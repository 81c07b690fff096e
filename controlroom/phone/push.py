"""The push side: one snapshot of the event for all phones, rebuilt off the loop when the event
changes, and every open WebSocket told what changed for its participant.

* ``mark_dirty()`` (the event changed: the host's change feed, the live service, a phone's own
  write, the poll) rebuilds the snapshot once, however many changes came at once, and re-sends each
  phone's view when it differs from what that phone was last sent.
* ``inputs_changed(records)`` (the input log's listener) gathers changed inputs for 100 ms and sends
  one delta to every phone: the same bytes for all, built once; a participant's own waiting input
  goes only to that participant's phones.
* A phone whose code was revoked gets ``{"type": "signed_out"}`` and is closed (code 4401).

Sends go out one after the other in one task: a healthy socket takes the bytes at once. A phone whose
socket has unsent data piling up (it stopped reading, or its Wi-Fi is bad) gets its message in a task
of its own with a deadline, and is dropped when it misses it: it cannot hold up the others.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from aiohttp import web

from controlroom.clock import Clock
from controlroom.inputs.types import InputRecord
from controlroom.live.service import LiveService
from controlroom.models.store import EventStore
from controlroom.phone.messages import Messages
from controlroom.phone.sessions import PhoneSession, SessionStore
from controlroom.phone.view import Snapshot, build_snapshot, iso, person_view

log = logging.getLogger(__name__)

#: Close code for a phone that is (or was just) signed out.
SIGNED_OUT = 4401
#: How long a send to one phone may take before that phone is dropped (seconds).
SEND_DEADLINE = 5.0
#: How long changed inputs are gathered before one delta goes out (seconds).
INPUT_BATCH = 0.1
#: Unsent bytes on a socket above which its sends go to a task of their own, with the deadline.
SLOW_BUFFER = 16 * 1024


@dataclass
class Socket:
    ws: web.WebSocketResponse
    session: PhoneSession
    lang: str
    #: The connection under the socket, for how much it has not sent yet.
    transport: asyncio.BaseTransport | None = None
    last_view: str = ""


def public_input(r: InputRecord, *, mine: bool = False, plussed: bool = False) -> dict:
    """An input as phones see it: no author unless a participant sent it from a phone with the name."""
    return {
        "id": r.id,
        "text": r.text,
        "kind": r.kind,
        "tags": list(r.tags),
        "at": iso(r.at),
        "source": r.source,
        "plus": r.plus,
        "author": r.author if r.source == "mobil" and r.author else None,
        "mine": mine,
        "plussed": plussed,
        "pending": not r.approved,
    }


class PhoneHub:
    def __init__(self, store: EventStore, clock: Clock, live: LiveService, sessions: SessionStore,
                 messages: Messages) -> None:
        self.store, self.clock, self.live = store, clock, live
        self.sessions, self.messages = sessions, messages
        self.snapshot: Snapshot = Snapshot(taken_at=0.0)
        self.sockets: dict[web.WebSocketResponse, Socket] = {}
        #: participant id → ids of the inputs they sent from a phone (in memory: "mine" on their phones).
        self.authored: dict[int, set[int]] = {}
        self._dirty = False
        self._rebuild: asyncio.Task | None = None
        self._pending_inputs: dict[int, InputRecord] = {}
        self._flush: asyncio.TimerHandle | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self._background: set[asyncio.Task] = set()

    # -- from other threads ----------------------------------------------------------------------
    def threadsafe(self, fn: Callable[..., None], *args: object) -> None:
        """Run ``fn(*args)`` on the hub's loop, from any thread (a no-op once the loop is gone)."""
        loop = self.loop
        if loop is None or loop.is_closed():
            return
        with contextlib.suppress(RuntimeError):  # the loop closed between the check and the call
            loop.call_soon_threadsafe(fn, *args)

    # -- the snapshot ------------------------------------------------------------------------------
    def mark_dirty(self) -> None:
        self._dirty = True
        if self._rebuild is None or self._rebuild.done():
            self._rebuild = asyncio.get_running_loop().create_task(self._rebuild_loop())

    async def refresh_now(self) -> Snapshot:
        """Rebuild and wait for it (a sign-in must see the codes as they are now)."""
        self.mark_dirty()
        task = self._rebuild
        if task is not None:
            await asyncio.shield(task)
        return self.snapshot

    async def _rebuild_loop(self) -> None:
        while self._dirty:
            self._dirty = False
            state = self.live.state()  # on the loop's thread: the live service is not shared with workers
            try:
                snap = await asyncio.to_thread(build_snapshot, self.store, self.clock, state)
            except Exception:  # a busy or sick store: keep the last picture, try at the next change
                log.exception("phone snapshot failed")
                return
            self.snapshot = snap
            codes = {pid: p.code for pid, p in snap.people.items()}
            stale = {s.id for s in self.sessions.close_stale(codes, older_than=snap.taken_at)}
            await self._push_views(stale)

    def session_valid(self, session: PhoneSession) -> bool:
        """Whether the session's code is still the participant's (a session newer than the snapshot is)."""
        if session.created > self.snapshot.taken_at:
            return True
        person = self.snapshot.people.get(session.participant_id)
        return person is not None and person.code == session.code

    def view_for(self, session: PhoneSession, lang: str) -> dict:
        return person_view(self.snapshot, session.participant_id, self.messages.text(lang, "group_n"))

    async def _push_views(self, stale: set[str]) -> None:
        pairs: list[tuple[Socket, str]] = []
        now = iso(self.clock.now())
        for sock in list(self.sockets.values()):
            if sock.session.id in stale:
                self._spawn(self._sign_out(sock))
                continue
            view = json.dumps(self.view_for(sock.session, sock.lang), ensure_ascii=False, sort_keys=True)
            if view != sock.last_view:
                sock.last_view = view
                pairs.append((sock, f'{{"type": "me", "server_now": "{now}", "me": {view}}}'))
        await self._broadcast(pairs)

    # -- sockets -------------------------------------------------------------------------------------
    async def attach(self, ws: web.WebSocketResponse, session: PhoneSession, lang: str,
                     transport: asyncio.BaseTransport | None = None) -> Socket:
        sock = Socket(ws, session, lang, transport)
        self.sockets[ws] = sock
        view = json.dumps(self.view_for(session, lang), ensure_ascii=False, sort_keys=True)
        sock.last_view = view
        await self._broadcast([(sock, f'{{"type": "me", "server_now": "{iso(self.clock.now())}", "me": {view}}}')])
        return sock

    def detach(self, ws: web.WebSocketResponse) -> None:
        self.sockets.pop(ws, None)

    async def _broadcast(self, pairs: list[tuple[Socket, str]]) -> None:
        """Send each socket its message, in order, without a task per socket on the fast path."""
        for sock, data in pairs:
            transport = sock.transport
            if sock.ws.closed or transport is None or transport.is_closing():
                self.sockets.pop(sock.ws, None)
                continue
            if isinstance(transport, asyncio.WriteTransport) and transport.get_write_buffer_size() > SLOW_BUFFER:
                self._spawn(self._send(sock, data))
                continue
            try:
                await sock.ws.send_str(data)
            except (ConnectionError, RuntimeError):
                self.sockets.pop(sock.ws, None)

    async def _send(self, sock: Socket, data: str) -> None:
        try:
            await asyncio.wait_for(sock.ws.send_str(data), SEND_DEADLINE)
        except (TimeoutError, ConnectionError, RuntimeError):
            self.sockets.pop(sock.ws, None)
            self._spawn(sock.ws.close())

    async def _sign_out(self, sock: Socket) -> None:
        self.sockets.pop(sock.ws, None)
        with contextlib.suppress(Exception):
            await asyncio.wait_for(sock.ws.send_str('{"type": "signed_out"}'), SEND_DEADLINE)
        with contextlib.suppress(Exception):
            await asyncio.wait_for(sock.ws.close(code=SIGNED_OUT, message=b"signed out"), SEND_DEADLINE)

    def _spawn(self, coro) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def close_all(self) -> None:
        for sock in list(self.sockets.values()):
            with contextlib.suppress(Exception):
                await sock.ws.close(code=1001, message=b"server shutdown")
        self.sockets.clear()

    # -- inputs ----------------------------------------------------------------------------------------
    def inputs_changed(self, records: Iterable[InputRecord]) -> None:
        for r in records:
            self._pending_inputs[r.id] = r
        if self._flush is None:
            self._flush = asyncio.get_running_loop().call_later(INPUT_BATCH, self._flush_inputs)

    def _flush_inputs(self) -> None:
        self._flush = None
        records, self._pending_inputs = list(self._pending_inputs.values()), {}
        if not records or not self.sockets:
            return
        block = self.snapshot.block_uid
        shown = [r for r in records if r.block_uid == block and r.approved and not r.deleted]
        hidden = [r.id for r in records if not (r.block_uid == block and r.approved and not r.deleted)]
        base = json.dumps({"type": "inputs", "items": [public_input(r) for r in shown], "removed": hidden},
                          ensure_ascii=False)
        waiting = {r.id: r for r in records if r.block_uid == block and not r.approved and not r.deleted}
        batch = {r.id for r in records}
        pairs: list[tuple[Socket, str]] = []
        for sock in list(self.sockets.values()):
            own = self.authored.get(sock.session.participant_id, set())
            if not own or own.isdisjoint(batch):  # nothing of this participant's own: the shared bytes
                pairs.append((sock, base))
                continue
            items = [public_input(r, mine=r.id in own) for r in shown]
            items += [public_input(r, mine=True) for rid, r in waiting.items() if rid in own]
            removed = [i for i in hidden if i not in own or i not in waiting]
            pairs.append((sock, json.dumps({"type": "inputs", "items": items, "removed": removed}, ensure_ascii=False)))
        self._spawn(self._broadcast(pairs))
