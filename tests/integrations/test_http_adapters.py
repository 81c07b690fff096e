"""vMix, Companion and webhook adapters against stubs on 127.0.0.1, faults included."""

from __future__ import annotations

import asyncio
import json

import pytest

from controlroom.integrations.base import Action, ActionSpec, Backoff, ConnectionState, ErrorKind
from controlroom.integrations.companion import CompanionAdapter
from controlroom.integrations.http import HttpAdapter
from controlroom.integrations.secrets import secret_key
from controlroom.integrations.vmix import VmixAdapter
from controlroom.integrations.webhook import SIGNATURE_HEADER, WebhookAdapter, verify
from tests.support.http_stub import RETRY_SLACK

from .stubs.http_stub import StubServer, refused_port

FAST = Backoff(initial=0.05, factor=2, cap=0.2, jitter=0.1)


def vmix(stub, **kw) -> VmixAdapter:
    return VmixAdapter("vmix", port=stub.port, timeout=kw.pop("timeout", 2.0), backoff=FAST, **kw)


# -- vMix --------------------------------------------------------------------------------------------
def test_vmix_state_and_cut(run, vmix_stub):
    a = vmix(vmix_stub)
    result = run(a.test_connection())
    assert result.ok, result.message
    assert result.data["active"] == "Kamera 1"
    assert a.status.state is ConnectionState.CONNECTED
    res = run(a.call(Action("vmix", "cut", {"Input": "Presentasjon"})))
    assert res.ok
    assert vmix_stub.active == "3"
    assert vmix_stub.requests[-1]["query"]["Function"] == ["Cut"]
    assert run(a.state())["active"] == "Presentasjon"
    run(a.close())


def test_vmix_unknown_input_500_is_clear(run, vmix_stub):
    a = vmix(vmix_stub)
    res = run(a.call(Action("vmix", "cut", {"Input": "Finnes ikke"})))
    assert not res.ok
    assert res.error_kind == ErrorKind.SERVER
    assert "HTTP 500" in res.message and "Input not found" in res.message
    run(a.close())


def test_vmix_start_stream_500_is_not_retried(run, vmix_stub):
    vmix_stub.fault = "500"
    a = vmix(vmix_stub)
    res = run(a.call(Action("vmix", "start_stream")))
    assert not res.ok and res.attempts == 1
    assert len(vmix_stub.requests) == 1  # starting a stream is never retried blindly
    assert a.status.state is ConnectionState.DEGRADED
    run(a.close())


def test_vmix_safe_cut_retried_after_500(run, vmix_stub):
    vmix_stub.fault, vmix_stub.fault_times = "500", 1
    a = vmix(vmix_stub)
    res = run(a.call(Action("vmix", "cut", {"Input": "2"})))
    assert res.ok and res.attempts == 2
    assert vmix_stub.active == "2"
    assert a.status.state is ConnectionState.CONNECTED
    run(a.close())


def test_vmix_malformed_xml(run, vmix_stub):
    vmix_stub.fault = "malformed"
    a = vmix(vmix_stub)
    res = run(a.test_connection())
    assert not res.ok and res.error_kind == ErrorKind.MALFORMED
    assert "ugyldig format" in res.message
    run(a.close())


def test_vmix_refused(run):
    a = VmixAdapter("vmix", port=refused_port(), timeout=1.0, backoff=FAST)
    res = run(a.test_connection())
    assert not res.ok and res.error_kind == ErrorKind.REFUSED
    assert "avvist" in res.message
    assert a.status.state is ConnectionState.DOWN
    run(a.close())


def test_vmix_hang_times_out(run, vmix_stub):
    vmix_stub.fault = "hang"
    a = vmix(vmix_stub, timeout=0.4, max_attempts=1)
    res = run(a.call(Action("vmix", "cut", {"Input": "2"})))
    assert not res.ok and res.error_kind == ErrorKind.TIMEOUT
    assert "tidsfristen" in res.message  # the call's own time-out ended it, while the peer still hangs
    assert a.status.state is ConnectionState.DOWN
    run(a.close())


def test_vmix_wrong_password_401(run, secrets):
    from .stubs.http_stub import VmixStub

    stub = VmixStub(username="tekniker", password="riktig").start()
    try:
        secrets.set(secret_key("vmix", "vmix", "password"), "feil")
        a = VmixAdapter("vmix", port=stub.port, username="tekniker", secrets=secrets, timeout=2.0, backoff=FAST)
        res = run(a.test_connection())
        assert not res.ok and res.error_kind == ErrorKind.AUTH
        assert "passord" in res.message
        secrets.set(secret_key("vmix", "vmix", "password"), "riktig")
        assert run(a.test_connection()).ok
        run(a.close())
    finally:
        stub.stop()


# -- Companion -----------------------------------------------------------------------------------------
def companion(stub, **kw) -> CompanionAdapter:
    return CompanionAdapter("companion", port=stub.port, timeout=kw.pop("timeout", 2.0), backoff=FAST, **kw)


