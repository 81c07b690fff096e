"""vMix through its HTTP API: ``GET /api/?Function=Cut&Input=…`` runs a function (200 ok, 500 error);
``GET /api/`` returns the XML state (version, active/preview input, streaming, recording)."""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from typing import Any, ClassVar

from controlroom.i18n import tr
from controlroom.integrations.base import Action, ActionSpec, AdapterError, ErrorKind, error_message
from controlroom.integrations.http import HttpAdapter
from controlroom.integrations.secrets import SecretStore, secret_key

#: action kind → (vMix Function, parameters passed through)
_FUNCTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "cut": ("Cut", ("Input",)),
    "fade": ("Fade", ("Input", "Duration")),
    "preview": ("PreviewInput", ("Input",)),
    "start_stream": ("StartStreaming", ()),
    "stop_stream": ("StopStreaming", ()),
    "start_record": ("StartRecording", ()),
    "stop_record": ("StopRecording", ()),
    "mute": ("AudioOff", ("Input",)),
    "unmute": ("AudioOn", ("Input",)),
}


def parse_state(xml: bytes) -> dict[str, Any]:
    """The fields we show from ``GET /api/``. Raises ValueError on anything that is not vMix XML."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise ValueError(f"not XML: {exc}") from exc
    if root.tag != "vmix":
        raise ValueError(f"root element is <{root.tag}>, expected <vmix>")
    inputs = {i.get("number"): i.get("title") for i in root.iter("input")}
    active = (root.findtext("active") or "").strip()
    preview = (root.findtext("preview") or "").strip()
    return {
        "version": (root.findtext("version") or "").strip(),
        "active": inputs.get(active, active),
        "preview": inputs.get(preview, preview),
        "streaming": (root.findtext("streaming") or "").strip().lower() == "true",
        "recording": (root.findtext("recording") or "").strip().lower() == "true",
        "inputs": [t for t in inputs.values() if t],
    }


class VmixAdapter(HttpAdapter):
    kind: ClassVar[str] = "vmix"
    title: ClassVar[str] = "vMix"
    specs: ClassVar[tuple[ActionSpec, ...]] = (
        ActionSpec("cut", tr("klipp til"), (("Input", tr("Kilde")),), safe=True),
        ActionSpec("fade", tr("ton over til"), (("Input", tr("Kilde")),), safe=True),
        ActionSpec("preview", tr("forhåndsvis"), (("Input", tr("Kilde")),), safe=True),
        ActionSpec("start_stream", tr("start strømming"), safe=False),
        ActionSpec("stop_stream", tr("stopp strømming"), safe=True),
        ActionSpec("start_record", tr("start opptak"), safe=False),
        ActionSpec("stop_record", tr("stopp opptak"), safe=True),
        ActionSpec("mute", tr("demp"), (("Input", tr("Kilde")),), safe=True),
        ActionSpec("unmute", tr("slå på lyd"), (("Input", tr("Kilde")),), safe=True),
    )

    def __init__(self, name: str = "vmix", host: str = "127.0.0.1", port: int = 8088, *,
                 username: str = "", secrets: SecretStore | None = None, **kwargs: Any) -> None:
        super().__init__(name, f"http://{host}:{port}", **kwargs)
        self.username = username
        self._secrets = secrets

    async def _auth_headers(self) -> dict[str, str]:
        if not self.username or self._secrets is None or not self._secrets.available:
            return {}
        password = await self._secrets.aget(secret_key(self.kind, self.name, "password")) or ""
        token = base64.b64encode(f"{self.username}:{password}".encode()).decode()
        return {"Authorization": f"Basic {token}"}

    async def state(self) -> dict[str, Any]:
        reply = await self.http("GET", "/api/")
        try:
            return parse_state(reply.body)
        except ValueError as exc:
            raise AdapterError(ErrorKind.MALFORMED, error_message(ErrorKind.MALFORMED, self.peer, str(exc))) from exc

    async def _probe(self) -> Mapping[str, Any]:
        state = await self.state()
        self._update_detail(**{k: v for k, v in state.items() if k != "inputs"})
        return state

    async def _perform(self, action: Action) -> Mapping[str, Any]:
        if action.kind == "function":  # any vMix function: {"Function": "...", ...}
            params = {str(k): str(v) for k, v in action.params.items()}
            if "Function" not in params:
                raise self.unknown_action(action)
        else:
            entry = _FUNCTIONS.get(action.kind)
            if entry is None:
                raise self.unknown_action(action)
            function, names = entry
            params = {"Function": function}
            for n in names:
                value = action.params.get(n, action.params.get(n.lower()))
                if value not in (None, ""):
                    params[n] = str(value)
        reply = await self.http("GET", "/api/", params=params)
        return {"reply": reply.text()[:200]}
