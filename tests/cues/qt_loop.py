"""A qasync loop for widget tests that behaves like the app's loop while Qt runs its callbacks.

In the app the asyncio loop runs for as long as Qt dispatches events, so every task step sees a running
loop. In tests Qt also dispatches the loop's callbacks when the loop is *not* running: qasync's
``run_until_complete`` ends with one more ``processEvents()`` after ``run_forever`` returned, and
pytest-qt calls ``processEvents()`` after each test phase. A task step due at that moment (more likely
on a loaded machine) ran without a running loop, so ``asyncio.wait_for``/``sleep`` raised
"no running event loop": a cue failed with "nettverksfeil (RuntimeError)" or an adapter's reconnect loop
died. ``QtTestLoop`` runs every callback of the loop as the running loop, wherever Qt dispatches it.
"""

from __future__ import annotations

import asyncio

import qasync


class QtTestLoop(qasync.QEventLoop):
    def call_later(self, delay, callback, *args, context=None):  # call_soon and call_at come here too
        return super().call_later(delay, self._as_running_loop, callback, *args, context=context)

    def _as_running_loop(self, callback, *args) -> None:
        if asyncio._get_running_loop() is not None:
            callback(*args)
            return
        asyncio._set_running_loop(self)
        try:
            callback(*args)
        finally:
            asyncio._set_running_loop(None)