def test_companion_press_and_variable(run, companion_stub):
    a = companion(companion_stub)
    assert run(a.test_connection()).ok
    res = run(a.call(Action("companion", "press", {"location": "1/2/3"})))
    assert res.ok, res.message
    assert companion_stub.pressed == [(1, 2, 3)]
    assert run(a.call(Action("companion", "set_variable", {"name": "scene", "value": "Plenum å"}))).ok
    assert companion_stub.variables["scene"] == "Plenum å"
    run(a.close())


def test_companion_press_on_an_empty_button_204_says_so_plainly(run, companion_stub):
    a = companion(companion_stub)
    assert run(a.test_connection()).ok
    empty = run(a.call(Action("companion", "press", {"location": "1/5/5"})))
    assert not empty.ok and empty.error_kind == ErrorKind.NOT_FOUND and empty.attempts == 1
    assert "ingen knapp på side 1, rad 5, kolonne 5; ingenting skjedde" in empty.message
    outside = run(a.call(Action("companion", "press", {"location": "1/9/9"})))  # past the grid: 204 too
    assert not outside.ok and "side 1, rad 9, kolonne 9" in outside.message
    assert a.status.state is ConnectionState.CONNECTED  # Companion answered; only the cue was wrong
    bad = run(a.call(Action("companion", "press", {"location": "en/to"})))
    assert not bad.ok and "side/rad/kolonne" in bad.message
    assert [r["path"] for r in companion_stub.requests if "/location/" in r["path"]] == [
        "/api/location/1/5/5/press", "/api/location/1/9/9/press"]  # the bad text never left the machine
    assert companion_stub.pressed == []
    run(a.close())


def test_companion_without_the_location_api_404_names_the_version(run, companion_stub):
    companion_stub.location_api = False  # a Companion from before /api/location
    a = companion(companion_stub)
    res = run(a.call(Action("companion", "press", {"location": "1/0/0"})))
    assert not res.ok and res.error_kind == ErrorKind.NOT_FOUND and "Companion 3.2 eller nyere" in res.message
    run(a.close())


def test_companion_unknown_variable_404(run, companion_stub):
    a = companion(companion_stub)
    res = run(a.call(Action("companion", "set_variable", {"name": "finnes_ikke", "value": "x"})))
    assert not res.ok and res.error_kind == ErrorKind.NOT_FOUND and "«finnes_ikke» finnes ikke" in res.message
    run(a.close())


def test_companion_api_disabled_403_password(run, companion_stub):
    companion_stub.api_enabled = False  # Companion answers 403 with an empty body
    a = companion(companion_stub)
    res = run(a.test_connection())
    assert not res.ok and res.error_kind == ErrorKind.AUTH
    assert "HTTP-API-et er slått av" in res.message
    run(a.close())


def test_companion_stub_has_no_rate_limit_or_login(companion_stub):
    """Companion's HTTP API has neither; a test that needs a 429 or a 401 takes another peer."""
    for kind in ("429", "401"):
        with pytest.raises(ValueError, match="never answers"):
            companion_stub.fail_next(kind)


def test_companion_hang_then_other_adapter_answers(run, companion_stub, vmix_stub):
    companion_stub.fault = "hang"
    hung = companion(companion_stub, timeout=0.5)
    other = vmix(vmix_stub)
    finished: list[str] = []

    async def call(adapter, action, name):
        result = await adapter.call(action)
        finished.append(name)
        return result

    async def both():
        return await asyncio.gather(
            call(hung, Action("companion", "press", {"location": "1/0/0"}), "companion"),
            call(other, Action("vmix", "cut", {"Input": "3"}), "vmix"),
        )

    r_hung, r_other = run(both())
    assert not r_hung.ok and r_hung.error_kind == ErrorKind.TIMEOUT
    assert r_other.ok and vmix_stub.active == "3"
    assert finished == ["vmix", "companion"]  # the cut did not wait for the hanging peer
    run(hung.close())
    run(other.close())


def test_companion_refused(run):
    a = CompanionAdapter("companion", port=refused_port(), timeout=1.0, backoff=FAST)
    res = run(a.call(Action("companion", "set_variable", {"name": "scene", "value": "x"})))
    assert not res.ok and res.error_kind == ErrorKind.REFUSED and res.attempts == 3  # safe: retried
    run(a.close())


# -- a rate-limited HTTP service (Companion and vMix have no rate limit) --------------------------------
class RateLimitedService(StubServer):
    """A web service behind a rate limit, as cloud APIs and many webhook receivers are: ``GET /status``
    answers 200 JSON; over the limit, 429 with ``Retry-After`` in seconds (RFC 9110 §10.2.3)."""

    def respond(self, req, malformed):
        if req["method"] == "GET" and req["path"] == "/status":
            return 200, b'{"ok": true}', "application/json"
        return 404, b"Not Found", "text/plain"


