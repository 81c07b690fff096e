"""The Qt side of the input log: re-emits its callbacks as signals and runs every write on one worker
thread (in order; the line clears at once and the row appears after the commit). Other windows' and
processes' inputs reach the log through the change feed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from controlroom.errors import BadInputError, ControlroomError
from controlroom.inputs.log import InputLog

log = logging.getLogger(__name__)


class InputLogBridge(QObject):
    changed = Signal(list)  # list[InputRecord], delivered on the GUI thread
    failed = Signal(str, object)  # message, and what to give back (the typed text) or None
    _done = Signal(object, object)  # internal: (callback, result) back on the GUI thread

    def __init__(self, input_log: InputLog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log = input_log
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="inputs-writer")
        self._pending = 0
        self._unsubscribe = input_log.subscribe(self.changed.emit)  # queued to the GUI thread when off it
        self._done.connect(lambda cb, result: cb(result))

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

    def close(self) -> None:
        self._unsubscribe()
        self._pool.shutdown(wait=True)
