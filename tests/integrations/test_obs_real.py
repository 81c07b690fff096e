"""The OBS adapter against a real OBS Studio (obs-websocket 5.x) under Xvfb: one OBS per session."""

from __future__ import annotations

import asyncio
import os
import shutil

import pytest

from controlroom.integrations.base import Action, Backoff, ConnectionState, ErrorKind
from controlroom.integrations.obs import ObsAdapter
from controlroom.integrations.secrets import secret_key

from .obs_fixture import free_port, start_rtmp_sink

pytestmark = [pytest.mark.obs, pytest.mark.slow]
FAST = Backoff(initial=0.1, factor=2, cap=0.5, jitter=0.1)


def adapter(obs_server, **kw) -> ObsAdapter:
    kw.setdefault("password", obs_server.password)
    return ObsAdapter("obs", port=obs_server.port, timeout=5.0, poll_seconds=0.3, backoff=FAST, **kw)


def test_obs_scene_list_and_switch_confirmed(run, obs_server):
    async def scenario():
        a = adapter(obs_server)
        assert (await a.connect()).state is ConnectionState.CONNECTED
        existing = await a.scene_names()
        for name in ("Plenum", "Pause-bilde"):
            if name not in existing:
                await a.request("CreateScene", {"sceneName": name})
        names = await a.scene_names()
        assert {"Plenum", "Pause-bilde"} <= set(names)
        for target in ("Plenum", "Pause-bilde", "Plenum"):
            res = await a.call(Action("obs", "scene", {"scene": target}))
            assert res.ok, res.message
            assert res.data["confirmed"] is True
            assert (await a.request("GetCurrentProgramScene"))["currentProgramSceneName"] == target
            assert a.status.detail["scene"] == target  # from CurrentProgramSceneChanged
        await a.close()

    run(scenario())


def test_obs_unknown_scene_600(run, obs_server):
    async def scenario():
        a = adapter(obs_server)
        await a.connect()
        res = await a.call(Action("obs", "scene", {"scene": "Finnes ikke"}))
        assert not res.ok and res.error_kind == ErrorKind.NOT_FOUND
        assert res.message == "OBS: finner ikke scenen «Finnes ikke»."
        assert a.status.state is ConnectionState.CONNECTED  # OBS answered: the connection is fine
        await a.close()

    run(scenario())


def test_obs_stream_to_local_rtmp_sink_and_500_while_live(run, obs_server, tmp_path):
    if shutil.which("ffmpeg") is None:
        pytest.skip("ffmpeg er ikke installert")
    port = free_port()
    sink = start_rtmp_sink(port, tmp_path / "ffmpeg.log")

    async def scenario():
        a = adapter(obs_server)
        await a.connect()
        await a.request("SetStreamServiceSettings", {
            "streamServiceType": "rtmp_custom",
            "streamServiceSettings": {"server": f"rtmp://127.0.0.1:{port}/live", "key": "kontrollrom"},
        })
        await asyncio.sleep(0.3)  # ffmpeg listening
        started = a.client.expect_event("StreamStateChanged", lambda d: d.get("outputState") == "OBS_WEBSOCKET_OUTPUT_STARTED")
        res = await a.call(Action("obs", "start_stream"))
        assert res.ok, res.message
        await asyncio.wait_for(started, 20)
        assert a.status.detail["stream_state"] == "OBS_WEBSOCKET_OUTPUT_STARTED"
        for _ in range(50):  # the poller fills in the figures
            await asyncio.sleep(0.2)
            if a.status.detail.get("bytes", 0) > 0 and a.status.detail.get("duration_ms", 0) > 0:
                break
        detail = a.status.detail
        assert detail["stream_active"] is True and detail["bytes"] > 0 and detail["total_frames"] > 0
        assert "congestion" in detail and "skipped_frames" in detail
        again = await a.call(Action("obs", "start_stream"))
        assert not again.ok and again.error_kind == ErrorKind.CONFLICT and again.attempts == 1
        assert "går allerede" in again.message
        stopped = a.client.expect_event("StreamStateChanged", lambda d: d.get("outputState") == "OBS_WEBSOCKET_OUTPUT_STOPPED")
        assert (await a.call(Action("obs", "stop_stream"))).ok
        await asyncio.wait_for(stopped, 20)
        not_running = await a.call(Action("obs", "stop_stream"))
        assert not not_running.ok and not_running.error_kind == ErrorKind.NOT_RUNNING
        assert "går ikke" in not_running.message
        await a.close()

    try:
        run(scenario())
    finally:
        if sink.poll() is None:
            sink.terminate()
            sink.wait(5)


