"""Who may see and who may act: view keys on the LAN (one per view kind, never acting), the bearer token
for actions, Host and Origin checks, the security headers on every answer, and the same rules for a
sub-application mounted on the server (the participants' pages)."""

from __future__ import annotations

import asyncio
import re
import shutil
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from controlroom.web.keys import VIEW_KINDS, ViewKeys, load_view_keys, regenerate_view_keys
from tests.web.support import ServerThread, http

PAGES = {"index": "/view/", "stage": "/view/stage", "public": "/view/public", "clock": "/view/clock",
         "tech": "/view/tech", "room": "/view/room/Fjorden"}


def test_every_view_needs_its_own_key_on_the_lan(server):
    keys = server.keys
    refusals = set()
    for kind, path in PAGES.items():
        status, body = http(server.url(path, key=keys.key(kind)))
        assert status == 200 and '<script type="module"' in body, kind
        status, missing = http(server.url(path))
        assert status == 401, kind
        status, wrong = http(server.url(path, key="gjettet-nokkel"))
        assert status == 403, kind
        other = next(k for k in VIEW_KINDS if k != kind)
        status, borrowed = http(server.url(path, key=keys.key(other)))
        assert status == 403, (kind, other)
        refusals |= {missing, wrong, borrowed}
    # one short answer for every view and every wrong key: it names no view and holds no key
    assert len({re.sub(r"\s+", " ", r) for r in refusals}) == 1
    refusal = refusals.pop()
    assert "visningsnøkkel" in refusal
    for kind in VIEW_KINDS:
        assert keys.key(kind) not in refusal
    for word in ("stage", "scene", "tech", "Fjorden", "foajé", "/view/"):
        assert word.lower() not in refusal.lower()


def test_the_index_key_lists_every_view_and_its_qr_code(server):
    status, body = http(server.url("/view/links", key=server.keys.key("index")))
    assert status == 200
    kinds = [(link["kind"], link["room"]) for link in body["links"]]
    assert kinds[:5] == [("index", None), ("stage", None), ("public", None), ("clock", None), ("tech", None)]
    assert ("room", "Fjorden") in kinds and ("room", "Teams 1") in kinds
    stage = next(link for link in body["links"] if link["kind"] == "stage")
    assert stage["url"] == server.url("/view/stage", key=server.keys.key("stage"))
    status, svg = http(server.base + stage["qr"])
    assert status == 200 and svg.startswith("<svg") and "viewBox" in svg
    assert http(server.url("/view/links", key=server.keys.key("stage")))[0] == 403
    assert http(server.url("/view/qr.svg", key=server.keys.key("stage"), target="tech"))[0] == 403
    assert http(server.url("/view/qr.svg", key=server.keys.key("index"), target="nope"))[0] == 400


def test_a_view_key_never_acts(event):
    server = ServerThread(event, token="api-token", require_view_keys=True).start()
    try:
        for kind in VIEW_KINDS:
            status, body = server.act("/api/v1/next", token=server.keys.key(kind))
            assert status == 401 and "Bearer" in body["error"]
            status, _ = http(server.url("/api/v1/state", key=server.keys.key(kind)))
            assert status == 401
        assert server.act("/api/v1/start", token="api-token")[0] == 200
        # the API's token opens no view either
        assert http(server.url("/view/stage", key="api-token"))[0] == 403
    finally:
        server.close()


def test_loopback_serves_the_views_without_keys(event):
    server = ServerThread(event).start()  # 127.0.0.1 and no LAN: as `--api-port` alone
    try:
        for path in PAGES.values():
            assert http(server.url(path))[0] == 200, path
    finally:
        server.close()


def test_security_headers_on_every_answer(server):
    answers = {
        "page": server.url("/view/stage", key=server.keys.key("stage")),
        "refused": server.url("/view/stage", key="feil"),
        "script": server.url("/static/js/stage.js"),
        "style": server.url("/static/views.css"),
        "api": server.url("/api/v1/state"),
        "unknown": server.url("/finnes/ikke"),
    }
    import urllib.error
    import urllib.request

    for name, url in answers.items():
        try:
            with urllib.request.urlopen(url, timeout=10) as resp:
                headers = resp.headers
        except urllib.error.HTTPError as exc:
            headers = exc.headers
        csp = headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp, name
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, name
        assert headers["X-Content-Type-Options"] == "nosniff", name
        assert headers["Referrer-Policy"] == "no-referrer", name
    status, page = http(answers["page"])
    assert "<script>" not in page and " style=" not in page and "onclick" not in page
    with urllib.request.urlopen(answers["page"], timeout=10) as resp:
        assert f"ws://127.0.0.1:{server.port}" in resp.headers["Content-Security-Policy"]
    with urllib.request.urlopen(answers["script"], timeout=10) as resp:
        assert resp.headers["Content-Type"].startswith("text/javascript")


