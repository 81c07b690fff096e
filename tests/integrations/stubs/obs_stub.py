"""A small obs-websocket v5 peer on 127.0.0.1 (own thread and loop), from the protocol documentation:
Hello/Identify with a fresh salt and challenge per connection, the answer checked by the documented recipe
computed here (:func:`documented_auth`, never our client's code; close 4009 on a wrong answer), requests with status codes
(100 ok, 500 already running, 501 not running, 600 not found), and events. It sends the event a request
causes *before* the request's response, as real OBS may. Faults: ``hang`` (accept, never answer
requests), ``delays`` (answer a request type late), ``reject`` (close new connections before Hello, as an
OBS that is starting up) and ``drop_clients()`` (close every open connection, as an OBS restart). Used
where a real OBS would be too slow to start (the cue day tests, the hang bench)."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import json
import secrets
import threading

import websockets


def documented_auth(password: str, salt: str, challenge: str) -> str:
    """The Identify ``authentication`` string as obs-websocket 5's protocol document spells it out, step by
    step, written here on its own (never our client's function): SHA-256 of password + salt, base64 of that
    digest is the secret; SHA-256 of secret + challenge, base64 of that digest is what the client sends."""
    secret_digest = hashlib.sha256(f"{password}{salt}".encode()).digest()
    base64_secret = base64.b64encode(secret_digest).decode("ascii")
    answer_digest = hashlib.sha256(f"{base64_secret}{challenge}".encode()).digest()
    return base64.b64encode(answer_digest).decode("ascii")


class ObsStub:
    def __init__(self, password: str = "pw") -> None:
        self.password = password
        self.scenes = ["Scene", "Plenum", "Pause-bilde"]
        self.scene = "Scene"
        self.streaming = False
        self.recording = False
        self.muted: dict[str, bool] = {"Mikrofon": False}
        self.requests: list[tuple[str, dict]] = []
        self.fault: str | None = None
        self.hang_on: set[str] = set()
        #: (request type, n): hang on the n-th request of that type (1-based), e.g. ("StartStream", 2).
        self.hang_at: tuple[str, int] | None = None
        #: Seconds to wait before answering a request type, e.g. {"StartStream": 0.6}.
        self.delays: dict[str, float] = {}
        #: Close new connections at once (code 1013, try again later) instead of saying Hello.
        self.reject = False
        #: Connections accepted (rejected ones included).
        self.connections = 0
        #: (salt, challenge) sent in each Hello, and the ``authentication`` each Identify carried.
        self.salts: list[tuple[str, str]] = []
        self.identified: list[str | None] = []
        self._open: set = set()
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._release: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._server = None

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_until_complete(self._start())
        self._ready.set()
        self._loop.run_forever()

    async def _start(self) -> None:
        self._release = asyncio.Event()
        self._server = await websockets.serve(self._handle, "127.0.0.1", 0, close_timeout=0.5)
        self.port = self._server.sockets[0].getsockname()[1]

    def start(self) -> ObsStub:
        self._thread.start()
        self._ready.wait(10)
        return self

    def stop(self) -> None:
        async def shutdown():
            self._release.set()
            self._server.close()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._server.wait_closed(), 2)
            others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for t in others:  # handlers of connections a client left open
                t.cancel()
            await asyncio.gather(*others, return_exceptions=True)

        fut = asyncio.run_coroutine_threadsafe(shutdown(), self._loop)
        try:
            fut.result(5)
        except TimeoutError:
            pass  # a client left a connection open; the daemon thread goes with the loop
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(5)

    def request_types(self) -> list[str]:
        return [r for r, _ in self.requests]

    def drop_clients(self) -> None:
        """Close every open connection (from the test's thread), as OBS does when it restarts."""
        async def drop() -> None:
            await asyncio.gather(*(ws.close(1001, "OBS is shutting down") for ws in list(self._open)),
                                 return_exceptions=True)

        asyncio.run_coroutine_threadsafe(drop(), self._loop).result(5)

    async def _handle(self, ws) -> None:
        self.connections += 1
        if self.reject:
            await ws.close(1013, "OBS is starting")
            return
        self._open.add(ws)
        try:
            await self._serve(ws)
        finally:
            self._open.discard(ws)

    async def _serve(self, ws) -> None:
        # A fresh salt and challenge per connection, as OBS makes them: an answer cannot be replayed.
        salt = base64.b64encode(secrets.token_bytes(32)).decode()
        challenge = base64.b64encode(secrets.token_bytes(32)).decode()
        self.salts.append((salt, challenge))
        await ws.send(json.dumps({"op": 0, "d": {"obsWebSocketVersion": "5.1.0", "rpcVersion": 1,
                                                 "authentication": {"challenge": challenge, "salt": salt}}}))
        ident = json.loads(await ws.recv())
        self.identified.append(ident["d"].get("authentication"))
        if ident["d"].get("authentication") != documented_auth(self.password, salt, challenge):
            await ws.close(4009, "Authentication failed.")
            return
        await ws.send(json.dumps({"op": 2, "d": {"negotiatedRpcVersion": 1}}))
        async for raw in ws:
            msg = json.loads(raw)
            if msg.get("op") != 6:
                continue
            d = msg["d"]
            rtype, rid, data = d["requestType"], d["requestId"], d.get("requestData") or {}
            self.requests.append((rtype, data))
            nth = sum(1 for r, _ in self.requests if r == rtype)
            if self.fault == "hang" or rtype in self.hang_on or self.hang_at == (rtype, nth):
                await self._release.wait()
                return
            if rtype in self.delays:
                await asyncio.sleep(self.delays[rtype])
            code, resp, events = self._answer(rtype, data)
            for etype, edata in events:  # events first, as OBS may
                await ws.send(json.dumps({"op": 5, "d": {"eventType": etype, "eventIntent": 1, "eventData": edata}}))
            await ws.send(json.dumps({"op": 7, "d": {
                "requestType": rtype, "requestId": rid,
                "requestStatus": {"result": code == 100, "code": code}, "responseData": resp}}))

    def _answer(self, rtype: str, data: dict):
        started = {"outputActive": True, "outputState": "OBS_WEBSOCKET_OUTPUT_STARTED"}
        stopped = {"outputActive": False, "outputState": "OBS_WEBSOCKET_OUTPUT_STOPPED"}
        if rtype == "GetVersion":
            return 100, {"obsVersion": "29.0.2-stub", "obsWebSocketVersion": "5.1.0"}, []
        if rtype == "GetSceneList":
            scenes = [{"sceneName": s, "sceneIndex": len(self.scenes) - 1 - i} for i, s in enumerate(self.scenes)]
            return 100, {"currentProgramSceneName": self.scene, "scenes": scenes}, []
        if rtype == "GetCurrentProgramScene":
            return 100, {"currentProgramSceneName": self.scene}, []
        if rtype == "SetCurrentProgramScene":
            if data.get("sceneName") not in self.scenes:
                return 600, {}, []
            self.scene = data["sceneName"]
            return 100, {}, [("CurrentProgramSceneChanged", {"sceneName": self.scene})]
        if rtype in ("StartStream", "StartRecord"):
            attr = "streaming" if rtype == "StartStream" else "recording"
            if getattr(self, attr):
                return 500, {}, []
            setattr(self, attr, True)
            return 100, {}, [("StreamStateChanged" if attr == "streaming" else "RecordStateChanged", started)]
        if rtype in ("StopStream", "StopRecord"):
            attr = "streaming" if rtype == "StopStream" else "recording"
            if not getattr(self, attr):
                return 501, {}, []
            setattr(self, attr, False)
            return 100, {}, [("StreamStateChanged" if attr == "streaming" else "RecordStateChanged", stopped)]
        if rtype == "GetStreamStatus":
            return 100, {"outputActive": self.streaming, "outputReconnecting": False, "outputDuration": 0,
                         "outputTimecode": "00:00:00.000", "outputCongestion": 0.0, "outputBytes": 0,
                         "outputSkippedFrames": 0, "outputTotalFrames": 0}, []
        if rtype == "GetRecordStatus":
            return 100, {"outputActive": self.recording, "outputDuration": 0}, []
        if rtype == "SetInputMute":
            if data.get("inputName") not in self.muted:
                return 600, {}, []
            self.muted[data["inputName"]] = bool(data.get("inputMuted"))
            return 100, {}, []
        return 204, {}, []
