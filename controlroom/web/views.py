"""The views' pages, their static files, the index of links with QR codes, and the view-key checks.

Pages are plain HTML from ``static/`` with no data in them: a page's data comes over the WebSocket,
which needs the same key as the page. Static files (scripts, styles, the dictionaries) hold no data
and need no key. On the LAN every page and every WebSocket needs the key of its view kind; a wrong or
missing key answers 403 or 401 with the same short text for every view.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

from aiohttp import web

from controlroom.i18n import tr
from controlroom.web.keys import ViewKeys
from controlroom.web.protocol import json_body, json_response
from controlroom.web.qr import qr_svg

STATIC = Path(__file__).resolve().parent / "static"
#: The views a key opens, with their page (``room`` is one page for every room).
PAGES = {"index": "index.html", "stage": "stage.html", "public": "public.html", "room": "room.html",
         "clock": "clock.html", "tech": "tech.html"}
STATIC_TYPES = {".js": "text/javascript", ".css": "text/css", ".html": "text/html", ".json": "application/json",
                ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon", ".woff2": "font/woff2"}
MAX_ROOM_CHARS = 200

#: The answer to a wrong or missing key: the same for every view, naming none of them.
REFUSED_PAGE = """<!doctype html><html lang="nb"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Kontrollrom</title>
<link rel="icon" href="/static/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/views.css"></head><body class="refused"><main>
<h1>{title}</h1><p>{text}</p><p lang="en">Missing or wrong view key. Ask the host for the link or the QR code.</p>
</main></body></html>"""


@dataclass(frozen=True)
class StaticFile:
    body: bytes
    content_type: str
    etag: str


def load_static(root: Path = STATIC) -> dict[str, StaticFile]:
    """Every file under ``static/`` by its path (read once: nothing outside this list is ever served)."""
    files: dict[str, StaticFile] = {}
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.suffix not in STATIC_TYPES or path.name.startswith("."):
            continue
        body = path.read_bytes()
        kind = STATIC_TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        files[path.relative_to(root).as_posix()] = StaticFile(body, kind, '"' + hashlib.sha256(body).hexdigest()[:20] + '"')
    return files


class ViewAccess:
    """Which key opens which view; whether keys are needed at all (always on the LAN)."""

    def __init__(self, keys: ViewKeys, required: bool) -> None:
        self.keys = keys
        self.required = required

    def check(self, kind: str, given: str | None) -> None:
        """Raises 401 (no key) or 403 (a key, but not this view's) when keys are needed."""
        if not self.required:
            return
        if not given:
            raise _refused(401)
        if not self.keys.matches(kind, given):
            raise _refused(403)

    def opens(self, kind: str, given: str | None) -> bool:
        return not self.required or self.keys.matches(kind, given)


def _refused(status: int) -> web.HTTPException:
    text = REFUSED_PAGE.format(title=tr("Ingen tilgang"),
                               text=tr("Mangler eller feil visningsnøkkel. Be verten om lenken eller QR-koden."))
    cls = web.HTTPUnauthorized if status == 401 else web.HTTPForbidden
    return cls(text=text, content_type="text/html", headers={"Cache-Control": "no-store"})


def view_path(kind: str, room: str | None = None) -> str:
    if kind == "index":
        return "/view/"
    if kind == "phone":  # the participants' own page (mounted at /p/)
        return "/p/"
    if kind == "room":
        return f"/view/room/{quote(room or '', safe='')}"
    return f"/view/{kind}"


def view_url(base: str, kind: str, key: str | None, room: str | None = None) -> str:
    query = f"?{urlencode({'key': key})}" if key else ""
    return f"{base}{view_path(kind, room)}{query}"


@dataclass(frozen=True)
class ViewLink:
    kind: str
    room: str | None
    url: str


def view_links(base: str, keys: ViewKeys, rooms: list[str]) -> list[ViewLink]:
    """Every view's link with its key: the index, stage, foyer, clock, tech, then one per room."""
    links = [ViewLink(kind, None, view_url(base, kind, keys.keys.get(kind))) for kind in PAGES if kind != "room"]
    links.append(ViewLink("phone", None, view_url(base, "phone", keys.keys.get("phone"))))
    links += [ViewLink("room", room, view_url(base, "room", keys.keys.get("room"), room)) for room in rooms]
    return links


class ViewRoutes:
    """The routes under ``/view/`` and ``/static/``."""

    def __init__(self, access: Callable[[], ViewAccess], base_url: Callable[[], str],
                 room_names: Callable[[], Awaitable[list[str]]]) -> None:
        self.access = access
        self.base_url = base_url
        self.room_names = room_names
        self.files = load_static()

    def add_to(self, app: web.Application) -> None:
        app.router.add_get("/view/", self.index)
        app.router.add_get("/view", self.index)
        app.router.add_get("/view/links", self.links)
        app.router.add_get("/view/qr.svg", self.qr)
        app.router.add_get("/view/phone-link", self.phone_link)
        app.router.add_get("/view/phone-qr.svg", self.phone_qr)
        app.router.add_get("/view/room/{room:.+}", self.room)
        for kind in ("stage", "public", "clock", "tech"):
            app.router.add_get(f"/view/{kind}", self._page_handler(kind))
        app.router.add_get("/static/{path:.+}", self.static)
        app.router.add_get("/favicon.ico", self.favicon)

    # -- pages ------------------------------------------------------------------------------------
    def _page(self, kind: str, request: web.Request) -> web.Response:
        self.access().check(kind, request.query.get("key"))
        page = self.files[PAGES[kind]]
        return web.Response(body=page.body, content_type="text/html", charset="utf-8",
                            headers={"Cache-Control": "no-store"})

    def _page_handler(self, kind: str) -> Callable[[web.Request], Awaitable[web.Response]]:
        async def handler(request: web.Request) -> web.Response:
            return self._page(kind, request)

        return handler

    async def index(self, request: web.Request) -> web.Response:
        return self._page("index", request)

    async def room(self, request: web.Request) -> web.Response:
        self.access().check("room", request.query.get("key"))
        if len(request.match_info["room"]) > MAX_ROOM_CHARS:
            return json_body(400, tr("Romnavnet er for langt."))
        return self._page("room", request)

    async def links(self, request: web.Request) -> web.Response:
        """The index's data: every view's link (with its key), for the index key only."""
        access = self.access()
        access.check("index", request.query.get("key"))
        rooms = await self.room_names()
        links = view_links(self.base_url(), access.keys, rooms)
        return json_response(200, {"links": [{"kind": v.kind, "room": v.room, "url": v.url,
                                              "qr": self._qr_path(request, v)} for v in links]})

    @staticmethod
    def _qr_path(request: web.Request, link: ViewLink) -> str:
        query = {"key": request.query.get("key", ""), "target": link.kind}
        if link.room is not None:
            query["room"] = link.room
        return "/view/qr.svg?" + urlencode(query)

    async def qr(self, request: web.Request) -> web.Response:
        access = self.access()
        access.check("index", request.query.get("key"))
        kind = request.query.get("target", "")
        room = request.query.get("room")
        known = kind in PAGES or kind == "phone"  # the views, and the participants' page
        if not known or (kind == "room") != (room is not None) or len(room or "") > MAX_ROOM_CHARS:
            return json_body(400, tr("Ukjent visning."))
        svg = qr_svg(view_url(self.base_url(), kind, access.keys.keys.get(kind), room))
        return web.Response(body=svg.encode("utf-8"), content_type="image/svg+xml",
                            headers={"Cache-Control": "no-store"})

    # -- the participants' link, shown on the foyer and room screens -------------------------------------
    def _phone_url(self, request: web.Request) -> str:
        """For a screen that shows people where to follow their group: opened with the foyer's or a room
        view's key (or the index's), never the phone key itself."""
        access = self.access()
        given = request.query.get("key")
        if not any(access.opens(kind, given) for kind in ("public", "room", "index")):
            access.check("public", given)  # refused as the foyer view would be
        return view_url(self.base_url(), "phone", access.keys.keys.get("phone"))

    async def phone_link(self, request: web.Request) -> web.Response:
        url = self._phone_url(request)
        return web.json_response({"url": url, "short": url.split("?", 1)[0]}, headers={"Cache-Control": "no-store"})

    async def phone_qr(self, request: web.Request) -> web.Response:
        svg = qr_svg(self._phone_url(request))
        return web.Response(body=svg.encode("utf-8"), content_type="image/svg+xml",
                            headers={"Cache-Control": "no-store"})

    # -- static files -----------------------------------------------------------------------------
    async def favicon(self, request: web.Request) -> web.Response:
        raise web.HTTPFound("/static/icon.svg")

    async def static(self, request: web.Request) -> web.Response:
        found = self.files.get(request.match_info["path"])
        if found is None or found.content_type == "text/html":
            return json_body(404, tr("Ukjent adresse: {path}").format(path=request.path))
        if request.headers.get("If-None-Match") == found.etag:
            return web.Response(status=304, headers={"ETag": found.etag, "Cache-Control": "no-cache"})
        charset = "utf-8" if found.content_type.startswith(("text/", "application/json", "image/svg")) else None
        return web.Response(body=found.body, content_type=found.content_type, charset=charset,
                            headers={"ETag": found.etag, "Cache-Control": "no-cache"})
