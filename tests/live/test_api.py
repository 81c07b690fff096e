"""The remote-control API over real sockets on 127.0.0.1 (raw HTTP/1.1, as Companion sends it)."""

from __future__ import annotations

import asyncio
import contextlib
import json

import pytest

from controlroom.api.server import ApiServer
from controlroom.live.runlog import RunLog
from controlroom.live.service import LiveService

from .conftest import oslo


async def http(port: int, method: str, path: str, body: bytes = b"", headers: dict | None = None, raw: bytes | None = None):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    if raw is None:
        head = {"Host": f"127.0.0.1:{port}", "Content-Length": str(len(body)), "Connection": "close"}
        if method == "POST" and body:
            head["Content-Type"] = "application/json"  # the type the API documents for bodies
        head.update(headers or {})
        head = {k: v for k, v in head.items() if v is not None}  # None: leave the header out
        raw = f"{method} {path} HTTP/1.1\r\n".encode() + "".join(f"{k}: {v}\r\n" for k, v in head.items()).encode()
        raw += b"\r\n" + body
    writer.write(raw)
    await writer.drain()
    data = await reader.read()
    writer.close()
    head, _, payload = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    hdrs = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return status, hdrs, json.loads(payload.decode("utf-8")) if payload else None


@pytest.fixture
def svc(seed_store, clock):
    clock.set(oslo(9, 0))
    return LiveService(seed_store, clock)


def run(svc: LiveService, scenario, token: str | None = None):
    async def main():
        server = ApiServer(svc, port=0, token=token)
        port = await server.start()
        try:
            return await scenario(port)
        finally:
            await server.close()

    return asyncio.run(main())


def test_state_and_actions_go_through_the_service_and_the_run_log(svc, clock):
    async def scenario(port):
        status, _, body = await http(port, "GET", "/api/v1/state")
        assert status == 200 and body["phase"] == "idle" and body["next_title"] == "Fylkeskommunenes samling"
        assert set(body) == {"running", "index", "title", "remaining_seconds", "phase", "offset_minutes", "next_title"}
        status, _, body = await http(port, "POST", "/api/v1/start")  # Companion: POST with an empty body
        assert status == 200 and body["running"] and body["index"] == 0
        clock.advance(minutes=2)
        status, _, body = await http(port, "POST", "/api/v1/time?add=300")
        assert body["remaining_seconds"] == 7200 - 120 + 300
        status, _, body = await http(port, "POST", "/api/v1/time?add=-60")
        assert body["remaining_seconds"] == 7200 - 120 + 240
        for action, index in (("next", 1), ("previous", 0)):
            status, _, body = await http(port, "POST", f"/api/v1/{action}", b"{}")
            assert status == 200 and body["index"] == index
        status, _, body = await http(port, "POST", "/api/v1/goto/5")
        assert body["index"] == 5 and body["title"] == "Målkonflikter" and body["next_title"] == "Pause"
        assert (await http(port, "POST", "/api/v1/pause"))[2]["phase"] == "paused"
        assert (await http(port, "POST", "/api/v1/resume"))[2]["running"]
        status, _, _ = await http(port, "POST", "/api/v1/message", json.dumps({"text": "2 minutter igjen"}).encode())
        assert status == 200 and svc.state().message == "2 minutter igjen"
        await http(port, "POST", "/api/v1/message", b'{"text": null}')
        assert svc.state().message is None
        await http(port, "POST", "/api/v1/message", b'{"text": "Avrund n\\u00e5"}')
        await http(port, "POST", "/api/v1/message", b'{"text": ""}')
        assert svc.state().message is None

    run(svc, scenario)
    actions = RunLog(svc.store, clock).all()
    assert len(actions) == 12 and {a.origin for a in actions} == {"api"}


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "error"),
    [
        ("POST", "/api/v1/goto/abc", b"", 400, "heltall"),
        ("POST", "/api/v1/time", b"", 400, "?add=SEKUNDER"),
        ("POST", "/api/v1/time?add=mye", b"", 400, "add må være et tall"),
        ("POST", "/api/v1/message", b"{not json", 400, "må være JSON"),
        ("POST", "/api/v1/message", b'["text"]', 400, "JSON-objekt"),
        ("POST", "/api/v1/message", b'{"text": 5}', 400, "tekst eller null"),
        ("GET", "/api/v1/nope", b"", 404, "Ukjent adresse"),
        ("GET", "/", b"", 404, "Ukjent adresse"),
        ("GET", "/api/v1/start", b"", 405, "tar bare imot POST"),
        ("POST", "/api/v1/state", b"", 405, "tar bare imot GET"),
        ("POST", "/api/v1/pause", b"", 409, "Ingen bolk går"),
        ("POST", "/api/v1/goto/14", b"", 409, "Bolk 14 finnes ikke"),
        ("POST", "/api/v1/goto/-1", b"", 409, "finnes ikke"),
        ("POST", "/api/v1/message", json.dumps({"text": "x" * 201}).encode(), 409, "for lang"),
        ("POST", "/api/v1/message", b"x" * 20000, 413, "for stort"),
    ],
)
def test_bad_requests_get_clear_errors_and_change_nothing(svc, method, path, body, status, error):
    async def scenario(port):
        got, headers, payload = await http(port, method, path, body)
        assert got == status and error in payload["error"]
        if status == 405:
            assert headers["allow"] in ("GET", "POST")
        # the server is still up after the error
        assert (await http(port, "GET", "/api/v1/state"))[0] == 200

    run(svc, scenario)
    assert RunLog(svc.store, svc.clock).all() == []


