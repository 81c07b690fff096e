"""OSC over UDP (python-osc's message builder, sent on an asyncio datagram endpoint).

OSC is fire-and-forget: a datagram leaves, nobody confirms it. The status says so — "connected"
only means the socket is open, not that anyone listens — and sending is never retried.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from pythonosc.osc_message_builder import OscMessageBuilder

from controlroom.i18n import tr
from controlroom.integrations.base import (
    Action,
    ActionSpec,
    Adapter,
    AdapterError,
    ConnectionState,
    ErrorKind,
    error_message,
)


def build_message(address: str, args: Sequence[Any]) -> bytes:
    if not address.startswith("/"):
        raise ValueError(address)
    b = OscMessageBuilder(address=address)
    for a in args:
        b.add_arg(a)
    return b.build().dgram


def parse_args(value: Any) -> list[Any]:
    """Arguments from a cue: a list, or a text like "1 0.5 tekst" (numbers become int/float)."""
    if value is None or value == "":
        return []
    if isinstance(value, list | tuple):
        return list(value)
    out: list[Any] = []
    for word in str(value).split():
        for conv in (int, float):
            try:
                out.append(conv(word))
                break
            except ValueError:
                continue
        else:
            out.append(word)
    return out


class _Proto(asyncio.DatagramProtocol):
    def __init__(self) -> None:
        self.last_error: Exception | None = None

    def error_received(self, exc: Exception) -> None:
        self.last_error = exc


class OscAdapter(Adapter):
    kind: ClassVar[str] = "osc"
    title: ClassVar[str] = "OSC"
    specs: ClassVar[tuple[ActionSpec, ...]] = (
        ActionSpec("send", tr("send"), (("address", tr("Adresse")), ("args", tr("Argumenter"))), safe=False),
    )

    def __init__(self, name: str = "osc", host: str = "127.0.0.1", port: int = 53000, **kwargs: Any) -> None:
        super().__init__(name, **kwargs)
        self.host = host
        self.port = port
        self._transport: asyncio.DatagramTransport | None = None
        self._proto: _Proto | None = None

    def _connected_state(self) -> tuple[ConnectionState, str]:
        return ConnectionState.CONNECTED, tr("UDP uten kvittering: sendt betyr ikke mottatt.")

    async def _open(self) -> None:
        await self._close()
        loop = asyncio.get_running_loop()
        transport, proto = await loop.create_datagram_endpoint(_Proto, remote_addr=(self.host, self.port))
        self._transport, self._proto = transport, proto

    async def _close(self) -> None:
        if self._transport is not None:
            self._transport.close()
        self._transport = self._proto = None

    async def _probe(self) -> Mapping[str, Any]:
        if self._transport is None:
            await self._open()
        return {"note": tr("OSC kan ikke testes ende til ende; meldinger sendes uten svar.")}

    async def _perform(self, action: Action) -> Mapping[str, Any]:
        if action.kind != "send":
            raise self.unknown_action(action)
        address = str(action.params.get("address", ""))
        try:
            dgram = build_message(address, parse_args(action.params.get("args")))
        except (ValueError, TypeError) as exc:
            raise AdapterError(ErrorKind.INVALID, error_message(ErrorKind.INVALID, self.peer, tr(
                "OSC-adressen må begynne med /"))) from exc
        if self._transport is None or self._transport.is_closing():
            await self._open()
        assert self._transport is not None and self._proto is not None
        err, self._proto.last_error = self._proto.last_error, None
        if isinstance(err, ConnectionRefusedError):
            # The previous datagram bounced (ICMP port unreachable): nobody listens there.
            self._set_status(ConnectionState.DEGRADED, error_message(ErrorKind.REFUSED, self.peer))
        self._transport.sendto(dgram)
        return {"address": address, "bytes": len(dgram), "note": tr("sendt (uten kvittering)")}
