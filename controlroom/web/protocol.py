"""The server's HTTP/1.1 connections: aiohttp's own, answering malformed requests as the API always did.

aiohttp answers a request it cannot parse (garbage, a broken header line, a negative Content-Length, a
request line or header longer than the limit) before any route or middleware sees it, in plain text.
The remote-control API documents JSON errors for those too (``{"error": "…"}``, 400, and 413 for heads
over the limit), so this protocol class answers them in that shape, with the security headers, and
closes the connection.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

from aiohttp import web
from aiohttp.http_exceptions import LineTooLong
from aiohttp.web_protocol import RequestHandler
from aiohttp.web_request import BaseRequest

from controlroom.i18n import tr

log = logging.getLogger(__name__)

#: Longest request line and header line (the API's old limit for the whole head was 8 KiB).
MAX_LINE = 8 * 1024
#: Seconds an idle keep-alive connection stays open.
KEEPALIVE_SECONDS = 15.0


def json_response(status: int, payload: dict) -> web.Response:
    return web.Response(
        status=status,
        body=json.dumps(payload, ensure_ascii=False).encode("utf-8"),
        content_type="application/json",
        charset="utf-8",
    )


def json_body(status: int, message: str, extra: dict | None = None) -> web.Response:
    """An error answer: ``{"error": message}`` (and ``extra`` fields)."""
    return json_response(status, {"error": message, **(extra or {})})


class JsonErrorProtocol(RequestHandler):
    """aiohttp's request handler with the API's error answers for requests it cannot parse."""

    #: Adds the security headers to a response made here (no application hook runs for these).
    decorate: Callable[[web.StreamResponse], None] | None = None

    def handle_error(
        self,
        request: BaseRequest,
        status: int = 500,
        exc: BaseException | None = None,
        message: str | None = None,
    ) -> web.StreamResponse:
        if request.writer.output_size > 0:
            raise ConnectionError("Response is sent already, cannot send another response with the error message")
        if status >= 500:
            log.error("web request failed", exc_info=exc)
            resp = json_body(500, tr("Intern feil i Kontrollrom; ingenting ble endret. Detaljene står i loggen."))
        elif isinstance(exc, LineTooLong):
            log.debug("request head over the limit: %s", exc)
            resp = json_body(413, tr("Forespørselens hode er for stort."))
        else:
            log.debug("malformed request: %s", exc)
            resp = json_body(400, tr("Ugyldig HTTP-forespørsel. Send HTTP/1.1 med Host-hodet, og innhold med "
                                     "Content-Length (ikke oppdelt/chunked)."))
        resp.headers["Cache-Control"] = "no-store"
        if self.decorate is not None:
            self.decorate(resp)
        resp.force_close()
        return resp


def protocol_factory(server: web.Server, loop, decorate: Callable[[web.StreamResponse], None]
                     ) -> Callable[[], JsonErrorProtocol]:
    """What ``loop.create_server`` calls for each new connection."""

    def make() -> JsonErrorProtocol:
        handler = JsonErrorProtocol(server, loop=loop, access_log=None,  # type: ignore[arg-type]  # None: no access log
                                    keepalive_timeout=KEEPALIVE_SECONDS,
                                    max_line_size=MAX_LINE, max_field_size=MAX_LINE, lingering_time=2.0)
        handler.decorate = decorate
        return handler

    return make
