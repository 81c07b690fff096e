"""The views' WebSocket over a real socket: each view gets its snapshot and pongs with the server's time;
bad input (malformed or binary frames, frames over 4 KiB, a flood, a client that never reads) drops that
client only, while another client keeps getting every change at once."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import socket
import time

import aiohttp
import pytest

from controlroom.web.hub import HubLimits
from tests.web.support import ServerThread


def ws_url(server: ServerThread, view: str, key: str | None = None, room: str | None = None) -> str:
    from urllib.parse import urlencode

    query = {"view": view, "key": key if key is not None else server.keys.key(view)}
    if room is not None:
        query["room"] = room
    return f"ws://127.0.0.1:{server.port}/ws?{urlencode(query)}"


async def next_message(ws: aiohttp.ClientWebSocketResponse, kind: str, timeout: float = 5.0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        msg = await ws.receive(timeout=max(0.01, deadline - time.monotonic()))
        if msg.type != aiohttp.WSMsgType.TEXT:
            raise AssertionError(f"connection ended: {msg.type} {ws.close_code}")
        data = json.loads(msg.data)
        if data["t"] == kind:
            return data


async def closed_with(ws: aiohttp.ClientWebSocketResponse, timeout: float = 5.0) -> int | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        msg = await ws.receive(timeout=max(0.01, deadline - time.monotonic()))
        if msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
            return ws.close_code
    raise AssertionError("still open")


def test_each_view_gets_its_snapshot_and_pongs_carry_the_servers_time(server):
    async def scenario() -> None:
        async with aiohttp.ClientSession() as http:
            stage = await http.ws_connect(ws_url(server, "stage"))
            hello = await next_message(stage, "hello")
            assert hello["view"] == "stage"
            state = (await next_message(stage, "state"))["data"]
            assert state["view"] == "stage" and state["timer"]["idle"] and state["title"] is None
            before = time.time() * 1000
            await stage.send_str(json.dumps({"t": "ping", "id": 7}))
            pong = await next_message(stage, "pong")
            assert pong["id"] == 7 and before - 50 <= pong["s"] <= time.time() * 1000 + 50
            server.act("/api/v1/goto/8")
            state = (await next_message(stage, "state"))["data"]
            assert state["title"] == "Hvor er gullet i bærekraftsarbeidet?" and state["timer"]["running"]
            assert abs(state["timer"]["ends_at"] - (time.time() * 1000 + 30 * 60 * 1000)) < 5000
            room = await http.ws_connect(ws_url(server, "room", room="Fjorden"))
            data = (await next_message(room, "state"))["data"]
            assert data["found"] and data["room"] == "Fjorden" and data["round"] == 1
            assert data["question"].startswith("Hvor finner dere gullet")
            assert 3 <= len(data["members"]) <= 4 and sum(m["leader"] for m in data["members"]) == 1
            public = await http.ws_connect(ws_url(server, "public"))
            data = (await next_message(public, "state"))["data"]
            assert [r["kind"] for r in data["rows"]].count("now") == 1 and data["groups"]["round"] == 1
            for ws in (stage, room, public):
                await ws.close()

    asyncio.run(scenario())


def test_nothing_private_reaches_a_view(server):
    """First names only: no e-mail, no surname, no host notes, in any view's messages."""
    from controlroom.grouping.sample import LAST

    server.act("/api/v1/goto/8")

    async def scenario() -> list[str]:
        texts = []
        async with aiohttp.ClientSession() as http:
            for view, room in (("stage", None), ("public", None), ("clock", None), ("tech", None),
                               ("room", "Fjorden"), ("room", "Teams 1"), ("room", "Zoom 1")):
                ws = await http.ws_connect(ws_url(server, view, room=room))
                texts.append(json.dumps((await next_message(ws, "state"))["data"], ensure_ascii=False))
                await ws.close()
        return texts

    texts = asyncio.run(scenario())
    everything = "\n".join(texts)
    assert "Sigrid" in everything or "Ole" in everything or "Kari" in everything  # first names are there
    assert "@" not in everything and "example.no" not in everything
    for surname in LAST:
        assert surname not in everything, surname
    assert "HEMMELIG" not in everything


