"""Found on the network: the web server announces the event over mDNS (real multicast DNS on the loopback
interface here), and a second laptop lists it; the announcement carries no key or token."""

from __future__ import annotations

import asyncio
import json

from controlroom.clock import SystemClock
from controlroom.live.service import LiveService
from controlroom.models import EventStore
from controlroom.web.announce import find_events
from controlroom.web.keys import ViewKeys
from controlroom.web.server import WebServer


def test_an_announced_event_is_found_and_gone_when_the_server_closes(event):
    store = EventStore.open(event, backup=False)
    keys = ViewKeys.generate()

    async def scenario() -> tuple[list, list]:
        server = WebServer(LiveService(store, SystemClock()), view_keys=keys, announce="Nettverkssamling i Stavanger")
        await server.start()
        try:
            found = await find_events(2.0, interfaces=["127.0.0.1"])
        finally:
            await server.close()
        after = await find_events(1.5, interfaces=["127.0.0.1"])
        return [(e.title, e.url) for e in found], [(e.title, e.url) for e in after]

    try:
        found, after = asyncio.run(scenario())
    finally:
        store.close()
    assert len(found) == 1
    title, url = found[0]
    assert title == "Nettverkssamling i Stavanger"
    assert url.startswith("http://127.0.0.1:") and url.endswith("/view/")
    assert not any(k in json.dumps(found) for k in keys.keys.values())  # no key leaves in an announcement
    assert after == []  # said goodbye on close
