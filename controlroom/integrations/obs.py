"""OBS Studio through obs-websocket v5: scenes, stream, recording, mute, and live stream health.

Stream health comes from events (StreamStateChanged, RecordStateChanged, CurrentProgramSceneChanged)
plus polling GetStreamStatus every ``poll_seconds`` while connected; both land in
``status.detail`` (``stream_state``, ``stream_active``, ``duration_ms``, ``congestion``,
``skipped_frames``, ``total_frames``, ``bytes``, ``record_active``, ``scene``).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Mapping
from typing import Any, ClassVar

from controlroom.i18n import tr
from controlroom.integrations.base import (
    Action,
    ActionSpec,
    Adapter,
    AdapterError,
    ErrorKind,
    error_message,
    map_exception,
)
from controlroom.integrations.obs_client import (
    ObsAuthError,
    ObsClient,
    ObsClosed,
    ObsProtocolError,
    ObsRequestFailed,
)
from controlroom.integrations.secrets import SecretStore, secret_key

_REQUESTS: dict[str, tuple[str, Any]] = {
    # kind: (requestType, function building requestData from params)
    "scene": ("SetCurrentProgramScene", lambda p: {"sceneName": p["scene"]}),
    "start_stream": ("StartStream", lambda p: None),
    "stop_stream": ("StopStream", lambda p: None),
    "start_record": ("StartRecord", lambda p: None),
    "stop_record": ("StopRecord", lambda p: None),
    "mute": ("SetInputMute", lambda p: {"inputName": p["input"], "inputMuted": True}),
    "unmute": ("SetInputMute", lambda p: {"inputName": p["input"], "inputMuted": False}),
}


class ObsAdapter(Adapter):
    kind: ClassVar[str] = "obs"
    title: ClassVar[str] = "OBS"
    persistent: ClassVar[bool] = True
    specs: ClassVar[tuple[ActionSpec, ...]] = (
        ActionSpec("scene", tr("scene"), (("scene", tr("Scene")),), safe=True),
        # Starting is never retried blindly: the first request may have started the output.
        ActionSpec("start_stream", tr("start strømming"), safe=False),
        ActionSpec("stop_stream", tr("stopp strømming"), safe=True),
        ActionSpec("start_record", tr("start opptak"), safe=False),
        ActionSpec("stop_record", tr("stopp opptak"), safe=True),
        ActionSpec("mute", tr("demp"), (("input", tr("Kilde")),), safe=True),
        ActionSpec("unmute", tr("slå på lyd"), (("input", tr("Kilde")),), safe=True),
    )

    def __init__(
        self,
        name: str = "obs",
        host: str = "127.0.0.1",
        port: int = 4455,
        *,
        password: str | None = None,
        secrets: SecretStore | None = None,
        poll_seconds: float = 2.0,
        **kwargs: Any,
    ) -> None:
        super().__init__(name, **kwargs)
        self.host = host
        self.port = port
        self._password = password
        self._secrets = secrets
        self.poll_seconds = poll_seconds
        self.client: ObsClient | None = None
        self._poller: asyncio.Task | None = None

    @property
    def url(self) -> str:
        return f"ws://{self.host}:{self.port}"

    # -- connection ------------------------------------------------------------------------------
    async def _password_value(self) -> str | None:
        if self._password is not None:
            return self._password
        if self._secrets is None or not self._secrets.available:
            return None
        return await self._secrets.aget(secret_key(self.kind, self.name, "password"))

    async def _open(self) -> None:
        await self._close()
        client = ObsClient(self.url, await self._password_value())
        try:
            await client.connect(self.connect_timeout)
        except Exception as exc:
            raise self._map(exc) from exc
        client.on_close = lambda exc, c=client: self._on_client_closed(exc, c)
        client.subscribe(self._on_event)
        self.client = client
        with contextlib.suppress(Exception):
            scene = await client.request("GetCurrentProgramScene")
            self._update_detail(scene=scene.get("currentProgramSceneName") or scene.get("sceneName"))
        await self._poll_once()
        self._poller = asyncio.get_running_loop().create_task(self._poll_loop(), name=f"obs-poll-{self.name}")

    async def _close(self) -> None:
        if self._poller is not None:
            self._poller.cancel()
            with contextlib.suppress(BaseException):
                await self._poller
            self._poller = None
        client, self.client = self.client, None
        if client is not None:
            client.on_close = None
            await client.close()

    def _on_client_closed(self, exc: ObsClosed, client: ObsClient | None = None) -> None:
        if client is not None and client is not self.client:
            return  # an older connection closing late says nothing about the current one
        self.client = None
        if self._poller is not None:
            self._poller.cancel()
        self._connection_lost(error_message(ErrorKind.NETWORK, self.peer, tr("forbindelsen ble brutt")))

    # -- live status -----------------------------------------------------------------------------
    def _on_event(self, event_type: str, data: dict[str, Any]) -> None:
        if event_type == "StreamStateChanged":
            self._update_detail(stream_state=data.get("outputState"), stream_active=bool(data.get("outputActive")))
        elif event_type == "RecordStateChanged":
            self._update_detail(record_state=data.get("outputState"), record_active=bool(data.get("outputActive")),
                                record_path=data.get("outputPath"))
        elif event_type == "CurrentProgramSceneChanged":
            self._update_detail(scene=data.get("sceneName"))

    async def _poll_once(self) -> None:
        if self.client is None:
            return
        s = await asyncio.wait_for(self.client.request("GetStreamStatus"), self.timeout)
        r = await asyncio.wait_for(self.client.request("GetRecordStatus"), self.timeout)
        self._update_detail(
            stream_active=bool(s.get("outputActive")),
            stream_reconnecting=bool(s.get("outputReconnecting")),
            duration_ms=int(s.get("outputDuration") or 0),
            timecode=s.get("outputTimecode"),
            congestion=float(s.get("outputCongestion") or 0.0),
            bytes=int(s.get("outputBytes") or 0),
            skipped_frames=int(s.get("outputSkippedFrames") or 0),
            total_frames=int(s.get("outputTotalFrames") or 0),
            record_active=bool(r.get("outputActive")),
            record_duration_ms=int(r.get("outputDuration") or 0),
        )

    async def _poll_loop(self) -> None:
        while True:
            await asyncio.sleep(self.poll_seconds)
            try:
                await self._poll_once()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001
                err = map_exception(self._map(exc), self.peer)  # a timeout comes back unmapped
                self._note_failure(err)
                if err.kind in (ErrorKind.TIMEOUT, ErrorKind.NETWORK):
                    return

    # -- reads and actions -----------------------------------------------------------------------
    def _require_client(self) -> ObsClient:
        if self.client is None or not self.client.connected:
            raise AdapterError(ErrorKind.NETWORK, error_message(ErrorKind.NETWORK, self.peer, tr("ikke tilkoblet")))
        return self.client

    async def _probe(self) -> Mapping[str, Any]:
        try:
            info = await self._require_client().request("GetVersion")
        except AdapterError:
            raise
        except Exception as exc:
            raise self._map(exc) from exc
        return {"obs_version": info.get("obsVersion"), "websocket_version": info.get("obsWebSocketVersion")}

    async def request(self, request_type: str, data: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """A raw request with the adapter's timeout and error mapping (for reads such as GetSceneList)."""
        try:
            return await asyncio.wait_for(self._require_client().request(request_type, data), self.timeout)
        except AdapterError:
            raise
        except Exception as exc:
            raise self._map(exc, request_type=request_type, data=data) from exc

    async def scene_names(self) -> list[str]:
        """Scene names in OBS's list order (top first)."""
        reply = await self.request("GetSceneList")
        scenes = reply.get("scenes") or []
        ordered = sorted(scenes, key=lambda s: s.get("sceneIndex", 0), reverse=True)
        return [str(s.get("sceneName")) for s in ordered]

    async def _perform(self, action: Action) -> Mapping[str, Any]:
        entry = _REQUESTS.get(action.kind)
        if entry is None:
            raise self.unknown_action(action)
        request_type, build = entry
        try:
            data = build(action.params)
        except KeyError as exc:
            raise AdapterError(
                ErrorKind.INVALID, error_message(ErrorKind.INVALID, self.peer, tr("mangler «{f}»").format(f=exc.args[0]))
            ) from exc
        client = self._require_client()
        try:
            if action.kind == "scene":
                # Confirmed by OBS: the response and CurrentProgramSceneChanged (either may come first).
                scene = data["sceneName"]
                if self._status.detail.get("scene") == scene:
                    await client.request(request_type, data)
                    return {"scene": scene, "confirmed": True}
                await client.request_until_event(
                    request_type, data, "CurrentProgramSceneChanged", lambda d: d.get("sceneName") == scene
                )
                return {"scene": scene, "confirmed": True}
            return await client.request(request_type, data)
        except Exception as exc:
            raise self._map(exc, request_type=request_type, data=data) from exc

    # -- errors ----------------------------------------------------------------------------------
    def _map(self, exc: BaseException, *, request_type: str = "", data: Mapping | None = None) -> BaseException:
        if isinstance(exc, AdapterError):
            return exc
        if isinstance(exc, ObsAuthError):
            return AdapterError(ErrorKind.AUTH, tr("{peer}: Feil passord (OBS lukket tilkoblingen med kode 4009).").format(
                peer=self.peer), status=4009)
        if isinstance(exc, ObsProtocolError):
            return AdapterError(ErrorKind.MALFORMED, error_message(ErrorKind.MALFORMED, self.peer, str(exc)))
        if isinstance(exc, ObsRequestFailed):
            return self._request_error(exc, request_type, data or {})
        if isinstance(exc, ObsClosed):
            return AdapterError(ErrorKind.NETWORK, error_message(ErrorKind.NETWORK, self.peer, tr("forbindelsen ble brutt")))
        return exc  # the base class maps timeouts, refusals and the rest

    def _request_error(self, exc: ObsRequestFailed, request_type: str, data: Mapping) -> AdapterError:
        code = exc.code
        what = {"StartStream": tr("Strømmen"), "StopStream": tr("Strømmen"), "StartRecord": tr("Opptaket"),
                "StopRecord": tr("Opptaket")}.get(request_type, request_type)
        if code == 600:
            if "sceneName" in data:
                text = tr("{peer}: finner ikke scenen «{name}».").format(peer=self.peer, name=data["sceneName"])
            elif "inputName" in data:
                text = tr("{peer}: finner ikke kilden «{name}».").format(peer=self.peer, name=data["inputName"])
            else:
                text = error_message(ErrorKind.NOT_FOUND, self.peer, exc.comment)
            return AdapterError(ErrorKind.NOT_FOUND, text, status=code)
        if code == 500:
            return AdapterError(ErrorKind.CONFLICT, tr("{peer}: {what} går allerede.").format(peer=self.peer, what=what),
                                status=code)
        if code == 501:
            return AdapterError(ErrorKind.NOT_RUNNING, tr("{peer}: {what} går ikke.").format(peer=self.peer, what=what),
                                status=code)
        if code in (207,):  # NotReady: OBS is starting up or shutting down
            return AdapterError(ErrorKind.SERVER, error_message(ErrorKind.SERVER, self.peer, tr("OBS er ikke klar")),
                                status=code)
        return AdapterError(ErrorKind.INVALID, error_message(ErrorKind.INVALID, self.peer, f"{code} {exc.comment}".strip()),
                            status=code)