def test_time_refusals_for_100_hours(svc):
    async def scenario(port):
        await http(port, "POST", "/api/v1/start")
        status, _, body = await http(port, "POST", f"/api/v1/time?add={100 * 3600}")
        assert status == 409 and "høyst 12 timer" in body["error"]
        status, _, body = await http(port, "POST", "/api/v1/time?add=-99999")
        assert status == 409 and "mer enn 0 minutter" in body["error"]

    run(svc, scenario)
    assert len(RunLog(svc.store, svc.clock).all()) == 1


def test_token_is_required_when_set(svc):
    async def scenario(port):
        status, headers, body = await http(port, "GET", "/api/v1/state")
        assert status == 401 and "Bearer" in body["error"] and headers["www-authenticate"].startswith("Bearer")
        status, _, _ = await http(port, "POST", "/api/v1/start", headers={"Authorization": "Bearer feil"})
        assert status == 401
        status, _, _ = await http(port, "GET", "/api/v1/nope", headers={"Authorization": "Basic aGVtbWVsaWc="})
        assert status == 401  # no path is revealed without the token
        status, _, body = await http(port, "POST", "/api/v1/start", headers={"Authorization": "Bearer hemmelig-123"})
        assert status == 200 and body["running"]

    run(svc, scenario, token="hemmelig-123")
    assert len(RunLog(svc.store, svc.clock).all()) == 1


def test_malformed_http_and_keep_alive(svc):
    async def scenario(port):
        status, _, body = await http(port, "", "", raw=b"GARBAGE\r\n\r\n")
        assert status == 400
        status, _, _ = await http(port, "", "", raw=b"GET /api/v1/state HTTP/1.1\r\nbad header line\r\n\r\n")
        assert status == 400
        status, _, _ = await http(port, "", "", raw=b"POST /api/v1/start HTTP/1.1\r\nContent-Length: -4\r\n\r\n")
        assert status == 400
        status, _, body = await http(
            port, "", "", raw=b"POST /api/v1/message HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
        )
        assert status == 400 and "Content-Length" in body["error"]
        status, _, _ = await http(port, "", "", raw=b"GET /" + b"a" * 10000 + b" HTTP/1.1\r\n\r\n")
        assert status == 413
        # two requests on one connection (HTTP/1.1 keep-alive), then the client hangs up mid-request
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"POST /api/v1/start HTTP/1.1\r\nHost: localhost\r\n\r\nGET /api/v1/state HTTP/1.1\r\nHost: localhost\r\n\r\n")
        await writer.drain()
        seen = b""
        while seen.count(b"HTTP/1.1 200") < 2:
            seen += await reader.read(4096)
        writer.write(b"POST /api/v1/next HTTP/1.1\r\nContent-Length: 50\r\n\r\n{")
        writer.close()
        await asyncio.sleep(0.05)
        assert (await http(port, "GET", "/api/v1/state"))[2]["index"] == 0

    run(svc, scenario)


