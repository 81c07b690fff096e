"""Zoom's pre-assignment result on the room board: a status line on each online room's card.

The room board belongs to the groups area; this adds a label to its cards (``board.cards``) from the
results saved in the event file, after every pre-assignment and whenever the board has built its cards
again (another block or round, a change to the groups, the board shown after it was hidden).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from controlroom.ui.people.room_board import RoomBoard

COLOURS = {"ok": "#1E7B34", "partial": "#9A6700", "missing": "#B42318"}


class BoardZoomStatus(QObject):
    def __init__(self, board: RoomBoard, repo, parent: QObject | None = None) -> None:
        super().__init__(parent or board)
        self.board, self.repo = board, repo
        board.rebuilt.connect(self.refresh)
        self.refresh()

    def refresh(self) -> int:
        """Label the cards of the shown block and round; returns how many cards got a status."""
        uid, cards = self.board.block_uid, self.board.cards
        if not uid or not cards:
            return 0
        results = {r.room_name: r for r in self.repo.room_results(uid, int(self.board.round_number))}
        done = 0
        for room, card in cards.items():
            label = card.findChild(QLabel, "zoomStatus")
            result = results.get(room)
            if result is None:
                if label is not None:
                    label.hide()
                continue
            if label is None:
                label = QLabel(card)
                label.setObjectName("zoomStatus")
                label.setWordWrap(True)
                layout = card.layout()
                if layout is not None:  # a card always has its column of labels
                    layout.addWidget(label)
            texts = {"ok": self.tr("Zoom: forhåndstildelt og bekreftet"),
                     "partial": self.tr("Zoom: delvis ({n} av {m} bekreftet)"),
                     "missing": self.tr("Zoom: rommet mangler i møtet")}
            colour = COLOURS.get(result.status, "#5F6B7A")
            label.setText(texts.get(result.status, result.status).format(n=len(result.confirmed),
                                                                          m=len(result.planned)))
            label.setStyleSheet(f"color: white; background: {colour}; border-radius: 4px; padding: 2px 6px;")
            label.show()
            done += 1
        return done
