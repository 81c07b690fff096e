"""The HTTP plumbing of the phone app: its middlewares (headers, cross-site refusal, errors as JSON)
and reading a JSON body with a size limit."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable

from aiohttp import web

from controlroom.phone.guard import ACTING_METHODS, cross_site
from controlroom.phone.messages import Messages

log = logging.getLogger(__name__)

#: The page loads only its own files and talks only to its own server; nothing inline runs.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    # The badge's link carries the code in its query: it must never leave in a Referer.
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
#: Largest request body the API reads (notes of 50,000 characters fit).
MAX_BODY = 256 * 1024

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class BadBody(Exception):
    """The body is not a JSON object (or too large)."""


async def read_json(request: web.Request, limit: int = MAX_BODY) -> dict:
    raw = await request.content.read(limit + 1)
    if len(raw) > limit:
        raise BadBody("too large")
    try:
        data = json.loads(raw.decode("utf-8")) if raw else {}
    except (UnicodeDecodeError, ValueError) as exc:
        raise BadBody(str(exc)) from exc
    if not isinstance(data, dict):
        raise BadBody("not an object")
    return data


def middlewares(messages: Messages) -> list:
    @web.middleware
    async def headers(request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            response = await handler(request)
        except web.HTTPException as exc:
            response = exc
        except BadBody:
            response = messages.error(request, 400, "err_bad_request")
        except Exception:
            log.exception("phone request %s %s failed", request.method, request.path)
            response = messages.error(request, 500, "err_server")
        if not response.prepared:  # a WebSocket has sent its headers already
            for key, value in SECURITY_HEADERS.items():
                response.headers.setdefault(key, value)
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    @web.middleware
    async def same_site_only(request: web.Request, handler: Handler) -> web.StreamResponse:
        upgrade = request.headers.get("Upgrade", "").lower() == "websocket"
        if (request.method in ACTING_METHODS or upgrade) and cross_site(request):
            return messages.error(request, 403, "err_cross_site")
        if request.method in ACTING_METHODS and request.method != "DELETE" and request.can_read_body \
                and request.content_type != "application/json":
            return messages.error(request, 415, "err_bad_request")
        return await handler(request)

    return [headers, same_site_only]