def test_obs_recording_to_tmp_dir(run, obs_server, tmp_path):
    rec_dir = tmp_path / "opptak"
    rec_dir.mkdir()

    async def scenario():
        a = adapter(obs_server)
        await a.connect()
        await a.request("SetProfileParameter", {"parameterCategory": "SimpleOutput", "parameterName": "FilePath",
                                                "parameterValue": str(rec_dir)})
        started = a.client.expect_event("RecordStateChanged", lambda d: d.get("outputState") == "OBS_WEBSOCKET_OUTPUT_STARTED")
        assert (await a.call(Action("obs", "start_record"))).ok
        await asyncio.wait_for(started, 15)
        await asyncio.sleep(1.0)
        stopped = a.client.expect_event("RecordStateChanged", lambda d: d.get("outputState") == "OBS_WEBSOCKET_OUTPUT_STOPPED")
        res = await a.call(Action("obs", "stop_record"))
        assert res.ok
        event = await asyncio.wait_for(stopped, 15)
        await a.close()
        return res.data.get("outputPath") or event.get("outputPath")

    path = run(scenario())
    files = list(rec_dir.iterdir())
    assert files and str(files[0]) == path
    assert os.path.getsize(files[0]) > 0


def test_obs_mute_unmute_input(run, obs_server):
    async def scenario():
        a = adapter(obs_server)
        await a.connect()
        inputs = {i["inputName"] for i in (await a.request("GetInputList"))["inputs"]}
        if "Mikrofon" not in inputs:
            scenes = await a.scene_names()
            await a.request("CreateInput", {"sceneName": scenes[0], "inputName": "Mikrofon",
                                            "inputKind": "ffmpeg_source", "inputSettings": {}})
        assert (await a.call(Action("obs", "mute", {"input": "Mikrofon"}))).ok
        assert (await a.request("GetInputMute", {"inputName": "Mikrofon"}))["inputMuted"] is True
        assert (await a.call(Action("obs", "unmute", {"input": "Mikrofon"}))).ok
        assert (await a.request("GetInputMute", {"inputName": "Mikrofon"}))["inputMuted"] is False
        res = await a.call(Action("obs", "mute", {"input": "Ukjent kilde"}))
        assert not res.ok and "finner ikke kilden «Ukjent kilde»" in res.message
        await a.close()

    run(scenario())


def test_obs_wrong_password_4009(run, obs_server):
    async def scenario():
        a = adapter(obs_server, password="feil-passord")
        status = await a.connect()
        assert status.state is ConnectionState.DOWN
        assert "Feil passord" in status.reason and "4009" in status.reason
        res = await a.test_connection()
        assert not res.ok and res.error_kind == ErrorKind.AUTH
        await a.close()

    run(scenario())


def test_obs_password_from_keyring_and_test_connection(run, obs_server, secrets):
    secrets.set(secret_key("obs", "obs"), obs_server.password)

    async def scenario():
        a = ObsAdapter("obs", port=obs_server.port, secrets=secrets, timeout=5.0)
        res = await a.test_connection()
        assert res.ok, res.message
        assert res.data["websocket_version"].startswith("5.")
        await a.close()

    run(scenario())


def test_obs_refused_when_nothing_listens(run):
    async def scenario():
        a = ObsAdapter("obs", port=free_port(), password="x", timeout=2.0)
        status = await a.connect()
        assert status.state is ConnectionState.DOWN and "avvist" in status.reason
        res = await a.call(Action("obs", "start_stream"))
        assert not res.ok and res.error_kind == ErrorKind.REFUSED and res.attempts == 1
        await a.close()

    run(scenario())
