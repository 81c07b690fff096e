"""The WebSocket hub: every connected view gets the snapshot it needs, pushed when it changed.

Protocol (JSON text frames):

* server → page: ``{"t": "hello", "view": …, "room": …}`` once, then ``{"t": "state", "data": {…}}``
  whenever the view's snapshot changed (never the same snapshot twice in a row), and
  ``{"t": "pong", "id": n, "s": ms}`` for each ping: ``s`` is the server's clock (epoch milliseconds)
  at the moment the pong is written, for the page's clock-offset estimate. ``{"t": "bye", "reason": …}``
  before the server closes a connection on purpose (keys revoked, server stopping).
* page → server: ``{"t": "ping", "id": n}`` only (a heartbeat, about once a second).

Bounds, so no client can hurt the others or the timer: inbound frames over ``max_in_bytes`` (4 KiB)
close that connection (1009), anything but a well-formed ping closes it (1003/1008), more than the
per-client rate of messages closes it (1008), silence for ``idle_seconds`` closes it; at most
``max_clients`` connections (503 beyond). Sending never blocks the broadcast: each client has its own
sender task, a new snapshot replaces one not yet sent, and a client whose socket does not drain (it
never reads) is dropped when its write buffer passes ``max_buffer`` or one write waits longer than
``send_timeout``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socket
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from aiohttp import WSMsgType, web

from controlroom.web.ratelimit import TokenBucket

log = logging.getLogger(__name__)

#: Close codes the pages understand (4xxx: the application's own).
CLOSE_BAD_DATA = 1003
CLOSE_POLICY = 1008
CLOSE_TOO_BIG = 1009
CLOSE_GOING_AWAY = 1001
CLOSE_IDLE = 4000
CLOSE_SLOW = 4001
CLOSE_REVOKED = 4403


@dataclass(frozen=True)
class ViewSpec:
    """What one connection shows: the view kind and, for a breakout room's view, the room."""

    kind: str
    room: str | None = None


@dataclass(frozen=True)
class HubLimits:
    max_clients: int = 1000
    #: Largest inbound frame (bytes).
    max_in_bytes: int = 4096
    #: Inbound messages a client may send: a rate per second and a burst.
    in_rate: float = 5.0
    in_burst: float = 30.0
    #: Bytes waiting in a client's write buffer before it is dropped as not reading.
    max_buffer: int = 256 * 1024
    #: Seconds one write may wait for the client to drain.
    send_timeout: float = 5.0
    #: Queued control messages (pongs) before the client is dropped.
    max_queue: int = 64
    #: Seconds without a message from the client before it is dropped (pages ping every second).
    idle_seconds: float = 30.0
    #: The kernel's send buffer for a view's socket (None: the system's default).
    socket_send_buffer: int | None = 64 * 1024


Producer = Callable[[set[ViewSpec]], Awaitable[dict[ViewSpec, dict]]]


@dataclass(eq=False)
class Client:
    ws: web.WebSocketResponse
    spec: ViewSpec
    key: str | None
    remote: str
    transport: asyncio.Transport | None
    bucket: TokenBucket
    control: deque[str | Callable[[], str]] = field(default_factory=deque)
    pending_state: str | None = None
    last_state: str | None = None
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    closing: bool = False
    close_reason: str = ""


