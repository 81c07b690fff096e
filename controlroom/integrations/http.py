"""Shared HTTP plumbing for the request/response adapters (vMix, Companion, webhook) on aiohttp.

Non-blocking (asyncio), a total timeout per request, no proxies from the environment (these
peers sit on the venue's LAN), and every failure mapped to an ``AdapterError``: refused, timeout
(a peer that accepts and never answers), 401/403, 429 with ``Retry-After`` honoured, 5xx.
"""

from __future__ import annotations

import asyncio
import errno
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import aiohttp

from controlroom.integrations.base import (
    Adapter,
    AdapterError,
    ErrorKind,
    error_message,
    http_error,
    parse_retry_after,
)


@dataclass(frozen=True)
class HttpReply:
    status: int
    headers: Mapping[str, str]
    body: bytes

    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


class HttpAdapter(Adapter):
    """An adapter that talks HTTP to ``base_url``; subclasses call ``self.http(...)``."""

    def __init__(self, name: str, base_url: str, **kwargs: Any) -> None:
        super().__init__(name, **kwargs)
        self.base_url = base_url.rstrip("/")
        self._session: aiohttp.ClientSession | None = None
        self._session_loop: asyncio.AbstractEventLoop | None = None

    def _get_session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._session is None or self._session.closed or self._session_loop is not loop:
            self._session = aiohttp.ClientSession(trust_env=False, connector=aiohttp.TCPConnector(limit=8))
            self._session_loop = loop
        return self._session

    async def _close(self) -> None:
        session, self._session = self._session, None
        if session is not None and not session.closed:
            await session.close()

    async def _auth_headers(self) -> dict[str, str]:
        """Extra headers for authentication (vMix basic auth); none by default."""
        return {}

    async def http(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        ok_statuses: frozenset[int] = frozenset(range(200, 300)),
    ) -> HttpReply:
        url = self.base_url + path
        timeout = aiohttp.ClientTimeout(total=self.timeout, sock_connect=self.connect_timeout)
        all_headers = {**(await self._auth_headers()), **dict(headers or {})}
        try:
            async with self._get_session().request(
                method, url, params=params, data=body, headers=all_headers, timeout=timeout,
                allow_redirects=False,
            ) as resp:
                data = await resp.read()
                reply = HttpReply(resp.status, dict(resp.headers), data)
        except AdapterError:
            raise
        except aiohttp.ClientConnectorError as exc:
            refused = getattr(exc, "os_error", None)
            if isinstance(refused, ConnectionRefusedError) or getattr(refused, "errno", None) == errno.ECONNREFUSED:
                raise AdapterError(ErrorKind.REFUSED, error_message(ErrorKind.REFUSED, self.peer)) from exc
            raise AdapterError(ErrorKind.NETWORK, error_message(ErrorKind.NETWORK, self.peer, str(exc))) from exc
        except TimeoutError as exc:
            raise AdapterError(ErrorKind.TIMEOUT, error_message(ErrorKind.TIMEOUT, self.peer)) from exc
        except aiohttp.ClientError as exc:
            raise AdapterError(ErrorKind.NETWORK, error_message(ErrorKind.NETWORK, self.peer, type(exc).__name__)) from exc
        if reply.status not in ok_statuses:
            raise self.status_error(reply)
        return reply

    def status_error(self, reply: HttpReply) -> AdapterError:
        detail = reply.text().strip().splitlines()[0][:120] if reply.body else ""
        return http_error(reply.status, self.peer, retry_after=parse_retry_after(reply.headers.get("Retry-After")),
                          detail=detail)
