"""Found on the network: the web server announces the event over mDNS (real multicast DNS on the loopback
interface here), and a second laptop lists it; the announcement carries no key or token. The server and
the browser of announcements run in a child process, so zeroconf's sockets and tasks never share the
test process's Qt event loop."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

CHILD = textwrap.dedent("""
    import asyncio, json, sys
    from controlroom.clock import SystemClock
    from controlroom.live.service import LiveService
    from controlroom.models import EventStore
    from controlroom.web.announce import find_events
    from controlroom.web.keys import ViewKeys
    from controlroom.web.server import WebServer

    async def scenario(store):
        keys = ViewKeys.generate()
        server = WebServer(LiveService(store, SystemClock()), view_keys=keys, announce="Nettverkssamling i Stavanger")
        await server.start()
        try:
            found = await find_events(2.0, interfaces=["127.0.0.1"])
        finally:
            await server.close()
        after = await find_events(1.5, interfaces=["127.0.0.1"])
        return {"found": [[e.title, e.url] for e in found], "after": [[e.title, e.url] for e in after],
                "keys": list(keys.keys.values())}

    store = EventStore.open(sys.argv[1], backup=False)
    try:
        print(json.dumps(asyncio.run(scenario(store))))
    finally:
        store.close()
""")


def test_an_announced_event_is_found_and_gone_when_the_server_closes(event):
    child = subprocess.run([sys.executable, "-c", CHILD, str(event)], capture_output=True, text=True, timeout=60)
    assert child.returncode == 0, child.stderr
    seen = json.loads(child.stdout.strip().splitlines()[-1])
    assert len(seen["found"]) == 1
    title, url = seen["found"][0]
    assert title == "Nettverkssamling i Stavanger"
    assert url.startswith("http://127.0.0.1:") and url.endswith("/view/")
    assert not any(key in json.dumps(seen["found"]) for key in seen["keys"])  # no key leaves in an announcement
    assert seen["after"] == []  # said goodbye on close
