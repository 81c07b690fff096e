"""The adapter framework: backoff, timeouts, retries only for safe actions, status and reconnect."""

from __future__ import annotations

import asyncio
import random

from controlroom.integrations.base import (
    Action,
    ActionSpec,
    Adapter,
    AdapterRegistry,
    Backoff,
    ConnectionState,
    ErrorKind,
    http_error,
    map_exception,
    parse_retry_after,
)

from .stubs.http_stub import free_port


class TcpAdapter(Adapter):
    """A minimal persistent adapter over a real TCP socket: one line per action, "ok" back."""

    kind = "tcp"
    title = "TCP"
    persistent = True
    specs = (ActionSpec("safe", "trygg", safe=True), ActionSpec("start", "start", safe=False))

    def __init__(self, port: int, **kw) -> None:
        super().__init__("tcp", **kw)
        self.port = port
        self.reader = self.writer = None
        self.watch: asyncio.Task | None = None

    async def _open(self) -> None:
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)

    async def _close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None

    async def _probe(self):
        return await self._perform(Action("tcp", "safe"))

    async def _perform(self, action):
        if self.writer is None:
            raise ConnectionError("not connected")
        self.writer.write(action.kind.encode() + b"\n")
        await self.writer.drain()
        line = await self.reader.readline()
        if not line:
            self.writer = None
            self._connection_lost("closed")
            raise ConnectionResetError("closed")
        if line.strip() != b"ok":
            raise ValueError(line)
        return {"reply": line.decode().strip()}


def test_backoff_is_exponential_capped_and_jittered():
    b = Backoff(initial=0.5, factor=2, cap=8, jitter=0.2)
    rng = random.Random(1)
    delays = [b.delay(n, rng) for n in range(8)]
    assert all(0.4 <= d <= 0.6 for d in delays[:1])
    assert 3.2 <= delays[3] <= 4.8
    assert all(d <= 8 for d in delays) and delays[7] >= 6.4
    assert len({round(b.delay(2, rng), 6) for _ in range(5)}) > 1  # jitter spreads reconnects


def test_error_mapping_messages_are_norwegian():
    assert map_exception(ConnectionRefusedError(), "vMix").kind is ErrorKind.REFUSED
    assert map_exception(TimeoutError(), "vMix").kind is ErrorKind.TIMEOUT
    assert map_exception(ValueError("x"), "vMix").kind is ErrorKind.MALFORMED
    err = http_error(429, "Companion", retry_after=parse_retry_after("7"))
    assert err.kind is ErrorKind.RATE_LIMITED and err.retry_after == 7 and "prøv igjen om 7 s" in err.message
    assert http_error(401, "vMix").kind is ErrorKind.AUTH and "passord" in http_error(401, "vMix").message
    assert http_error(503, "vMix").kind is ErrorKind.SERVER
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert parse_retry_after("tull") is None


def test_reconnect_with_backoff_when_peer_appears_later_refused(run):
    port = free_port()

    async def scenario():
        seen: list[ConnectionState] = []
        a = TcpAdapter(port, timeout=1.0, backoff=Backoff(initial=0.05, factor=2, cap=0.2, jitter=0.1))
        a.subscribe(lambda _a, st: seen.append(st.state))
        a.start()
        await asyncio.sleep(0.3)
        assert a.status.state is ConnectionState.DOWN and "avvist" in a.status.reason
        assert a.status.retry_in is not None

        async def serve(reader, writer):
            while await reader.readline():
                writer.write(b"ok\n")
                await writer.drain()
            writer.close()

        server = await asyncio.start_server(serve, "127.0.0.1", port)
        for _ in range(40):
            await asyncio.sleep(0.05)
            if a.status.ok:
                break
        assert a.status.state is ConnectionState.CONNECTED
        assert ConnectionState.CONNECTING in seen and ConnectionState.DOWN in seen
        assert (await a.call(Action("tcp", "safe"))).ok
        await a.close()
        server.close()
        await server.wait_closed()

    run(scenario())


def test_hang_times_out_and_unsafe_action_not_retried(run):
    async def scenario():
        accepted = []
        release = asyncio.Event()

        async def hang(reader, writer):
            accepted.append(writer)
            await release.wait()  # accepts, never answers

        server = await asyncio.start_server(hang, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        a = TcpAdapter(port, timeout=0.3, backoff=Backoff(initial=0.01, cap=0.02))
        assert (await a.connect()).state is ConnectionState.CONNECTED
        res = await a.call(Action("tcp", "start"))
        assert not res.ok and res.error_kind == ErrorKind.TIMEOUT and res.attempts == 1
        assert a.status.state is ConnectionState.DOWN
        await a.connect()
        res = await a.call(Action("tcp", "safe"))
        assert not res.ok and res.attempts == 3  # safe: retried (reconnecting each time)
        await a.close()
        release.set()
        for w in accepted:
            w.close()
        server.close()
        await server.wait_closed()

    run(scenario())


def test_registry_unknown_adapter_and_disabled(run):
    async def scenario():
        reg = AdapterRegistry()
        reg.add(TcpAdapter(free_port(), enabled=False))
        res = await reg.call(Action("nope", "x"))
        assert not res.ok and "nope" in res.message
        res = await reg.call(Action("tcp", "safe"))
        assert not res.ok and res.error_kind == ErrorKind.DISABLED
        assert reg.get("tcp").status.state is ConnectionState.DISABLED
        await reg.close_all()

    run(scenario())
