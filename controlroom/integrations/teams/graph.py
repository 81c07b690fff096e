"""Microsoft Graph client for the meeting chat (delegated ``Chat.Read``, optional ``ChatMessage.Send``).

``GET /chats/{id}/messages?$top=50&$orderby=lastModifiedDateTime desc&$filter=lastModifiedDateTime gt …``
follows ``@odata.nextLink`` to the end. 401 asks the token provider for a fresh token once;
429 is reported with its ``Retry-After`` (the sync loop waits), 5xx, timeouts and refused
connections become :class:`PlatformError` with a plain message.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from controlroom.i18n import tr
from controlroom.integrations.zoom import errors as E
from controlroom.integrations.zoom.errors import PlatformError, parse_retry_after

TokenProvider = Callable[[bool], Awaitable[str]]


@dataclass
class GraphConfig:
    base_url: str = "https://graph.microsoft.com/v1.0"
    timeout: float = 20.0
    page_size: int = 50
    max_pages: int = 200


class GraphClient:
    def __init__(self, token: TokenProvider, config: GraphConfig | None = None) -> None:
        self._token = token
        self.config = config or GraphConfig()

    async def me(self) -> dict[str, Any]:
        return await self._call("GET", f"{self.config.base_url}/me")

    async def chat_id_for_join_url(self, join_url: str) -> str:
        """Look the chat up through the online meeting (needs the organiser's/attendee's access)."""
        flt = "JoinWebUrl eq '{}'".format(join_url.replace("'", "''"))
        body = await self._call("GET", f"{self.config.base_url}/me/onlineMeetings", params={"$filter": flt})
        for meeting in body.get("value", []):
            thread = (meeting.get("chatInfo") or {}).get("threadId")
            if thread:
                return str(thread)
        raise PlatformError(E.NOT_FOUND, tr(
            "Fant ikke Teams-møtet for lenken. Er du med i møtet, og er lenken riktig?"))

    async def messages_since(self, chat_id: str, since: str | None) -> list[dict[str, Any]]:
        """Every message created, edited or deleted after ``since`` (all pages), newest first."""
        url: str | None = f"{self.config.base_url}/chats/{quote(chat_id, safe=':@')}/messages"
        # Graph applies a $filter on chat messages only when $orderby names the same property (descending);
        # without it the filter is silently ignored and every poll would read the whole chat again.
        params: dict[str, str] | None = {"$top": str(self.config.page_size),
                                         "$orderby": "lastModifiedDateTime desc"}
        if since and params is not None:
            params["$filter"] = f"lastModifiedDateTime gt {since}"
        out: list[dict[str, Any]] = []
        for _ in range(self.config.max_pages):
            if url is None:
                break
            body = await self._call("GET", url, params=params)
            out.extend(m for m in body.get("value", []) if isinstance(m, dict))
            url, params = body.get("@odata.nextLink"), None
        return out

    async def send_message(self, chat_id: str, text: str) -> dict[str, Any]:
        payload = {"body": {"contentType": "text", "content": text}}
        return await self._call("POST", f"{self.config.base_url}/chats/{quote(chat_id, safe=':@')}/messages",
                                json=payload)

    async def _call(self, method: str, url: str, **kwargs: Any) -> dict[str, Any]:
        fresh = False
        while True:
            token = await self._token(fresh)
            status, body, headers = await self._send(method, url, token, **kwargs)
            if status < 300:
                return body if isinstance(body, dict) else {}
            if status == 401 and not fresh:
                fresh = True
                continue
            raise _graph_error(status, body, headers)

    async def _send(self, method: str, url: str, token: str, **kwargs: Any) -> tuple[int, Any, Any]:
        import aiohttp  # loaded with the first request, not when the window opens

        timeout = aiohttp.ClientTimeout(total=self.config.timeout)
        headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
        try:
            async with aiohttp.ClientSession(timeout=timeout) as session, \
                    session.request(method, url, headers=headers, **kwargs) as resp:
                text = await resp.text()
                try:
                    body = await resp.json(content_type=None) if text.strip() else {}
                except ValueError:
                    body = {}
                return resp.status, body, resp.headers
        except TimeoutError as exc:
            raise PlatformError(E.TIMEOUT, tr(
                "Microsoft Graph svarte ikke innen {s:.0f} sekunder.").format(s=self.config.timeout)) from exc
        except aiohttp.ClientConnectorError as exc:
            raise PlatformError(E.REFUSED, tr(
                "Får ikke kontakt med Microsoft Graph ({host}). Sjekk nettet.").format(host=exc.host)) from exc
        except aiohttp.ClientError as exc:
            raise PlatformError(E.REFUSED, tr("Forbindelsen til Microsoft Graph brøt: {err}").format(
                err=exc)) from exc


def _graph_error(status: int, body: Any, headers: Any) -> PlatformError:
    err = body.get("error", {}) if isinstance(body, dict) else {}
    code = err.get("code", "") if isinstance(err, dict) else ""
    if status == 429:
        wait = parse_retry_after(headers.get("Retry-After"), default=10.0)
        return PlatformError(E.RATE_LIMITED, tr(
            "Microsoft Graph ber oss vente {s:.0f} sekunder (for mange forespørsler).").format(s=wait),
            status=status, retry_after=wait)
    if status == 401:
        return PlatformError(E.TOKEN, tr(
            "Teams-påloggingen er utløpt eller ugyldig. Logg inn på nytt."), status=status)
    if status == 403:
        return PlatformError(E.FORBIDDEN, tr(
            "Teams nekter tilgang til chatten ({code}). Du må være med i møtet og ha godkjent "
            "tilgangen «Chat.Read».").format(code=code or status), status=status)
    if status == 404:
        return PlatformError(E.NOT_FOUND, tr(
            "Fant ikke møtechatten i Teams. Sjekk møtelenken."), status=status)
    if status >= 500:
        return PlatformError(E.SERVER, tr(
            "Microsoft Graph har en feil på sin side (HTTP {status}); prøver igjen litt senere.").format(
            status=status), status=status)
    return PlatformError(E.OTHER, tr("Microsoft Graph avviste forespørselen (HTTP {status}, {code}).").format(
        status=status, code=code), status=status)
