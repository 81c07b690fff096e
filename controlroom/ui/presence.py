"""Who else has the event open, and whether its database answers, in the status bar.

On a shared PostgreSQL event the label lists the other operators (``user@machine``), refreshed when
the change feed announces something and every :data:`REFRESH_MS` (someone may have closed their
window without a word). When the feed loses the database the label says so in red, live actions are
refused at once (nothing queues silently), the displays keep counting from what they knew, and all
of it returns by itself when the database is back.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from controlroom.application.event import EventServices
from controlroom.ui.live.bridge import LiveBridge
from controlroom.ui.main_window import MainWindow
from controlroom.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

#: How often the list of others is read again without a change to prompt it (ms).
REFRESH_MS = 30_000


class PresenceLabel(QLabel):
    def __init__(self, services: EventServices, bridge: LiveBridge, window: MainWindow) -> None:
        super().__init__()
        self.setObjectName("Presence")
        self.services, self.bridge = services, bridge
        self.others: list[str] = []
        self.tasks = TaskRunner(window.ctx.loop, lambda text: log.info("presence: %s", text))
        window.statusBar().addPermanentWidget(self)
        self.setVisible(False)
        if services.store.dialect != "postgresql":
            return  # an event file: nobody else to list, nothing to lose
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        unsubscribe = [services.feed.changes.subscribe(lambda _none: self.refresh()),
                       services.feed.online.subscribe(self.set_online)]
        #: Whether the label still lives: a reading that returns after the window went tells no one.
        alive = self._alive = [True]
        tasks = self.tasks

        def gone(*_args: object) -> None:
            alive[0] = False
            tasks.cancel_all()
            for unsub in unsubscribe:
                unsub()

        self.destroyed.connect(gone)
        window.on_shutdown(self._timer.stop)
        window.on_shutdown(gone)
        self.refresh()

    def refresh(self) -> None:
        if self.services.feed.is_online and not self.tasks.busy:
            self.tasks.run(self._read())

    async def _read(self) -> None:
        alive = self._alive
        others = await asyncio.to_thread(self.services.store.others_connected)
        if alive[0]:
            self.others = others
            self._show()

    def set_online(self, up: bool) -> None:
        self.bridge.set_offline(None if up else self.tr(
            "Databasen svarer ikke. Handlinger avvises til den er tilbake; visningene teller videre."))
        if up:
            self.refresh()
        self._show()

    def _show(self) -> None:
        if not self.services.feed.is_online:
            self.setStyleSheet("color: #b00020; font-weight: bold;")
            self.setText(self.tr("Frakoblet databasen"))
        else:
            self.setStyleSheet("")
            self.setText(self.tr("Også tilkoblet: {names}").format(names=", ".join(self.others))
                         if self.others else self.tr("Ingen andre tilkoblet"))
        self.setVisible(True)
