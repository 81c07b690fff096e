"""The public agenda view for a foyer screen or the stream: today's blocks with projected times,
"Nå" and "Neste" highlighted, finished blocks dimmed, the event title and a clock.

It shows titles and times only. The live state carries no host notes, descriptions or people, and
this view reads nothing else, so nothing private can reach the foyer.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from controlroom.live.state import LiveState
from controlroom.ui.clear_layout import clear_layout
from controlroom.ui.live.bridge import LiveBridge
from controlroom.ui.live.ticker import SecondTicker
from controlroom.ui.live.timefmt import local_hm
from controlroom.ui.live.timeline_model import day_label

STYLE = """
#live-public-view { background: #0B1F3A; }
#live-public-view QLabel { color: #F1F3F5; }
QLabel#live-public-clock { color: #FFD43B; }
"""
#: Each cell's own style by its row's kind. Set on the label itself: re-polishing through the
#: parent's ``[kind=…]`` selectors needs ``QWidget.style()``, whose first call makes PySide build the
#: QStyle enums (80 ms on the GUI thread on the first *Neste*).
CELL_STYLES = {
    "done": "color: #6C7A89;",
    "now": "color: #0B1F3A; background: #FFD43B;",
    "next": "color: #FFFFFF; background: #1C7ED6;",
    "upcoming": "",
}


class PublicView(QWidget):
    def __init__(self, bridge: LiveBridge, ticker: SecondTicker, event_title: str, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("live-public-view")
        self.setWindowTitle(self.tr("Program – Kontrollrom"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(STYLE)
        self.resize(1280, 720)
        self.bridge = bridge
        self.ticker = ticker
        self._rows_key: tuple | None = None

        self.title = QLabel(event_title or self.tr("Program"))
        self.title.setObjectName("live-public-title")
        self.day = QLabel()
        self.day.setObjectName("live-public-day")
        self.clock = QLabel()
        self.clock.setObjectName("live-public-clock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        head = QGridLayout()
        head.addWidget(self.title, 0, 0)
        head.addWidget(self.clock, 0, 1, 2, 1)
        head.addWidget(self.day, 1, 0)
        head.setColumnStretch(0, 1)
        self.table = QFrame()
        self.grid = QGridLayout(self.table)
        self.grid.setHorizontalSpacing(0)
        self.grid.setVerticalSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addLayout(head)
        layout.addSpacing(16)
        layout.addWidget(self.table)
        layout.addStretch(1)

        bridge.state_changed.connect(self.show_state)
        ticker.ticked.connect(self._tick)
        self.show_state(bridge.state)
        self._scale()

    # -- state --------------------------------------------------------------------------------
    def show_state(self, state: LiveState) -> None:
        day = state.current_day
        timings = [t for t in state.timings if day is None or t.day == day]
        rows = []
        for t in timings:
            if t.index == state.current_index:
                kind, tag = "now", self.tr("Nå")
            elif t.index == state.next_index:
                kind, tag = "next", self.tr("Neste")
            elif t.status in ("done", "skipped"):
                kind, tag = "done", ""
            else:
                kind, tag = "upcoming", ""
            start = t.actual_start if t.actual_start is not None else t.projected_start
            rows.append((local_hm(start, state.timezone), t.title, tag, kind))
        key = (day, tuple(rows))
        self.day.setText(day_label(day) if day else "")
        self._tick()
        if key == self._rows_key:
            return
        self._rows_key = key
        self._fill(rows)

    def _fill(self, rows: list[tuple[str, str, str, str]]) -> None:
        labels = self._cells()
        if len(labels) == len(rows) * 3:  # same blocks: update in place (cheap on every action)
            for r, (time_text, title, tag, kind) in enumerate(rows):
                for c, text in enumerate((time_text, title, tag)):
                    label = labels[(r, c)]
                    label.setText(text)
                    if label.property("kind") != kind:
                        label.setProperty("kind", kind)
                        label.setStyleSheet(CELL_STYLES[kind])
                        font = label.font()
                        font.setBold(kind in ("now", "next"))
                        label.setFont(font)
            return
        clear_layout(self.grid)
        for r, (time_text, title, tag, kind) in enumerate(rows):
            for c, text in enumerate((time_text, title, tag)):
                label = QLabel(text)
                label.setProperty("kind", kind)
                label.setStyleSheet(CELL_STYLES[kind])
                label.setObjectName(f"live-public-cell-{r}-{c}")
                label.setContentsMargins(12, 4, 12, 4)
                label.setWordWrap(c == 1)
                self.grid.addWidget(label, r, c)
        self.grid.setColumnStretch(1, 1)
        self._scale()

    def _cells(self) -> dict[tuple[int, int], QLabel]:
        cells = {}
        for row in range(self.grid.rowCount()):
            for col in range(self.grid.columnCount()):
                item = self.grid.itemAtPosition(row, col)
                widget = item.widget() if item is not None else None
                if isinstance(widget, QLabel):
                    cells[(row, col)] = widget
        return cells

    def texts(self) -> list[str]:
        """Every text the view shows (tests check that nothing private is among them)."""
        return [label.text() for label in self.findChildren(QLabel) if label.text()]

    def _tick(self) -> None:
        now = self.bridge.clock.now().astimezone(ZoneInfo(self.bridge.state.timezone))
        self.clock.setText(now.strftime("%H:%M"))

    # -- sizing: legible from the back of the foyer ---------------------------------------------
    def _scale(self) -> None:
        rows = max(1, self.grid.rowCount())
        body_px = int(max(14, min(self.height() / (rows + 7) * 0.55, self.width() / 40)))
        for label, px, bold in (
            (self.title, body_px * 2, True),
            (self.day, int(body_px * 1.1), False),
            (self.clock, body_px * 3, True),
        ):
            font = QFont()
            font.setPixelSize(px)
            font.setBold(bold)
            label.setFont(font)
        for label in self.table.findChildren(QLabel):
            font = QFont()
            font.setPixelSize(body_px)
            font.setBold(label.property("kind") in ("now", "next"))
            label.setFont(font)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._scale()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.ticker.want_wall_seconds("public-clock", True, period=60)  # the clock shows hh:mm
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.ticker.want_wall_seconds("public-clock", False)
        super().hideEvent(event)
