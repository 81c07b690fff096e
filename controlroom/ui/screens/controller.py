"""Owns the web server's lifetime in the app: the remote-control API, the WebSocket and the views.

It replaces the API's controller and keeps its behaviour: the status bar's texts, ``api: URL`` on stdout
(and ``api-token: …`` when the token holds for this run only), errors on stderr, all flushed at once;
and it prints ``views: http://HOST:PORT/view/?key=KEY`` for the index of every view. On the LAN the
API's token and the views' keys come from the keyring (off the GUI thread); on loopback no token is
needed (unless one is configured) and the views' keys are made for this run.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable, Sequence

from aiohttp import web
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from controlroom.api.token import ApiToken, configured_token, lan_token
from controlroom.application.event import EventServices
from controlroom.integrations.secrets import SecretStore
from controlroom.live.service import LiveService
from controlroom.ui.context import UiContext
from controlroom.web.keys import ViewKeys, load_view_keys, regenerate_view_keys
from controlroom.web.qr import qr_svg
from controlroom.web.server import ChangeFeed, WebServer
from controlroom.web.views import ViewLink

log = logging.getLogger(__name__)


def event_changes(services: EventServices) -> ChangeFeed:
    """The views' change feed from the event's services: what others committed (the store's change feed)
    and this window's own changes to people, rooms and groups."""

    def subscribe(callback: Callable[[], None]) -> Callable[[], None]:
        unsubscribers = [services.feed.changes.subscribe(lambda _none: callback()),
                         services.people.changes.subscribe(lambda _none: callback())]

        def unsubscribe() -> None:
            for unsub in unsubscribers:
                unsub()

        return unsubscribe

    return subscribe


class ScreensController(QObject):
    """``(ctx, service, window, port, allow_lan)`` as the API's controller before it; the keyword
    arguments connect the app's change feed, the tech overview's provider and the phones' sub-app."""

    #: The views' links changed (the server started or stopped, keys were revoked): re-read ``links``.
    links_changed = Signal()

    def __init__(
        self,
        ctx: UiContext,
        service: LiveService,
        window,
        port: int,
        allow_lan: bool,
        *,
        subscribe_changes: ChangeFeed | None = None,
        tech_snapshot: Callable[[], dict] | None = None,
        subapps: Sequence[tuple[str, web.Application]] = (),
        secrets: SecretStore | None = None,
        max_clients: int = 1000,
    ) -> None:
        super().__init__(window)
        self.ctx, self.service, self.window = ctx, service, window
        self.port, self.allow_lan = port, allow_lan
        self.subscribe_changes = subscribe_changes
        self.tech_snapshot = tech_snapshot
        self.subapps = tuple(subapps)
        self.secrets = secrets
        self.max_clients = max_clients
        self.server: WebServer | None = None
        self.token: ApiToken | None = None
        self.keys: ViewKeys | None = None
        self.links: list[ViewLink] = []
        #: Each link's QR code (SVG), made off the GUI thread with the links.
        self.qr_codes: dict[str, str] = {}
        #: whether the QR codes are drawn (the Skjermer panel has been on screen; see ``want_qr_codes``)
        self.qr_codes_wanted = False
        self.error: str | None = None
        self._tasks: set[asyncio.Task] = set()
        self._unsubscribe: Callable[[], None] | None = None
        window.set_api_status(self.tr("Fjernstyring: starter …"))
        self.task = ctx.loop.create_task(self.start())
        window.on_shutdown(self.stop)

    # -- lifetime ---------------------------------------------------------------------------------
    async def stop(self) -> None:
        """Close the server (the next event's window starts its own on the same port)."""
        self.task.cancel()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        for task in list(self._tasks):
            task.cancel()
        if self.server is not None:
            await self.server.close()
            self.server = None
        self.links, self.qr_codes = [], {}
        self.links_changed.emit()
        self.window.set_api_status(self.tr("Fjernstyring: av"))

    async def start(self) -> None:
        try:
            if self.allow_lan:
                self.token = await asyncio.to_thread(lan_token, self.secrets)
                self.keys = await asyncio.to_thread(load_view_keys, self.secrets)
            else:
                self.token = configured_token()
                self.keys = ViewKeys.generate()
            self.server = WebServer(
                self.service,
                host="0.0.0.0" if self.allow_lan else "127.0.0.1",
                port=self.port,
                token=self.token.value if self.token else None,
                view_keys=self.keys,
                subscribe_changes=self.subscribe_changes,
                tech_snapshot=self.tech_snapshot,
                subapps=self.subapps,
                max_clients=self.max_clients,
                poll_run_log=self.subscribe_changes is None,
                announce=self.ctx.services.agenda.event_info().title or "Kontrollrom"
                if self.ctx.options.announce else None,
            )
            await self.server.start()
        except OSError as exc:
            self.server = None
            self.error = self.tr("Fjernstyrings-API-et kunne ikke starte på port {port}: {error}").format(
                port=self.port, error=exc.strerror or exc
            )
            print(f"api: {self.error}", file=sys.stderr, flush=True)
            self._status(self.error)
            self.window.set_api_status(self.tr("Fjernstyring: feil"), self.error)
            return
        print(f"api: {self.server.url}", flush=True)
        if self.token is not None and self.token.source == "session":
            print(f"api-token: {self.token.value}", flush=True)
        print(f"views: {self.server.views_url}", flush=True)
        where = self.tr("nettverket") if self.allow_lan else self.tr("bare denne maskinen")
        self._status(self.tr("Fjernstyring på {url} ({where})").format(url=self.server.url, where=where))
        self.window.set_api_status(
            (self.tr("Fjernstyring (nettverk): {url}") if self.allow_lan else self.tr("Fjernstyring (lokal): {url}"))
            .format(url=self.server.url),
            self.tr("Fjernstyring på {url} ({where})").format(url=self.server.url, where=where),
        )
        if self.subscribe_changes is not None:  # new rooms and groups: the panel's room links follow
            self._unsubscribe = self.subscribe_changes(self.event_changed)
        await self.refresh_links()

    def _spawn(self, coro) -> asyncio.Task:
        task = self.ctx.loop.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    # -- what the Skjermer panel and the wiring use ---------------------------------------------------
    async def refresh_links(self) -> None:
        """Re-read every view's link (the room list comes from the event file, off the GUI thread)."""
        if self.server is None:
            self.links, self.qr_codes = [], {}
        else:
            try:
                links = await self.server.links()
                if self.qr_codes_wanted:
                    self.qr_codes = await asyncio.to_thread(lambda: {link.url: qr_svg(link.url) for link in links})
                self.links = links
            except Exception:
                log.exception("the views' links could not be read")
                self.links, self.qr_codes = [], {}
        self.links_changed.emit()

    def want_qr_codes(self) -> None:
        """The Skjermer panel is on screen: draw the links' QR codes from now on (until then only the
        links are read, so that opening an event does not draw thirty codes nobody looks at)."""
        if not self.qr_codes_wanted:
            self.qr_codes_wanted = True
            if self.server is not None:
                self._spawn(self.refresh_links())

    def event_changed(self) -> None:
        """Rooms or groups may have changed: the panel's room links follow."""
        if self.server is not None:
            self._spawn(self.refresh_links())

    def set_tech_snapshot(self, provider: Callable[[], dict] | None) -> None:
        """The tech overview's provider, when the cue runner is built after this controller."""
        self.tech_snapshot = provider
        if self.server is not None:
            self.server.tech_snapshot = provider
            self.server.hub.notify()

    @property
    def menu_text(self) -> str:
        """The live menu's entry for ``show_info`` (the wiring adds it with this text)."""
        return self.tr("Fjernstyring (API) …")

    @property
    def views_url(self) -> str | None:
        """The index of every view (with its key), or None while the server is not running."""
        return self.server.views_url if self.server is not None else None

    def revoke_keys(self) -> asyncio.Task:
        """New keys for every view: every screen opened with an old link is disconnected and must be
        opened again with the new link (the panel shows the new ones)."""
        return self._spawn(self._revoke())

    async def _revoke(self) -> int:
        if self.allow_lan:
            keys = await asyncio.to_thread(regenerate_view_keys, self.secrets)
        else:
            keys = ViewKeys.generate()
        self.keys = keys
        dropped = 0
        if self.server is not None:
            dropped = await self.server.set_view_keys(keys)
            print(f"views: {self.server.views_url}", flush=True)
        self._status(self.tr("Nye visningsnøkler: {n} skjermer ble koblet fra og må åpnes med de nye lenkene.")
                     .format(n=dropped))
        await self.refresh_links()
        return dropped

    def _status(self, text: str) -> None:
        bar = self.window.statusBar() if hasattr(self.window, "statusBar") else None
        if bar is not None:
            bar.showMessage(text, 15000)

    def show_info(self) -> None:
        if self.server is None:
            text = self.error or self.tr("Fjernstyrings-API-et starter …")
        else:
            lines = [self.tr("Adresse: {url}").format(url=self.server.url)]
            if self.allow_lan:
                lines.append(self.tr("Lytter på nettverket (alle adresser på port {port}).").format(port=self.server.port))
            if self.token is not None:
                lines.append(self.tr("Token: {token}").format(token=self.token.value))
                lines.append(
                    {
                        "keyring": self.tr("Tokenet ligger i nøkkelringen og er det samme neste gang."),
                        "session": self.tr("Ingen nøkkelring funnet: tokenet gjelder bare denne kjøringen."),
                        "env": self.tr("Tokenet kommer fra miljøvariabelen CONTROLROOM_API_TOKEN."),
                    }[self.token.source]
                )
                lines.append(self.tr("Send det som «Authorization: Bearer <token>» i hver forespørsel."))
            lines.append(self.tr("Skjermer (visninger): {url}").format(url=self.server.views_url))
            text = "\n".join(lines)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Fjernstyring"), text, QMessageBox.StandardButton.Ok,
                          self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, without a second event loop inside this slot
