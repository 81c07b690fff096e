"""The OBS stub's handshake follows obs-websocket 5's documented authentication on its own: the hash is
checked against an independent computation (the openssl and base64 command-line tools), the salt and
challenge are fresh per connection, and our client is admitted only by answering that challenge."""

from __future__ import annotations

import base64
import json
import shutil
import subprocess

import pytest
import websockets

from controlroom.integrations.base import ConnectionState
from controlroom.integrations.obs import ObsAdapter

from .stubs.obs_stub import ObsStub, documented_auth


def openssl_b64_sha256(text: str) -> str:
    """base64(sha256(text)) by the openssl command-line tool: a second implementation to compare with."""
    digest = subprocess.run(["openssl", "dgst", "-sha256", "-binary"], input=text.encode(), capture_output=True,
                            check=True).stdout
    return subprocess.run(["base64", "-w0"], input=digest, capture_output=True, check=True).stdout.decode()


@pytest.fixture
def obs_stub():
    s = ObsStub("hemmelig-ø").start()
    yield s
    s.stop()


@pytest.mark.skipif(shutil.which("openssl") is None or shutil.which("base64") is None,
                    reason="openssl and base64 command-line tools are not installed")
def test_stub_hash_matches_the_documented_recipe_computed_by_other_tools():
    password, salt, challenge = "supersecretpassword", "lM1GncleQOaCu9lT1yeUZhFYnqhsLLP1G5lAGo3ixaI=", \
        "+IxH4CnCiqpX1rM9scsNynZzbOe4KhDeYcTNS3PDaeY="
    secret = openssl_b64_sha256(password + salt)
    assert documented_auth(password, salt, challenge) == openssl_b64_sha256(secret + challenge)
    assert documented_auth(password, salt, challenge) != documented_auth(password, challenge, salt)  # order counts


async def _identify(port: int, answer: str | None) -> tuple[int | None, dict]:
    """A bare obs-websocket client: read Hello, send Identify with ``answer`` (or the answer the documented
    recipe gives when ``answer`` is None), return the close code (None if identified) and the Hello."""
    async with websockets.connect(f"ws://127.0.0.1:{port}") as ws:
        hello = json.loads(await ws.recv())
        auth = hello["d"]["authentication"]
        if answer is None:
            answer = documented_auth("hemmelig-ø", auth["salt"], auth["challenge"])
        await ws.send(json.dumps({"op": 1, "d": {"rpcVersion": 1, "authentication": answer}}))
        try:
            reply = json.loads(await ws.recv())
        except websockets.ConnectionClosed as closed:
            return closed.rcvd.code if closed.rcvd else None, hello
        assert reply["op"] == 2
        return None, hello


def test_fresh_challenge_per_connection_and_a_replayed_answer_is_refused_4009(run, obs_stub):
    code, first = run(_identify(obs_stub.port, None))
    assert code is None  # the documented answer is admitted
    replay = obs_stub.identified[0]
    code, second = run(_identify(obs_stub.port, replay))
    assert code == 4009  # the same answer to a new challenge is wrong
    assert first["d"]["authentication"] != second["d"]["authentication"]
    assert len({base64.b64decode(s) for pair in obs_stub.salts for s in pair}) == 4


def test_our_client_answers_the_stubs_challenge(run, obs_stub):
    adapter = ObsAdapter("obs", port=obs_stub.port, password="hemmelig-ø", timeout=3.0)
    status = run(adapter.connect())
    assert status.state is ConnectionState.CONNECTED, status.reason
    salt, challenge = obs_stub.salts[-1]
    assert obs_stub.identified[-1] == documented_auth("hemmelig-ø", salt, challenge)
    run(adapter.close())
    wrong = ObsAdapter("obs", port=obs_stub.port, password="feil", timeout=3.0)
    status = run(wrong.connect())
    assert status.state is ConnectionState.DOWN and "passord" in status.reason
    run(wrong.close())
