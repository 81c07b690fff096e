"""Zoom REST client: Server-to-Server OAuth and the meeting endpoints we need.

Token: ``POST {oauth_base}/oauth/token?grant_type=account_credentials&account_id=…`` with HTTP Basic
``client_id:client_secret``; the access token (valid ~1 h) is cached in memory and fetched again
when it is about to expire or when Zoom answers 401 with code 124 (invalid/expired token).
Credentials come from a callable (the keyring, read on a worker thread), never from the event file.
Every call has a total timeout; a refused connection, a hang, 429 (honouring ``Retry-After``),
5xx and Zoom's error bodies ``{"code": …, "message": …}`` become :class:`PlatformError`.
"""

from __future__ import annotations

import asyncio
import base64
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from controlroom.i18n import tr
from controlroom.integrations.zoom import errors as E
from controlroom.integrations.zoom.errors import PlatformError, parse_retry_after


@dataclass(frozen=True)
class ZoomCredentials:
    account_id: str
    client_id: str
    client_secret: str


@dataclass
class ZoomConfig:
    oauth_base: str = "https://zoom.us"
    api_base: str = "https://api.zoom.us/v2"
    timeout: float = 15.0
    #: Wait and retry on 429 when Zoom asks for at most this many seconds; longer waits are reported.
    max_retry_wait: float = 10.0


