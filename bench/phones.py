"""300 phones on the venue's app: each signs in with its code, holds the push socket and sends an input
every 10 seconds, on loopback. Measured: inputs lost (must be 0), the time from sending an input to
seeing it in the input log read by another connection (p50/p95/max), the time until another phone's
socket shows it, and the longest stall of the server's event loop. The baseline is the same run with
one phone, in the same invocation.

    .venv/bin/python bench/phones.py [--minutes 10] [--quick] [--phones 300]

The server runs in a process of its own (``--serve``), as it does beside the window: the phones'
client sessions do not share its event loop. ``--quick`` is one minute per scenario.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from _common import percentile

REPO = Path(__file__).resolve().parent.parent
SEED002 = REPO / "tests" / "fixtures" / "seed002_programme.txt"
EVERY = 10.0  # seconds between one phone's inputs


# -- the event ---------------------------------------------------------------------------------------
def make_event(path: Path, phones: int) -> None:
    """Seed 002's workshop day with ``phones`` participants in groups; round 1's block runs."""
    from controlroom.clock import SystemClock
    from controlroom.grouping.sample import sample_participants
    from controlroom.grouping.solver import FormOptions, form
    from controlroom.importers import read_agenda
    from controlroom.live.service import LiveService
    from controlroom.models import EventStore
    from controlroom.models.agenda_repo import AgendaRepository
    from controlroom.models.people_repo import PeopleRepository

    store = EventStore.open(path, create=True, backup=False)
    agenda = AgendaRepository(store)
    agenda.import_draft(read_agenda(SEED002, day=date(2017, 9, 6)))
    blocks = agenda.blocks()
    people = PeopleRepository(store)
    people.import_participants(sample_participants(max(phones, 40) + 1, seed=11))  # + the watching phone
    formation = form(people.participants(), FormOptions(joint_search=False))
    people.save_formation(blocks[15].uid, formation, {"size": [3, 4], "k": 2})
    LiveService(store, SystemClock()).goto(15)
    store.close()


def codes(path: Path) -> list[str]:
    from controlroom.models import EventStore
    from controlroom.models.people_repo import PeopleRepository

    store = EventStore.open(path, backup=False)
    try:
        return [c.code for c in PeopleRepository(store).codes()]
    finally:
        store.close()


# -- the server (a child process) --------------------------------------------------------------------------
def serve(event: Path, port_file: Path) -> None:
    """The phone app on 127.0.0.1 with a probe of its loop; ``GET /bench/stall`` reports the probe."""
    from aiohttp import web

    from controlroom.clock import SystemClock
    from controlroom.live.service import LiveService
    from controlroom.models import EventStore
    from controlroom.phone import phone_app

    store = EventStore.open(event, backup=False)
    clock = SystemClock()
    live = LiveService(store, clock)
    late: list[float] = []

    async def probe(_app: web.Application) -> None:
        async def run() -> None:
            interval = 0.005
            while True:
                t0 = time.perf_counter()
                await asyncio.sleep(interval)
                late.append(time.perf_counter() - t0 - interval)

        task = asyncio.get_running_loop().create_task(run())
        _app["probe"] = task

    async def stall(request: web.Request) -> web.Response:
        if request.query.get("reset"):
            late.clear()
            return web.json_response({"reset": True})
        return web.json_response({"max_ms": max(late, default=0) * 1000,
                                  "p99_ms": percentile(late, 99) * 1000 if late else 0, "samples": len(late)})

    root = web.Application()
    root.on_startup.append(probe)
    root.router.add_get("/bench/stall", stall)
    root.add_subapp("/p/", phone_app(store, clock, live=live, subscribe_changes=lambda _cb: (lambda: None)))

    async def main() -> None:
        runner = web.AppRunner(root)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # noqa: SLF001
        port_file.write_text(str(port))
        stop = asyncio.Event()
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
        await stop.wait()
        await runner.cleanup()

    asyncio.run(main())
    store.close()


# -- the phones --------------------------------------------------------------------------------------------
@dataclass
class Tally:
    sent_at: dict[str, float] = field(default_factory=dict)  # text → perf_counter at send
    refused: list[int] = field(default_factory=list)  # HTTP statuses other than 201
    in_log: dict[str, float] = field(default_factory=dict)  # text → perf_counter when the reader saw it
    on_phone: dict[str, float] = field(default_factory=dict)  # text → when the watching phone got it
    signed_in: int = 0
    client_late: list[float] = field(default_factory=list)
    server_stall: dict = field(default_factory=dict)
    #: The server's loop while every phone signed in at once (before the steady state is measured).
    signin_stall: dict = field(default_factory=dict)


async def phone(base: str, code: str, index: int, until: float, tally: Tally, send: bool,
                watcher: bool = False) -> None:
    import aiohttp

    jar = aiohttp.CookieJar(unsafe=True)  # the server is an IP address (loopback), as on a venue's network
    async with aiohttp.ClientSession(headers={"Accept-Language": "nb"}, cookie_jar=jar) as http:
        async with http.post(f"{base}/p/api/v1/session", json={"code": code}) as r:
            if r.status != 200:
                tally.refused.append(r.status)
                return
        tally.signed_in += 1
        ws = await http.ws_connect(f"{base}/p/ws", heartbeat=25)

        async def read() -> None:
            async for msg in ws:
                if msg.type != aiohttp.WSMsgType.TEXT:
                    break
                if watcher:
                    data = json.loads(msg.data)
                    if data.get("type") == "inputs":
                        now = time.perf_counter()
                        for item in data["items"]:
                            tally.on_phone.setdefault(item["text"], now)

        reader = asyncio.get_running_loop().create_task(read())
        try:
            if send:
                await asyncio.sleep(random.uniform(0, EVERY))  # the phones do not all send at once
                seq = 0
                while time.perf_counter() < until:
                    text = f"bench {index} {seq} — frivilligheten må med"
                    seq += 1
                    tally.sent_at[text] = time.perf_counter()
                    async with http.post(f"{base}/p/api/v1/inputs", json={"text": text}) as r:
                        if r.status != 201:
                            tally.refused.append(r.status)
                            tally.sent_at.pop(text, None)
                    await asyncio.sleep(EVERY)
            else:
                await asyncio.sleep(max(0.0, until - time.perf_counter()))
            await asyncio.sleep(2.0)  # the last deltas arrive
        finally:
            await ws.close()
            reader.cancel()


def log_reader(event: Path, tally: Tally, stop: threading.Event) -> None:
    """Another connection reading the input log (as the moderator's window in another process does)."""
    from controlroom.clock import SystemClock
    from controlroom.inputs.log import InputLog
    from controlroom.models import EventStore

    store = EventStore.open(event, backup=False)
    log = InputLog(store, SystemClock())
    seen = log.last_revision()
    try:
        while not stop.is_set():
            newest, records = log.changes_since(seen)
            now = time.perf_counter()
            for r in records:
                tally.in_log.setdefault(r.text, now)
            seen = newest
            time.sleep(0.005)
    finally:
        store.close()


async def client_probe(tally: Tally, until: float) -> None:
    while time.perf_counter() < until + 2:
        t0 = time.perf_counter()
        await asyncio.sleep(0.01)
        tally.client_late.append(time.perf_counter() - t0 - 0.01)


async def load(base: str, event: Path, phone_codes: list[str], seconds: float) -> Tally:
    import aiohttp

    tally = Tally()
    stop = threading.Event()
    reader = threading.Thread(target=log_reader, args=(event, tally, stop), daemon=True)
    reader.start()
    until = time.perf_counter() + seconds
    *senders, watcher = phone_codes  # every phone sends; one more only watches its socket
    tasks = [phone(base, code, i, until, tally, True) for i, code in enumerate(senders)]
    tasks.append(phone(base, watcher, len(senders), until, tally, False, watcher=True))
    async def steady() -> None:
        """Once every phone is in, the sign-in storm's figures are put aside and the steady state counts."""
        while tally.signed_in < len(phone_codes) and time.perf_counter() < until:
            await asyncio.sleep(0.05)
        async with http.get(f"{base}/bench/stall") as r:
            tally.signin_stall = await r.json()
        await http.get(f"{base}/bench/stall?reset=1")

    async with aiohttp.ClientSession() as http:
        await http.get(f"{base}/bench/stall?reset=1")
        await asyncio.gather(client_probe(tally, until), steady(), *tasks)
        async with http.get(f"{base}/bench/stall") as r:
            tally.server_stall = await r.json()
    await asyncio.sleep(1.0)
    stop.set()
    reader.join(5)
    return tally


def scenario(event: Path, phones: int, seconds: float) -> dict:
    with tempfile.TemporaryDirectory() as d:
        port_file = Path(d) / "port"
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        server = subprocess.Popen([sys.executable, __file__, "--serve", str(event), str(port_file)], env=env)
        try:
            for _ in range(300):
                if port_file.exists() and port_file.read_text():
                    break
                time.sleep(0.1)
            base = f"http://127.0.0.1:{port_file.read_text()}"
            tally = asyncio.run(load(base, event, codes(event)[:phones + 1], seconds))
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(30)
    sent = tally.sent_at
    lost = [t for t in sent if t not in tally.in_log]
    to_log = [(tally.in_log[t] - at) * 1000 for t, at in sent.items() if t in tally.in_log]
    to_phone = [(tally.on_phone[t] - at) * 1000 for t, at in sent.items() if t in tally.on_phone]
    return {
        "phones": phones, "signed_in": tally.signed_in, "inputs_sent": len(sent), "refused": len(tally.refused), "refused_statuses": sorted(set(tally.refused)),
        "lost": len(lost) + len(tally.refused),
        "log_p50_ms": percentile(to_log, 50), "log_p95_ms": percentile(to_log, 95), "log_max_ms": max(to_log, default=0),
        "phone_p50_ms": percentile(to_phone, 50), "phone_p95_ms": percentile(to_phone, 95),
        "signin_stall_max_ms": tally.signin_stall.get("max_ms", 0),
        "server_stall_max_ms": tally.server_stall["max_ms"],
        "server_stall_p99_ms": tally.server_stall["p99_ms"],
        "client_stall_max_ms": max(tally.client_late, default=0) * 1000,
    }


def report(rows: list[dict], minutes: float) -> None:
    print(f"\nphones on loopback, {minutes:g} min per scenario, an input every {EVERY:g} s per phone; "
          "log = sent → seen in the input log by another connection; phone = sent → on another phone's socket; "
          "server stall = the phone server's event loop, late beyond a 5 ms sleep")
    head = ("phones", "inputs", "lost", "log p50", "log p95", "log max", "phone p50", "phone p95",
            "server stall at sign-in", "server stall max", "p99", "client stall max")
    print(" | ".join(head))
    for r in rows:
        print(" | ".join([
            f"{r['phones']}", f"{r['inputs_sent']}", f"{r['lost']}", f"{r['log_p50_ms']:.1f} ms",
            f"{r['log_p95_ms']:.1f} ms", f"{r['log_max_ms']:.1f} ms", f"{r['phone_p50_ms']:.1f} ms",
            f"{r['phone_p95_ms']:.1f} ms", f"{r['signin_stall_max_ms']:.1f} ms", f"{r['server_stall_max_ms']:.1f} ms",
            f"{r['server_stall_p99_ms']:.1f} ms",
            f"{r['client_stall_max_ms']:.1f} ms"]))
    if any(r["lost"] for r in rows):
        print("INPUTS LOST")


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--serve":
        serve(Path(sys.argv[2]), Path(sys.argv[3]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--quick", action="store_true", help="one minute per scenario")
    parser.add_argument("--phones", type=int, default=300)
    args = parser.parse_args()
    minutes = 1.0 if args.quick else args.minutes
    rows = []
    with tempfile.TemporaryDirectory() as d:
        for n in (1, args.phones):  # the baseline first, then the load
            event = Path(d) / f"dag-{n}.krom"
            make_event(event, args.phones)
            rows.append(scenario(event, n, minutes * 60))
            print(json.dumps(rows[-1]), flush=True)
    report(rows, minutes)
    return 1 if any(r["lost"] for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
