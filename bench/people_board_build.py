"""How long the room board takes to show a round of 30 rooms: as it comes on screen, and each time the
moderator picks another block or round (the board builds its cards only while it is shown).

The event is the start-up bench's (3 days, 200 blocks, 120 participants, 16 rooms on site and 12 in
Teams; ``bench/startup.py``), opened in the real main window (offscreen). Timed: ``RoomBoard.rebuild()``
for the first workshop's round 1 and its cards' layout, as the window lays them out before painting
(median of N rebuilds, after one untimed). Baseline in the same run: the widgets alone, as many frames, each with
the same labels and buttons and no style, laid out in a grid (what any board of that many cards costs).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/people_board_build.py [--runs 15]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QCoreApplication, QEvent, QSettings  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from startup import make_event  # noqa: E402


def _settle(app: QApplication) -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def _plain_cards(count: int, members: int) -> QWidget:
    host = QWidget()
    grid = QGridLayout(host)
    for i in range(count):
        card = QFrame()
        lay = QVBoxLayout(card)
        head = QHBoxLayout()
        head.addWidget(QLabel(f"Rom {i}"), 1)
        head.addWidget(QLabel("På stedet"))
        lay.addLayout(head)
        lay.addWidget(QLabel("–:–"))
        lay.addWidget(QLabel("<br>".join(f"Deltaker {k}" for k in range(members))))
        buttons = QHBoxLayout()
        for text in ("Start", "Stopp/fortsett", "+1 min", "Notater…"):
            buttons.addWidget(QPushButton(text))
        lay.addLayout(buttons)
        grid.addWidget(card, i // 2, i % 2)
    return host


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from controlroom.app import build_window, make_context
    from controlroom.clock import SystemClock
    from controlroom.models import EventStore
    from controlroom.ui.clear_layout import clear_layout

    folder = Path(tempfile.mkdtemp(prefix="bench-board-"))
    event = make_event(folder)
    store = EventStore.open(event, backup=False)
    loop = asyncio.new_event_loop()
    ctx = make_context(store, SystemClock(), loop, QSettings(str(folder / "settings.ini"), QSettings.IniFormat), event)
    window = build_window(ctx)
    window.show()
    window.areas.people.board_dock.raise_()  # on screen: a board behind another tab builds no cards
    _settle(app)
    board = window.areas.people.board
    rooms = len(board.cards)
    members = max((len(c.members.text().split("<br>")) for c in board.cards.values()), default=4)

    def timed(build) -> list[float]:
        times = []
        for i in range(args.runs + 1):
            started = time.perf_counter()
            build()
            app.processEvents()  # the layout the window does before it paints
            if i:
                times.append((time.perf_counter() - started) * 1000)
            _settle(app)
        return times

    ours = timed(board.rebuild)
    holder = QWidget()
    holder_layout = QVBoxLayout(holder)
    holder.resize(board.scroll_area.viewport().size())
    holder.show()

    def plain() -> None:
        clear_layout(holder_layout)  # as the board empties its grid
        holder_layout.addWidget(_plain_cards(rooms, members))

    baseline = timed(plain)
    print(f"room board, {rooms} rooms of up to {members} people, median of {args.runs} rebuilds (shown, laid out):")
    print(f"  RoomBoard.rebuild                         {statistics.median(ours):7.1f} ms "
          f"(min {min(ours):.1f}, max {max(ours):.1f})")
    print(f"  baseline: the same widgets, no style       {statistics.median(baseline):7.1f} ms "
          f"(min {min(baseline):.1f}, max {max(baseline):.1f})")
    window.close()
    pending = asyncio.all_tasks(loop)  # the window's start-up tasks, never run on this loop
    for task in pending:
        task.cancel()
    loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
