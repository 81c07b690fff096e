"""One room on the room board: name, pool, countdown, members with leader and note-taker, who moves in,
and the room's buttons. The compact card (for 16 rooms on a 1366×768 laptop screen) puts the
countdown beside the name, uses smaller type and icon buttons with tooltips, and shows who moves in
as a count (the names in the tooltip); nothing is cut: long names wrap."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from controlroom.grouping.types import Group

POOL_COLOURS = {"onsite": "#1B7F3B", "teams": "#4B53BC", "zoom": "#0B5CFF"}
OTHER_POOL_COLOUR = "#5B6670"


def _board_style() -> str:
    rules = [f"QFrame#roomCard {{ border: 2px solid {OTHER_POOL_COLOUR}; border-radius: 8px; background: white; }}",
             f"QLabel#poolBadge {{ color: white; background: {OTHER_POOL_COLOUR}; border-radius: 4px; "
             "padding: 1px 4px; }",
             "QLabel#movesIn { color: #8A4B00; }"]
    for pool, colour in POOL_COLOURS.items():
        rules.append(f'QFrame#roomCard[pool="{pool}"] {{ border-color: {colour}; }}')
        rules.append(f'QLabel#poolBadge[pool="{pool}"] {{ background: {colour}; }}')
    return "\n".join(rules)


#: The cards' look, set once on the widget that holds them: a style sheet on each card made Qt build a
#: style for every card (a third of the time a board of 30 rooms took to appear).
BOARD_STYLE = _board_style()


def _font(label: QLabel, points: int, bold: bool = False) -> None:
    f = QFont(label.font())
    f.setPointSize(points)
    f.setBold(bold)
    label.setFont(f)


class RoomCard(QFrame):
    action = Signal(str, str)  # room, "start" | "stop" | "extend" | "notes"

    def __init__(self, group: Group, names: dict[str, str], moves_in: list[str], parent: QWidget | None = None,
                 *, compact: bool = False) -> None:
        super().__init__(parent)
        self.room = group.room
        self.compact = compact
        self.setObjectName("roomCard")
        self.setProperty("pool", group.pool)  # the colour, from BOARD_STYLE on the board
        lay = QVBoxLayout(self)
        if compact:
            lay.setContentsMargins(6, 4, 6, 4)
            lay.setSpacing(2)
        head = QHBoxLayout()
        self.title = QLabel(group.room)
        self.title.setWordWrap(True)
        _font(self.title, 11 if compact else 17, True)
        pool = {"onsite": self.tr("På stedet"), "teams": "Teams", "zoom": "Zoom"}.get(group.pool, group.pool)
        if group.meeting > 1:
            pool += self.tr(" · møte {m}").format(m=group.meeting)
        badge = QLabel(pool)
        badge.setObjectName("poolBadge")
        badge.setProperty("pool", group.pool)
        self.countdown = QLabel("–:–")
        self.countdown.setObjectName("countdown")
        _font(self.countdown, 15 if compact else 26, True)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Room for "-8:88:88" in this font, so no countdown is ever cut.
        self.countdown.setMinimumWidth(self.countdown.fontMetrics().horizontalAdvance("-8:88:88") + 6)
        head.addWidget(self.title, 1)
        if compact:
            head.addWidget(self.countdown, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(head)
        if not compact:
            lay.addWidget(self.countdown)
        lines = []
        for e in group.members:
            name = names.get(e, e)
            if e == group.leader:
                lines.append(f"<b>{name}</b> — {self.tr('leder')}")
            elif e == group.note_taker:
                lines.append(f"{name} — <i>{self.tr('referent')}</i>")
            else:
                lines.append(name)
        self.members = QLabel("<br>".join(lines))
        _font(self.members, 9 if compact else 12)
        self.members.setTextFormat(Qt.TextFormat.RichText)
        self.members.setWordWrap(True)
        self.members.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        lay.addWidget(self.members)
        if moves_in:
            if compact:
                mv = QLabel(self.tr("Flyttes inn: {n}").format(n=len(moves_in)))
                mv.setToolTip("\n".join(moves_in))
                _font(mv, 9)
            else:
                mv = QLabel(self.tr("Flyttes inn:") + "<br>" + "<br>".join(moves_in))
                mv.setTextFormat(Qt.TextFormat.RichText)
            mv.setObjectName("movesIn")
            mv.setWordWrap(True)
            lay.addWidget(mv)
        buttons = QHBoxLayout()
        labels = (("start", self.tr("Start"), "▶"), ("stop", self.tr("Stopp/fortsett"), "‖"),
                  ("extend", self.tr("+1 min"), "+1"),
                  ("notes", self.tr("Notater…") if not group.notes else self.tr("Notater ✓"), "✎" if not group.notes else "✎✓"))
        for key, text, icon in labels:
            b: QPushButton | QToolButton
            if compact:
                b = QToolButton()
                b.setText(icon)
                b.setToolTip(text)
                b.setAutoRaise(False)
            else:
                b = QPushButton(text)
            b.setObjectName(f"{key}-{group.room}")
            b.clicked.connect(lambda _=False, k=key: self.action.emit(self.room, k))
            buttons.addWidget(b)
        if compact:
            buttons.addStretch(1)
        lay.addLayout(buttons)

    def show_time(self, text: str, colour: str) -> None:
        self.countdown.setText(text)
        self.countdown.setStyleSheet(f"color: {colour};")