def test_static_files_are_only_the_packaged_ones(server):
    for path in ("/static/../server.py", "/static/%2e%2e/server.py", "/static/js/../../keys.py", "/static/stage.html",
                 "/static/", "/static/nope.js"):
        status, _ = http(server.base + path)
        assert status in (400, 403, 404), path


def test_dns_rebinding_and_other_sites_are_refused_on_views_and_the_websocket(server):
    key = server.keys.key("stage")
    status, body = http(server.url("/view/stage", key=key), headers={"Host": "evil.example"})
    assert status == 421
    status, _ = http(server.url("/view/stage", key=key), headers={"Origin": "http://evil.example"})
    assert status == 403
    # a link from another site is a plain navigation: the page shows (and can only show)
    navigation = {"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "document"}
    assert http(server.url("/view/stage", key=key), headers=navigation)[0] == 200
    # ...but a cross-site fetch of the same page is not
    assert http(server.url("/view/stage", key=key), headers={"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "cors"})[0] == 403

    async def websocket(origin: str) -> int:
        async with aiohttp.ClientSession() as session:
            try:
                ws = await session.ws_connect(f"ws://127.0.0.1:{server.port}/ws?view=stage&key={key}",
                                              headers={"Origin": origin})
            except aiohttp.WSServerHandshakeError as exc:
                return exc.status
            await ws.close()
            return 101

    assert asyncio.run(websocket("http://evil.example")) == 403
    assert asyncio.run(websocket(f"http://127.0.0.1:{server.port}")) == 101


def test_a_mounted_sub_application_gets_the_same_middleware(event):
    async def hello(request: web.Request) -> web.Response:
        return web.Response(text="hei fra telefonsidene")

    async def post(request: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    phone = web.Application()
    phone.router.add_get("/", hello)
    phone.router.add_post("/input", post)
    server = ServerThread(event, require_view_keys=True, subapps=[("/p", phone)], http_rate=5, http_burst=12).start()
    try:
        import urllib.request

        phone_key = server.keys.key("phone")
        assert http(server.url("/p/"))[0] == 401  # on the LAN the participants' link carries its own key
        assert http(server.url("/p/?key=" + server.keys.key("stage")))[0] == 403  # a view's key does not open it
        with urllib.request.urlopen(server.url(f"/p/?key={phone_key}"), timeout=10) as resp:
            assert resp.read().decode() == "hei fra telefonsidene"
            assert "default-src 'self'" in resp.headers["Content-Security-Policy"]
            assert resp.headers["X-Content-Type-Options"] == "nosniff"
            cookie = resp.headers["Set-Cookie"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/p/" in cookie
        kept = {"Cookie": cookie.split(";", 1)[0]}  # the page's own requests after the link opened it
        assert http(server.url("/p/"), headers=kept)[0] == 200
        assert http(server.url("/p/"), headers={"Host": "evil.example", **kept})[0] == 421
        assert http(server.url("/p/input"), "POST", {"x": 1},
                    headers={"Origin": "http://evil.example", **kept})[0] == 403
        statuses = [http(server.url("/p/"), headers=kept)[0] for _ in range(10)]
        assert 429 in statuses  # the rate limit per client address holds for the sub-application too
    finally:
        server.close()


def test_view_keys_are_kept_in_the_keyring_and_regenerated_there(memory_keyring):
    from controlroom.integrations.secrets import SecretStore

    store = SecretStore(memory_keyring)
    first = load_view_keys(store)
    assert first.source == "keyring" and set(first.keys) == set(VIEW_KINDS)
    assert len(set(first.keys.values())) == len(VIEW_KINDS) and all(len(k) >= 22 for k in first.keys.values())
    assert load_view_keys(store) == first
    fresh = regenerate_view_keys(store)
    assert fresh.source == "keyring" and not set(fresh.keys.values()) & set(first.keys.values())
    assert load_view_keys(store) == fresh


def test_without_a_keyring_the_keys_hold_for_this_run_only():
    from keyring.backends.fail import Keyring as FailKeyring

    from controlroom.integrations.secrets import SecretStore

    store = SecretStore(FailKeyring())
    one, two = load_view_keys(store), load_view_keys(store)
    assert one.source == two.source == "session" and one.keys != two.keys
    assert isinstance(regenerate_view_keys(store), ViewKeys)


@pytest.mark.parametrize("path", ["/view/room/" + "x" * 300, "/ws?view=room&room=" + "x" * 300, "/ws?view=nope",
                                  "/ws?view=room"])
def test_bad_view_addresses_are_refused_clearly(server, path):
    key = server.keys.key("room")
    status, body = http(server.base + path + ("&" if "?" in path else "?") + f"key={key}")
    assert status == 400 and body["error"]


def test_the_server_closes_quickly_and_a_new_one_takes_the_port(event: Path):
    server = ServerThread(event).start()
    port = server.port
    server.restart()
    assert server.port == port and http(server.url("/api/v1/state"))[0] == 200
    server.close()


def test_the_participants_phone_app_mounts_under_p(event):
    """The phones' sub-application as the app will mount it: served under /p/ with the server's headers
    and checks, beside the views."""
    from controlroom.clock import SystemClock
    from controlroom.live.service import LiveService
    from controlroom.models import EventStore
    from controlroom.phone.app import phone_app

    store = EventStore.open(event, backup=False)
    phones = phone_app(store, SystemClock(), live=LiveService(store, SystemClock()),
                       subscribe_changes=lambda callback: (lambda: None), cookie_path="/p/")
    server = ServerThread(event, require_view_keys=True, subapps=[("/p", phones)]).start()
    try:
        import urllib.request

        with urllib.request.urlopen(server.url("/p/", key=server.keys.key("phone")), timeout=10) as resp:
            assert resp.status == 200 and resp.headers["Content-Type"].startswith("text/html")
            assert "frame-ancestors 'none'" in resp.headers["Content-Security-Policy"]
            assert resp.headers["Referrer-Policy"] == "no-referrer"
            kept = {"Cookie": next(c.split(";", 1)[0] for c in resp.headers.get_all("Set-Cookie")
                                   if c.startswith("kr_phone="))}
        assert http(server.url("/p/"), headers={"Host": "evil.example", **kept})[0] == 421
        status, body = http(server.url("/p/api/v1/me"), headers=kept)
        assert status == 401 and isinstance(body, dict)  # past the key: the phones' own sign-in rules there (JSON)
        assert http(server.url("/view/stage", key=server.keys.key("stage")))[0] == 200
    finally:
        server.close()
        store.close()


def test_keys_are_needed_on_the_network_and_links_name_the_lan_address(event):
    """Without binding anything: a server for the LAN (0.0.0.0) needs view keys and gives links with this
    machine's network address; one on loopback needs none and links to 127.0.0.1."""
    from controlroom.clock import SystemClock
    from controlroom.live.service import LiveService
    from controlroom.models import EventStore
    from controlroom.web.netinfo import lan_address
    from controlroom.web.server import WebServer

    store = EventStore.open(event, backup=False)
    try:
        service = LiveService(store, SystemClock())
        lan = WebServer(service, host="0.0.0.0", port=4001)
        assert lan.keys_required and lan.public_url == f"http://{lan_address()}:4001"
        assert lan.url == "http://127.0.0.1:4001"  # the api: line, as before
        assert lan.views_url == f"http://{lan_address()}:4001/view/?key={lan.view_keys.key('index')}"
        local = WebServer(service, port=4001)
        assert not local.keys_required and local.public_url == "http://127.0.0.1:4001"
    finally:
        store.close()


@pytest.mark.keyring
def test_view_keys_on_the_real_secret_service():
    import os

    from controlroom.integrations.secrets import SecretStore
    from controlroom.web.keys import _keyring_name

    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS") or shutil.which("gnome-keyring-daemon") is None:
        pytest.skip("ingen D-Bus-sesjon med gnome-keyring (kjør via scripts/test)")
    from keyring.backends import SecretService

    store = SecretStore(SecretService.Keyring())
    before = {kind: store.get(_keyring_name(kind)) for kind in VIEW_KINDS}
    try:
        for kind in VIEW_KINDS:
            store.delete(_keyring_name(kind))
        made = load_view_keys(store)
        assert made.source == "keyring"
        assert load_view_keys(SecretStore(SecretService.Keyring())) == made
        fresh = regenerate_view_keys(store)
        assert fresh.source == "keyring" and load_view_keys(store) == fresh and fresh.keys != made.keys
    finally:
        for kind, value in before.items():
            store.delete(_keyring_name(kind))
            if value:
                store.set(_keyring_name(kind), value)
