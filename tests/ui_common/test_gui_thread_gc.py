"""Python's cyclic collector runs on the GUI thread only: a worker thread that allocates a lot never
frees a Qt object (here a QObject with a running timer, in a reference cycle) behind the GUI's back."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from controlroom.ui.gui_thread_gc import CHECK_EVERY_MS, collect_on_gui_thread


class _Cycle:
    """Garbage only the cyclic collector can free: it refers to itself and holds a timing QObject."""

    def __init__(self) -> None:
        self.me = self
        self.timer_owner = QObject()
        self.timer_owner.startTimer(5)


def _allocate_in_a_worker(objects: int) -> list[list[int]]:
    made: list[list[int]] = []

    def churn() -> None:
        made.extend([i] for i in range(objects))  # container objects: each counts for the collector

    worker = threading.Thread(target=churn)
    worker.start()
    worker.join()
    return made


def test_a_cycle_holding_a_timing_qobject_is_freed_on_the_gui_thread_not_by_a_busy_worker(qapp, qtbot):
    collector = collect_on_gui_thread()
    assert collect_on_gui_thread() is collector  # one per process
    gui_thread = threading.get_ident()
    collections: list[int] = []

    def note(phase: str, _info: dict) -> None:
        if phase == "start":
            collections.append(threading.get_ident())

    garbage = _Cycle()
    gone = weakref.ref(garbage)
    del garbage
    gc.callbacks.append(note)
    try:
        # far past every threshold: automatic collection would have started on the worker
        made = _allocate_in_a_worker(collector.thresholds[0] * collector.thresholds[1] * 20)
        assert collections == []
        assert gone() is not None
        qtbot.waitUntil(lambda: gone() is None, timeout=CHECK_EVERY_MS * 20)
        assert len(made) > collector.thresholds[0]
    finally:
        gc.callbacks.remove(note)
    assert collections and set(collections) == {gui_thread}


def test_nothing_is_collected_before_the_young_generation_is_due(qapp):
    collector = collect_on_gui_thread()
    gc.collect()
    assert collector.collect_when_due() is None
    keep = [[i] for i in range(collector.thresholds[0] * 2)]
    assert collector.collect_when_due() == 0
    assert keep
