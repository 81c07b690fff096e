"""Zoom on the adapter framework: connection state, "test connection" and the pre-assign action."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from controlroom.i18n import tr
from controlroom.integrations.base import Action, ActionSpec, Adapter, ConnectionState
from controlroom.integrations.zoom import errors as E
from controlroom.integrations.zoom.client import ZoomClient
from controlroom.integrations.zoom.errors import PlatformError, as_adapter_error
from controlroom.integrations.zoom.service import PreassignResult, ZoomPreassigner

_DOWN = {E.AUTH, E.TOKEN, E.REFUSED, E.TIMEOUT}


class ZoomAdapter(Adapter):
    kind: ClassVar[str] = "zoom"
    title: ClassVar[str] = "Zoom"
    specs: ClassVar[tuple[ActionSpec, ...]] = (
        ActionSpec("preassign", tr("Forhåndstildel grupperom"),
                   (("meeting", tr("Møte-ID")), ("block", tr("Bolk")), ("round", tr("Runde"))), safe=False),
    )

    def __init__(self, client: ZoomClient, preassigner: ZoomPreassigner,
                 meeting_id: Callable[[], str] = lambda: "", name: str = "zoom", **kwargs: Any) -> None:
        kwargs.setdefault("timeout", client.config.timeout * 3 + 5)
        super().__init__(name, **kwargs)
        self.client = client
        self.preassigner = preassigner
        self.meeting_id = meeting_id

    async def _probe(self) -> Mapping[str, Any] | None:
        try:
            await self.client.token(force=True)
            data: dict[str, Any] = {"token_expires_in": self.client.token_expires_in}
            meeting = self.meeting_id()
            if meeting:
                info = await self.client.get_meeting(meeting)
                data.update(topic=info.get("topic", ""), meeting_status=info.get("status", ""))
        except PlatformError as exc:
            raise as_adapter_error(exc) from exc
        self._update_detail(**data)
        return data

    async def _perform(self, action: Action) -> Mapping[str, Any] | None:
        if action.kind != "preassign":
            raise self.unknown_action(action)
        p = action.params
        result = await self.preassign(str(p["meeting"]), str(p["block"]), int(p["round"]))
        if result.error:
            raise as_adapter_error(result.error)
        return {"rooms": len(result.rooms), "unassignable": len(result.unassignable)}

    async def preassign(self, meeting_id: str, block_uid: str, round_no: int) -> PreassignResult:
        """The full result (rooms, unassignable people, error); the status follows it."""
        result = await self.preassigner.preassign(meeting_id, block_uid, round_no)
        err = result.error
        if err is None:
            self._set_status(ConnectionState.CONNECTED, "",
                             detail={**self.status.detail, "token_expires_in": self.client.token_expires_in})
        elif err.kind in _DOWN:
            self._set_status(ConnectionState.DOWN, err.message)
        elif err.kind in (E.RATE_LIMITED, E.SERVER):
            self._set_status(ConnectionState.DEGRADED, err.message)
        return result
