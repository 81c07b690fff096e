"""A small obs-websocket v5 client on ``websockets`` (asyncio).

Hello (op 0) → Identify (op 1, with the salted challenge when auth is on) → Identified (op 2);
Request (op 6) → RequestResponse (op 7) matched by ``requestId``; Event (op 5) to listeners.
A reader task dispatches every frame as it arrives, so an event that OBS sends before the
response to the request that caused it (CurrentProgramSceneChanged before the SetCurrentProgramScene
response) is never lost: ``request_until_event`` registers the event waiter before sending.
Close code 4009 means a wrong password.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import itertools
import json
from collections.abc import Callable, Mapping
from typing import Any

import websockets

from controlroom.observable import Observable

CLOSE_AUTH_FAILED = 4009
#: Event subscription bitmask: all non-high-volume categories (General … Ui).
EVENTS_ALL = (1 << 11) - 1

EventListener = Callable[[str, dict[str, Any]], None]


class ObsProtocolError(Exception):
    """The peer broke the protocol (malformed frame, unexpected op)."""


class ObsAuthError(Exception):
    """OBS closed the connection with 4009: authentication failed."""


class ObsClosed(ConnectionError):
    """The connection closed (code and reason in the message)."""

    def __init__(self, code: int | None, reason: str = "") -> None:
        self.code = code
        self.reason = reason
        super().__init__(f"closed {code} {reason}".strip())


class ObsRequestFailed(Exception):
    def __init__(self, request_type: str, code: int, comment: str) -> None:
        self.request_type = request_type
        self.code = code
        self.comment = comment
        super().__init__(f"{request_type}: {code} {comment}")


def auth_string(password: str, salt: str, challenge: str) -> str:
    secret = base64.b64encode(hashlib.sha256((password + salt).encode()).digest()).decode()
    return base64.b64encode(hashlib.sha256((secret + challenge).encode()).digest()).decode()


class ObsClient:
    def __init__(self, url: str, password: str | None = None) -> None:
        self.url = url
        self._password = password
        self._ws: Any = None
        self._reader: asyncio.Task | None = None
        self._pending: dict[str, asyncio.Future] = {}
        self._waiters: list[tuple[str, Callable[[dict], bool], asyncio.Future]] = []
        self.events: Observable[tuple[str, dict[str, Any]]] = Observable("OBS events")
        self._ids = itertools.count(1)
        self.on_close: Callable[[ObsClosed], None] | None = None
        self.server_info: dict[str, Any] = {}
        self._closed_exc: ObsClosed | None = None

    @property
    def connected(self) -> bool:
        return self._ws is not None and self._reader is not None and not self._reader.done()

    def subscribe(self, listener: EventListener) -> Callable[[], None]:
        """``listener(event_type, data)`` for every event OBS sends; returns the unsubscriber."""
        return self.events.subscribe(lambda event: listener(*event))

    async def connect(self, timeout: float = 5.0) -> None:
        """Open, authenticate and identify. Raises ObsAuthError (4009), OSError, TimeoutError, ObsProtocolError."""
        self._closed_exc = None
        ws = await websockets.connect(self.url, open_timeout=timeout, max_size=2**24, ping_interval=10,
                                      ping_timeout=10, close_timeout=1)
        try:
            hello = await self._recv_json(ws, timeout)
            if hello.get("op") != 0:
                raise ObsProtocolError(f"expected Hello, got op {hello.get('op')}")
            d = hello.get("d") or {}
            self.server_info = dict(d)
            identify: dict[str, Any] = {"rpcVersion": 1, "eventSubscriptions": EVENTS_ALL}
            auth = d.get("authentication")
            if auth:
                identify["authentication"] = auth_string(self._password or "", auth["salt"], auth["challenge"])
            await ws.send(json.dumps({"op": 1, "d": identify}))
            try:
                ident = await self._recv_json(ws, timeout)
            except websockets.ConnectionClosed as exc:
                code = exc.rcvd.code if exc.rcvd else None
                if code == CLOSE_AUTH_FAILED:
                    raise ObsAuthError("authentication failed") from exc
                raise ObsClosed(code, exc.rcvd.reason if exc.rcvd else "") from exc
            if ident.get("op") != 2:
                raise ObsProtocolError(f"expected Identified, got op {ident.get('op')}")
        except BaseException:
            await ws.close()
            raise
        self._ws = ws
        self._reader = asyncio.get_running_loop().create_task(self._read(ws), name="obs-reader")

    @staticmethod
    async def _recv_json(ws, timeout: float) -> dict[str, Any]:
        raw = await asyncio.wait_for(ws.recv(), timeout)
        try:
            msg = json.loads(raw)
        except (TypeError, ValueError) as exc:
            raise ObsProtocolError("frame is not JSON") from exc
        if not isinstance(msg, dict):
            raise ObsProtocolError("frame is not an object")
        return msg

    async def _read(self, ws) -> None:
        exc_out: ObsClosed
        try:
            async for raw in ws:
                try:
                    msg = json.loads(raw)
                    op = msg["op"]
                    d = msg.get("d") or {}
                except (TypeError, ValueError, KeyError):
                    continue  # a malformed frame is skipped; the pending request times out
                if op == 7:
                    fut = self._pending.pop(str(d.get("requestId")), None)
                    if fut is not None and not fut.done():
                        fut.set_result(d)
                elif op == 5:
                    self._dispatch_event(str(d.get("eventType", "")), d.get("eventData") or {})
            exc_out = ObsClosed(ws.close_code, ws.close_reason or "")
        except websockets.ConnectionClosed as exc:
            exc_out = ObsClosed(exc.rcvd.code if exc.rcvd else None, exc.rcvd.reason if exc.rcvd else "")
        except Exception as exc:  # noqa: BLE001
            exc_out = ObsClosed(None, type(exc).__name__)
        self._fail_all(exc_out)

    def _dispatch_event(self, event_type: str, data: dict[str, Any]) -> None:
        for waiter in list(self._waiters):
            name, pred, fut = waiter
            if name == event_type and not fut.done():
                try:
                    matched = pred(data)
                except Exception:  # noqa: BLE001
                    matched = False
                if matched:
                    fut.set_result(data)
        self.events.emit((event_type, data))

    def _fail_all(self, exc: ObsClosed) -> None:
        self._closed_exc = exc
        for fut in self._pending.values():
            if not fut.done():
                fut.set_exception(exc)
        self._pending.clear()
        for _, _, fut in self._waiters:
            if not fut.done():
                fut.set_exception(exc)
        self._ws = None
        if self.on_close is not None:
            with contextlib.suppress(Exception):
                self.on_close(exc)

    async def request(self, request_type: str, data: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Send one request and await its response data. Raises ObsRequestFailed on a non-100 status."""
        ws = self._ws
        if ws is None:
            raise self._closed_exc or ObsClosed(None, "not connected")
        rid = str(next(self._ids))
        fut: asyncio.Future = asyncio.get_running_loop().create_future()
        self._pending[rid] = fut
        frame: dict[str, Any] = {"requestType": request_type, "requestId": rid}
        if data:
            frame["requestData"] = dict(data)
        try:
            await ws.send(json.dumps({"op": 6, "d": frame}))
            reply = await fut
        finally:
            self._pending.pop(rid, None)
        status = reply.get("requestStatus")
        if not isinstance(status, dict) or "code" not in status:
            raise ObsProtocolError("response without requestStatus")
        if not status.get("result"):
            raise ObsRequestFailed(request_type, int(status.get("code", 0)), str(status.get("comment") or ""))
        return dict(reply.get("responseData") or {})

    def expect_event(self, event_type: str, predicate: Callable[[dict], bool] = lambda _d: True) -> asyncio.Future:
        """A future resolved by the next matching event; register before sending the request."""
        fut: asyncio.Future = asyncio.get_running_loop().create_future()
        entry = (event_type, predicate, fut)
        self._waiters.append(entry)
        fut.add_done_callback(lambda _f: self._waiters.remove(entry) if entry in self._waiters else None)
        return fut

    async def request_until_event(
        self, request_type: str, data: Mapping[str, Any] | None, event_type: str,
        predicate: Callable[[dict], bool] = lambda _d: True,
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """Send a request and await both its response and the confirming event (in either order)."""
        waiter = self.expect_event(event_type, predicate)
        try:
            response = await self.request(request_type, data)
            event = await waiter
        finally:
            waiter.cancel()
        return response, event

    async def close(self) -> None:
        ws, self._ws = self._ws, None
        if ws is not None:
            with contextlib.suppress(Exception):
                await ws.close()
        if self._reader is not None:
            with contextlib.suppress(BaseException):
                await asyncio.wait_for(self._reader, 2.0)
            self._reader = None
