"""The one way the window runs async work: :class:`TaskRunner` starts a coroutine from a slot on the
app's (qasync) loop, keeps a reference until it is done, and turns its errors into one kind of user
message; :func:`ask` awaits a dialog's answer without a nested ``exec()`` event loop."""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtWidgets import QDialog

from controlroom.errors import ControlroomError

log = logging.getLogger(__name__)
#: How often a task started before the loop runs looks again (seconds); no cost once the loop runs.
WAIT_FOR_LOOP = 0.1


class TaskRunner:
    """Starts coroutines on the app's (qasync) loop and keeps them referenced until they finish.

    ``on_error`` receives the user-facing message of any ``ControlroomError`` (platform errors included);
    anything else is logged and reported as an unexpected error.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop | None, on_error: Callable[[str], None]) -> None:
        #: None: the app's loop, looked up at the first ``run`` (a panel may be built before it exists).
        self._loop = loop
        self.on_error = on_error
        self.tasks: set[asyncio.Task] = set()

    def run(self, coro: Coroutine[Any, Any, Any], on_done: Callable[[Any], None] | None = None) -> asyncio.Task:
        """Start ``coro`` on the loop. Before the loop runs (a panel built at start-up, a test or a
        screenshot script that only pumps Qt events) the coroutine waits for it: under qasync a task's
        steps are Qt timer events, which a bare Qt event pump also delivers, and there
        ``asyncio.to_thread``/``get_running_loop`` fail with "no running event loop"."""
        if self._loop is None:
            self._loop = asyncio.get_event_loop()
        if self.loop.is_running():
            task = self.loop.create_task(coro)
        else:
            task = self.loop.create_task(self._when_running(coro))
            # A loop that never runs (a test, a screenshot script) never starts the wrapper, which then
            # never closes ``coro``: close it when the task is gone ("coroutine was never awaited").
            weakref.finalize(task, coro.close)
        self.tasks.add(task)

        def finished(t: asyncio.Task) -> None:
            self.tasks.discard(t)
            if t.cancelled():
                return
            exc = t.exception()
            if exc is None:
                if on_done:
                    on_done(t.result())
            elif isinstance(exc, ControlroomError):
                self.on_error(str(exc))
            else:
                log.error("task failed", exc_info=exc)
                self.on_error(f"{type(exc).__name__}: {exc}")

        task.add_done_callback(finished)
        return task

    async def _when_running(self, coro: Coroutine[Any, Any, Any]) -> Any:
        try:
            while not self._inside_loop():
                wake = self.loop.create_future()
                self.loop.call_later(WAIT_FOR_LOOP, _wake_up, wake)
                await wake
        except BaseException:  # cancelled before the loop ever ran: the coroutine never starts
            coro.close()
            raise
        return await coro

    def _inside_loop(self) -> bool:
        try:
            return asyncio.get_running_loop() is self.loop
        except RuntimeError:
            return False

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        if self._loop is None:
            self._loop = asyncio.get_event_loop()
        return self._loop

    @property
    def busy(self) -> bool:
        return bool(self.tasks)

    async def settled(self) -> None:
        """Wait until every task started so far (and those they started) has finished."""
        while self.tasks:
            await asyncio.gather(*list(self.tasks), return_exceptions=True)

    def cancel_all(self) -> None:
        for t in list(self.tasks):
            t.cancel()


def _wake_up(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


async def ask(dialog: QDialog) -> int:
    """Show ``dialog`` window-modal and wait for its answer (``QDialog.DialogCode`` as int, or the
    ``QMessageBox`` button): the caller's coroutine waits, the event loop keeps turning, and no
    second event loop runs inside a slot (as ``exec()`` would)."""
    answer: asyncio.Future[int] = asyncio.get_event_loop().create_future()

    def finished(result: int) -> None:
        if not answer.done():
            answer.set_result(result)

    dialog.finished.connect(finished)
    dialog.open()
    return await answer
