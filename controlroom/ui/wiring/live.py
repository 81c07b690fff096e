"""Wiring of the live area: the remote API (when asked for) and the live panels.

With ``--api-port`` the API starts on the qasync loop and prints ``api: http://127.0.0.1:PORT`` on
stdout (flushed at once). Actions of other windows or processes reach the live service through the
change feed.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from controlroom.api.server import ApiServer
from controlroom.api.token import ApiToken, configured_token, lan_token
from controlroom.live.service import LiveService
from controlroom.ui.context import UiContext
from controlroom.ui.live import LiveUi
from controlroom.ui.main_window import MainWindow
from controlroom.ui.presence import PresenceLabel
from controlroom.ui.screens.controller import ScreensController, event_changes
from controlroom.web.snapshots import cue_tech_snapshot

log = logging.getLogger(__name__)


class ApiController(QObject):
    """Owns the API server's lifetime and tells the host where it is and which token it needs."""

    def __init__(self, ctx: UiContext, service: LiveService, window, port: int, allow_lan: bool) -> None:
        super().__init__(window)
        self.ctx, self.service, self.window = ctx, service, window
        self.port, self.allow_lan = port, allow_lan
        self.server: ApiServer | None = None
        self.token: ApiToken | None = None
        self.error: str | None = None
        window.set_api_status(self.tr("Fjernstyring: starter …"))
        self.task = ctx.loop.create_task(self.start())
        window.on_shutdown(self.stop)

    async def stop(self) -> None:
        """Close the server (the next event's window starts its own on the same port)."""
        self.task.cancel()
        if self.server is not None:
            await self.server.close()
            self.server = None
        self.window.set_api_status(self.tr("Fjernstyring: av"))

    async def start(self) -> None:
        try:
            if self.allow_lan:
                self.token = await asyncio.to_thread(lan_token)
            else:
                self.token = configured_token()
            self.server = ApiServer(
                self.service,
                host="0.0.0.0" if self.allow_lan else "127.0.0.1",
                port=self.port,
                token=self.token.value if self.token else None,
            )
            await self.server.start()
        except OSError as exc:
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
        where = self.tr("nettverket") if self.allow_lan else self.tr("bare denne maskinen")
        self._status(self.tr("Fjernstyring på {url} ({where})").format(url=self.server.url, where=where))
        self.window.set_api_status(
            (self.tr("Fjernstyring (nettverk): {url}") if self.allow_lan else self.tr("Fjernstyring (lokal): {url}"))
            .format(url=self.server.url),
            self.tr("Fjernstyring på {url} ({where})").format(url=self.server.url, where=where),
        )

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
            text = "\n".join(lines)
        QMessageBox.information(self.window, self.tr("Fjernstyring"), text)


@dataclass(frozen=True)
class LiveArea:
    ui: LiveUi
    api: ScreensController | None


def wire(ctx: UiContext, window: MainWindow) -> LiveArea:
    """The live panels, and with ``--api-port`` the remote API (``api: URL`` printed on start). The
    moderator's actions run on one writer thread, in order, so the window never waits on storage."""
    service = ctx.services.live
    writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="live-writer")

    async def finish_writes() -> None:  # every action asked for is committed before the event closes
        await asyncio.to_thread(writer.shutdown, True)

    window.on_shutdown(finish_writes)
    api: ScreensController | None = None
    if ctx.options.api_port is not None:
        api = ScreensController(ctx, service, window, ctx.options.api_port, ctx.options.allow_lan,
                                secrets=ctx.services.secrets, subscribe_changes=event_changes(ctx.services),
                                tech_snapshot=cue_tech_snapshot(ctx.services.cues.scheduler,
                                                                ctx.services.cues.registry, service.state))
        window.add_action("live", api.tr("Fjernstyring (API) …"), api.show_info)
    ui = LiveUi(ctx, window, service, writer=writer)
    PresenceLabel(ctx.services, ui.bridge, window)
    return LiveArea(ui, api)