class ZoomClient:
    def __init__(self, credentials: Callable[[], ZoomCredentials | None], config: ZoomConfig | None = None,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self._credentials = credentials
        self.config = config or ZoomConfig()
        self._monotonic = monotonic
        self._token: str | None = None
        self._token_expires = 0.0
        self._lock = asyncio.Lock()
        self.token_fetches = 0

    # -- OAuth ------------------------------------------------------------------------------
    @property
    def token_expires_in(self) -> float | None:
        return None if self._token is None else self._token_expires - self._monotonic()

    async def token(self, *, force: bool = False) -> str:
        async with self._lock:
            if not force and self._token and self._monotonic() < self._token_expires - 60:
                return self._token
            creds = await asyncio.to_thread(self._credentials)
            if creds is None or not (creds.account_id and creds.client_id and creds.client_secret):
                raise PlatformError(E.AUTH, tr(
                    "Zoom-kontoen er ikke satt opp: legg inn konto-ID, klient-ID og klienthemmelighet."))
            url = f"{self.config.oauth_base}/oauth/token"
            params = {"grant_type": "account_credentials", "account_id": creds.account_id}
            basic = base64.b64encode(f"{creds.client_id}:{creds.client_secret}".encode()).decode()
            status, body, _ = await self._send("POST", url, params=params,
                                               headers={"Authorization": f"Basic {basic}"})
            if status != 200 or not isinstance(body, dict) or "access_token" not in body:
                reason = body.get("reason") or body.get("error") if isinstance(body, dict) else ""
                raise PlatformError(E.AUTH, tr(
                    "Zoom godtok ikke påloggingen (feil konto-ID, klient-ID eller klienthemmelighet): {reason}"
                ).format(reason=reason or status), status=status)
            self.token_fetches += 1
            self._token = str(body["access_token"])
            self._token_expires = self._monotonic() + float(body.get("expires_in", 3599))
            return self._token

    # -- meetings ---------------------------------------------------------------------------
    async def get_meeting(self, meeting_id: str) -> dict[str, Any]:
        body = await self._api("GET", f"/meetings/{meeting_id}", meeting_id=meeting_id)
        return body if isinstance(body, dict) else {}

    async def set_breakout_rooms(self, meeting_id: str, rooms: list[dict[str, Any]]) -> None:
        """PATCH the meeting's pre-assigned breakout rooms (Zoom answers 204)."""
        payload = {"settings": {"breakout_room": {"enable": True, "rooms": rooms}}}
        await self._api("PATCH", f"/meetings/{meeting_id}", json=payload, meeting_id=meeting_id)

    async def _api(self, method: str, path: str, *, json: Any = None, meeting_id: str = "") -> Any:
        url = f"{self.config.api_base}{path}"
        renewed = False
        waited = 0
        while True:
            token = await self.token()
            headers = {"Authorization": f"Bearer {token}"}
            status, body, resp_headers = await self._send(method, url, json=json, headers=headers)
            if status < 300:
                return body
            code = body.get("code") if isinstance(body, dict) else None
            message = str(body.get("message", "")) if isinstance(body, dict) else ""
            if status == 401 and code == 124 and not renewed:
                renewed = True  # expired or revoked: fetch a new token once, then repeat the call
                self._token = None
                continue
            if status == 429:
                wait = parse_retry_after(resp_headers.get("Retry-After"))
                if wait <= self.config.max_retry_wait and waited < 2:
                    waited += 1
                    await asyncio.sleep(wait)
                    continue
                raise PlatformError(E.RATE_LIMITED, tr(
                    "Zoom ber oss vente {s:.0f} sekunder (for mange forespørsler). Prøv igjen etterpå."
                ).format(s=wait), status=status, code=code, retry_after=wait)
            raise _zoom_error(status, code, message, meeting_id)

    async def _send(self, method: str, url: str, **kwargs: Any) -> tuple[int, Any, Any]:
        import aiohttp  # loaded with the first request, not when the window opens

        timeout = aiohttp.ClientTimeout(total=self.config.timeout)
        try:
            async with aiohttp.ClientSession(timeout=timeout) as session, \
                    session.request(method, url, **kwargs) as resp:
                text = await resp.text()
                try:
                    body = await resp.json(content_type=None) if text.strip() else {}
                except ValueError:
                    body = {"message": text[:200]}
                return resp.status, body, resp.headers
        except TimeoutError as exc:
            raise PlatformError(E.TIMEOUT, tr(
                "Zoom svarte ikke innen {s:.0f} sekunder. Sjekk nettet og prøv igjen.").format(
                s=self.config.timeout)) from exc
        except aiohttp.ClientConnectorError as exc:
            raise PlatformError(E.REFUSED, tr(
                "Får ikke kontakt med Zoom ({host}). Sjekk nettet og prøv igjen.").format(
                host=exc.host)) from exc
        except aiohttp.ClientError as exc:
            raise PlatformError(E.REFUSED, tr("Forbindelsen til Zoom brøt: {err}").format(err=exc)) from exc


def _zoom_error(status: int, code: int | None, message: str, meeting_id: str) -> PlatformError:
    if code == 3001 or status == 404:
        return PlatformError(E.NOT_FOUND, tr(
            "Zoom finner ikke møtet {id}. Sjekk møte-ID-en (bare sifrene, uten mellomrom).").format(
            id=meeting_id), status=status, code=code)
    if code == 3000:
        return PlatformError(E.STARTED, tr(
            "Zoom tar bare imot forhåndstildeling før møtet starter, og avviste endringen ({msg}). "
            "Bruk CSV-filen eller flyttelisten og flytt folk for hånd i møtet.").format(
            msg=message or code), status=status, code=code)
    if status == 401 or code == 124:
        return PlatformError(E.TOKEN, tr(
            "Zoom avviste tilgangsnøkkelen (ugyldig eller utløpt), også etter fornyelse. "
            "Sjekk appens tilganger (meeting:write) i Zoom Marketplace."), status=status, code=code)
    if status == 403:
        return PlatformError(E.FORBIDDEN, tr("Zoom nekter tilgang: {msg}").format(msg=message),
                             status=status, code=code)
    if status >= 500:
        return PlatformError(E.SERVER, tr(
            "Zoom har en feil på sin side (HTTP {status}). Prøv igjen om litt.").format(status=status),
            status=status, code=code)
    return PlatformError(E.OTHER, tr("Zoom avviste forespørselen (HTTP {status}, kode {code}): {msg}").format(
        status=status, code=code, msg=message), status=status, code=code)
