"""Make ``docs/screenshots/tech-workspace.png``: the whole main window in the "Teknisk ansvarlig" layout
during seed 001's morning (stub OBS and Companion on 127.0.0.1). Run under Xvfb from the repository root:

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x900x24" .venv/bin/python -m tests.cues.make_screenshot
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

import keyring
import qasync
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from controlroom.app import build_window, make_context
from controlroom.clock import FakeClock
from controlroom.cues.repository import AdapterConfig, CueRepository
from controlroom.integrations.memory_keyring import MemoryKeyring
from controlroom.integrations.secrets import SecretStore
from controlroom.models import EventStore

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from integrations.stubs.http_stub import CompanionStub
from integrations.stubs.obs_stub import ObsStub

from cues.day import OBS_PASSWORD, build_event, oslo

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "docs" / "screenshots" / "tech-workspace.png"


def main() -> int:
    keyring.set_keyring(MemoryKeyring())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    folder = Path(tempfile.mkdtemp())
    path = folder / "nettverkssamling.krom"
    build_event(path)
    obs, comp = ObsStub(OBS_PASSWORD).start(), CompanionStub().start()
    store = EventStore.open(path, backup=False)
    repo = CueRepository(store)
    repo.save_adapter(AdapterConfig("obs", "obs", {"host": "127.0.0.1", "port": obs.port}, "OBS sal A"))
    repo.save_adapter(AdapterConfig("companion", "companion", {"host": "127.0.0.1", "port": comp.port},
                                    "Stream Deck"))
    repo.save_adapter(AdapterConfig("hook", "webhook", {"url": "http://127.0.0.1:9/kontrollrom"}, "Arrangør-varsel"))
    SecretStore().set("obs:obs:password", OBS_PASSWORD)
    clock = FakeClock(oslo(9, 0))
    settings = QSettings(str(folder / "settings.ini"), QSettings.IniFormat)
    ctx = make_context(store, clock, loop, settings, path)
    window = build_window(ctx)
    window.resize(1600, 900)
    window.show()
    window.areas.tech.layouts.switch("tech")
    live = ctx.services.live

    async def scenario() -> None:
        while not window.areas.tech.controller.registry.get("obs").status.ok:
            await asyncio.sleep(0.05)
        live.goto(0)
        await asyncio.sleep(0.3)
        clock.set(oslo(11, 0, 4))
        live.next()
        await asyncio.sleep(0.5)
        clock.set(oslo(11, 15, 10))
        live.next()
        await asyncio.sleep(0.5)
        clock.set(oslo(11, 52, 41))
        live.refresh()
        ws = window.areas.tech
        ws.cues.refresh()
        await asyncio.sleep(1.0)
        OUT.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(OUT))

    loop.run_until_complete(scenario())
    print(OUT)
    loop.run_until_complete(window.areas.tech.controller.shutdown())
    window.close()
    obs.stop()
    comp.stop()
    loop.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