def test_lan_token_is_made_once_and_kept_in_the_keyring(monkeypatch):
    from controlroom.api import token as api_token
    from controlroom.integrations.memory_keyring import MemoryKeyring
    from controlroom.integrations.secrets import SecretStore

    monkeypatch.delenv(api_token.ENV_VAR, raising=False)
    store = SecretStore(MemoryKeyring())
    first = api_token.lan_token(store)
    assert first.source == "keyring" and len(first.value) >= 24
    assert store.get(api_token.TOKEN_KEY) == first.value
    assert api_token.lan_token(store) == first
    monkeypatch.setenv(api_token.ENV_VAR, "fra-miljøet")
    assert api_token.lan_token(store).value == "fra-miljøet" and api_token.configured_token().source == "env"


def test_lan_token_without_a_keyring_is_for_this_run_only(monkeypatch):
    from keyring.backends.fail import Keyring as FailKeyring

    from controlroom.api import token as api_token
    from controlroom.integrations.secrets import SecretStore

    monkeypatch.delenv(api_token.ENV_VAR, raising=False)
    store = SecretStore(FailKeyring())
    one, two = api_token.lan_token(store), api_token.lan_token(store)
    assert one.source == two.source == "session" and one.value != two.value


@pytest.mark.keyring
def test_lan_token_on_the_real_secret_service(monkeypatch):
    import os
    import shutil

    from controlroom.api import token as api_token
    from controlroom.integrations.secrets import SecretStore

    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS") or shutil.which("gnome-keyring-daemon") is None:
        pytest.skip("ingen D-Bus-sesjon med gnome-keyring (kjør via scripts/test)")
    from keyring.backends import SecretService

    monkeypatch.delenv(api_token.ENV_VAR, raising=False)
    store = SecretStore(SecretService.Keyring())
    previous = store.get(api_token.TOKEN_KEY)
    try:
        store.delete(api_token.TOKEN_KEY)
        made = api_token.lan_token(store)
        assert made.source == "keyring"
        assert api_token.lan_token(SecretStore(SecretService.Keyring())).value == made.value
    finally:
        store.delete(api_token.TOKEN_KEY)
        if previous:
            store.set(api_token.TOKEN_KEY, previous)


# -- no web page can drive the timer ---------------------------------------------------------------
def test_no_cors_text_plain_post_from_a_page_is_refused(svc):
    """What ``fetch(url, {mode: "no-cors", body: …})`` sends: an Origin and a text/plain body."""
    page = {"Origin": "http://evil.example", "Content-Type": "text/plain;charset=UTF-8", "Sec-Fetch-Site": "cross-site"}

    async def scenario(port):
        body = json.dumps({"text": "Ferdig! Alle ut"}).encode()
        status, _, answer = await http(port, "POST", "/api/v1/message", body, headers=page)
        assert status == 403 and "andre nettsider" in answer["error"]
        # without Origin (not a browser), a text/plain or form body is still not taken as JSON
        for kind in ("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"):
            status, _, answer = await http(port, "POST", "/api/v1/message", body, headers={"Content-Type": kind})
            assert status == 415 and "application/json" in answer["error"]
        status, _, answer = await http(port, "POST", "/api/v1/message", body, headers={"Content-Type": None})
        assert status == 415
        status, _, _ = await http(port, "POST", "/api/v1/start", b"x", headers={"Content-Type": "text/plain"})
        assert status == 415

    run(svc, scenario)
    assert RunLog(svc.store, svc.clock).all() == [] and svc.state().message is None


