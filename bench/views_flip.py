"""Twenty screens in step: 20 headless Chromium pages show the stage view of one running block; each
records (MutationObserver, the machine's clock) when its displayed second changes. Measured against the
true boundary (the block's end instant from the server's snapshot minus whole seconds): how late each
flip lands (p50/p99/max) and the spread between the pages for the same second (p50/p99/max).

The baseline, in the same run and the same 20 browsers: a bare page without our server that flips on a
``setTimeout`` to the machine's own next whole second, drawn on the next animation frame as our pages
draw (and a second variant that writes the text in the timer callback itself).

    .venv/bin/python bench/views_flip.py [--pages 20] [--seconds 30]

The server runs in a process of its own, as the app's loop is its own; each page is a browser process
of its own (a background tab throttles its timers). Debian's chromium and chromedriver are needed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from _common import percentile, seed_event_today

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

RECORDER = """
window.__flips = [];
const el = document.querySelector(arguments[0]);
new MutationObserver(() => window.__flips.push([performance.timeOrigin + performance.now(), el.textContent]))
  .observe(el, {childList: true, characterData: true, subtree: true});
"""

BARE_PAGE = """<!doctype html><html><head><meta charset="utf-8"></head><body>
<div id="c" style="font: 200px sans-serif"></div><script>
const el = document.getElementById("c");
const direct = location.hash === "#direct";
const now = () => performance.timeOrigin + performance.now();
function draw() { const t = String(Math.floor(now() / 1000) % 3600); if (el.textContent !== t) el.textContent = t; }
function tick() {
  const t = now();
  setTimeout(() => { if (direct) { draw(); tick(); } else requestAnimationFrame(() => { draw(); tick(); }); },
             Math.floor(t / 1000) * 1000 + 1000 - t);
}
draw(); tick();
</script></body></html>"""


# -- the server, in a process of its own -------------------------------------------------------------
def serve(event: Path, port: int) -> None:
    from controlroom.clock import SystemClock
    from controlroom.live.service import LiveService
    from controlroom.models import EventStore
    from controlroom.web.keys import ViewKeys
    from controlroom.web.server import WebServer

    async def main() -> None:
        store = EventStore.open(event, backup=False)
        keys = ViewKeys.generate()
        server = WebServer(LiveService(store, SystemClock()), port=port, view_keys=keys, require_view_keys=True)
        await server.start()
        print(json.dumps({"port": server.port, "stage": keys.key("stage")}), flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)  # until the bench closes stdin
        await server.close()
        store.close()

    asyncio.run(main())


# -- the browsers --------------------------------------------------------------------------------------
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=640,360",
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                "--disable-backgrounding-occluded-windows", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def collect(drivers: list, seconds: float) -> list[list[tuple[float, str]]]:
    time.sleep(seconds)
    return [[(t, text) for t, text in d.execute_script("return window.__flips")] for d in drivers]


def lateness_ours(flips: list[tuple[float, str]], ends_at: float) -> dict[int, float]:
    """Displayed second → ms after its true boundary (``ends_at`` − seconds shown)."""
    out = {}
    for t, text in flips:
        minutes, seconds = text.split(":")[-2:]
        shown = int(minutes) * 60 + int(seconds)
        out[shown] = t - (ends_at - shown * 1000)
    return out


def lateness_bare(flips: list[tuple[float, str]]) -> dict[int, float]:
    out = {}
    for t, text in flips[1:]:  # the first is the page's own first draw
        boundary = int(t // 1000) * 1000
        if int(text) != int(t // 1000) % 3600:  # drawn a whole second late or early: count from its own second
            boundary = (int(t // 1000) - ((int(t // 1000) % 3600 - int(text)) % 3600)) * 1000
        out[boundary // 1000] = t - boundary
    return out


def report(name: str, per_page: list[dict[int, float]]) -> None:
    late = [v for page in per_page for v in page.values()]
    common = set.intersection(*(set(p) for p in per_page)) if per_page else set()
    spread = [max(p[k] for p in per_page) - min(p[k] for p in per_page) for k in common]
    print(f"{name}: {len(late)} flips on {len(per_page)} pages; lateness vs the true boundary "
          f"p50={percentile(late, 50):.1f} ms p99={percentile(late, 99):.1f} ms "
          f"min={min(late):.1f} ms max={max(late):.1f} ms; spread between pages for the same second "
          f"({len(spread)} seconds) p50={percentile(spread, 50):.1f} ms p99={percentile(spread, 99):.1f} ms "
          f"max={max(spread) if spread else float('nan'):.1f} ms", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--serve", nargs=2, metavar=("EVENT", "PORT"))
    args = parser.parse_args()
    if args.serve:
        serve(Path(args.serve[0]), int(args.serve[1]))
        return

    tmp = Path(tempfile.mkdtemp(prefix="bench-views-flip-"))
    event = tmp / "dag.krom"
    seed_event_today(event)
    proc = subprocess.Popen([sys.executable, __file__, "--serve", str(event), "0"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, cwd=REPO)
    info = json.loads(proc.stdout.readline())
    base = f"http://127.0.0.1:{info['port']}"
    drivers: list = []
    try:
        request = urllib.request.Request(f"{base}/api/v1/goto/1", data=b"", method="POST")
        urllib.request.urlopen(request, timeout=30).read()  # a 15-minute block starts now

        async def ends_at() -> float:
            import aiohttp

            async with aiohttp.ClientSession() as http, http.ws_connect(
                    f"ws://127.0.0.1:{info['port']}/ws?view=stage&key={info['stage']}") as ws:
                async for msg in ws:
                    data = json.loads(msg.data)
                    if data["t"] == "state":
                        return float(data["data"]["timer"]["ends_at"])
            raise RuntimeError("no state")

        truth = asyncio.run(ends_at())
        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=4) as pool:
            drivers = list(pool.map(lambda _: browser(), range(args.pages)))
        print(f"{args.pages} browsers started in {time.monotonic() - started:.1f} s", flush=True)
        url = f"{base}/view/stage?key={info['stage']}&lang=nb"
        for d in drivers:
            d.get(url)
        deadline = time.monotonic() + 30
        while not all(d.execute_script("return document.body.dataset.link") == "online" for d in drivers):
            assert time.monotonic() < deadline, "pages did not come online"
            time.sleep(0.2)
        time.sleep(2.0)  # the clock estimate settles (a burst of pings, then one a second)
        for d in drivers:
            d.execute_script(RECORDER, "[data-role=countdown]")
        ours = [lateness_ours(f, truth) for f in collect(drivers, args.seconds)]
        report("our stage view (server clock over the WebSocket)", ours)

        for variant in ("", "#direct"):
            for d in drivers:
                d.get("data:text/html;charset=utf-8," + urllib.request.quote(BARE_PAGE) + variant)
            time.sleep(1.0)
            for d in drivers:
                d.execute_script(RECORDER, "#c")
            bare = [lateness_bare(f) for f in collect(drivers, args.seconds)]
            label = "setTimeout, text set in the timer callback" if variant else "setTimeout, drawn on the next frame"
            report(f"baseline: bare page, no server, local clock ({label})", bare)
    finally:
        for d in drivers:
            with contextlib.suppress(Exception):
                d.quit()
        proc.stdin.close()
        proc.wait(30)


if __name__ == "__main__":
    main()
