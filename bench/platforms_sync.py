"""How fast the Teams chat reaches the input log, and what an idle poll costs.

Measured: a first sync of N chat messages from the Graph stub on 127.0.0.1 (50 per page, ``@odata.nextLink``
paging, HTML bodies) into the real ``InputLog`` of a real event file; then an idle poll (nothing changed);
then a poll after 10 edits. Baseline, same run: ``InputLog.upsert_external`` of the same N messages straight
from memory (no HTTP, no paging, no bookkeeping) — what any sync must pay for the writes themselves.

    .venv/bin/python bench/platforms_sync.py [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from controlroom.clock import FakeClock  # noqa: E402
from controlroom.inputs.log import InputLog  # noqa: E402
from controlroom.integrations.teams.graph import GraphClient, GraphConfig  # noqa: E402
from controlroom.integrations.teams.html_text import body_text  # noqa: E402
from controlroom.integrations.teams.sync import ChatSync, parse_graph_time  # noqa: E402
from controlroom.models import EventStore  # noqa: E402
from controlroom.models.integrations import IntegrationsRepository  # noqa: E402
from tests.platforms.stubs.graph_stub import GraphStub  # noqa: E402

CHAT = "19:meeting_bench@thread.v2"


async def token(_fresh: bool) -> str:
    return "bench"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    n = 300 if args.quick else 3000
    stub = GraphStub().start()
    stub.chats[CHAT] = []
    for i in range(n):
        stub.post(CHAT, f"Deltaker {i % 40}", f"<p>Innspill nummer <b>{i}</b> om arealnøytralitet og ungdom</p>")
    folder = Path(tempfile.mkdtemp())
    try:
        def baseline_run(name: str) -> float:
            """The writes alone, in a fresh event file."""
            base_store = EventStore.open(folder / name, create=True)
            log = InputLog(base_store, FakeClock())
            log.all()  # load the (empty) log first, as the sync's log is
            t0 = time.perf_counter()
            for m in stub.chats[CHAT]:
                log.upsert_external(m["id"], body_text(m["body"]), m["from"]["user"]["displayName"],
                                    parse_graph_time(m["createdDateTime"]))
            took = time.perf_counter() - t0
            base_store.close()
            return took

        first_base = baseline_run("baseline1.krom")
        store = EventStore.open(folder / "sync.krom", create=True)
        graph = GraphClient(token, GraphConfig(base_url=f"{stub.url}/v1.0", page_size=50))
        sync = ChatSync(graph, InputLog(store, FakeClock()), IntegrationsRepository(store), FakeClock(), CHAT)
        t0 = time.perf_counter()
        first = asyncio.run(sync.sync_once())
        full = time.perf_counter() - t0
        t0 = time.perf_counter()
        idle = asyncio.run(sync.sync_once())
        idle_t = time.perf_counter() - t0
        for m in stub.chats[CHAT][:10]:
            stub.edit(CHAT, m["id"], m["body"]["content"] + " (endret)")
        t0 = time.perf_counter()
        edits = asyncio.run(sync.sync_once())
        edit_t = time.perf_counter() - t0
        store.close()
        baseline = min(first_base, baseline_run("baseline2.krom"))  # before and after: disk noise is shared
    finally:
        stub.stop()
    assert first.new == n and idle.new == 0 and edits.edited == 10
    print(f"Teams-chat → innspillsloggen, {n} meldinger ({(n + 49) // 50} sider à 50):")
    print(f"  baseline: upsert_external direkte fra minnet   {baseline * 1000:8.0f} ms  "
          f"({baseline / n * 1000:.2f} ms/melding)")
    print(f"  første synk via Graph-stubben (HTTP + paging)  {full * 1000:8.0f} ms  "
          f"({full / n * 1000:.2f} ms/melding, {full / baseline:.2f}× baseline)")
    print(f"  tom runde (ingenting nytt)                     {idle_t * 1000:8.1f} ms")
    print(f"  runde med 10 endrede meldinger                 {edit_t * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