@pytest.mark.parametrize(
    "origin",
    ["http://evil.example", "null", "http://127.0.0.1:1", "https://127.0.0.1:{port}", "http://evil.example:{port}",
     "http://127.0.0.1:{port}/path", "http://user@127.0.0.1:{port}"],
)
def test_origin_other_than_the_apps_own_is_refused(svc, origin):
    async def scenario(port):
        status, _, body = await http(port, "POST", "/api/v1/start", headers={"Origin": origin.format(port=port)})
        assert status == 403 and "andre nettsider" in body["error"]
        status, _, _ = await http(port, "GET", "/api/v1/state", headers={"Origin": origin.format(port=port)})
        assert status == 403

    run(svc, scenario)
    assert RunLog(svc.store, svc.clock).all() == []


def test_the_apps_own_origin_and_callers_without_origin_keep_working(svc):
    async def scenario(port):
        for headers in ({}, {"Origin": f"http://127.0.0.1:{port}"}, {"Origin": f"http://localhost:{port}"},
                        {"Sec-Fetch-Site": "same-origin"}, {"Sec-Fetch-Site": "none"}):
            assert (await http(port, "GET", "/api/v1/state", headers=headers))[0] == 200
        status, _, body = await http(port, "POST", "/api/v1/start", headers={"Origin": f"http://localhost:{port}"})
        assert status == 200 and body["running"]

    run(svc, scenario)
    assert len(RunLog(svc.store, svc.clock).all()) == 1


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:{port}", "127.0.0.1.evil.example", "localhost.evil.example:{port}",
             "10.0.0.7:{port}", "127.0.0.1:{port}@evil.example", "", "[::1", "127.0.0.1:99999"],
)
def test_host_evil_example_is_refused_dns_rebinding(svc, host):
    async def scenario(port):
        status, _, body = await http(port, "POST", "/api/v1/start", headers={"Host": host.format(port=port)})
        assert status == 421 and "vertsnavnet" in body["error"]
        status, _, _ = await http(port, "GET", "/api/v1/state", headers={"Host": host.format(port=port)})
        assert status == 421

    run(svc, scenario)
    assert RunLog(svc.store, svc.clock).all() == []


def test_hosts_this_server_answers_to(svc):
    async def scenario(port):
        for host in (f"127.0.0.1:{port}", "127.0.0.1", f"localhost:{port}", "LOCALHOST", "localhost."):
            assert (await http(port, "GET", "/api/v1/state", headers={"Host": host}))[0] == 200, host
        status, _, _ = await http(port, "", "", raw=b"GET /api/v1/state HTTP/1.1\r\nConnection: close\r\n\r\n")
        assert status == 400  # HTTP/1.1 requires Host
        status, _, _ = await http(port, "", "", raw=b"GET /api/v1/state HTTP/1.0\r\n\r\n")
        assert status == 200  # HTTP/1.0 has none

    run(svc, scenario)


def test_lan_mode_answers_to_this_machines_names_only(monkeypatch):
    import socket

    from controlroom.api.guard import RequestGuard

    monkeypatch.setenv("CONTROLROOM_API_HOSTS", "scene-pc.venue.lan")
    lan = RequestGuard.for_server("0.0.0.0", 4001)
    own = socket.gethostname().lower()
    for host in (own, own.split(".")[0] + ".local", "scene-pc.venue.lan", "192.168.1.20"):
        assert lan.host_allowed(host, "192.168.1.20"), host
    for host in ("evil.example", "192.168.1.99", "localhost"):
        assert not lan.host_allowed(host, "192.168.1.20"), host
    loopback = RequestGuard.for_server("127.0.0.1", 4001)
    assert loopback.host_allowed("localhost", "127.0.0.1") and not loopback.host_allowed(own, "127.0.0.1")


