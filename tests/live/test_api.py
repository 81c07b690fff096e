"""The remote-control API over real sockets on 127.0.0.1 (raw HTTP/1.1, as Companion sends it)."""

from __future__ import annotations

import asyncio
import json

import pytest

from controlroom.api.server import ApiServer
from controlroom.live.runlog import RunLog
from controlroom.live.service import LiveService

from .conftest import oslo


async def http(port: int, method: str, path: str, body: bytes = b"", headers: dict | None = None, raw: bytes | None = None):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    if raw is None:
        head = {"Host": "x", "Content-Length": str(len(body)), "Connection": "close", **(headers or {})}
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
        ("POST", "/api/v1/pause", b"", 409, "Ingen blokk går"),
        ("POST", "/api/v1/goto/14", b"", 409, "Blokk 14 finnes ikke"),
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
        writer.write(b"POST /api/v1/start HTTP/1.1\r\nHost: x\r\n\r\nGET /api/v1/state HTTP/1.1\r\nHost: x\r\n\r\n")
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
    from controlroom.integrations.secrets import MemoryKeyring, SecretStore

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
