"""The moderator window at 1366×768 (a laptop), both languages, as the app opens it: the demo day with
a two-line title running in overtime and a message on the stage. Saves docs/screenshots/live-1366-*.png.

xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb .venv/bin/python tests/ui_live/make_laptop_screenshots.py

With ``--rehearsal`` the day is a week ago (a rehearsal on an old file: the panel says which day is
planned) and the files are called live-1366-rehearsal-*.png.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from controlroom.clock import FakeClock, SystemClock  # noqa: E402
from controlroom.demo import build_demo_event, demo_today  # noqa: E402
from controlroom.live.service import LiveService  # noqa: E402
from controlroom.models import EventStore  # noqa: E402
from controlroom.models.agenda_repo import AgendaRepository  # noqa: E402

OUT = Path(os.environ.get("SCREENSHOT_DIR", REPO / "docs" / "screenshots"))
#: The demo's block with the longest title ("4 år siden «Strekk i laget»-rapporten: Hvor er vi nå?").
LONG_TITLE_PREFIX = "4 år siden"
OVERTIME_SECONDS = 3 * 60 + 25


def prepare_event(folder: Path, *, rehearsal: bool = False) -> Path:
    """The demo event with the long-title block started so long ago that it now runs in overtime."""
    path = folder / "demo.krom"
    build_demo_event(path, demo_today() - timedelta(days=7 if rehearsal else 0))
    store = EventStore.open(path, backup=False)
    try:
        blocks = AgendaRepository(store).blocks()
        index = next(i for i, b in enumerate(blocks) if b.title.startswith(LONG_TITLE_PREFIX))
        now = SystemClock().now()
        clock = FakeClock(now - timedelta(seconds=blocks[index].minutes * 60 + OVERTIME_SECONDS))
        service = LiveService(store, clock, "screenshots")
        service.goto(index)
        clock.advance(seconds=30)
        service.message("Avrund nå")
    finally:
        store.close()
    return path


def main() -> None:
    rehearsal = "--rehearsal" in sys.argv[1:]
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        event = prepare_event(folder, rehearsal=rehearsal)
        env = dict(os.environ, HOME=str(folder), XDG_CONFIG_HOME=str(folder / "config"),
                   XDG_DATA_HOME=str(folder / "data"), QT_QPA_PLATFORM="xcb")
        for lang in ("nb", "en"):
            target = OUT / f"live-1366-{'rehearsal-' if rehearsal else ''}{lang}.png"
            subprocess.run(
                [str(REPO / ".venv" / "bin" / "controlroom"), "open", str(event), "--lang", lang,
                 "--screenshot", str(target)],
                env=env, check=True, timeout=120,
            )
            print(target)


if __name__ == "__main__":
    main()