def test_deep_json_answers_400_not_500(svc):
    async def scenario(port):
        for body in (b"[" * 5000, b'{"text": ' + b"[" * 5000, b"{" * 5000):
            status, _, answer = await http(port, "POST", "/api/v1/message", body)
            assert status == 400 and "JSON" in answer["error"]

    run(svc, scenario)
    assert RunLog(svc.store, svc.clock).all() == []


def test_error_answers_never_carry_internal_text(svc, event_path, caplog):
    """A store that fails under the API (its run-log table gone) answers 500 with no SQL, table or path."""
    import sqlite3

    async def scenario(port):
        with contextlib.closing(sqlite3.connect(event_path)) as db, db:
            db.execute("ALTER TABLE run_action RENAME TO run_action_moved")
        answers = [await http(port, "POST", "/api/v1/start"), await http(port, "GET", "/api/v1/state"),
                   await http(port, "POST", "/api/v1/message", b'{"text": "x"}')]
        for status, _, body in answers:
            assert status == 500 and set(body) == {"error"} and "Intern feil" in body["error"], body
            for internal in ("SQL", "sqlite", "run_action", "SELECT", "INSERT", str(event_path.parent),
                             "OperationalError", "Traceback", "sqlalche.me"):
                assert internal.lower() not in body["error"].lower(), (internal, body)

    run(svc, scenario)
    assert "run_action" in caplog.text  # the details go to the log, for the host


@pytest.mark.parametrize(
    ("path", "error"),
    [
        ("/api/v1/goto/1_0", "heltall"),
        ("/api/v1/goto/%D9%A1", "heltall"),  # ١ ARABIC-INDIC DIGIT ONE
        ("/api/v1/goto/%EF%BC%91", "heltall"),  # １ FULLWIDTH DIGIT ONE
        ("/api/v1/goto/+1", "heltall"),
        ("/api/v1/goto/%201", "heltall"),
        ("/api/v1/goto/99999999999999999999", "heltall"),
        ("/api/v1/time?add=1_0", "add må være et tall"),
        ("/api/v1/time?add=nan", "add må være et tall"),
        ("/api/v1/time?add=inf", "add må være et tall"),
        ("/api/v1/time?add=1e3", "add må være et tall"),
        ("/api/v1/time?add=%D9%A1%D9%A0", "add må være et tall"),
    ],
)
def test_goto_1_0_and_non_ascii_digits_are_refused(svc, path, error):
    async def scenario(port):
        await http(port, "POST", "/api/v1/goto/0")
        status, _, body = await http(port, "POST", path)
        assert status == 400 and error in body["error"]

    run(svc, scenario)
    assert len(RunLog(svc.store, svc.clock).all()) == 1


def test_time_add_with_a_plus_sign_is_still_a_number(svc):
    async def scenario(port):
        await http(port, "POST", "/api/v1/goto/0")
        for query in ("add=%2B60", "add=+60", "add=30.5"):
            assert (await http(port, "POST", f"/api/v1/time?{query}"))[0] == 200, query

    run(svc, scenario)
    assert len(RunLog(svc.store, svc.clock).all()) == 4


def test_next_title_names_the_block_next_will_start(svc):
    async def scenario(port):
        await http(port, "POST", "/api/v1/goto/5")
        status, _, body = await http(port, "POST", "/api/v1/previous")
        assert body["title"] == "KS informerer" and body["next_title"] == "Målkonflikter"
        assert (await http(port, "GET", "/api/v1/state"))[2]["next_title"] == "Målkonflikter"
        status, _, body = await http(port, "POST", "/api/v1/next")
        assert status == 200 and body["title"] == "Målkonflikter"
        status, _, body = await http(port, "POST", "/api/v1/goto/13")
        assert body["next_title"] is None  # the last block: next is refused

    run(svc, scenario)
