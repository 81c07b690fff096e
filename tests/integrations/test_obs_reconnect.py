"""OBS restarts mid-show: the adapter's background reconnect and a cue's own reconnect must not fight
over the connection (the stub peer from ``stubs/obs_stub.py`` on 127.0.0.1, plain asyncio)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from controlroom.integrations.base import Action, Backoff, ConnectionState
from controlroom.integrations.obs import ObsAdapter

from .stubs.obs_stub import ObsStub


@pytest.fixture
def obs_stub():
    s = ObsStub("pw").start()
    yield s
    s.stop()


async def until(predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    end = asyncio.get_running_loop().time() + timeout
    while not predicate():
        assert asyncio.get_running_loop().time() < end, "condition not reached"
        await asyncio.sleep(0.01)


def test_cue_during_reconnect_backoff_keeps_the_connection_it_made(run, obs_stub):
    """OBS drops everyone and refuses the first reconnect, so the supervisor backs off. A cue fires while
    it waits: the cue connects by itself and sends StartStream. When the backoff ends the supervisor must
    see the adapter is connected again, not open a second connection and close the cue's mid-request
    (the stream would start while the cue reports a network error)."""

    async def scenario() -> None:
        adapter = ObsAdapter("obs", port=obs_stub.port, password="pw", timeout=3.0, poll_seconds=60,
                             backoff=Backoff(initial=0.4, factor=1.0, cap=0.4, jitter=0.0))
        adapter.start()
        await until(lambda: adapter.status.ok)
        obs_stub.reject = True
        obs_stub.drop_clients()
        await until(lambda: adapter.status.state is ConnectionState.DOWN and adapter.status.retry_in is not None)
        obs_stub.reject = False
        obs_stub.delays["StartStream"] = 0.8  # still answering when the 0.4 s backoff ends
        before = obs_stub.connections

        result = await adapter.call(Action("obs", "start_stream"))

        assert result.ok, result.message
        await asyncio.sleep(0.5)  # the supervisor has woken from its backoff by now
        assert adapter.status.state is ConnectionState.CONNECTED
        assert obs_stub.connections == before + 1  # the cue's connection is the one kept
        assert (await adapter.call(Action("obs", "stop_stream"))).ok
        assert obs_stub.connections == before + 1
        await adapter.close()

    run(scenario())
    assert obs_stub.request_types().count("StartStream") == 1 and not obs_stub.streaming


def test_concurrent_connects_share_one_connection(run, obs_stub):
    """Two callers finding the adapter down at once (a cue and "Test connection") open one connection."""

    async def scenario() -> None:
        adapter = ObsAdapter("obs", port=obs_stub.port, password="pw", timeout=3.0, poll_seconds=60)
        first, second = await asyncio.gather(adapter.connect(), adapter.connect())
        assert first.ok and second.ok
        assert obs_stub.connections == 1
        assert (await adapter.call(Action("obs", "scene", {"scene": "Plenum"}))).ok
        await adapter.close()

    run(scenario())
    assert obs_stub.scene == "Plenum"


def test_a_cue_waiting_for_a_hanging_connect_takes_its_failure(run, obs_stub):
    """OBS accepts but never answers: the supervisor's attempt times out, and a cue that came while it was
    running reports that failure instead of hanging through a second attempt of its own."""
    obs_stub.fault = "hang"

    async def scenario() -> None:
        adapter = ObsAdapter("obs", port=obs_stub.port, password="pw", timeout=0.5, poll_seconds=60)
        status, result = await asyncio.gather(adapter.connect(), adapter.call(Action("obs", "start_stream")))
        assert status.state is ConnectionState.DOWN
        assert not result.ok and result.error_kind == "timeout"
        assert obs_stub.connections == 1
        await adapter.close()

    run(scenario())
    assert "StartStream" not in obs_stub.request_types()
