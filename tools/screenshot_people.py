"""Screenshots of the room board and the Open Space wall for the documentation (run under Xvfb):

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x900x24" .venv/bin/python tools/screenshot_people.py

Builds a 120-person hybrid event in a temporary folder (3 rounds: first, mix, back to the first),
starts the room timers and saves ``docs/screenshots/room-board.png`` and ``open-space.png``.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from controlroom.agenda.types import BlockData
    from controlroom.clock import FakeClock
    from controlroom.grouping.sample import sample_participants
    from controlroom.grouping.solver import FormOptions, form
    from controlroom.grouping.types import RoundMode
    from controlroom.models import EventStore
    from controlroom.models.agenda_repo import AgendaRepository
    from controlroom.models.openspace_repo import OpenSpaceRepository
    from controlroom.models.people_repo import PeopleRepository
    from controlroom.models.room_timers import RoomTimers
    from controlroom.ui.people.open_space import OpenSpaceWall
    from controlroom.ui.people.room_board import RoomBoard

    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = EventStore.open(Path(tmp) / "demo.krom", create=True)
        agenda = AgendaRepository(store)
        block = agenda.add_block(BlockData(day=date(2024, 5, 6), start=time(16, 0), minutes=30,
                                           title="Hvor er gullet i bærekraftsarbeidet?"))
        os_block = agenda.add_block(BlockData(day=date(2024, 5, 6), start=time(17, 0), minutes=90,
                                              title="Open Space: hvordan gjør vi det sammen?"))
        repo = PeopleRepository(store)
        repo.import_participants(sample_participants(120, seed=2024))
        modes = [RoundMode("mix"), RoundMode("mix"), RoundMode("return", 1)]
        repo.save_formation(block.uid, form(repo.participants(), FormOptions(modes=modes)), {"size": [3, 4], "k": 2})
        clock = FakeClock()
        timers = RoomTimers(store, clock)
        board = RoomBoard(repo, timers, clock, agenda.blocks)
        board.resize(1600, 900)
        board.show_block(block.uid, 2)
        rooms = list(board.cards)
        timers.start(block.uid, rooms, 20 * 60)
        clock.advance(seconds=7 * 60 + 12)
        timers.stop(block.uid, rooms[16:17])
        timers.extend(block.uid, rooms[17:18], 60)
        repo.set_group_notes(block.uid, 2, rooms[18], "Målkonflikter: vei mot natur.")
        board.rebuild()
        board.show()
        scroll = board.findChild(type(board.grid_host.parentWidget().parentWidget()))
        if scroll is not None:
            for g in repo.rounds(block.uid)[1].groups:
                if g.pool != "onsite":
                    scroll.ensureWidgetVisible(board.cards[g.room])
                    break
        app.processEvents()
        board.grab().save(str(OUT / "room-board.png"))

        wall_repo = OpenSpaceRepository(store)
        wall_repo.set_layout(os_block.uid, ["17:00–17:40", "17:50–18:30"],
                             ["Plenumssalen", "Peisestua", "Zoom-rom 1", "Zoom-rom 2"])
        wall = OpenSpaceWall(wall_repo, repo, agenda.blocks)
        wall.resize(1600, 820)
        wall.set_block(os_block.uid)
        topics = [("Frivillighet og integrering", "Kari Nilsen", "online", 0, "Zoom-rom 1"),
                  ("Bærekraft i innkjøp", "Åse Bærheim", "onsite", 0, "Plenumssalen"),
                  ("Målkonflikter i arealplanen", "Øystein Håland", "both", 0, "Peisestua"),
                  ("Ungdommens stemme", "Sigrid Tjørhom", "online", 1, "Zoom-rom 2"),
                  ("Kultur som limet i lokalsamfunnet", "Bjørn Østebø", "onsite", 1, "Plenumssalen"),
                  ("Måling og rapportering", "Ole Olsen", "both", None, None),
                  ("Samarbeid med næringslivet", "Liv Strøm", "onsite", None, None)]
        for title, who, mode, slot, space in topics:
            t = wall_repo.propose(os_block.uid, title, who, mode)
            if slot is not None:
                wall_repo.place(t.id, slot, space)
        first = wall_repo.topics(os_block.uid)[0]
        repo.set_topic_notes(first.id, "Tre kommuner vil samarbeide om en felles frivilligsentral.\n"
                                       "Neste steg: møte med Frivillighet Norge i juni.")
        people = repo.participants()
        online = [p.key for p in people if p.attendance != "onsite"]
        onsite = [p.key for p in people if p.attendance == "onsite"]
        placed = {t.space: t for t in wall_repo.topics(os_block.uid) if t.slot == 0}
        for e in online[:5]:
            wall_repo.attend(placed["Zoom-rom 1"].id, e)
        for e in onsite[:9]:
            wall_repo.attend(placed["Peisestua" if len(e) % 2 else "Plenumssalen"].id, e)
        wall.refresh()
        wall.show()
        wall.table.setCurrentCell(0, 2)
        app.processEvents()
        wall.grab().save(str(OUT / "open-space.png"))
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