class Hub:
    def __init__(self, produce: Producer, server_ms: Callable[[], int], limits: HubLimits | None = None) -> None:
        self.produce = produce
        self.server_ms = server_ms
        self.limits = limits or HubLimits()
        self.clients: set[Client] = set()
        #: The last snapshot sent per view (JSON), handed to a new client at once.
        self.latest: dict[ViewSpec, str] = {}
        self._refresh_task: asyncio.Task | None = None
        self._dirty = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed = False
        #: Counted for tests and benches: why clients were dropped.
        self.drops: dict[str, int] = {}

    # -- change notifications -------------------------------------------------------------------
    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop

    def notify(self) -> None:
        """Something changed: recompute the views' snapshots soon (coalesced; safe from any thread)."""
        loop = self._loop
        if loop is None or loop.is_closed() or self._closed:
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            self._request_refresh()
        else:
            with contextlib.suppress(RuntimeError):  # the loop closed in between
                loop.call_soon_threadsafe(self._request_refresh)

    def _request_refresh(self) -> None:
        if self._closed or not self.clients:
            return
        if self._refresh_task is not None and not self._refresh_task.done():
            self._dirty = True
            return
        loop = self._loop or asyncio.get_event_loop()
        self._refresh_task = loop.create_task(self._refresh())

    async def _refresh(self) -> None:
        while True:
            self._dirty = False
            specs = {c.spec for c in self.clients if not c.closing}
            if not specs:
                return
            try:
                snapshots = await self.produce(specs)
            except Exception:
                log.exception("view snapshots failed")
                return
            self.publish(snapshots)
            if not self._dirty:
                return

    def publish(self, snapshots: dict[ViewSpec, dict]) -> None:
        """Hand each client its view's snapshot, unless it has it already. Never waits for a client."""
        encoded: dict[ViewSpec, str] = {}
        for spec, data in snapshots.items():
            text = json.dumps({"t": "state", "data": data}, ensure_ascii=False, separators=(",", ":"), default=str)
            encoded[spec] = text
            self.latest[spec] = text
        for client in list(self.clients):
            text = encoded.get(client.spec)
            if text is None or client.closing or text == client.last_state:
                continue
            client.last_state = text
            client.pending_state = text
            client.wake.set()

    # -- one connection -------------------------------------------------------------------------
    def full(self) -> bool:
        return len(self.clients) >= self.limits.max_clients

    async def serve(self, request: web.Request, spec: ViewSpec, key: str | None) -> web.WebSocketResponse:
        """Run one view's connection until it closes (the handshake was authorised by the caller)."""
        limits = self.limits
        ws = web.WebSocketResponse(max_msg_size=limits.max_in_bytes, autoping=True, heartbeat=None,
                                   compress=False, timeout=1.0)
        await ws.prepare(request)
        transport = request.transport
        if transport is not None and limits.socket_send_buffer:
            sock = transport.get_extra_info("socket")
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, limits.socket_send_buffer)
            with contextlib.suppress(Exception):
                transport.set_write_buffer_limits(high=min(64 * 1024, limits.max_buffer))
        client = Client(ws, spec, key, request.remote or "", transport, TokenBucket(limits.in_rate, limits.in_burst))
        self.clients.add(client)
        sender = (self._loop or asyncio.get_event_loop()).create_task(self._sender(client))
        try:
            self._enqueue(client, json.dumps({"t": "hello", "v": 1, "view": spec.kind, "room": spec.room,
                                              "ping_ms": 1000}, ensure_ascii=False))
            known = self.latest.get(spec)
            if known is not None:
                client.last_state = client.pending_state = known
                client.wake.set()
            self._request_refresh()
            await self._reader(client)
        finally:
            self.clients.discard(client)
            client.closing = True
            sender.cancel()
            with contextlib.suppress(BaseException):
                await sender
            if not ws.closed:
                await self._close(client, CLOSE_GOING_AWAY, "")
        return ws

    async def _reader(self, client: Client) -> None:
        ws, limits = client.ws, self.limits
        while not client.closing:
            try:
                msg = await ws.receive(timeout=limits.idle_seconds)
            except TimeoutError:
                await self.drop(client, CLOSE_IDLE, "idle")
                return
            if msg.type == WSMsgType.TEXT:
                if client.bucket.take(time.monotonic()) > 0:
                    await self.drop(client, CLOSE_POLICY, "rate")
                    return
                reply = self._answer(msg.data)
                if reply is None:
                    await self.drop(client, CLOSE_BAD_DATA, "malformed")
                    return
                self._enqueue(client, reply)
            elif msg.type == WSMsgType.BINARY:
                await self.drop(client, CLOSE_BAD_DATA, "binary")
                return
            elif msg.type == WSMsgType.ERROR:
                self._count("too-big" if ws.close_code == CLOSE_TOO_BIG else "protocol")
                return
            else:  # CLOSE, CLOSING, CLOSED
                return

    def _answer(self, data: str) -> Callable[[], str] | None:
        """The reply to a well-formed ping (made when it is written, so its time is fresh); None otherwise."""
        try:
            message = json.loads(data)
        except (ValueError, RecursionError):
            return None
        if not isinstance(message, dict) or message.get("t") != "ping":
            return None
        ident = message.get("id")
        if isinstance(ident, bool) or not isinstance(ident, int) or not 0 <= ident < 2**31:
            return None
        return lambda: f'{{"t":"pong","id":{ident},"s":{self.server_ms()}}}'

    def _enqueue(self, client: Client, item: str | Callable[[], str]) -> None:
        if len(client.control) >= self.limits.max_queue:
            self._abort(client, "queue")
            return
        client.control.append(item)
        client.wake.set()

    async def _sender(self, client: Client) -> None:
        limits = self.limits
        while not client.closing:
            await client.wake.wait()
            client.wake.clear()
            while (client.control or client.pending_state is not None) and not client.closing:
                if client.control:
                    item = client.control.popleft()
                    text = item() if callable(item) else item
                else:
                    text, client.pending_state = client.pending_state, None
                transport = client.transport
                if transport is not None and transport.get_write_buffer_size() > limits.max_buffer:
                    self._abort(client, "slow")
                    return
                try:
                    await asyncio.wait_for(client.ws.send_str(text), limits.send_timeout)
                except TimeoutError:
                    self._abort(client, "slow")
                    return
                except (ConnectionError, RuntimeError):  # the client went away
                    return

    # -- closing ----------------------------------------------------------------------------------
    def _count(self, reason: str) -> None:
        self.drops[reason] = self.drops.get(reason, 0) + 1

    def _abort(self, client: Client, reason: str) -> None:
        """Cut a client that does not read (its socket does not drain): no close handshake to wait for."""
        if client.closing:
            return
        client.closing = True
        client.close_reason = reason
        self._count(reason)
        log.info("view %s from %s dropped: %s", client.spec.kind, client.remote, reason)
        client.wake.set()
        if client.transport is not None:
            client.transport.abort()

    async def drop(self, client: Client, code: int, reason: str) -> None:
        """Close one client (and only it) with ``code``: politely, or by aborting when it does not drain."""
        if client.closing:
            return
        client.closing = True
        client.close_reason = reason
        self._count(reason)
        log.info("view %s from %s dropped: %s", client.spec.kind, client.remote, reason)
        client.wake.set()
        await self._close(client, code, reason)

    async def _close(self, client: Client, code: int, reason: str) -> None:
        transport = client.transport
        if transport is not None and transport.get_write_buffer_size() > self.limits.max_buffer // 2:
            transport.abort()
            return
        try:
            await asyncio.wait_for(client.ws.close(code=code, message=reason.encode()), 2.0)
        except (TimeoutError, ConnectionError, RuntimeError):
            if transport is not None:
                transport.abort()

    async def revoke(self, still_valid: Callable[[ViewSpec, str | None], bool]) -> int:
        """Disconnect every client whose key no longer opens its view; returns how many."""
        gone = [c for c in self.clients if not still_valid(c.spec, c.key)]
        await asyncio.gather(*(self._say_bye(c, CLOSE_REVOKED, "revoked") for c in gone), return_exceptions=True)
        return len(gone)

    async def _say_bye(self, client: Client, code: int, reason: str) -> None:
        if client.closing:
            return
        with contextlib.suppress(Exception):
            await asyncio.wait_for(client.ws.send_str(json.dumps({"t": "bye", "reason": reason})), 1.0)
        await self.drop(client, code, reason)

    async def close(self) -> None:
        self._closed = True
        if self._refresh_task is not None:
            self._refresh_task.cancel()
        await asyncio.gather(*(self._say_bye(c, CLOSE_GOING_AWAY, "stopping") for c in list(self.clients)),
                             return_exceptions=True)
