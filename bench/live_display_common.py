"""Shared set-up for the live display benches: a real event file (seed 001), the real service on
the system clock, the real main window with the live wiring, offscreen."""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from _common import percentile  # noqa: E402
from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def app() -> QApplication:
    return QApplication.instance() or QApplication(sys.argv[:1])


def run_for(seconds: float) -> None:
    """Run the Qt event loop for ``seconds`` of wall time."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def live_window():
    """(window, live ui, service, store) on a fresh copy of seed 001, through the real wiring."""
    from controlroom.app import make_context
    from controlroom.clock import SystemClock
    from controlroom.importers import read_agenda
    from controlroom.models import EventStore
    from controlroom.models.agenda_repo import AgendaRepository
    from controlroom.ui.main_window import MainWindow
    from controlroom.ui.wiring import live as live_wiring

    app()
    tmp = Path(tempfile.mkdtemp(prefix="bench-live-"))
    store = EventStore.open(tmp / "bench.krom", create=True)
    AgendaRepository(store).import_draft(read_agenda(REPO / "tests" / "fixtures" / "seed001_sessionlab.txt"))
    ctx = make_context(store, SystemClock(), asyncio.new_event_loop(),
                       QSettings(str(tmp / "settings.ini"), QSettings.IniFormat), tmp / "bench.krom")
    window = MainWindow(ctx)
    area = live_wiring.wire(ctx, window)
    # as the app does once its window is open (``controlroom.app``)
    from controlroom.ui.gui_thread_gc import settle_start_up

    settle_start_up()
    window.show()
    return window, area.ui, ctx.services.live, store


def summary(values_ms: list[float]) -> str:
    if not values_ms:
        return "no samples"
    return (
        f"n={len(values_ms)} p50={percentile(values_ms, 50):.2f} ms p99={percentile(values_ms, 99):.2f} ms "
        f"max={max(values_ms):.2f} ms mean={statistics.fmean(values_ms):.2f} ms"
    )
