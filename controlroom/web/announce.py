"""Found on the network: the web server announces the event over mDNS/DNS-SD (zeroconf), so the tech
host's laptop can list the events on the venue's network (``controlroom find``) without typing an
address. Optional (``--announce``, with ``--allow-lan``); an announcement names the event and where its
views are, never a key or a token."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # zeroconf loads only when the event is announced or looked for
    from zeroconf import ServiceInfo
    from zeroconf.asyncio import AsyncZeroconf

log = logging.getLogger(__name__)

#: The DNS-SD service type of a Kontrollrom event.
SERVICE_TYPE = "_kontrollrom._tcp.local."


@dataclass(frozen=True)
class FoundEvent:
    title: str
    url: str


def _instance(title: str) -> str:
    """A DNS-SD instance name: the event's title and this machine (labels of at most 63 bytes)."""
    host = socket.gethostname().split(".")[0] or "kontrollrom"
    label = f"{title} ({host})".replace(".", " ")
    while len(label.encode("utf-8")) > 63:
        label = label[:-1]
    return f"{label}.{SERVICE_TYPE}"


class Announcer:
    """Announces one event at ``address``:``port`` until closed."""

    def __init__(self, title: str, address: str, port: int, *, interfaces: list[str] | None = None) -> None:
        self.title, self.address, self.port = title, address, port
        self.interfaces = interfaces
        self._zc: AsyncZeroconf | None = None
        self._info: ServiceInfo | None = None

    async def start(self) -> None:
        from zeroconf import IPVersion, ServiceInfo
        from zeroconf.asyncio import AsyncZeroconf

        try:
            packed = socket.inet_aton(self.address)
        except OSError:  # a name, not an address (no LAN address found): nothing to announce
            log.info("mDNS: no address to announce (%s)", self.address)
            return
        zc = AsyncZeroconf(interfaces=self.interfaces or ["0.0.0.0"], ip_version=IPVersion.V4Only)
        info = ServiceInfo(SERVICE_TYPE, _instance(self.title), addresses=[packed], port=self.port,
                           properties={"title": self.title, "path": "/view/"},
                           server=f"{socket.gethostname().split('.')[0] or 'kontrollrom'}.local.")
        await zc.async_register_service(info)
        self._zc, self._info = zc, info

    async def close(self) -> None:
        if self._zc is None:
            return
        with contextlib.suppress(Exception):  # leaving the network must never keep the event from closing
            if self._info is not None:
                await self._zc.async_unregister_service(self._info)
            await self._zc.async_close()
        self._zc = None


async def find_events(seconds: float = 3.0, *, interfaces: list[str] | None = None) -> list[FoundEvent]:
    """The events announced on the network within ``seconds``."""
    from zeroconf import IPVersion, ServiceListener
    from zeroconf.asyncio import AsyncServiceBrowser, AsyncServiceInfo, AsyncZeroconf

    zc = AsyncZeroconf(interfaces=interfaces or ["0.0.0.0"], ip_version=IPVersion.V4Only)
    names: list[str] = []

    class Listener(ServiceListener):
        def add_service(self, _zc: object, _type: str, name: str) -> None:
            names.append(name)

        def update_service(self, _zc: object, _type: str, name: str) -> None:
            pass

        def remove_service(self, _zc: object, _type: str, name: str) -> None:
            pass

    browser = AsyncServiceBrowser(zc.zeroconf, SERVICE_TYPE, listener=Listener())
    try:
        await asyncio.sleep(seconds)
        found: list[FoundEvent] = []
        for name in dict.fromkeys(names):
            info = AsyncServiceInfo(SERVICE_TYPE, name)
            if not await info.async_request(zc.zeroconf, 2000):
                continue
            props = {k.decode(): (v or b"").decode("utf-8", "replace") for k, v in info.properties.items()}
            for address in info.parsed_addresses():
                found.append(FoundEvent(props.get("title", name), f"http://{address}:{info.port}{props.get('path', '/')}"))
        return found
    finally:
        await browser.async_cancel()
        await zc.async_close()
