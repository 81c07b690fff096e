"""OSC against a real python-osc UDP server on 127.0.0.1."""

from __future__ import annotations

import threading
import time

import pytest
from pythonosc.dispatcher import Dispatcher
from pythonosc.osc_server import ThreadingOSCUDPServer

from controlroom.integrations.base import Action, ConnectionState, ErrorKind
from controlroom.integrations.osc import OscAdapter, parse_args


@pytest.fixture
def osc_receiver():
    received: list[tuple[str, tuple]] = []
    got = threading.Event()
    dispatcher = Dispatcher()

    def handler(address, *args):
        received.append((address, args))
        got.set()

    dispatcher.set_default_handler(handler)
    server = ThreadingOSCUDPServer(("127.0.0.1", 0), dispatcher)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], received, got
    server.shutdown()
    server.server_close()


def test_osc_send_reaches_real_receiver(run, osc_receiver):
    port, received, got = osc_receiver
    a = OscAdapter("osc", port=port)
    status = run(a.connect())
    assert status.state is ConnectionState.CONNECTED
    assert "uten kvittering" in status.reason  # fire-and-forget is said in the status
    res = run(a.call(Action("osc", "send", {"address": "/cue/plenum/go", "args": "1 0.5 Plenum"})))
    assert res.ok and res.attempts == 1
    assert got.wait(5)
    deadline = time.monotonic() + 2
    while not received and time.monotonic() < deadline:
        time.sleep(0.01)
    address, args = received[0]
    assert address == "/cue/plenum/go"
    assert args[0] == 1 and abs(args[1] - 0.5) < 1e-6 and args[2] == "Plenum"
    run(a.close())


def test_osc_bad_address_is_clear(run):
    a = OscAdapter("osc", port=9)
    res = run(a.call(Action("osc", "send", {"address": "cue/go"})))
    assert not res.ok and res.error_kind == ErrorKind.INVALID
    assert "begynne med /" in res.message
    run(a.close())


def test_osc_args_parsing():
    assert parse_args("1 2.5 ord") == [1, 2.5, "ord"]
    assert parse_args(None) == []
    assert parse_args([True, "x"]) == [True, "x"]
