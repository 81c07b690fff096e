"""500 screens on one laptop: WebSocket clients on loopback hold the stage view (each pings once a second,
as the pages do) while the moderator sends a change twice a second. Measured in the server's process: the
longest stall of its event loop (a 5 ms sleep that wakes late) while it broadcasts, the CPU time it uses
and its resident memory; per client: the difference to the same run with 0 clients (the baseline, in the
same invocation), divided by the clients. Also: from the change's request to the last client holding it.
A stall is reported twice: as the wall time the loop woke late, and as the loop thread's own CPU time in
that interval (the rest is the process waiting for a core: the clients' process shares the machine).

    .venv/bin/python bench/views_clients.py [--clients 500] [--seconds 20]

The server runs in a process of its own (as beside the window); the clients run in this one. Loopback is
one address, so the bench raises the server's per-address request limit for the clients' handshakes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import percentile, seed_event_today

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


# -- the server, in a process of its own, with a stall probe -----------------------------------------------
def serve(event: Path) -> None:
    from controlroom.clock import SystemClock
    from controlroom.live.service import LiveService
    from controlroom.models import EventStore
    from controlroom.web.keys import ViewKeys
    from controlroom.web.server import WebServer

    async def main() -> None:
        loop = asyncio.get_running_loop()
        store = EventStore.open(event, backup=False)
        keys = ViewKeys.generate()
        server = WebServer(LiveService(store, SystemClock()), port=0, view_keys=keys, require_view_keys=True,
                           max_clients=2000, http_rate=2000, http_burst=2000)
        await server.start()
        stalls: list[float] = []
        busy: list[float] = []

        async def probe() -> None:
            # A late wake-up is a stall; the loop thread's own CPU time in that interval tells how much of
            # it was work on the loop (ours) and how much the process waited for a core (other processes).
            while True:
                t0, c0 = time.perf_counter(), time.thread_time()
                await asyncio.sleep(0.005)
                late = (time.perf_counter() - t0 - 0.005) * 1000
                stalls.append(late)
                busy.append(min(late, (time.thread_time() - c0) * 1000))

        probing = loop.create_task(probe())
        print(json.dumps({"port": server.port, "stage": keys.key("stage")}), flush=True)
        reader = asyncio.StreamReader()
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
        cpu0 = time.process_time()
        while line := (await reader.readline()).decode().strip():
            if line == "reset":
                stalls.clear()
                busy.clear()
                cpu0 = time.process_time()
                print(json.dumps({"ok": True}), flush=True)
            elif line == "report":
                print(json.dumps({"max_stall_ms": max(stalls, default=0.0), "p99_stall_ms": percentile(stalls, 99),
                                  "max_busy_ms": max(busy, default=0.0), "p99_busy_ms": percentile(busy, 99),
                                  "cpu_s": time.process_time() - cpu0, "rss_kb": rss_kb(),
                                  "clients": len(server.hub.clients)}), flush=True)
        probing.cancel()
        await server.close()
        store.close()

    asyncio.run(main())


# -- the clients and the scenario ---------------------------------------------------------------------------
class Server:
    def __init__(self, event: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, __file__, "--serve", str(event)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, cwd=REPO)
        self.info = json.loads(self.proc.stdout.readline())

    def ask(self, command: str) -> dict:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(30)


async def scenario(server: Server, clients: int, seconds: float) -> dict:
    import aiohttp

    port, key = server.info["port"], server.info["stage"]
    received: dict[str, list[float]] = {}
    session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0))
    sockets = []
    tasks = []

    async def client(ws) -> None:
        ping = 0
        next_ping = time.monotonic() + 1
        while True:
            timeout = max(0.0, next_ping - time.monotonic())
            try:
                msg = await ws.receive(timeout=timeout)
            except TimeoutError:
                ping += 1
                await ws.send_str(json.dumps({"t": "ping", "id": ping}))
                next_ping += 1
                continue
            if msg.type != aiohttp.WSMsgType.TEXT:
                return
            data = json.loads(msg.data)
            if data["t"] == "state":
                text = data["data"]["message"] or ""
                received.setdefault(text, []).append(time.perf_counter())

    for _ in range(clients):
        ws = await session.ws_connect(f"ws://127.0.0.1:{port}/ws?view=stage&key={key}")
        sockets.append(ws)
        tasks.append(asyncio.get_running_loop().create_task(client(ws)))
    await asyncio.sleep(2.0)
    await asyncio.to_thread(server.ask, "reset")
    sent: dict[str, float] = {}
    started = time.monotonic()
    n = 0
    while time.monotonic() - started < seconds:
        n += 1
        text = f"Melding {n}"
        sent[text] = time.perf_counter()
        async with session.post(f"http://127.0.0.1:{port}/api/v1/message", json={"text": text}) as resp:
            assert resp.status == 200
        await asyncio.sleep(0.5)
    await asyncio.sleep(1.0)
    stats = await asyncio.to_thread(server.ask, "report")
    spread = [(max(received[t]) - sent[t]) * 1000 for t in sent if clients and len(received.get(t, [])) == clients]
    missing = sum(1 for t in sent if clients and len(received.get(t, [])) < clients)
    for task in tasks:
        task.cancel()
    for ws in sockets:
        await ws.close()
    await session.close()
    stats.update(changes=len(sent), last_client_ms=spread, incomplete=missing)
    return stats


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=500)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--serve", metavar="EVENT")
    args = parser.parse_args()
    if args.serve:
        serve(Path(args.serve))
        return
    resource.setrlimit(resource.RLIMIT_NOFILE, (4096, 4096))
    tmp = Path(tempfile.mkdtemp(prefix="bench-views-clients-"))
    results = {}
    for clients in (0, args.clients):
        event = tmp / f"dag-{clients}.krom"
        seed_event_today(event)
        server = Server(event)
        try:
            results[clients] = asyncio.run(scenario(server, clients, args.seconds))
        finally:
            server.close()
        r = results[clients]
        line = (f"{clients} clients: {r['changes']} changes in {args.seconds:.0f} s; server loop stall max "
                f"{r['max_stall_ms']:.1f} ms, p99 {r['p99_stall_ms']:.2f} ms (of it the loop's own CPU: max "
                f"{r['max_busy_ms']:.1f} ms, p99 {r['p99_busy_ms']:.2f} ms); server CPU {r['cpu_s']:.2f} s "
                f"({100 * r['cpu_s'] / args.seconds:.1f} % of one core); server RSS {r['rss_kb'] / 1024:.1f} MiB")
        if clients:
            line += (f"; change → last of {clients} clients p50 {percentile(r['last_client_ms'], 50):.1f} ms "
                     f"p99 {percentile(r['last_client_ms'], 99):.1f} ms, {r['incomplete']} changes missed by a client")
        print(line, flush=True)
    base, full = results[0], results[args.clients]
    n = args.clients
    print(f"per client (against the 0-client baseline): memory {(full['rss_kb'] - base['rss_kb']) / n:.1f} KiB, "
          f"CPU {1000 * (full['cpu_s'] - base['cpu_s']) / n / args.seconds:.3f} ms per second "
          f"({100 * (full['cpu_s'] - base['cpu_s']) / args.seconds / n:.4f} % of a core)", flush=True)


if __name__ == "__main__":
    main()
