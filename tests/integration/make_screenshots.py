"""Screenshots of the whole window for the README (run under Xvfb, not collected by pytest):

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x900x24" .venv/bin/python tests/integration/make_screenshots.py

The demo event in a temporary data dir, a block running since 09:02 today (a fixed clock, so the
picture is the same each time), a few inputs, the moderator's layout and the tech host's layout."""

from __future__ import annotations

import asyncio
import sys
import tempfile
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import keyring
import qasync
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
INPUTS = [
    "? Hvordan når vi de små kommunene med midlene? #økonomi",
    "Frivilligsentralene er limet i mange bygder #frivillighet",
    "! Felles mal for samarbeidsavtaler med frivilligheten #sdg17",
    "~ Vekst i reiselivet mot lavere utslipp i fjordene #sdg13",
]


def settle(app: QApplication, loop, seconds: float = 0.8) -> None:
    loop.run_until_complete(asyncio.sleep(seconds))
    app.processEvents()


def main() -> int:
    app = QApplication(sys.argv[:1])
    from controlroom.clock import FakeClock
    from controlroom.integrations.memory_keyring import MemoryKeyring
    from controlroom.ui import i18n as ui_i18n

    keyring.set_keyring(MemoryKeyring())
    ui_i18n.install(app, "nb")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    from controlroom.app import build_window, make_context
    from controlroom.demo import demo_today, ensure_demo_event
    from controlroom.models import EventStore

    tmp = Path(tempfile.mkdtemp(prefix="kontrollrom-shots-"))
    path = ensure_demo_event(tmp / "data")
    oslo = ZoneInfo("Europe/Oslo")
    clock = FakeClock(datetime.combine(demo_today(), time(9, 2), tzinfo=oslo))
    settings = QSettings(str(tmp / "settings.ini"), QSettings.IniFormat)
    store = EventStore.open(path)
    window = build_window(make_context(store, clock, loop, settings, path))
    window.resize(1600, 900)
    window.show()
    settle(app, loop)
    ctx = window.ctx
    ctx.services.live.start()
    log = ctx.services.inputs
    for i, text in enumerate(INPUTS):
        clock.advance(minutes=3 + i * 2)
        log.add(text, block_uid=ctx.services.live.state().current_uid, source="teams" if i % 2 else "room")
    clock.advance(minutes=4)
    settle(app, loop, 1.5)
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / "main-window.png"))
    layouts = window.areas.tech.layouts
    if layouts is not None:
        layouts.switch("tech")
        settle(app, loop)
        window.grab().save(str(OUT / "main-window-tech.png"))
    window.close()
    bridge = window.areas.inputs.bridge
    if bridge is not None:
        bridge.close()  # its writer thread, before Qt tears down
    store.close()
    loop.close()  # shuts qasync's thread executor down before Qt goes
    print(f"saved {OUT / 'main-window.png'}" + (" and main-window-tech.png" if layouts else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
