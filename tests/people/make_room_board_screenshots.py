"""The compact room board at 1366×768 (a laptop), both languages: 16 rooms (10 on site, 3 Teams, 3 Zoom)
in round 2 with their countdowns running beside the plenary timer. Saves docs/screenshots/room-board-1366-*.png.

xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb .venv/bin/python tests/people/make_room_board_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, date, datetime, time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from PySide6.QtWidgets import QApplication  # noqa: E402

from controlroom.agenda.types import BlockData  # noqa: E402
from controlroom.clock import FakeClock  # noqa: E402
from controlroom.grouping.rooms import RoomSpec  # noqa: E402
from controlroom.grouping.sample import sample_participants  # noqa: E402
from controlroom.grouping.solver import FormOptions, form  # noqa: E402
from controlroom.grouping.types import RoundMode  # noqa: E402
from controlroom.live.service import LiveService  # noqa: E402
from controlroom.models import EventStore  # noqa: E402
from controlroom.models.agenda_repo import AgendaRepository  # noqa: E402
from controlroom.models.people_repo import PeopleRepository  # noqa: E402
from controlroom.models.room_timers import RoomTimers  # noqa: E402
from controlroom.ui import i18n as ui_i18n  # noqa: E402
from controlroom.ui.people.room_board import RoomBoard  # noqa: E402

OUT = Path(os.environ.get("SCREENSHOT_DIR", REPO / "docs" / "screenshots"))
ONSITE_ROOMS = ("Lysefjorden", "Preikestolen", "Kjerag", "Ryfylke", "Jæren", "Dalane", "Karmsund", "Sola",
                "Utsira", "Kvitsøy")
DAY = date(2024, 5, 6)


def build(path: Path, clock: FakeClock) -> tuple[EventStore, str, LiveService]:
    store = EventStore.open(path, create=True, backup=False)
    agenda = AgendaRepository(store)
    block = agenda.add_block(BlockData(day=DAY, start=time(13, 0), minutes=60,
                                       title="Inndeling i arbeidsgrupper andre runde—mix av deltakere"))
    people = PeopleRepository(store)
    people.set_rooms([RoomSpec(name, "onsite", 4) for name in ONSITE_ROOMS])
    people.import_participants(sample_participants(64, seed=11, onsite_share=0.625))
    formation = form(people.participants(), FormOptions(modes=[RoundMode("mix"), RoundMode("mix")],
                                                        rooms=people.rooms(), time_budget=1.0))
    people.save_formation(block.uid, formation, {"size": [3, 4], "k": 2, "modes": ["mix", "mix"]})
    live = LiveService(store, clock, "screenshots")
    live.goto(0)
    return store, block.uid, live


def shoot(app: QApplication, lang: str, folder: Path) -> Path:
    clock = FakeClock(datetime(2024, 5, 6, 11, 2, tzinfo=UTC))  # 13:02 in Stavanger
    store, uid, live = build(folder / f"board-{lang}.krom", clock)
    try:
        ui_i18n.install(app, lang)
        timers = RoomTimers(store, clock, live.log)
        board = RoomBoard(PeopleRepository(store), timers, clock, AgendaRepository(store).blocks, live, save_notes=PeopleRepository(store).set_group_notes)
        board.resize(1366, 768)
        board.compact.setChecked(True)
        board.show()
        board.show_block(uid, 2)
        board.minutes.setValue(25)
        board.act_all("start")
        clock.advance(seconds=7 * 60 + 12)
        rooms = list(board.cards)
        board._act("extend", rooms[3:5])
        board._act("stop", rooms[6:7])
        board.repaint_times()
        for _ in range(20):
            app.processEvents()
        target = OUT / f"room-board-1366-{lang}.png"
        board.grab().save(str(target))
        board.close()
        return target
    finally:
        store.close()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("nb", "en"):
            print(shoot(app, lang, Path(tmp)))


if __name__ == "__main__":
    main()
