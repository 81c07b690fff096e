"""Bitfocus Companion ≥ 3.2 through its HTTP API: press a button, set a custom variable.

``POST /api/location/<page>/<row>/<column>/press``; ``POST /api/custom-variable/<name>/value?value=…``.
Companion answers 200 ``ok``; 204 (no body) when no button is at that location — empty, or outside the
surface's grid — so nothing happened, which the tech host is told in plain words; 403 when the HTTP
API is switched off in Companion's settings; 404 ``Not found`` for an unknown custom variable, and 404
for the press path itself on a Companion without the location API. The API has no authentication and
no rate limit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar
from urllib.parse import quote

from controlroom.i18n import tr
from controlroom.integrations.base import Action, ActionSpec, AdapterError, ErrorKind, error_message
from controlroom.integrations.http import HttpAdapter, HttpReply


def parse_location(text: str) -> tuple[int, int, int]:
    """"1/2/3" → (page, row, column). Raises ValueError."""
    parts = [p.strip() for p in str(text).replace(",", "/").split("/")]
    if len(parts) != 3:
        raise ValueError(text)
    page, row, col = (int(p) for p in parts)
    if page < 1 or row < 0 or col < 0:
        raise ValueError(text)
    return page, row, col


class CompanionAdapter(HttpAdapter):
    kind: ClassVar[str] = "companion"
    title: ClassVar[str] = "Companion"
    specs: ClassVar[tuple[ActionSpec, ...]] = (
        # A press may toggle (stream on/off): never retried.
        ActionSpec("press", tr("trykk"), (("location", tr("Side/rad/kolonne")),), safe=False),
        ActionSpec("set_variable", tr("sett variabel"), (("name", tr("Variabel")), ("value", tr("Verdi"))), safe=True),
    )

    def __init__(self, name: str = "companion", host: str = "127.0.0.1", port: int = 8000, **kwargs: Any) -> None:
        super().__init__(name, f"http://{host}:{port}", **kwargs)

    def status_error(self, reply: HttpReply) -> AdapterError:
        if reply.status == 403:
            return AdapterError(ErrorKind.AUTH, tr(
                "{peer}: HTTP-API-et er slått av. Slå på «HTTP API» under Settings → Protocols i Companion."
            ).format(peer=self.peer), status=403)
        return super().status_error(reply)

    async def _probe(self) -> Mapping[str, Any]:
        # Any answer but 403 shows the API is reachable and on (404: the probe variable does not exist).
        reply = await self.http("GET", "/api/custom-variable/kontrollrom_probe/value",
                                ok_statuses=frozenset({200, 204, 404}))
        return {"status": reply.status}

    async def _perform(self, action: Action) -> Mapping[str, Any]:
        if action.kind == "press":
            try:
                page, row, col = parse_location(str(action.params.get("location", "")))
            except ValueError as exc:
                raise AdapterError(ErrorKind.INVALID, error_message(ErrorKind.INVALID, self.peer, tr(
                    "knappen må skrives side/rad/kolonne, for eksempel 1/0/2")), ) from exc
            where = f"{page}/{row}/{col}"
            reply = await self.http("POST", f"/api/location/{where}/press",
                                    ok_statuses=frozenset({200, 204, 404}))
            if reply.status == 404:
                raise AdapterError(ErrorKind.NOT_FOUND, tr(
                    "{peer}: kjenner ikke knappetrykk over HTTP (/api/location). Det krever Companion 3.2 "
                    "eller nyere.").format(peer=self.peer), status=404)
            if reply.status == 204:
                raise AdapterError(ErrorKind.NOT_FOUND, tr(
                    "{peer}: ingen knapp på side {page}, rad {row}, kolonne {col}; ingenting skjedde. "
                    "Sjekk plasseringen i signalet mot knappene i Companion.").format(
                    peer=self.peer, page=page, row=row, col=col), status=204)
            return {"location": where}
        if action.kind == "set_variable":
            name = str(action.params.get("name", "")).strip()
            if not name:
                raise AdapterError(ErrorKind.INVALID, error_message(ErrorKind.INVALID, self.peer, tr("mangler variabelnavn")))
            reply = await self.http("POST", f"/api/custom-variable/{quote(name, safe='')}/value",
                                    params={"value": str(action.params.get("value", ""))},
                                    ok_statuses=frozenset({200, 204, 404}))
            if reply.status == 404:
                raise AdapterError(ErrorKind.NOT_FOUND, tr("{peer}: variabelen «{name}» finnes ikke.").format(
                    peer=self.peer, name=name), status=404)
            return {"variable": name}
        raise self.unknown_action(action)
