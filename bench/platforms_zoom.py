"""What a Zoom pre-assignment costs at Zoom's limits (100 rooms, 1000 people) and at a 120-person day.

Measured: planning + limit check (pure), and the whole pre-assignment against the Zoom stub on 127.0.0.1
(OAuth token, PATCH with all rooms, GET to read back, comparison, results saved to the event file).
Baseline, same run: the same PATCH + GET as two bare aiohttp requests (no planning, no token, no saving).

    .venv/bin/python bench/platforms_zoom.py [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

import aiohttp

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from _common import median_ms  # noqa: E402

from controlroom.clock import FakeClock  # noqa: E402
from controlroom.integrations.zoom import (  # noqa: E402
    GroupRoom,
    Person,
    ZoomClient,
    ZoomConfig,
    ZoomCredentials,
    ZoomPreassigner,
    plan_rooms,
)
from controlroom.integrations.zoom.preassign import check_limits  # noqa: E402
from controlroom.models import EventStore  # noqa: E402
from controlroom.models.integrations import IntegrationsRepository  # noqa: E402
from tests.platforms.stubs.zoom_stub import ZoomStub  # noqa: E402

MEETING = "81234567890"


def rooms(n_rooms: int, per: int) -> list[GroupRoom]:
    return [GroupRoom(f"Gruppe {r + 1}", [Person(f"P {r}-{i}", f"p{r}.{i}@kommune.no") for i in range(per)])
            for r in range(n_rooms)]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    repeat = 3 if args.quick else 15
    stub = ZoomStub().start()
    stub.add_meeting(MEETING)
    folder = Path(tempfile.mkdtemp())
    store = EventStore.open(folder / "zoom.krom", create=True)
    try:
        print(f"Zoom-forhåndstildeling (median av {repeat}):")
        for label, groups in (("120-personers dag: 8 rom, 30 personer", rooms(8, 4)[:7] + rooms(1, 2)),
                              ("Zooms grense: 100 rom, 1000 personer", rooms(100, 10))):
            plan_ms = median_ms(lambda g=groups: check_limits(plan_rooms(g)), repeat, warm_up=True)
            payload = {"settings": {"breakout_room": {"enable": True, "rooms": plan_rooms(groups).payload()}}}
            token = asyncio.run(ZoomClient(lambda: ZoomCredentials("acc-1", "cid", "csecret"),
                                           ZoomConfig(oauth_base=stub.url, api_base=f"{stub.url}/v2")).token())

            async def bare(p=payload, t=token) -> None:
                # one connection per request, like the client (keep-alive on the stub adds ~40 ms delayed ACKs)
                auth = {"Authorization": f"Bearer {t}"}
                async with aiohttp.ClientSession(headers=auth) as s, \
                        s.patch(f"{stub.url}/v2/meetings/{MEETING}", json=p) as r:
                    assert r.status == 204
                async with aiohttp.ClientSession(headers=auth) as s, \
                        s.get(f"{stub.url}/v2/meetings/{MEETING}") as r:
                    await r.json()

            base_ms = median_ms(lambda: asyncio.run(bare()), repeat, warm_up=True)

            def full(g=groups) -> None:
                client = ZoomClient(lambda: ZoomCredentials("acc-1", "cid", "csecret"),
                                    ZoomConfig(oauth_base=stub.url, api_base=f"{stub.url}/v2"))
                res = asyncio.run(ZoomPreassigner(client, lambda u, r: g, IntegrationsRepository(store),
                                                  FakeClock()).preassign(MEETING, "blk", 1))
                assert res.error is None and all(r.status == "ok" for r in res.rooms)

            full_ms = median_ms(full, repeat, warm_up=True)
            print(f"  {label}:")
            print(f"    planlegging + grensesjekk            {plan_ms:7.2f} ms")
            print(f"    baseline: bare PATCH + GET           {base_ms:7.1f} ms")
            print(f"    hele forhåndstildelingen             {full_ms:7.1f} ms  ({full_ms / base_ms:.2f}× baseline)")
    finally:
        store.close()
        stub.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
