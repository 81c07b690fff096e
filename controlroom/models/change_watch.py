"""How an event's storage announces a change committed by someone else.

* **PostgreSQL**: every commit through an :class:`~controlroom.models.store.EventStore` sends
  ``NOTIFY`` on :data:`CHANNEL` with the store's own id, inside the transaction (PostgreSQL delivers
  it only if the commit succeeds). A :class:`ChangeWatch` keeps one ``LISTEN`` connection in a
  thread and calls back for every notification, its own store's included: a window's own change
  made through one service reaches the subscribers of the others (the services re-read cheaply and
  tell only what differs).
* **SQLite**: a commit by any connection appends to the event's ``-wal`` file (and a checkpoint
  rewrites the file itself). The watch asks the operating system to tell it when either file is
  written (``watchfiles``: inotify on Linux, FSEvents on macOS, ReadDirectoryChangesW on Windows).
  It opens neither file, so SQLite's locks are never disturbed (see ``file_guard``), no query runs,
  and an idle event costs nothing but a sleeping thread.

The callback runs in the watch's thread; the application layer hands it to its loop.
"""

from __future__ import annotations

import logging
import os
import threading
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, event, text

log = logging.getLogger(__name__)

#: The PostgreSQL channel every Kontrollrom store of the database notifies on.
CHANNEL = "kontrollrom_changes"
#: How long (ms) the SQLite watch waits for a burst of writes (one commit writes several times) to
#: end before it calls back, and the longest it groups writes over.
SQLITE_QUIET_MS, SQLITE_GROUP_MS = 20, 100
#: How long a lost PostgreSQL listener waits before it tries again (seconds, doubling to the max).
PG_RETRY_FIRST, PG_RETRY_MAX = 0.5, 5.0


def announce_commits(engine: Engine) -> str:
    """Make every commit on ``engine`` (PostgreSQL) notify the other stores; returns this store's id."""
    me = uuid.uuid4().hex

    @event.listens_for(engine, "before_cursor_execute")
    def _mark_writes(conn, _cursor, statement: str, *_args) -> None:
        if not conn.info.get("wrote") and statement.lstrip()[:6].upper() in _WRITES:
            conn.info["wrote"] = True

    @event.listens_for(engine, "commit")
    def _notify(conn) -> None:  # runs just before the COMMIT, in the same transaction
        if conn.info.pop("wrote", False):
            conn.connection.driver_connection.execute("SELECT pg_notify(%s, %s)", (CHANNEL, me))

    @event.listens_for(engine, "rollback")
    def _forget(conn) -> None:
        conn.info.pop("wrote", None)

    return me


_WRITES = {"INSERT", "UPDATE", "DELETE"}


def announce_presence(engine: Engine, what: str) -> None:
    """Tell the other stores of the database that one came (``hello``) or went (``bye``): their
    windows update who else is connected."""
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_notify(:channel, :what)"), {"channel": CHANNEL, "what": what})
        conn.commit()


class ChangeWatch:
    """Calls ``on_change()`` (in its own thread) after someone else committed to the event, and
    ``on_online(bool)`` when a database connection is lost or back."""

    def __init__(
        self,
        *,
        path: Path | None = None,
        url: str | None = None,
        on_change: Callable[[], None],
        on_online: Callable[[bool], None] = lambda _up: None,
    ) -> None:
        if (path is None) == (url is None):
            raise ValueError("a change watch needs a file path or a database URL")
        self.path, self.url = path, url
        self.on_change, self.on_online = on_change, on_online
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        target = self._watch_file if self.path is not None else self._listen
        self._thread = threading.Thread(target=target, name="kontrollrom-change-watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2.0)
            self._thread = None

    # -- SQLite --------------------------------------------------------------------------------------
    def _watch_file(self) -> None:
        import watchfiles

        assert self.path is not None
        names = {self.path.name, f"{self.path.name}-wal"}

        def ours(_change: watchfiles.Change, path: str) -> bool:
            return os.path.basename(path) in names

        for _changes in watchfiles.watch(self.path.parent, watch_filter=ours, recursive=False,
                                         step=SQLITE_QUIET_MS, debounce=SQLITE_GROUP_MS, stop_event=self._stop,
                                         raise_interrupt=False, ignore_permission_denied=True):
            self._call(self.on_change)

    # -- PostgreSQL ----------------------------------------------------------------------------------
    def _listen(self) -> None:
        import psycopg

        assert self.url is not None
        dsn = self.url.replace("postgresql+psycopg://", "postgresql://", 1)
        delay, online = PG_RETRY_FIRST, True
        while not self._stop.is_set():
            try:
                with psycopg.connect(dsn, autocommit=True, connect_timeout=5,
                                     application_name="kontrollrom-watch") as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    if not online:
                        online = True
                        self._call(lambda: self.on_online(True))
                        self._call(self.on_change)  # whatever happened while we were away
                    delay = PG_RETRY_FIRST
                    while not self._stop.is_set():
                        for _note in conn.notifies(timeout=0.5):
                            # this process's own commits too (as a file watch hears them): what
                            # this window wrote through one service reaches the others' subscribers
                            self._call(self.on_change)
            except psycopg.Error as exc:
                if self._stop.is_set():
                    return
                if online:
                    online = False
                    log.warning("change feed lost the database: %s", exc)
                    self._call(lambda: self.on_online(False))
                self._stop.wait(delay)
                delay = min(delay * 2, PG_RETRY_MAX)

    @staticmethod
    def _call(callback: Callable[[], None]) -> None:
        try:
            callback()
        except Exception:
            log.exception("change watch callback failed")
