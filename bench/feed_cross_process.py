"""An action in one process, seen in another process's state: through the change feed (SQLite: a
watch of the event's files; PostgreSQL: LISTEN/NOTIFY), against the polling it replaced.

A writer process appends a live action (``next``/``previous`` in turn) every ``--interval`` seconds
and stamps when its commit returned; this process holds the same event through the application layer
with the feed started and stamps when its live service's subscribers hear of the action. The figure
is the delay from the commit to the subscriber (p50/p95/max). Both processes share one clock
(``time.time()`` on one machine).

Baselines in the same run:
* the same delay with the live area's former 2-second poll (``LiveService.refresh`` on a timer);
* the CPU an idle event costs per minute: this process with the feed running and nothing written,
  against the three former polling loops (inputs every 1 s, live every 2 s, agenda every 4 s).

Run: ``.venv/bin/python bench/feed_cross_process.py [--actions 60] [--pg URL]`` (PostgreSQL: a
``postgresql+psycopg://`` URL of an empty database; without it only SQLite is measured).
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from _common import percentile

from controlroom.application.event import open_event
from controlroom.clock import SystemClock
from controlroom.importers import read_agenda
from controlroom.integrations.secrets import SecretStore
from controlroom.models import EventStore
from controlroom.models.agenda_repo import AgendaRepository

SEED = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "seed001_sessionlab.txt"

WRITER = textwrap.dedent("""
    import sys, time
    from controlroom.application.event import open_event
    from controlroom.clock import SystemClock
    from controlroom.integrations.secrets import SecretStore
    target, count, interval = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    services = open_event(target, clock=SystemClock(), secrets=SecretStore(), origin="bench", backup=False)
    if not services.live.state().running:
        services.live.start()
    print("ready", flush=True)
    sys.stdin.readline()
    for i in range(count):
        time.sleep(interval)
        action = services.live.next if i % 2 == 0 else services.live.previous
        action()
        print(f"{services.live.last_action_id()} {time.time():.6f}", flush=True)
    services.close()
""")


def prepare(target: str) -> None:
    store = EventStore.open(target, create=True)
    try:
        AgendaRepository(store).import_draft(read_agenda(SEED))
    finally:
        store.close()


async def delays(target: str, count: int, interval: float, *, poll_seconds: float | None) -> list[float]:
    """Seconds from the writer's commit to this process's subscriber, per action."""
    services = open_event(target, clock=SystemClock(), secrets=SecretStore(), backup=False)
    loop = asyncio.get_running_loop()
    heard: list[tuple[int | None, float]] = []
    services.live.subscribe(lambda _st: heard.append((services.live.last_action_id(), time.time())))
    poller: asyncio.Task | None = None
    if poll_seconds is None:
        services.follow_feed(loop)
    else:
        async def poll() -> None:
            while True:
                await asyncio.sleep(poll_seconds)
                services.live.refresh()

        poller = loop.create_task(poll())
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", WRITER, target, str(count), str(interval),
                                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=None)
    assert proc.stdout is not None and proc.stdin is not None
    await proc.stdout.readline()  # ready (its start is behind us)
    await asyncio.sleep(max(1.0, (poll_seconds or 0) * 2))
    heard.clear()
    proc.stdin.write(b"go\n")
    await proc.stdin.drain()
    committed: list[tuple[int, float]] = []
    for _ in range(count):
        action_id, at = (await proc.stdout.readline()).decode().split()
        committed.append((int(action_id), float(at)))
    await proc.wait()
    await asyncio.sleep(max(0.5, (poll_seconds or 0) * 1.5))
    if poller is not None:
        poller.cancel()
    services.close()
    out: list[float] = []
    for action_id, at in committed:  # the first time this process had folded that entry in
        seen = next((t for i, t in heard if i >= action_id), None)
        if seen is not None:
            out.append(max(0.0, seen - at))
    return out


async def idle_cpu(target: str, seconds: float, *, feed: bool) -> float:
    """CPU seconds per minute this process spends holding the event open with nothing happening."""
    services = open_event(target, clock=SystemClock(), secrets=SecretStore(), backup=False)
    loop = asyncio.get_running_loop()
    tasks: list[asyncio.Task] = []
    if feed:
        services.follow_feed(loop)
    else:
        services.inputs.all()

        async def every(period: float, work) -> None:
            while True:
                await asyncio.sleep(period)
                await asyncio.to_thread(work)

        tasks = [loop.create_task(every(1.0, services.inputs.refresh)),
                 loop.create_task(every(2.0, services.live.refresh)),
                 loop.create_task(every(4.0, services.agenda.refresh))]
    await asyncio.sleep(1.0)
    start = time.process_time()
    await asyncio.sleep(seconds)
    used = time.process_time() - start
    for t in tasks:
        t.cancel()
    services.close()
    return used * 60 / seconds


def report(name: str, values: list[float], count: int) -> None:
    ms = [v * 1000 for v in values]
    print(f"{name}: {len(ms)}/{count} actions seen; p50 {percentile(ms, 50):.1f} ms, "
          f"p95 {percentile(ms, 95):.1f} ms, max {max(ms or [float('nan')]):.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=60)
    parser.add_argument("--interval", type=float, default=0.25)
    parser.add_argument("--idle-seconds", type=float, default=20.0)
    parser.add_argument("--pg", default=None, help="postgresql+psycopg:// URL of an empty database")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-feed-") as tmp:
        target = str(Path(tmp) / "dag.krom")
        prepare(target)
        print(f"SQLite, {args.actions} actions {args.interval} s apart in another process:")
        report("  change feed (file watch)", asyncio.run(delays(target, args.actions, args.interval,
                                                                 poll_seconds=None)), args.actions)
        report("  baseline: 2 s poll", asyncio.run(delays(target, args.actions // 3, args.interval * 4,
                                                           poll_seconds=2.0)), args.actions // 3)
        feed_cpu = asyncio.run(idle_cpu(target, args.idle_seconds, feed=True))
        poll_cpu = asyncio.run(idle_cpu(target, args.idle_seconds, feed=False))
        print(f"  idle event, CPU per minute: change feed {feed_cpu * 1000:.0f} ms; "
              f"baseline (the three polling loops) {poll_cpu * 1000:.0f} ms")
    if args.pg:
        prepare(args.pg)
        print(f"PostgreSQL, {args.actions} actions {args.interval} s apart in another process:")
        report("  change feed (LISTEN/NOTIFY)", asyncio.run(delays(args.pg, args.actions, args.interval,
                                                                   poll_seconds=None)), args.actions)
        report("  baseline: 2 s poll", asyncio.run(delays(args.pg, args.actions // 3, args.interval * 4,
                                                           poll_seconds=2.0)), args.actions // 3)


if __name__ == "__main__":
    main()