def test_malformed_binary_oversized_and_flooding_clients_are_dropped_alone(server):
    async def scenario() -> dict[str, int | None]:
        codes: dict[str, int | None] = {}
        async with aiohttp.ClientSession() as http:
            good = await http.ws_connect(ws_url(server, "stage"))
            await next_message(good, "state")
            cases = {
                "malformed": lambda ws: ws.send_str("{not json"),
                "not a ping": lambda ws: ws.send_str(json.dumps({"t": "start"})),
                "bad id": lambda ws: ws.send_str(json.dumps({"t": "ping", "id": "x" * 10})),
                "deep": lambda ws: ws.send_str("[" * 3000),
                "binary": lambda ws: ws.send_bytes(b"\x00\x01"),
                "oversized": lambda ws: ws.send_str(json.dumps({"t": "ping", "id": 1, "pad": "x" * 5000})),
            }
            for name, send in cases.items():
                bad = await http.ws_connect(ws_url(server, "stage"))
                await send(bad)
                codes[name] = await closed_with(bad)
            flood = await http.ws_connect(ws_url(server, "stage"))
            for i in range(200):
                if flood.closed:
                    break
                await flood.send_str(json.dumps({"t": "ping", "id": i}))
            codes["flood"] = await closed_with(flood)
            # the good client was never disturbed: it still pongs and sees the next change at once
            await good.send_str(json.dumps({"t": "ping", "id": 1}))
            assert (await next_message(good, "pong"))["id"] == 1
            await asyncio.to_thread(server.act, "/api/v1/message", {"text": "Fortsatt her"})
            assert (await next_message(good, "state", timeout=1.0))["data"]["message"] == "Fortsatt her"
            await good.close()
        return codes

    codes = asyncio.run(scenario())
    assert codes == {"malformed": 1003, "not a ping": 1003, "bad id": 1003, "deep": 1003, "binary": 1003,
                     "oversized": 1009, "flood": 1008}
    drops = server.call(lambda: dict(server.server.hub.drops))
    assert drops.get("rate") == 1 and drops.get("malformed") == 4 and drops.get("binary") == 1


def _raw_ws_client(port: str | int, path: str, rcvbuf: int = 4096) -> socket.socket:
    """A WebSocket client that completes the handshake and then never reads again."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
    sock.connect(("127.0.0.1", int(port)))
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall((f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
    head = b""
    while b"\r\n\r\n" not in head:
        head += sock.recv(1)
    assert head.startswith(b"HTTP/1.1 101"), head
    return sock


def test_a_client_that_never_reads_is_dropped_without_slowing_the_others(event):
    limits = HubLimits(send_timeout=0.5, max_buffer=32 * 1024, socket_send_buffer=8 * 1024, idle_seconds=60)
    server = ServerThread(event, require_view_keys=True, hub_limits=limits).start()
    try:
        server.act("/api/v1/goto/8")
        key = server.keys.key("public")
        slow = _raw_ws_client(server.port, f"/ws?view=public&key={key}")

        async def scenario() -> list[float]:
            delays = []
            async with aiohttp.ClientSession() as http:
                good = await http.ws_connect(ws_url(server, "public"))
                await next_message(good, "state")
                for i in range(150):
                    t0 = time.monotonic()
                    await asyncio.to_thread(server.act, "/api/v1/time?add=" + ("1" if i % 2 == 0 else "-1"))
                    await next_message(good, "state", timeout=2.0)
                    delays.append(time.monotonic() - t0)
                    if server.call(lambda: server.server.hub.drops.get("slow", 0)):
                        break
                await good.close()
            return delays

        delays = asyncio.run(scenario())
        assert server.call(lambda: server.server.hub.drops.get("slow", 0)) == 1
        assert server.call(lambda: len(server.server.hub.clients)) == 0
        assert max(delays) < 2.0  # every change reached the reading client (the wait is a deadline, not a figure)
        slow.close()
    finally:
        server.close()


def test_a_cap_on_connections(event):
    server = ServerThread(event, require_view_keys=True, max_clients=3).start()
    try:
        async def scenario() -> int:
            async with aiohttp.ClientSession() as http:
                held = [await http.ws_connect(ws_url(server, "clock")) for _ in range(3)]
                for ws in held:
                    await next_message(ws, "hello")
                with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                    await http.ws_connect(ws_url(server, "clock"))
                for ws in held:
                    await ws.close()
                return refused.value.status

        assert asyncio.run(scenario()) == 503
    finally:
        server.close()


def test_revoked_keys_disconnect_the_screens_and_open_nothing(server):
    from controlroom.web.keys import ViewKeys

    async def scenario() -> int | None:
        async with aiohttp.ClientSession() as http:
            ws = await http.ws_connect(ws_url(server, "stage"))
            await next_message(ws, "state")
            fresh = ViewKeys.generate()
            revoking = asyncio.run_coroutine_threadsafe(server.server.set_view_keys(fresh), server.loop)
            bye = await next_message(ws, "bye")
            assert bye["reason"] == "revoked"
            code = await closed_with(ws)
            assert await asyncio.wrap_future(revoking) == 1  # one screen was disconnected
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await http.ws_connect(ws_url(server, "stage"))
            assert refused.value.status == 403
            ws = await http.ws_connect(ws_url(server, "stage", key=fresh.key("stage")))
            await next_message(ws, "state")
            await ws.close()
            return code

    assert asyncio.run(scenario()) == 4403
