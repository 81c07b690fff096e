"""The Qt side of the input log: re-emits its callbacks as signals, runs every write on one worker
thread (in order; the line clears at once and the row appears after the commit), and polls the event for
other windows' and processes' inputs once a second, also off the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from controlroom.errors import BadInputError, ControlroomError
from controlroom.inputs.log import InputLog

log = logging.getLogger(__name__)

POLL_MS = 1000


class InputLogBridge(QObject):
    changed = Signal(list)  # list[InputRecord], delivered on the GUI thread
    failed = Signal(str, object)  # message, and what to give back (the typed text) or None
    _done = Signal(object, object)  # internal: (callback, result) back on the GUI thread
    _polled = Signal(int, list)

    def __init__(self, input_log: InputLog, parent: QObject | None = None, *, poll: bool = True) -> None:
        super().__init__(parent)
        self.log = input_log
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="inputs-writer")
        self._poll_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="inputs-poll")
        self._poll_future: Future | None = None
        self._pending = 0
        self._unsubscribe = input_log.subscribe(self.changed.emit)  # queued to the GUI thread when off it
        self._done.connect(lambda cb, result: cb(result))
        self._polled.connect(self._apply_poll)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        if poll:
            self._timer.start()

    # -- writes --------------------------------------------------------------------------------
    def run(self, fn: Callable[..., Any], *args: Any, give_back: object = None,
            on_done: Callable[[Any], None] | None = None, **kwargs: Any) -> Future:
        """Run a log action on the writer thread. A refusal emits ``failed`` (message, ``give_back``)."""
        self._pending += 1

        def job() -> Any:
            try:
                result = fn(*args, **kwargs)
            except BadInputError as exc:
                self.failed.emit("\n".join(p.message for p in exc.problems), give_back)
                return None
            except ControlroomError as exc:
                self.failed.emit(str(exc), give_back)
                return None
            except Exception as exc:  # a disk error: tell the moderator, keep the text
                log.exception("input action failed")
                self.failed.emit(self.tr("Kunne ikke lagre: {error}").format(error=exc), give_back)
                return None
            finally:
                self._pending -= 1
            if on_done is not None:
                self._done.emit(on_done, result)
            return result

        return self._pool.submit(job)

    def busy(self) -> bool:
        return self._pending > 0

    # -- other windows -------------------------------------------------------------------------
    def poll(self) -> None:
        if self._poll_future is not None and not self._poll_future.done():
            return
        seen = self.log._rev_seen  # noqa: SLF001 - the log's own cursor, read once

        def job() -> None:
            try:
                newest, records = self.log.changes_since(seen)
            except Exception:  # the file is busy or gone for a moment: try again next second
                log.debug("poll failed", exc_info=True)
                return
            if records or newest != seen:
                self._polled.emit(newest, records)

        self._poll_future = self._poll_pool.submit(job)

    def _apply_poll(self, newest: int, records: list) -> None:
        self.log.apply_changes(newest, records)

    def close(self) -> None:
        self._timer.stop()
        self._unsubscribe()
        self._pool.shutdown(wait=True)
        self._poll_pool.shutdown(wait=True)
