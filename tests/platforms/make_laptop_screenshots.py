"""Make ``docs/screenshots/platforms-1366-nb.png`` and ``platforms-1366-en.png``: the whole window on the
demo event on a 1366×768 laptop screen with the Zoom and Teams dock in front, in each language. Run under
Xvfb from the repository root (one run per language, since the language is chosen at start):

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m tests.platforms.make_laptop_screenshots nb
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import keyring
import qasync
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from controlroom.clock import FakeClock
from controlroom.integrations.memory_keyring import MemoryKeyring

REPO = Path(__file__).resolve().parents[2]


def main(lang: str, out: Path | None = None, tab: int = 0, dock_key: str = "platforms") -> int:
    keyring.set_keyring(MemoryKeyring())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from controlroom.ui import i18n as ui_i18n

    ui_i18n.install(app, lang)
    from controlroom.app import build_window, make_context
    from controlroom.demo import demo_today, ensure_demo_event
    from controlroom.models import EventStore

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    folder = Path(tempfile.mkdtemp())
    path = ensure_demo_event(folder / "data")
    store = EventStore.open(path)
    clock = FakeClock(datetime.combine(demo_today(), time(8, 55), tzinfo=ZoneInfo("Europe/Oslo")))
    settings = QSettings(str(folder / "settings.ini"), QSettings.IniFormat)
    window = build_window(make_context(store, clock, loop, settings, path))
    window.showMaximized()
    dock = window.docks[dock_key]
    dock.show()
    dock.raise_()
    if dock_key == "platforms":
        dock.widget().setCurrentIndex(tab)
    out = out or REPO / "docs" / "screenshots" / f"platforms-1366-{lang}.png"

    def shoot() -> None:
        window.grab().save(str(out))
        print(out, window.size().width(), window.size().height(), dock.width(), dock.height())

    QTimer.singleShot(1500, shoot)
    with loop:
        loop.run_until_complete(asyncio.sleep(2))
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    sys.exit(main(args[0] if args else "nb", Path(args[1]) if len(args) > 1 else None, int(args[2]) if len(args) > 2 else 0,
                  args[3] if len(args) > 3 else "platforms"))