class StatusAdapter(HttpAdapter):
    """The smallest HTTP adapter with a safe action: reads ``/status``."""

    kind = "status"
    title = "Status"
    specs = (ActionSpec("read", "les", safe=True),)

    async def _probe(self):
        return await self._perform(Action(self.name, "read"))

    async def _perform(self, action):
        return {"reply": (await self.http("GET", "/status")).text()}


@pytest.fixture
def limited():
    s = RateLimitedService().start()
    yield s
    s.stop()


def test_429_on_a_safe_call_waits_retry_after_then_retries(run, limited):
    limited.fault, limited.fault_times, limited.retry_after = "429", 1, "1"
    a = StatusAdapter("status", f"http://127.0.0.1:{limited.port}", timeout=2.0, backoff=FAST)
    res = run(a.call(Action("status", "read")))
    assert res.ok and res.attempts == 2
    waited = limited.gap(0, 1)  # between the 429 and the retry, as the service saw it
    assert waited >= 1.0  # Retry-After: 1 was honoured, not the 50 ms backoff
    assert waited < 1.0 + RETRY_SLACK  # and not much longer than asked
    run(a.close())


def test_429_asking_for_longer_than_a_cue_may_wait_is_reported_at_once(run, limited):
    limited.fault, limited.retry_after = "429", "120"
    a = StatusAdapter("status", f"http://127.0.0.1:{limited.port}", timeout=2.0, backoff=FAST)
    res = run(a.call(Action("status", "read")))
    assert not res.ok and res.error_kind == ErrorKind.RATE_LIMITED and res.attempts == 1
    assert "prøv igjen om 120 s" in res.message and len(limited.requests) == 1
    assert a.status.state is ConnectionState.DEGRADED
    run(a.close())


# -- webhook -------------------------------------------------------------------------------------------
def test_webhook_signed_post(run, webhook_receiver, secrets):
    secrets.set(secret_key("webhook", "hook", "secret"), "delt-hemmelighet")
    a = WebhookAdapter("hook", f"http://127.0.0.1:{webhook_receiver.port}/cue?kilde=kr", secrets=secrets, timeout=2.0)
    res = run(a.call(Action("hook", "post", {"event": "stream.start", "block": "Åpning"})))
    assert res.ok, res.message
    req = webhook_receiver.requests[-1]
    assert req["path"] == "/cue" and req["query"] == {"kilde": ["kr"]}
    body = json.loads(req["body"])
    assert body["event"] == "stream.start" and body["block"] == "Åpning"
    assert verify("delt-hemmelighet", req["body"], req["headers"][SIGNATURE_HEADER])
    assert not verify("annen", req["body"], req["headers"][SIGNATURE_HEADER])
    assert "delt-hemmelighet" not in req["body"].decode()
    run(a.close())


def test_webhook_unsigned_without_secret(run, webhook_receiver, secrets):
    a = WebhookAdapter("hook", f"http://127.0.0.1:{webhook_receiver.port}/", secrets=secrets, timeout=2.0)
    assert run(a.call(Action("hook", "post", {"event": "x"}))).ok
    assert SIGNATURE_HEADER not in webhook_receiver.requests[-1]["headers"]
    run(a.close())


def test_webhook_500_not_retried(run, webhook_receiver):
    webhook_receiver.fault = "500"
    a = WebhookAdapter("hook", f"http://127.0.0.1:{webhook_receiver.port}/", timeout=2.0, backoff=FAST)
    res = run(a.call(Action("hook", "post", {"event": "x"})))
    assert not res.ok and res.error_kind == ErrorKind.SERVER and res.attempts == 1
    assert len(webhook_receiver.requests) == 1
    run(a.close())


def test_webhook_hang_times_out(run, webhook_receiver):
    webhook_receiver.fault = "hang"
    a = WebhookAdapter("hook", f"http://127.0.0.1:{webhook_receiver.port}/", timeout=0.4)
    res = run(a.call(Action("hook", "post", {"event": "x"})))
    assert not res.ok and res.error_kind == ErrorKind.TIMEOUT
    run(a.close())


def test_webhook_403_password(run, webhook_receiver):
    webhook_receiver.fault = "403"
    a = WebhookAdapter("hook", f"http://127.0.0.1:{webhook_receiver.port}/", timeout=2.0)
    res = run(a.test_connection())
    assert not res.ok and res.error_kind == ErrorKind.AUTH and "HTTP 403" in res.message
    run(a.close())


def test_webhook_429_is_reported_with_retry_after_and_not_repeated(run, webhook_receiver):
    webhook_receiver.fault, webhook_receiver.retry_after = "429", "7"
    a = WebhookAdapter("hook", f"http://127.0.0.1:{webhook_receiver.port}/", timeout=2.0, backoff=FAST)
    res = run(a.call(Action("hook", "post", {"event": "x"})))
    assert not res.ok and res.error_kind == ErrorKind.RATE_LIMITED and res.attempts == 1
    assert "prøv igjen om 7 s" in res.message
    assert len(webhook_receiver.requests) == 1  # a POST is never sent twice
    run(a.close())
