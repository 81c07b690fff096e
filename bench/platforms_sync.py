"""How fast the Teams chat reaches the input log, and what an idle poll costs.

Measured: a first sync of N chat messages from the Graph stub on 127.0.0.1 (50 per page, ``@odata.nextLink``
paging, HTML bodies) into the real ``InputLog`` of a real event file — the whole sync and its store time (the
part on the worker thread that writes the input log and the bookkeeping: one transaction per page); then an
idle poll (nothing changed); then a poll after 10 edits. Baselines, same run, straight from memory (no HTTP,
no paging, no bookkeeping): ``InputLog.upsert_external`` one message (one transaction) at a time, as the sync
wrote before, and ``upsert_external_many`` per page of 50, as it writes now.

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


class TimedSync(ChatSync):
    """The sync as shipped; ``store_s`` adds up the time spent writing the store (``_apply``)."""

    store_s = 0.0

    def _apply(self, messages, watermark):
        t0 = time.perf_counter()
        try:
            return super()._apply(messages, watermark)
        finally:
            self.store_s += time.perf_counter() - t0


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
        def baseline_run(name: str, paged: bool = False) -> float:
            """The writes alone, in a fresh event file: one at a time, or a page of 50 per transaction."""
            base_store = EventStore.open(folder / name, create=True)
            log = InputLog(base_store, FakeClock())
            log.all()  # load the (empty) log first, as the sync's log is
            items = [(m["id"], body_text(m["body"]), m["from"]["user"]["displayName"],
                      parse_graph_time(m["createdDateTime"]), False, None) for m in stub.chats[CHAT]]
            t0 = time.perf_counter()
            if paged:
                for k in range(0, len(items), 50):
                    log.upsert_external_many(items[k:k + 50])
            else:
                for i in items:
                    log.upsert_external(i[0], i[1], i[2], i[3])
            took = time.perf_counter() - t0
            base_store.close()
            return took

        first_base = baseline_run("baseline1.krom")
        first_paged = baseline_run("paged1.krom", paged=True)
        store = EventStore.open(folder / "sync.krom", create=True)
        graph = GraphClient(token, GraphConfig(base_url=f"{stub.url}/v1.0", page_size=50))
        sync = TimedSync(graph, InputLog(store, FakeClock()), IntegrationsRepository(store), FakeClock(), CHAT)
        t0 = time.perf_counter()
        first = asyncio.run(sync.sync_once())
        full = time.perf_counter() - t0
        first_store = sync.store_s
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
        paged = min(first_paged, baseline_run("paged2.krom", paged=True))
    finally:
        stub.stop()
    assert first.new == n and idle.new == 0 and edits.edited == 10
    print(f"Teams-chat → innspillsloggen, {n} meldinger ({(n + 49) // 50} sider à 50):")
    print(f"  baseline: upsert_external én og én fra minnet  {baseline * 1000:8.0f} ms  "
          f"({baseline / n * 1000:.2f} ms/melding; én transaksjon per melding, slik synken skrev før)")
    print(f"  upsert_external_many per side fra minnet      {paged * 1000:8.0f} ms  "
          f"({paged / n * 1000:.2f} ms/melding; én transaksjon per side à 50)")
    print(f"  første synk via Graph-stubben (HTTP + paging)  {full * 1000:8.0f} ms  "
          f"({full / n * 1000:.2f} ms/melding, {full / baseline:.2f}× baseline)")
    print(f"    herav lagringstid (innspillsloggen + bokføring) {first_store * 1000:5.0f} ms  "
          f"(mål for 300 meldinger: høyst 150 ms)")
    print(f"  tom runde (ingenting nytt)                     {idle_t * 1000:8.1f} ms")
    print(f"  runde med 10 endrede meldinger                 {edit_t * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
