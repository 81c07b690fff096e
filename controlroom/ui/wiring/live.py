"""Wiring of the live area: the live panels, who else is connected, and with ``--api-port`` the one
web server (the remote API, the screens' views and the participants' phones under ``/p/``) with its
"Skjermer" dock. The server prints ``api: http://127.0.0.1:PORT`` and ``views: …`` on start. Actions
of other windows or processes reach the live service through the change feed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from controlroom.application.event import EventServices
from controlroom.ui.context import UiContext
from controlroom.ui.live import LiveUi
from controlroom.ui.main_window import MainWindow
from controlroom.ui.presence import PresenceLabel

if TYPE_CHECKING:  # the web server, its views and the phones load only with --api-port
    from controlroom.ui.screens.controller import ScreensController

log = logging.getLogger(__name__)


def phone_changes(services: EventServices) -> Callable[[Callable[[], None]], Callable[[], None]]:
    """What the phones follow: the running block, the groups, the inputs (here or, through the change
    feed, in another window or process)."""

    def subscribe(callback: Callable[[], None]) -> Callable[[], None]:
        unsubscribers = [services.feed.changes.subscribe(lambda _none: callback()),
                         services.people.changes.subscribe(lambda _none: callback()),
                         services.live.changes.subscribe(lambda _state: callback()),
                         services.inputs.subscribe(lambda _records: callback())]

        def unsubscribe() -> None:
            for unsub in unsubscribers:
                unsub()

        return unsubscribe

    return subscribe


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
        from controlroom.phone import phone_app
        from controlroom.ui.screens.controller import ScreensController, event_changes
        from controlroom.ui.screens.panel import ScreensPanel
        from controlroom.web.snapshots import cue_tech_snapshot

        phones = phone_app(ctx.store, ctx.clock, live=service, subscribe_changes=phone_changes(ctx.services),
                           inputs=ctx.services.inputs, poll_seconds=0, cookie_path="/p/")
        api = ScreensController(ctx, service, window, ctx.options.api_port, ctx.options.allow_lan,
                                secrets=ctx.services.secrets, subscribe_changes=event_changes(ctx.services),
                                tech_snapshot=cue_tech_snapshot(ctx.services.cues.scheduler,
                                                                ctx.services.cues.registry, service.state),
                                subapps=[("/p", phones)])
        window.add_action("live", api.tr("Fjernstyring (API) …"), api.show_info)
        screens = window.add_dock("screens", window.tr("Skjermer"), ScreensPanel(api),
                                  Qt.DockWidgetArea.RightDockWidgetArea)
        def show_screens() -> None:
            screens.show()
            screens.raise_()

        window.add_action("live", window.tr("Skjermer og telefoner …"), show_screens)
    ui = LiveUi(ctx, window, service, writer=writer)
    PresenceLabel(ctx.services, ui.bridge, window)
    return LiveArea(ui, api)
