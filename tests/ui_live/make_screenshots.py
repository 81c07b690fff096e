"""Save the live panels' screenshots into docs/screenshots (run under Xvfb, see docs/sections/live-panels.md).

QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x900x24" .venv/bin/python tests/ui_live/make_screenshots.py
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from controlroom.clock import FakeClock  # noqa: E402
from controlroom.importers import read_agenda  # noqa: E402
from controlroom.live.service import LiveService  # noqa: E402
from controlroom.models import EventStore  # noqa: E402
from controlroom.models.agenda_repo import AgendaRepository  # noqa: E402
from controlroom.ui import live as live_panels  # noqa: E402
from controlroom.ui.main_window import MainWindow  # noqa: E402

OUT = REPO / "docs" / "screenshots"


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    store = EventStore.open(tmp / "nettverkssamling.krom", create=True)
    AgendaRepository(store).import_draft(read_agenda(REPO / "tests" / "fixtures" / "seed001_sessionlab.txt"))
    clock = FakeClock(datetime(2024, 5, 6, 6, 58, tzinfo=UTC))
    service = LiveService(store, clock, "screenshots")
    settings = QSettings(str(tmp / "s.ini"), QSettings.IniFormat)
    from controlroom.app import make_context

    ctx = make_context(
        store=store, clock=clock, loop=asyncio.new_event_loop(), settings=settings, event_path=tmp / "x.krom"
    )
    ctx.services.live = service
    window = MainWindow(ctx)
    window.centralWidget().hide()  # only the live panels here; the whole window is main-window.png
    ui = live_panels.LiveUi(ctx, window, ctx.services.live)
    ui.bridge._sync.stop()
    window.resize(1500, 860)
    window.show()
    window.resizeDocks([window.docks["live-timeline"]], [1020], Qt.Horizontal)  # no agenda in the middle here

    # A morning that ran: first block 6 minutes long over, then the opening, now the talk running late.
    service.start()
    clock.advance(minutes=126)
    service.next()
    clock.advance(minutes=17)
    service.next()
    clock.advance(minutes=35, seconds=12.4)
    ui.bridge.reload()
    settle(app)
    window.grab().save(str(OUT / "live-moderator.png"))

    stage = ui.stage
    stage.resize(1280, 720)
    stage.show()

    def shot(name: str) -> None:
        ui.bridge.reload()
        stage.repaint()
        settle(app)
        stage.grab().save(str(OUT / f"stage-{name}.png"))

    shot("default")
    clock.advance(minutes=6)  # 3:48 left: warning
    shot("warning")
    clock.advance(minutes=3)  # 0:48 left: danger
    shot("danger")
    clock.advance(minutes=2, seconds=0.5)  # overtime, bright half of the flash
    shot("overtime")
    service.pause()
    shot("paused")
    service.resume()
    service.message("Avrund nå")
    clock.advance(seconds=10)  # past the new-message flash
    shot("message")
    service.blackout(True)
    shot("blackout")
    service.blackout(False)
    service.message(None)
    stage.hide()

    public = ui.public
    public.resize(1280, 720)
    public.show()
    ui.bridge.reload()
    settle(app)
    public.grab().save(str(OUT / "public-view.png"))
    ui.timer_panel.grab().save(str(OUT / "live-timer-panel.png"))
    public.hide()

    # A 1366×768 laptop with the timeline in a 600 px dock: the titles stay in view.
    window.showNormal()
    window.resize(1366, 768)
    window.resizeDocks([window.docks["live-timeline"]], [600], Qt.Horizontal)
    settle(app)
    ui.timeline_panel.grab().save(str(OUT / "live-timeline-600.png"))

    dialog = ui.show_shortcuts()
    settle(app)
    dialog.grab().save(str(OUT / "live-shortcuts.png"))
    dialog.close()

    # The same file opened on another day (a rehearsal): the day is named, no offset in minutes.
    service.end_block()
    clock.set(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
    service.goto(4)  # rehearsing "KS informerer" on a later day
    clock.advance(minutes=4, seconds=20)
    ui.bridge.reload()
    settle(app)
    window.grab().save(str(OUT / "live-other-day.png"))

    pdf = ui.export_pdf_to(tmp / "kjoreplan.pdf")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf), str(OUT / "live-rundown-pdf")], check=True
    )
    print("saved to", OUT)


if __name__ == "__main__":
    main()
