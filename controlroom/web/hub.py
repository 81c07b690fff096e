"""The WebSocket hub: every connected view gets the snapshot it needs, pushed when it changed.

Protocol (JSON text frames):

* server → page: ``{"t": "hello", "view": …, "room": …}`` once, then ``{"t": "state", "data": {…}}``
  whenever the view's snapshot changed (never the same snapshot twice in a row), and
  ``{"t": "pong", "id": n, "s": ms}`` for each ping: ``s`` is the server's clock (epoch milliseconds)
  at the moment the pong is written, for the page's clock-offset estimate. ``{"t": "bye", "reason": …}``
  before the server closes a connection on purpose (keys revoked, server stopping).
* page → server: ``{"t": "ping", "id": n}`` only (a heartbeat, about once a second).

Bounds, so no client can hurt the others or the timer: inbound frames over ``max_in_bytes`` (4 KiB)
close that connection (1009), anything but a well-formed ping closes it (1003), more than the per-client
rate of messages closes it (1008), silence for ``idle_seconds`` closes it; at most ``max_clients``
connections (503 beyond).

Sending never waits for a client. A snapshot is encoded once as a WebSocket frame (a server's frames
are not masked, so the bytes are the same for every client) and written to each client's socket at
once; what the socket cannot take yet waits in that client's write buffer. A client whose buffer grows
past ``max_buffer``, or stays full for ``send_timeout`` seconds, does not read: it is cut off alone.
So a broadcast to a thousand screens is a thousand buffer writes, not a thousand tasks.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socket
import struct
import time
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
    #: Seconds a client's write buffer may stay non-empty (its socket full) before it is dropped.
    send_timeout: float = 5.0
    #: Seconds without a message from the client before it is dropped (pages ping every second).
    idle_seconds: float = 30.0
    #: The kernel's send buffer for a view's socket (None: the system's default).
    socket_send_buffer: int | None = 64 * 1024


Producer = Callable[[set[ViewSpec]], Awaitable[dict[ViewSpec, dict]]]


def text_frame(text: str) -> bytes:
    """One unmasked, final WebSocket text frame (RFC 6455 §5.2), as a server sends it."""
    payload = text.encode("utf-8")
    n = len(payload)
    if n < 126:
        head = struct.pack("!BB", 0x81, n)
    elif n < 65536:
        head = struct.pack("!BBH", 0x81, 126, n)
    else:
        head = struct.pack("!BBQ", 0x81, 127, n)
    return head + payload


@dataclass(eq=False)
class Client:
    ws: web.WebSocketResponse
    spec: ViewSpec
    key: str | None
    remote: str
    transport: asyncio.Transport | None
    bucket: TokenBucket
    last_state: str | None = None
    #: ``time.monotonic()`` since the write buffer has been non-empty (None: it drained).
    backed_up_since: float | None = None
    closing: bool = False
    close_reason: str = ""
    sent: int = field(default=0)


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
        """Write each client its view's snapshot, unless it has it already. Never waits for a client."""
        frames: dict[ViewSpec, tuple[str, bytes]] = {}
        for spec, data in snapshots.items():
            text = json.dumps({"t": "state", "data": data}, ensure_ascii=False, separators=(",", ":"), default=str)
            frames[spec] = (text, text_frame(text))
            self.latest[spec] = text
        for client in list(self.clients):
            found = frames.get(client.spec)
            if found is None or client.closing or found[0] == client.last_state:
                continue
            client.last_state = found[0]
            self._write(client, found[1])

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
        client = Client(ws, spec, key, request.remote or "", transport, TokenBucket(limits.in_rate, limits.in_burst))
        self.clients.add(client)
        try:
            hello = {"t": "hello", "v": 1, "view": spec.kind, "room": spec.room, "ping_ms": 1000}
            self._write(client, text_frame(json.dumps(hello, ensure_ascii=False)))
            known = self.latest.get(spec)
            if known is not None:
                client.last_state = known
                self._write(client, text_frame(known))
            self._request_refresh()
            await self._reader(client)
        finally:
            self.clients.discard(client)
            client.closing = True
            if not ws.closed and not (transport is not None and transport.is_closing()):
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
                ident = self._ping_id(msg.data)
                if ident is None:
                    await self.drop(client, CLOSE_BAD_DATA, "malformed")
                    return
                # the server's time as late as possible: written at once, no queue between
                self._write(client, text_frame(f'{{"t":"pong","id":{ident},"s":{self.server_ms()}}}'))
            elif msg.type == WSMsgType.BINARY:
                await self.drop(client, CLOSE_BAD_DATA, "binary")
                return
            elif msg.type == WSMsgType.ERROR:
                self._count("too-big" if ws.close_code == CLOSE_TOO_BIG else "protocol")
                return
            else:  # CLOSE, CLOSING, CLOSED
                return

    @staticmethod
    def _ping_id(data: str) -> int | None:
        """The id of a well-formed ping; None for anything else."""
        try:
            message = json.loads(data)
        except (ValueError, RecursionError):
            return None
        if not isinstance(message, dict) or message.get("t") != "ping":
            return None
        ident = message.get("id")
        if isinstance(ident, bool) or not isinstance(ident, int) or not 0 <= ident < 2**31:
            return None
        return ident

    def _write(self, client: Client, frame: bytes) -> None:
        """Put a whole frame in the client's socket (or its write buffer); cut the client off when the
        buffer shows it does not read."""
        transport = client.transport
        if client.closing or transport is None or transport.is_closing():
            return
        waiting = transport.get_write_buffer_size()
        if waiting + len(frame) > self.limits.max_buffer:
            self._abort(client, "slow")
            return
        if waiting and client.backed_up_since is not None and \
                time.monotonic() - client.backed_up_since > self.limits.send_timeout:
            self._abort(client, "slow")
            return
        transport.write(frame)
        client.sent += 1
        if transport.get_write_buffer_size():
            client.backed_up_since = client.backed_up_since or time.monotonic()
        else:
            client.backed_up_since = None

    def sweep(self) -> None:
        """Cut off every client whose socket has stayed full for ``send_timeout`` (called periodically)."""
        now = time.monotonic()
        for client in list(self.clients):
            transport = client.transport
            if client.closing or transport is None:
                continue
            if transport.get_write_buffer_size() == 0:
                client.backed_up_since = None
            elif client.backed_up_since is None:
                client.backed_up_since = now
            elif now - client.backed_up_since > self.limits.send_timeout:
                self._abort(client, "slow")

    # -- closing ----------------------------------------------------------------------------------
    def _count(self, reason: str) -> None:
        self.drops[reason] = self.drops.get(reason, 0) + 1

    def _abort(self, client: Client, reason: str) -> None:
        """Cut a client that does not read: no close handshake to wait for."""
        if client.closing:
            return
        client.closing = True
        client.close_reason = reason
        self._count(reason)
        log.info("view %s from %s dropped: %s", client.spec.kind, client.remote, reason)
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
        self._write(client, text_frame(json.dumps({"t": "bye", "reason": reason})))
        await self.drop(client, code, reason)

    async def close(self) -> None:
        self._closed = True
        if self._refresh_task is not None:
            self._refresh_task.cancel()
        await asyncio.gather(*(self._say_bye(c, CLOSE_GOING_AWAY, "stopping") for c in list(self.clients)),
                             return_exceptions=True)
