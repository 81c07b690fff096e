"""The remote-control API under ``/api/v1/`` (contract in docs/reference/api.md).

Bitfocus Companion's generic HTTP module, a Stream Deck or a second device drive the timer through it.
Every action goes through ``LiveService`` and thus the run log. Host, Origin, body type and size are
checked by the server's middleware before this handler runs; here: the bearer token (before the path
is even looked at, so nothing is revealed without it), the method, the path and the action.

``?expect=INDEX`` on start/next/previous/goto: the index of the block the caller saw running (-1: none);
when another block runs the answer is 409 and nothing changes (``StaleAction``).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass

from aiohttp import web

from controlroom.errors import ActionRefused
from controlroom.i18n import tr
from controlroom.live.errors import StaleAction
from controlroom.live.service import LiveService
from controlroom.live.state import LiveState
from controlroom.web.guard import Refused, parse_index, parse_seconds
from controlroom.web.protocol import json_body, json_response

log = logging.getLogger(__name__)

PREFIX = "/api/v1/"
SIMPLE_ACTIONS = ("start", "pause", "resume", "next", "previous")
#: Actions that take ``?expect=INDEX``.
EXPECTING = ("start", "next", "previous")


class HttpError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None,
                 extra: dict | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}
        self.extra = extra or {}


@dataclass
class ApiHandler:
    service: LiveService
    #: The bearer token every request must carry (None: none needed, loopback without a configured token).
    token: Callable[[], str | None]
    #: Called after each action the API performed, e.g. to log it in the UI.
    on_action: Callable[[str], None] | None = None

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.read() if request.method == "POST" else b""
        try:
            self._authorize(request)
            # storage work runs off the loop (the window's thread in the app): a busy or hung store
            # delays this answer, never the window's timers
            acted: list[str] = []
            state = await asyncio.to_thread(self._route, request, body, acted)
            if acted and self.on_action is not None:
                self.on_action(acted[0])
            return json_response(200, api_state(state))
        except HttpError as exc:
            resp = json_body(exc.status, exc.message, exc.extra)
            resp.headers.update(exc.headers)
            return resp
        except Refused as exc:
            return json_body(exc.status, exc.message)
        except StaleAction as exc:
            return json_body(409, str(exc), {"expected": exc.expected, "index": exc.actual})
        except ActionRefused as exc:
            return json_body(409, str(exc))
        except Exception:  # a bug or a broken store answers 500 without its text (SQL, paths): that goes to the log
            log.exception("API request %s %s failed", request.method, request.path)
            return json_body(500, tr("Intern feil i Kontrollrom; ingenting ble endret. Detaljene står i loggen."))

    def _authorize(self, request: web.Request) -> None:
        token = self.token()
        if not token:
            return
        given = request.headers.get("Authorization", "")
        scheme, _, value = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
            raise HttpError(
                401,
                tr("Mangler eller feil token. Send «Authorization: Bearer <token>»."),
                {"WWW-Authenticate": 'Bearer realm="controlroom"'},
            )

    def _route(self, request: web.Request, body: bytes, acted: list[str]) -> LiveState:
        raw = request.path
        path = raw.rstrip("/") if raw != "/" else raw
        if not path.startswith(PREFIX):
            raise HttpError(404, tr("Ukjent adresse: {path}").format(path=raw))
        name = path[len(PREFIX):]
        svc = self.service
        if name == "state":
            self._method(request, "GET")
            svc.refresh()
            return svc.state()
        if name in SIMPLE_ACTIONS:
            self._method(request, "POST")
            if name in EXPECTING:
                expect = self._expect(request)
                return self._act(name, lambda: getattr(svc, name)(expect=expect), acted)
            return self._act(name, lambda: getattr(svc, name)(), acted)
        if name.startswith("goto/") and name.count("/") == 1:
            self._method(request, "POST")
            index = parse_index(name.split("/", 1)[1])
            expect = self._expect(request)
            return self._act(name, lambda: svc.goto(index, expect=expect), acted)
        if name == "time":
            self._method(request, "POST")
            values = request.query.getall("add", [])
            if len(values) != 1:
                raise HttpError(400, tr("Oppgi sekunder med ?add=SEKUNDER (negativt trekker fra)."))
            seconds = parse_seconds(values[0])
            return self._act(name, lambda: svc.add_time(seconds), acted)
        if name == "message":
            self._method(request, "POST")
            text = message_text(body)
            return self._act(name, lambda: svc.message(text), acted)
        raise HttpError(404, tr("Ukjent adresse: {path}").format(path=raw))

    @staticmethod
    def _expect(request: web.Request) -> int | None:
        values = request.query.getall("expect", [])
        if not values:
            return None
        if len(values) != 1:
            raise HttpError(400, tr("Oppgi forventet bolk én gang: ?expect=BOLKNUMMER."))
        return parse_index(values[0])

    @staticmethod
    def _method(request: web.Request, allowed: str) -> None:
        if request.method != allowed:
            raise HttpError(
                405,
                tr("{path} tar bare imot {allowed}.").format(path=request.path, allowed=allowed),
                {"Allow": allowed},
            )

    def _act(self, name: str, call: Callable[[], LiveState], acted: list[str]) -> LiveState:
        with self.service.acting_as("api"):  # this thread's actions are the API's in the run log
            state = call()
        acted.append(name)
        return state


def message_text(body: bytes) -> str | None:
    """``{"text": "…"}`` sets, ``{"text": null}``/``""`` or an empty body clears."""
    if not body.strip():
        return None
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):  # RecursionError: 5 000 nested [
        raise HttpError(400, tr("Innholdet må være JSON: {{\"text\": \"…\"}}.").format()) from None
    if not isinstance(data, dict) or "text" not in data:
        raise HttpError(400, tr("Innholdet må være et JSON-objekt med feltet «text»."))
    text = data["text"]
    if text is not None and not isinstance(text, str):
        raise HttpError(400, tr("«text» må være tekst eller null."))
    return text


def api_state(state: LiveState) -> dict:
    """The state object the API answers; ``next_title`` names the block ``next`` starts (the one after
    the current block, as ``LiveService.next`` picks it; with no current block, the next upcoming one)."""
    body = state.api_dict()
    if state.current_index is not None:
        following = state.current_index + 1
        body["next_title"] = state.timings[following].title if following < len(state.timings) else None
    return body
