"""The change feed: one announcement per change committed by someone else to the open event.

The store's :class:`~controlroom.models.change_watch.ChangeWatch` notices the change in its own
thread (SQLite: the files moved; PostgreSQL: ``LISTEN/NOTIFY``); the feed hands it to the event
loop, folds bursts into one announcement, and tells its subscribers on the loop's thread. The
services re-read what changed (off the loop) and tell their own subscribers — panels, views and
phones — only about what differs. Nothing polls.
"""

from __future__ import annotations

import asyncio
import logging

from controlroom.models.change_watch import ChangeWatch
from controlroom.models.store import EventStore
from controlroom.observable import Observable

log = logging.getLogger(__name__)


class ChangeFeed:
    """``changes`` fires (on the loop) after others' commits; ``online`` when the database comes and goes."""

    def __init__(self, store: EventStore) -> None:
        self.store = store
        self.changes: Observable[None] = Observable("event changes")
        self.online: Observable[bool] = Observable("storage online")
        self.is_online = True
        self._loop: asyncio.AbstractEventLoop | None = None
        self._watch: ChangeWatch | None = None
        self._pending = False
        self._stopped = False

    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        """Start watching; announcements arrive on ``loop``."""
        if self._watch is not None or self._stopped:
            return
        self._loop = loop
        self._watch = self.store.watch(self._changed_elsewhere, self._online_elsewhere)
        self._watch.start()

    @property
    def stopped(self) -> bool:
        return self._stopped

    def stop(self) -> None:
        """Stop for good: nothing is announced after this, not even what was already on its way."""
        self._stopped = True
        if self._watch is not None:
            self._watch.stop()
            self._watch = None

    def announce(self) -> None:
        """Tell the subscribers now (on the loop's thread)."""
        self._pending = False
        if not self._stopped:
            self.changes.emit(None)

    # -- from the watch's thread -------------------------------------------------------------------
    def _changed_elsewhere(self) -> None:
        if self._pending or self._stopped or self._loop is None or self._loop.is_closed():
            return
        self._pending = True  # one announcement for a burst of commits
        self._loop.call_soon_threadsafe(self.announce)

    def _online_elsewhere(self, up: bool) -> None:
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._set_online, up)

    def _set_online(self, up: bool) -> None:
        if self._stopped:
            return
        self.is_online = up
        self.online.emit(up)
