"""No web page can drive the timer: a real Chromium visits a page on another origin that tries
``fetch(…, {mode: "no-cors"})`` with a ``text/plain`` body and plain form POSTs against the running
app's remote-control API; the event file's run log and stage message stay as they were.

Needs Debian's ``chromium`` and ``chromium-driver`` and Selenium (the ``test`` extras). On CI (the
``CI`` variable set) a missing browser fails the test instead of skipping it.
"""

from __future__ import annotations

import json
import shutil
import threading
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from controlroom.clock import SystemClock
from controlroom.live.runlog import RunLog
from controlroom.live.service import LiveService
from controlroom.models import EventStore
from tests.live.conftest import make_event_file
from tests.live.test_process import launch, today_blocks
from tests.support.browser import CHROMEDRIVER, CHROMIUM, require_browser

ATTACK_TEXT = "Ferdig! Alle ut"



def attack_page(api: str) -> str:
    """What a page on the web would try: no-cors fetches with text/plain bodies and form POSTs."""
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>loading</title></head><body>
<iframe name="sink1"></iframe><iframe name="sink2"></iframe>
<form id="asjson" method="POST" action="{api}/api/v1/message" enctype="text/plain" target="sink1">
  <input name='{{"text": "{ATTACK_TEXT}", "x": "' value='"}}'>
</form>
<form id="start" method="POST" action="{api}/api/v1/start" target="sink2"></form>
<script>
const sent = [];
function loaded(name) {{
  return new Promise(resolve => document.querySelector(`iframe[name=${{name}}]`).addEventListener("load", resolve, {{once: true}}));
}}
async function attack() {{
  const posts = [["message", JSON.stringify({{text: "{ATTACK_TEXT}"}})], ["start", ""], ["next", "{{}}"],
                 ["time?add=600", ""]];
  for (const [path, body] of posts) {{
    try {{
      await fetch("{api}/api/v1/" + path, {{method: "POST", mode: "no-cors", body,
                                             headers: {{"Content-Type": "text/plain"}}}});
      sent.push("answered " + path);
    }} catch (e) {{ sent.push("failed " + path + ": " + e); }}
  }}
  const forms = Promise.all([loaded("sink1"), loaded("sink2")]);
  document.getElementById("asjson").submit();
  document.getElementById("start").submit();
  await forms;
  document.body.dataset.sent = JSON.stringify(sent);
  document.title = "done";
}}
attack();
</script></body></html>"""


@pytest.fixture
def attacker_site() -> Iterator[tuple[str, list[str]]]:
    """A second local web server on another port: another origin, as a page on the web would be."""
    page: list[str] = [""]

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = page[0].encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", page
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def browser():
    require_browser("a real browser is needed for the CSRF test")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=800,600", '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def _live_record(event: Path) -> tuple[list[tuple[str, str]], str | None]:
    store = EventStore.open(event, backup=False)
    try:
        actions = [(a.kind, a.origin) for a in RunLog(store, SystemClock()).all()]
        return actions, LiveService(store, SystemClock()).state().message
    finally:
        store.close()


def test_a_page_on_another_origin_cannot_drive_the_timer(tmp_path, attacker_site, browser):
    from selenium.webdriver.support.ui import WebDriverWait

    assert shutil.which(str(CHROMIUM))
    event = make_event_file(tmp_path / "dag.krom", today_blocks())
    proc, api = launch(event, tmp_path)
    try:
        before = _live_record(event)
        site, page = attacker_site
        assert site != api  # another origin: same host, another port
        page[0] = attack_page(api)
        browser.get(site + "/")
        WebDriverWait(browser, 60).until(lambda d: d.title == "done")
        sent = json.loads(browser.find_element("tag name", "body").get_attribute("data-sent"))
        # every request reached the API and was answered (opaquely): the page did all it could
        assert sent == ["answered message", "answered start", "answered next", "answered time?add=600"]
        assert _live_record(event) == before
        assert before[1] is None
        # the API still serves a caller without an Origin (Companion, curl), through the same run log
        req = urllib.request.Request(f"{api}/api/v1/message", data=json.dumps({"text": "2 minutter igjen"}).encode(),
                                     method="POST", headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=30) as resp:
            assert resp.status == 200
        actions, message = _live_record(event)
        assert message == "2 minutter igjen" and actions[len(before[0]):] == [("message", "api")]
    finally:
        proc.terminate()
        proc.wait(30)
