"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, a collection runs in whichever thread happens to cross the allocation threshold. On a
worker thread (a store write, a keyring read) it may free a widget or a timer object that belongs to the
GUI thread. Qt cannot unregister that object's timers from another thread, so the next timer event is
delivered to freed memory and the app crashes, long after and far from the cause.

So automatic collection is switched off and a timer on the GUI thread collects instead, by the
interpreter's own rule: when the youngest generation's count passes its threshold, the oldest generation
whose count passes its threshold is collected, with every younger one.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

#: How often the GUI thread looks at the collector's counts. A young collection takes well under a
#: millisecond; garbage in a cycle waits at most this long for it. Once a second adds one wake-up a second
#: to an idle window (a laptop on battery), where the countdown already wakes it.
CHECK_EVERY_MS = 1000


class GuiThreadCollector(QObject):
    """Owned by the application object; made once per process by :func:`collect_on_gui_thread`."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("GuiThreadCollector")
        self.thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_when_due)
        self._timer.start(CHECK_EVERY_MS)

    def collect_when_due(self) -> int | None:
        """Collect what the interpreter would have collected by now; the generation collected, or None."""
        counts = gc.get_count()
        if counts[0] <= self.thresholds[0]:
            return None
        due = max(g for g in range(len(counts)) if g == 0 or counts[g] > self.thresholds[g])
        gc.collect(due)
        return due


def settle_start_up() -> GuiThreadCollector:
    """Once the window is open: what the start-up made is collected, then frozen out of the collector's
    scans (a full collection of it would hold Python's lock for 100+ ms and stall the timers), and from
    then on the collector runs on the GUI thread only. The app does this a second after the window opens,
    after its first paint, and hands the freed heap back right after (``controlroom.app``)."""
    gc.collect()
    gc.freeze()
    return collect_on_gui_thread()


def collect_on_gui_thread() -> GuiThreadCollector:
    """Switch the collector over to the GUI thread (once per process; later calls return the same one).
    Must be called on the GUI thread, after the application object exists."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("collect_on_gui_thread needs the application object")
    existing = app.findChild(GuiThreadCollector, "GuiThreadCollector")
    if isinstance(existing, GuiThreadCollector):
        gc.disable()
        return existing
    return GuiThreadCollector(app)
